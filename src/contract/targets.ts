// Target queries (GET /api/targets, a page at a time) and what they answer with.

import { z } from 'zod';
import { contractSchemas } from './registry';
import { calendarDate, cycle, email, officeCode } from '../domain/schemas';
import { planStatus, targetFields } from './entities';

/** Targets per page when the query names no limit, and the most a page holds. */
export const TARGET_PAGE_DEFAULT = 200;
export const TARGET_PAGE_MAX = 1000;

/**
 * The query of GET /api/targets. The cursor is opaque to clients (hand back `nextCursor`
 * unchanged); the service reads it with its own schema (services/target-cursor.ts).
 */
export const targetQuery = z.strictObject({
  owner: z.union([z.literal('me'), email]).optional(),
  office: officeCode.optional(),
  cycle: cycle.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  dueBefore: calendarDate.optional(),
  limit: z.coerce.number().int().min(1).max(TARGET_PAGE_MAX).default(TARGET_PAGE_DEFAULT),
  cursor: z.string().max(400).optional(),
});

/** A target with its plan's context. */
export const targetSummary = z
  .object({ ...targetFields, officeId: z.string(), officeCode: z.string(), cycle: z.string(), planStatus, overdue: z.boolean(), daysOverdue: z.number().int() })
  .register(contractSchemas, { id: 'TargetSummary' });
export type TargetSummary = z.infer<typeof targetSummary>;

/** GET /api/targets: one page, the number of targets on all pages, and where the next page starts. */
export const targetSummaryPage = z
  .object({
    items: z.array(targetSummary),
    total: z.number().int(),
    /** Hand back as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .register(contractSchemas, { id: 'TargetSummaryPage' });
export type TargetSummaryPage = z.infer<typeof targetSummaryPage>;
