// The few errors that carry meaning across the layers; the HTTP edge maps each to a status
// in one place (src/server/problem.ts), the CLI and the bot to a message.

import type { ProblemCode, ProblemParams } from './problem-codes';

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. "targets.0.dueDate". */
  readonly field: string;
  /** What is wrong, by a stable name (src/domain/problem-codes.ts): readers translate by it. */
  readonly code: ProblemCode;
  /** The values the code's text needs, e.g. { max: 300 }. */
  readonly params?: ProblemParams;
  /** The same in English, for people reading the API or the CLI. */
  readonly message: string;
}

/**
 * Why a request was refused in the state things are in, by a stable name that clients
 * translate (problem+json `code`, with `params`), never by the wording of the message.
 */
export const REFUSAL_CODES = [
  /** The period is closed: nothing of it changes any more. */
  'period-closed',
  /** The period has not ended yet (params.end). */
  'period-not-ended',
  /** An earlier period is still open (params.period): periods close in order. */
  'earlier-period-open',
  /** Reports not submitted; close with force to record them missing (params.offices: their codes). */
  'reports-missing',
  /** The period is open: it has no snapshot yet. */
  'period-open',
  /** The office already has a report for the period (params.reportId). */
  'report-exists',
  /** The office has no endorsed plan in the period's cycle (params.office, params.cycle). */
  'no-endorsed-plan',
  /** A cycle with this code exists already (params.cycle). */
  'cycle-exists',
  /** The report is not in a state that allows this (params.status). */
  'report-status',
  /** A remedial action is for a rating below "meets requirements" only (params.criterion, params.rating). */
  'rating-not-below-meets',
  /** Objectives cite the finding (params.objectives: their references): uncite it first. */
  'finding-cited',
  /** The plan is archived (end of its cycle): it and its items are read-only (params.cycle). */
  'plan-archived',
  /** The plan is not in a status that allows this (params.status: its status, params.needed: the ones that would). */
  'plan-status',
  /** The office already has a plan in that cycle (params.office, params.cycle, params.planId). */
  'plan-exists',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export class DomainError extends Error {
  override readonly name: string = 'DomainError';
}

export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly code?: RefusalCode,
    message = `${entity} ${id} was not found`,
  ) {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';
}

export class UnauthenticatedError extends DomainError {
  override readonly name = 'UnauthenticatedError';
}

export class ValidationError extends DomainError {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

/**
 * A write that would lose or duplicate data: `stale` when the entity changed since the caller
 * read it (`current` is what is stored now), `duplicate` when a unique key is already taken.
 */
export class ConflictError extends DomainError {
  override readonly name = 'ConflictError';
  constructor(
    message: string,
    readonly entity: string,
    readonly id: string,
    readonly current?: unknown,
    readonly kind: 'stale' | 'duplicate' = current === undefined ? 'duplicate' : 'stale',
  ) {
    super(message);
  }
}

/** An update arrived without the version it was based on (HTTP If-Match). */
export class PreconditionRequiredError extends DomainError {
  override readonly name = 'PreconditionRequiredError';
}

/** The request is well-formed but the entity's state does not allow it (e.g. editing an endorsed plan). */
export class StateError extends DomainError {
  override readonly name = 'StateError';
  constructor(
    message: string,
    readonly code?: RefusalCode,
    readonly params?: ProblemParams,
  ) {
    super(message);
  }
}
