// The work plan's review workflow: draft → submitted → returned | endorsed → archived.
// A returned plan is edited and submitted again.

import type { PlanStatus } from './catalogues';
import { ForbiddenError, StateError, ValidationError } from './errors';
import type { RecordPatch, WorkPlan } from './model';
import { requirePlanStatus } from './plan-lifecycle';
import { hasVisibleText } from './visible-text';

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

/** Who asks for the transition, and what the workflow must know about the plan's contents. */
export interface TransitionRequest {
  /** E-mail of the person acting. */
  by: string;
  at: string;
  comment?: string | null;
  /** How many targets the plan holds now: a plan without one is not a plan to submit or endorse. */
  targets: number;
}

/** The person who last submitted the plan, from its history. */
export function submitterOf(plan: Pick<WorkPlan, 'history'>): string | undefined {
  return plan.history.findLast((h) => h.status === 'submitted')?.by;
}

/**
 * The change that applies `action` to `plan`: a StateError when the workflow forbids it now, a
 * ForbiddenError when the reviewer is the submitter (separation of duties: whoever submitted a
 * plan never endorses or returns it, whatever roles she holds), a ValidationError for a return
 * without a visible comment.
 */
export function transition(plan: WorkPlan, action: PlanAction, request: TransitionRequest): RecordPatch<'plan'> {
  const { by, at } = request;
  const comment = request.comment ?? null;
  const rule = RULES[action];
  // Refused with a code clients translate: plan-archived for an archived plan, else plan-status.
  requirePlanStatus(plan, rule.from, pastTense(action));
  if ((action === 'endorse' || action === 'return') && samePerson(submitterOf(plan), by)) {
    throw new ForbiddenError(
      `You submitted this plan, so another member of the Gender Unit ${action === 'endorse' ? 'endorses' : 'returns'} it (separation of duties).`,
    );
  }
  if (action === 'return' && !hasVisibleText(comment)) {
    throw new ValidationError('A returned plan needs a comment for the office', [
      { field: 'comment', code: 'required', message: 'is required when returning a plan' },
    ]);
  }
  if ((action === 'submit' || action === 'endorse') && request.targets === 0) {
    throw new StateError(`A plan without a single target cannot be ${pastTense(action)}: add at least one target to an activity first.`);
  }
  return {
    status: rule.to,
    reviewComment: action === 'endorse' || action === 'return' ? comment : plan.reviewComment,
    history: [...plan.history, { status: rule.to, by, at, comment }],
  };
}

function samePerson(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

function pastTense(action: PlanAction): string {
  return { submit: 'submitted', endorse: 'endorsed', return: 'returned', archive: 'archived' }[action];
}
