// The work plan's review workflow: draft → submitted → returned | endorsed → archived.
// A returned plan is edited and submitted again.

import type { PlanStatus } from './catalogues';
import { StateError, ValidationError } from './errors';
import type { RecordPatch, WorkPlan } from './model';

export const PLAN_ACTIONS = ['submit', 'endorse', 'return', 'archive'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const RULES: Readonly<Record<PlanAction, { from: readonly PlanStatus[]; to: PlanStatus }>> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  endorse: { from: ['submitted'], to: 'endorsed' },
  return: { from: ['submitted'], to: 'returned' },
  archive: { from: ['endorsed'], to: 'archived' },
};

/** Objectives, activities and targets may be changed only while the office holds the plan. */
export const EDITABLE_PLAN_STATUSES: readonly PlanStatus[] = ['draft', 'returned'];
/** Progress is reported on any plan that is not archived. */
export const REPORTABLE_PLAN_STATUSES: readonly PlanStatus[] = ['draft', 'submitted', 'returned', 'endorsed'];

export function canTransition(status: PlanStatus, action: PlanAction): boolean {
  return RULES[action].from.includes(status);
}

/** The change that applies `action` to `plan`, or a StateError when the workflow forbids it. */
export function transition(
  plan: WorkPlan,
  action: PlanAction,
  by: string,
  at: string,
  comment: string | null = null,
): RecordPatch<'plan'> {
  const rule = RULES[action];
  if (!rule.from.includes(plan.status)) {
    throw new StateError(`A ${plan.status} plan cannot be ${pastTense(action)}; only a ${rule.from.join(' or ')} plan can.`);
  }
  if (action === 'return' && !comment) {
    throw new ValidationError('A returned plan needs a comment for the office', [
      { field: 'comment', message: 'is required when returning a plan' },
    ]);
  }
  return {
    status: rule.to,
    reviewComment: action === 'endorse' || action === 'return' ? comment : plan.reviewComment,
    history: [...plan.history, { status: rule.to, by, at, comment }],
  };
}

function pastTense(action: PlanAction): string {
  return { submit: 'submitted', endorse: 'endorsed', return: 'returned', archive: 'archived' }[action];
}
