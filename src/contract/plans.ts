// Work plans: the summaries of GET /api/plans and the query that selects them. The plan tree
// itself is in entities.ts; the bodies of creation, edits and transitions are the domain's.

import { z } from 'zod';
import { contractSchemas } from './registry';
import { cycle, officeCode } from '../domain/schemas';
import { rollup, workPlan } from './entities';

export const planListQuery = z.strictObject({ office: officeCode.optional(), cycle: cycle.optional() });
export type PlanQuery = z.infer<typeof planListQuery>;

/** GET /api/plans: one summary per plan, with its office and roll-up. */
export const planSummary = workPlan.extend({ officeCode: z.string(), officeName: z.string(), rollup }).register(contractSchemas, { id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof planSummary>;
