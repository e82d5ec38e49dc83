// Errors to HTTP, in one place: RFC 9457 problem details (application/problem+json) with
// field-level detail for invalid input (field, stable code and params, English message) and
// the current representation on a conflict.

import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PreconditionRequiredError,
  StateError,
  UnauthenticatedError,
  ValidationError,
  type FieldProblem,
} from '../domain/errors';
import type { ProblemParams } from '../domain/problem-codes';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: readonly FieldProblem[];
  current?: unknown;
  /** A refusal's stable name (domain/errors.ts REFUSAL_CODES) and its params, for clients to translate. */
  code?: string;
  params?: ProblemParams;
}

export function sendProblem(res: Response, problem: Problem, headers: Record<string, string> = {}): void {
  res
    .status(problem.status)
    .set({ 'Content-Type': 'application/problem+json', ...headers })
    .send(JSON.stringify(problem));
}

const TYPE = 'https://action-plan.example/problems/';

export function toProblem(error: unknown): Problem {
  if (error instanceof ValidationError) {
    return { type: `${TYPE}invalid`, title: error.message, status: 400, detail: describe(error.problems), errors: error.problems.map(withParams) };
  }
  if (error instanceof UnauthenticatedError) return { type: `${TYPE}unauthenticated`, title: 'Sign-in required', status: 401, detail: error.message };
  if (error instanceof ForbiddenError) return { type: `${TYPE}forbidden`, title: 'Not allowed', status: 403, detail: error.message };
  if (error instanceof NotFoundError) return { type: `${TYPE}not-found`, title: 'Not found', status: 404, detail: error.message, ...coded(error.code) };
  if (error instanceof ConflictError && error.kind === 'stale') {
    return { type: `${TYPE}stale`, title: 'Changed by someone else', status: 412, detail: error.message, current: error.current };
  }
  if (error instanceof ConflictError) return { type: `${TYPE}duplicate`, title: 'Already exists', status: 409, detail: error.message };
  if (error instanceof StateError)
    return { type: `${TYPE}state`, title: 'Not possible now', status: 409, detail: error.message, ...coded(error.code, error.params) };
  if (error instanceof PreconditionRequiredError) {
    return { type: `${TYPE}if-match-required`, title: 'If-Match required', status: 428, detail: error.message };
  }
  const http = httpError(error);
  if (http) return http;
  return {
    type: `${TYPE}internal`,
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong; nothing was changed. The error is in the server log.',
  };
}

function coded(code: string | undefined, params?: ProblemParams): Pick<Problem, 'code' | 'params'> {
  return code === undefined ? {} : { code, params: params ?? {} };
}

/** body-parser's own errors: malformed JSON, oversize bodies, wrong charset. */
function httpError(error: unknown): Problem | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const type = 'type' in error ? error.type : undefined;
  const message = 'message' in error && typeof error.message === 'string' ? error.message : undefined;
  if (type === 'entity.parse.failed') {
    return {
      type: `${TYPE}invalid`,
      title: 'Malformed JSON',
      status: 400,
      detail: message,
      errors: [{ field: '(body)', code: 'not-json', params: {}, message: 'is not valid JSON' }],
    };
  }
  if (type === 'entity.too.large') return { type: `${TYPE}too-large`, title: 'Request body too large', status: 413, detail: message };
  const status = 'status' in error ? error.status : undefined;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { type: `${TYPE}bad-request`, title: message ?? 'Bad request', status };
  }
  return undefined;
}

/** Each entry carries field, code, params ({} when the code needs none) and the English message. */
function withParams(problem: FieldProblem): FieldProblem {
  return { field: problem.field, code: problem.code, params: problem.params ?? {}, message: problem.message };
}

function describe(problems: readonly FieldProblem[]): string {
  return problems.map((p) => `${p.field} ${p.message}`).join('; ');
}

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const problem = toProblem(error);
    if (problem.status >= 500) logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    if (res.headersSent) return;
    const version = versionOf(problem.current);
    sendProblem(res, problem, version !== undefined ? { ETag: `"${version}"` } : {});
  };
}

/** The version of the current state a conflict carries, for its ETag. */
function versionOf(current: unknown): number | undefined {
  return typeof current === 'object' && current !== null && 'version' in current && typeof current.version === 'number' ? current.version : undefined;
}
