// The audit trail: who changed what, when, with the record before and after.

import { z } from 'zod';
import { ENTITY_NAMES, type AuditEvent } from '../domain/model';
import { parse } from '../domain/schemas';
import { auditScope } from './access';
import type { ServiceContext } from './context';
import type { Actor } from './identity';

export const auditQuery = z.strictObject({
  entity: z.enum(ENTITY_NAMES).optional(),
  id: z.string().min(1).max(100).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export async function listAudit(ctx: ServiceContext, actor: Actor, rawQuery: unknown): Promise<AuditEvent[]> {
  const query = parse(auditQuery, rawQuery, 'query');
  const scope = auditScope(actor);
  return ctx.store.listAudit({
    entity: query.entity,
    entityId: query.id,
    officeIds: 'all' in scope ? undefined : scope.officeIds,
    beforeSeq: query.before,
    limit: query.limit,
  });
}
