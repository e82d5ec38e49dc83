// Derived values, never stored by hand: overdue, days overdue, progress roll-ups up the
// hierarchy (target → activity → objective → plan → office → department) and counts.
// Every function takes `today` (a calendar date) so that results do not depend on the clock.

import { CLOSED_TARGET_STATUSES, TARGET_STATUSES, type FunctionalArea, type Pillar, type TargetStatus } from './catalogues';
import { daysBetween } from './dates';
import type { Activity, Objective, PlanContents, Target, WorkPlan } from './model';

export function isOverdue(target: Pick<Target, 'dueDate' | 'status'>, today: string): boolean {
  return target.dueDate < today && !CLOSED_TARGET_STATUSES.includes(target.status);
}

export function daysOverdue(target: Pick<Target, 'dueDate' | 'status'>, today: string): number {
  return isOverdue(target, today) ? daysBetween(target.dueDate, today) : 0;
}

/** Percent complete reported by a check-in: the percent when given, else the value against baseline and target. */
export function progressOf(
  checkIn: { value?: number | null; percent?: number | null; status: TargetStatus },
  target: Pick<Target, 'baseline' | 'targetValue' | 'progress'>,
): number {
  if (checkIn.status === 'achieved') return 100;
  if (checkIn.percent != null) return round1(checkIn.percent);
  if (checkIn.value != null && target.targetValue != null) {
    const base = target.baseline ?? 0;
    if (target.targetValue === base) return checkIn.value >= target.targetValue ? 100 : 0;
    return round1(clamp(((checkIn.value - base) / (target.targetValue - base)) * 100, 0, 100));
  }
  return target.progress;
}

export interface Rollup {
  targets: number;
  byStatus: Record<TargetStatus, number>;
  overdue: number;
  /** Mean progress of the targets that are not dropped; null when there are none. */
  progress: number | null;
}

export function emptyRollup(): Rollup {
  return { targets: 0, byStatus: zeroStatusCounts(), overdue: 0, progress: null };
}

/** Roll-up of a set of targets. Every level of the hierarchy is the roll-up of the targets below it. */
export function rollup(targets: Iterable<Target>, today: string): Rollup {
  const r = emptyRollup();
  let progressSum = 0;
  let counted = 0;
  for (const t of targets) {
    r.targets += 1;
    r.byStatus[t.status] += 1;
    if (isOverdue(t, today)) r.overdue += 1;
    if (t.status !== 'dropped') {
      progressSum += t.progress;
      counted += 1;
    }
  }
  r.progress = counted === 0 ? null : round1(progressSum / counted);
  return r;
}

export interface TargetView extends Target {
  overdue: boolean;
  daysOverdue: number;
}
export interface ActivityView extends Activity {
  targets: TargetView[];
  rollup: Rollup;
}
export interface ObjectiveView extends Objective {
  activities: ActivityView[];
  rollup: Rollup;
}
export interface PlanTree extends WorkPlan {
  objectives: ObjectiveView[];
  rollup: Rollup;
  completeness: Completeness;
}

/** Nests a plan's flat contents, ordered by reference, with derived status at every level. */
export function buildPlanTree(contents: PlanContents, today: string): PlanTree {
  const targetsByActivity = groupBy(contents.targets, (t) => t.activityId);
  const activitiesByObjective = groupBy(contents.activities, (a) => a.objectiveId);
  const objectives = [...contents.objectives].sort(byRef).map((objective) => {
    const activities = [...(activitiesByObjective.get(objective.id) ?? [])].sort(byRef).map((activity) => {
      const targets = [...(targetsByActivity.get(activity.id) ?? [])].sort(byRef);
      return {
        ...activity,
        targets: targets.map((t) => Object.assign({}, t, { overdue: isOverdue(t, today), daysOverdue: daysOverdue(t, today) })),
        rollup: rollup(targets, today),
      };
    });
    return {
      ...objective,
      activities,
      rollup: rollup(
        activities.flatMap((a) => a.targets),
        today,
      ),
    };
  });
  return { ...contents.plan, objectives, rollup: rollup(contents.targets, today), completeness: completeness(contents) };
}

export interface Completeness {
  /** Share of the checks below that pass, 0–100. */
  score: number;
  /** What is still missing, by reference: objectives without activities, activities without targets, targets without indicator data. */
  missing: { ref: string; field: string }[];
}

/** How ready a plan is for review: every objective has activities, every activity targets, every target measurable. */
export function completeness(contents: PlanContents): Completeness {
  const missing: Completeness['missing'] = [];
  let checks = 0;
  const check = (ok: boolean, ref: string, field: string) => {
    checks += 1;
    if (!ok) missing.push({ ref, field });
  };
  const activityCount = countBy(contents.activities, (a) => a.objectiveId);
  const targetCount = countBy(contents.targets, (t) => t.activityId);
  check(contents.objectives.length > 0, '', 'objectives');
  for (const o of [...contents.objectives].sort(byRef)) check((activityCount.get(o.id) ?? 0) > 0, o.ref, 'activities');
  for (const a of [...contents.activities].sort(byRef)) check((targetCount.get(a.id) ?? 0) > 0, a.ref, 'targets');
  for (const t of [...contents.targets].sort(byRef)) {
    check(t.baseline != null, t.ref, 'baseline');
    check(t.targetValue != null, t.ref, 'targetValue');
    check(!!t.meansOfVerification, t.ref, 'meansOfVerification');
  }
  return { score: checks === 0 ? 0 : Math.round(((checks - missing.length) / checks) * 100), missing };
}

/** The target with the context that the roll-ups by pillar, paragraph and area need. */
export interface TargetInContext {
  target: Target;
  officeId: string;
  pillar: Pillar;
  paragraphs: readonly number[];
  functionalArea: FunctionalArea;
}

/** Places every target of the given plans under its objective's tags. */
export function targetsInContext(contents: Iterable<PlanContents>): TargetInContext[] {
  const out: TargetInContext[] = [];
  for (const c of contents) {
    const activityById = new Map(c.activities.map((a) => [a.id, a]));
    const objectiveById = new Map(c.objectives.map((o) => [o.id, o]));
    for (const target of c.targets) {
      const objective = objectiveById.get(activityById.get(target.activityId)?.objectiveId ?? '');
      if (!objective) continue;
      out.push({
        target,
        officeId: c.plan.officeId,
        pillar: objective.pillar,
        paragraphs: objective.paragraphs,
        functionalArea: objective.functionalArea,
      });
    }
  }
  return out;
}

/** Roll-ups keyed by whatever `keysOf` names for each target (a target may count under several keys). */
export function rollupBy<K>(items: readonly TargetInContext[], keysOf: (t: TargetInContext) => readonly K[], today: string): Map<K, Rollup> {
  const groups = new Map<K, Target[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = groups.get(key);
      if (list) list.push(item.target);
      else groups.set(key, [item.target]);
    }
  }
  return new Map([...groups].map(([k, ts]) => [k, rollup(ts, today)]));
}

/** Compares references numerically part by part, so that 1.10 comes after 1.9. */
export function compareRefs(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

const byRef = (a: { ref: string }, b: { ref: string }) => compareRefs(a.ref, b.ref);

export function zeroStatusCounts(): Record<TargetStatus, number> {
  return Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = m.get(k);
    if (list) list.push(item);
    else m.set(k, [item]);
  }
  return m;
}

function countBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, number> {
  const m = new Map<K, number>();
  for (const item of items) m.set(key(item), (m.get(key(item)) ?? 0) + 1);
  return m;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

export const OFFICE_STAGES = ['not-started', 'needs-assessment', 'workshop', 'submitted', 'endorsed'] as const;
export type OfficeStage = (typeof OFFICE_STAGES)[number];

export const OFFICE_STAGE_LABELS: Readonly<Record<OfficeStage, string>> = {
  'not-started': 'Not started',
  'needs-assessment': 'Needs assessment done',
  workshop: 'Workshop held',
  submitted: 'Plan submitted',
  endorsed: 'Plan endorsed',
};

/** How far an office has come in making its plan: needs assessment → workshop → submitted → endorsed. */
export function officeStage(milestones: { needsAssessment: string | null; workshop: string | null }, planStatus: WorkPlan['status'] | undefined): OfficeStage {
  if (planStatus === 'endorsed' || planStatus === 'archived') return 'endorsed';
  if (planStatus === 'submitted') return 'submitted';
  if (milestones.workshop) return 'workshop';
  if (milestones.needsAssessment) return 'needs-assessment';
  return 'not-started';
}
