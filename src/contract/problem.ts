// Errors as RFC 9457 problem details (application/problem+json), as src/server/problem.ts sends them.

import { z } from 'zod';
import { contractSchemas } from './registry';
import { REFUSAL_CODES } from '../domain/errors';
import { PROBLEM_CODES } from '../domain/problem-codes';

/** One field that was refused: its path, a stable code (translated by clients) with params, and the English message. */
export const fieldProblem = z
  .object({
    field: z.string(),
    code: z.enum(PROBLEM_CODES),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    message: z.string(),
  })
  .register(contractSchemas, { id: 'FieldProblem' });

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    /** 400: every field that was refused. */
    errors: z.array(fieldProblem).optional(),
    /** 412 on a stale write: the record (for a plan, the whole tree) as it is now. */
    current: z.unknown().optional(),
    /** A refused import: its row report. */
    report: z.unknown().optional(),
    /** 404/409: why, by a stable name (e.g. reports-missing), and the values its text needs. */
    code: z.enum(REFUSAL_CODES).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .register(contractSchemas, { id: 'Problem' });
export type ProblemDocument = z.infer<typeof problem>;
