// Department-wide reads: who am I, the catalogue, offices, the dashboard and the audit trail.

import { z } from 'zod';
import { contractSchemas } from './registry';
import { ENTITY_NAMES } from '../domain/model';
import { PRODUCT_ROLES } from '../domain/roles';
import { cycle } from '../domain/schemas';
import { functionalArea, officeStage, pillar, planStatus, rollup, targetStatus } from './entities';

/** The product's own roles; office focal points and target owners follow from the data. */
export const productRole = z.enum(PRODUCT_ROLES).register(contractSchemas, { id: 'ProductRole' });
export type ProductRole = z.infer<typeof productRole>;

/** GET /api/me */
export const me = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    roles: z.array(productRole),
    /** The offices whose focal point the caller is. */
    offices: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
    ownsTargets: z.boolean(),
    authMode: z.enum(['dev', 'entra']),
  })
  .register(contractSchemas, { id: 'Me' });
export type Me = z.infer<typeof me>;

/** GET /api/catalogue: SCR 1325's paragraphs, the pillars, functional areas and statuses. */
export const catalogueSchema = z
  .object({
    paragraphs: z.array(z.object({ number: z.number().int(), title: z.string(), peacekeeping: z.enum(['direct', 'indirect', 'general']) })),
    pillars: z.array(z.object({ code: pillar, label: z.string() })),
    functionalAreas: z.array(z.object({ code: functionalArea, label: z.string() })),
    targetStatuses: z.array(targetStatus),
    planStatuses: z.array(planStatus),
  })
  .register(contractSchemas, { id: 'Catalogue' });
export type Catalogue = z.infer<typeof catalogueSchema>;

export const dashboardQuery = z.strictObject({ cycle: cycle.optional() });

export const overdueTarget = z
  .object({
    targetId: z.string(),
    planId: z.string(),
    officeCode: z.string(),
    ref: z.string(),
    description: z.string(),
    owner: z.string(),
    dueDate: z.string(),
    daysOverdue: z.number().int(),
    status: targetStatus,
  })
  .register(contractSchemas, { id: 'OverdueTarget' });
export type OverdueTarget = z.infer<typeof overdueTarget>;

export const officeRollup = z
  .object({
    officeId: z.string(),
    code: z.string(),
    name: z.string(),
    planId: z.string().nullable(),
    planStatus: planStatus.nullable(),
    stage: officeStage,
    rollup,
  })
  .register(contractSchemas, { id: 'OfficeRollup' });

/** GET /api/dashboard: the roll-ups of one cycle (the latest when none is named). */
export const dashboardSchema = z
  .object({
    cycle: z.string().nullable(),
    cycles: z.array(z.string()),
    asOf: z.string(),
    department: rollup,
    offices: z.array(officeRollup),
    byPillar: z.array(z.object({ pillar, rollup })),
    byParagraph: z.array(z.object({ paragraph: z.number().int(), rollup })),
    byFunctionalArea: z.array(z.object({ functionalArea, rollup })),
    overdue: z.array(overdueTarget),
  })
  .register(contractSchemas, { id: 'Dashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;

/** GET /api/audit: newest first, a page of `limit` before the sequence number `before`. */
export const auditQuery = z.strictObject({
  entity: z.enum(ENTITY_NAMES).optional(),
  id: z.string().min(1).max(100).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
