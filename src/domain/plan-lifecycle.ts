// A plan through its whole life, beyond the review workflow (workflow.ts): every endorsement
// frozen as a revision, the amendment of an endorsed plan (a new revision in draft while the
// endorsed one stays the plan of record), the archive at the end of a cycle (read-only), and the
// next cycle's plan copied from the unfinished work of this one. Pure: records in, changes out.

import { CLOSED_TARGET_STATUSES, type PlanStatus } from './catalogues';
import { StateError, ValidationError } from './errors';
import type { Activity, NewRecord, Objective, PlanContents, PlanRevision, RecordPatch, Target, WorkPlan } from './model';

/** The revision a plan is at: plans from before amendments are at 1. */
export function revisionOf(plan: Pick<WorkPlan, 'revision'>): number {
  return plan.revision ?? 1;
}

/** The id of a plan's frozen revision: one record per plan and revision (a second write of it is a duplicate). */
export function revisionId(planId: string, revision: number): string {
  return `${planId}:${revision}`;
}

/** Refuses any write to an archived plan or its items, with the reason clients translate (plan-archived). */
export function refuseArchived(plan: Pick<WorkPlan, 'status' | 'cycle'>): void {
  if (plan.status === 'archived') {
    throw new StateError(`The plan of ${plan.cycle} is archived (its cycle has ended): it and its items are read-only.`, 'plan-archived', {
      cycle: plan.cycle,
    });
  }
}

/** Refuses a change the plan's status does not allow: plan-archived for an archived plan, else plan-status. */
export function requirePlanStatus(plan: Pick<WorkPlan, 'status' | 'cycle'>, needed: readonly PlanStatus[], what: string): void {
  if (needed.includes(plan.status)) return;
  refuseArchived(plan);
  throw new StateError(`A ${plan.status} plan cannot be ${what}; only a ${needed.join(' or ')} plan can.`, 'plan-status', {
    status: plan.status,
    needed: needed.join(', '),
  });
}

/** The plan's last endorsement in its history (who and when), if it was ever endorsed. */
export function lastEndorsement(plan: Pick<WorkPlan, 'history'>): { by: string; at: string } | undefined {
  const endorsed = plan.history.findLast((h) => h.status === 'endorsed');
  return endorsed && { by: endorsed.by, at: endorsed.at };
}

/**
 * The frozen revision of a plan as it stands, endorsed (its tree as read with the plan; `plan`
 * is the plan record after the endorsement). Written in the same commit as the endorsement.
 */
export function frozenRevision(contents: PlanContents, plan: WorkPlan, endorsed: { by: string; at: string }): NewRecord<'planRevision'> {
  const revision = revisionOf(plan);
  return {
    id: revisionId(plan.id, revision),
    planId: plan.id,
    revision,
    endorsedAt: endorsed.at,
    endorsedBy: endorsed.by,
    tree: { plan, objectives: contents.objectives, activities: contents.activities, targets: contents.targets },
  };
}

/**
 * Opens an amendment of an endorsed plan: back to draft as revision n + 1, its items editable
 * again. The endorsed revision n stays the plan of record (exports, dashboard) until the
 * amendment is endorsed.
 */
export function amendment(plan: WorkPlan, request: { by: string; at: string; comment: string | null }): RecordPatch<'plan'> {
  requirePlanStatus(plan, ['endorsed'], 'amended');
  return {
    status: 'draft',
    revision: revisionOf(plan) + 1,
    reviewComment: null,
    history: [...plan.history, { status: 'draft', by: request.by, at: request.at, comment: request.comment }],
  };
}

/** A plan being amended: it was endorsed before (a stored revision), and its current revision is not endorsed yet. */
export function isUnderAmendment(plan: Pick<WorkPlan, 'status' | 'revision'>): boolean {
  return revisionOf(plan) > 1 && (plan.status === 'draft' || plan.status === 'submitted' || plan.status === 'returned');
}

/** A plan that was endorsed and stands: endorsed, archived, or under amendment (its endorsed revision stands meanwhile). */
export function hasEndorsedRevision(plan: Pick<WorkPlan, 'status' | 'revision'>): boolean {
  return plan.status === 'endorsed' || plan.status === 'archived' || isUnderAmendment(plan);
}

/**
 * The plan of record: for a plan under amendment, its last endorsed revision (the amendment is
 * not final until endorsed), with the progress of each target that still lives (check-ins go on
 * on the live targets meanwhile); any other plan as it is.
 */
export function planOfRecord(live: PlanContents, lastEndorsed: PlanRevision | undefined): PlanContents {
  if (!lastEndorsed || !isUnderAmendment(live.plan)) return live;
  const liveTargets = new Map(live.targets.map((t) => [t.id, t]));
  const { tree } = lastEndorsed;
  return {
    // The record's version stays the live one: whatever is keyed by it (an export's hidden sheet) refers to the stored plan.
    plan: { ...tree.plan, version: live.plan.version },
    objectives: tree.objectives,
    activities: tree.activities,
    targets: tree.targets.map((t) => {
      const now = liveTargets.get(t.id);
      return now ? { ...t, status: now.status, progress: now.progress, lastCheckInAt: now.lastCheckInAt } : t;
    }),
  };
}

// ---- the next cycle ------------------------------------------------------------------------

/** Why an item of the source plan is not carried into the next cycle. */
export const NOT_COPIED_REASONS = ['achieved', 'dropped'] as const;
export type NotCopiedReason = (typeof NOT_COPIED_REASONS)[number];

/** The next cycle: its code and its first and last day (of the registered cycle, else of its years). */
export interface NextCycle {
  code: string;
  start: string;
  end: string;
}

export interface CopiedItem {
  entity: 'objective' | 'activity' | 'target';
  /** The item in the source plan. */
  sourceId: string;
  ref: string;
  label: string;
  /** For a target whose due date fell before the new cycle: the new due date (the cycle's last day). */
  dueDate?: string;
}

export interface SkippedItem {
  entity: 'target';
  sourceId: string;
  ref: string;
  label: string;
  reason: NotCopiedReason;
}

/** What the next cycle's plan takes from the source, and the records it is made of. */
export interface NextCyclePlan {
  copied: CopiedItem[];
  notCopied: SkippedItem[];
  plan: NewRecord<'plan'>;
  objectives: NewRecord<'objective'>[];
  activities: NewRecord<'activity'>[];
  targets: NewRecord<'target'>[];
}

/**
 * The next cycle's draft plan for the same office: every objective and activity, and the
 * targets neither achieved nor dropped, with their references; each item links back to its
 * source (sourceId), the plan to its source plan. Progress is not copied: targets start again
 * not started, without check-ins, and without milestones (those name periods of the old cycle).
 * Dates before the new cycle: a target's due date moves to the cycle's last day, an activity's
 * start and end are cleared for the office to plan anew.
 */
export function nextCyclePlan(source: PlanContents, cycle: NextCycle, title: string, newId: () => string): NextCyclePlan {
  const start = cycle.start;
  if (cycle.code.slice(0, 4) < laterStartYear(source.plan.cycle)) {
    throw new ValidationError('Invalid next cycle', [
      {
        field: 'cycle',
        code: 'too-small',
        params: { min: laterStartYear(source.plan.cycle) },
        message: `must start after the plan's cycle ${source.plan.cycle}`,
      },
    ]);
  }
  const planId = newId();
  const objectiveIds = new Map(source.objectives.map((o) => [o.id, newId()]));
  const activityIds = new Map(source.activities.map((a) => [a.id, newId()]));
  const copied: CopiedItem[] = [];
  const notCopied: SkippedItem[] = [];

  const objectives = source.objectives.map((o): NewRecord<'objective'> => {
    copied.push({ entity: 'objective', sourceId: o.id, ref: o.ref, label: o.title });
    return { ...planned(o), id: objectiveIds.get(o.id) ?? newId(), planId, sourceId: o.id };
  });
  const activities = source.activities.flatMap((a): NewRecord<'activity'>[] => {
    const objectiveId = objectiveIds.get(a.objectiveId);
    if (!objectiveId) return [];
    copied.push({ entity: 'activity', sourceId: a.id, ref: a.ref, label: a.title });
    const past = a.end !== null && a.end < start;
    return [
      { ...planned(a), id: activityIds.get(a.id) ?? newId(), planId, objectiveId, start: past ? null : a.start, end: past ? null : a.end, sourceId: a.id },
    ];
  });
  const targets = source.targets.flatMap((t): NewRecord<'target'>[] => {
    const activityId = activityIds.get(t.activityId);
    if (!activityId) return [];
    if (CLOSED_TARGET_STATUSES.includes(t.status)) {
      notCopied.push({ entity: 'target', sourceId: t.id, ref: t.ref, label: t.description, reason: t.status === 'achieved' ? 'achieved' : 'dropped' });
      return [];
    }
    const dueDate = t.dueDate < start ? cycle.end : t.dueDate;
    copied.push({ entity: 'target', sourceId: t.id, ref: t.ref, label: t.description, ...(dueDate !== t.dueDate ? { dueDate } : {}) });
    const { milestones: _periodsOfTheOldCycle, ...rest } = planned(t);
    return [{ ...rest, id: newId(), planId, activityId, dueDate, status: 'not-started', progress: 0, lastCheckInAt: null, sourceId: t.id }];
  });
  const plan: NewRecord<'plan'> = {
    id: planId,
    officeId: source.plan.officeId,
    cycle: cycle.code,
    title,
    status: 'draft',
    reviewComment: null,
    history: [],
    revision: 1,
    sourcePlanId: source.plan.id,
  };
  return { copied, notCopied, plan, objectives, activities, targets };
}

/** The first year a cycle after `cycle` may start in: the year after it ends. */
function laterStartYear(cycle: string): string {
  return String(Number(cycle.slice(-4)) + 1);
}

/** An item's own fields without its bookkeeping and without a source link of its own. */
function planned<T extends Objective | Activity | Target>(item: T): Omit<T, 'version' | 'createdAt' | 'updatedAt' | 'sourceId'> {
  const { version: _v, createdAt: _c, updatedAt: _u, sourceId: _s, ...rest } = item;
  return rest;
}
