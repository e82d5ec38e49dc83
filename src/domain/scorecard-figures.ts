// The figures an office is rated by for one period, from the period's rows (the snapshot of a
// closed period, or the rows a close would freeze now for the open one), the office's report,
// its plan's history and functional areas, its focal points and the department's workshops.
// Pure: data in, one figure per criterion out.

import type { FunctionalArea } from './catalogues';
import { daysBetween } from './dates';
import type { Office, WorkPlan } from './model';
import type { Period, ProgressReport, SnapshotRow } from './monitoring';
import { reportTimeliness } from './monitoring-derive';
import type { Workshop } from './process';
import { functionsAt } from './process-figures';
import type { FigureOutcome, OfficeFigures } from './scorecard';

export interface OfficeFigureInput {
  period: Pick<Period, 'end' | 'reportDue'>;
  /** The first day of the period's cycle: a plan is endorsed "by its date" counted from here. */
  cycleStart: string;
  office: Pick<Office, 'id' | 'focalPoints'>;
  /** The office's plan in the cycle, if it has one. */
  plan: Pick<WorkPlan, 'history'> | undefined;
  /** The period's rows (target and office scopes); only the office's are read. */
  rows: readonly SnapshotRow[];
  report: Pick<ProgressReport, 'transitions'> | undefined;
  /** Targets that ask for women and men apart (disaggregation 'sex'). */
  sexDisaggregated: ReadonlySet<string>;
  /** Decides whether a report not yet submitted is missing or not due. */
  today: string;
  /** The functional areas of the office's plan in the cycle (its objectives'): the functions its workshop should bring together. */
  planFunctions: readonly FunctionalArea[];
  /** Every workshop of the department, of any office, kind and status; only those dated by the period's end are read. */
  workshops: readonly Pick<Workshop, 'officeIds' | 'start' | 'end' | 'status' | 'participants'>[];
}

const NOT_APPLICABLE: FigureOutcome = { notApplicable: true };
const MISSING: FigureOutcome = { missing: true };

export function officeFigures(input: OfficeFigureInput): OfficeFigures {
  const officeRow = input.rows.find((r) => r.scope === 'office' && r.key === input.office.id);
  const targets = input.rows.filter((r) => r.scope === 'target' && r.officeId === input.office.id && r.status !== 'dropped');
  const milestones = targets.filter((r) => r.milestoneMet !== null);
  const sexTargets = targets.filter((r) => input.sexDisaggregated.has(r.key));
  return {
    'plan-endorsed': planEndorsed(input),
    // An office without an endorsed plan in the cycle is not expected to report (it has no row).
    'report-on-time': officeRow ? reportOnTime(input) : NOT_APPLICABLE,
    'targets-on-course': share(targets.filter((r) => r.status === 'achieved' || r.status === 'on-track').length, targets.length),
    'targets-overdue': share(targets.filter((r) => r.overdue).length, targets.length),
    'milestones-met': share(milestones.filter((r) => r.milestoneMet === true).length, milestones.length),
    'sex-disaggregated': share(sexTargets.filter((r) => r.women !== null && r.men !== null).length, sexTargets.length),
    'focal-point': { value: input.office.focalPoints.length },
    'workshop-functions': workshopFunctions(input),
  };
}

/** Days from the cycle's start to the plan's first endorsement; missing when it was not endorsed by the period's end. */
function planEndorsed({ plan, cycleStart, period }: OfficeFigureInput): FigureOutcome {
  const endorsed = plan?.history.find((t) => t.status === 'endorsed')?.at.slice(0, 10);
  if (endorsed === undefined || endorsed > period.end) return MISSING;
  return { value: daysBetween(cycleStart, endorsed) };
}

/** Days from the due date to the first submission (negative: early). */
function reportOnTime({ report, period, today }: OfficeFigureInput): FigureOutcome {
  const timeliness = reportTimeliness(report, period, today);
  if (timeliness === 'not-due') return NOT_APPLICABLE;
  const submitted = report?.transitions.find((t) => t.to === 'submitted')?.at.slice(0, 10);
  if (timeliness === 'missing' || submitted === undefined) return MISSING;
  return { value: daysBetween(period.reportDue, submitted) };
}

/**
 * The share of the plan's functional areas with a participant at the office's workshops held
 * (ended) by the period's end, so that a later workshop never moves the figure. Not applicable
 * when the department records no workshop dated by then (it does not run its process here) or
 * the plan names no functional area; missing when the department does and the office held none.
 */
function workshopFunctions({ workshops, office, period, planFunctions }: OfficeFigureInput): FigureOutcome {
  const wanted = new Set(planFunctions);
  if (wanted.size === 0 || !workshops.some((w) => w.start <= period.end)) return NOT_APPLICABLE;
  const held = workshops.filter((w) => w.status === 'held' && w.end <= period.end && w.officeIds.includes(office.id));
  if (held.length === 0) return MISSING;
  const represented = functionsAt(held);
  return share([...wanted].filter((f) => represented.has(f)).length, wanted.size);
}

/** A share in percent, to one decimal; not applicable when there is nothing to count. */
function share(count: number, of: number): FigureOutcome {
  return of === 0 ? NOT_APPLICABLE : { value: Math.round((1000 * count) / of) / 10 };
}
