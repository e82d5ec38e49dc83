// The audit trail: who changed what, when, with the record before and after.

import { auditQuery } from '../contract/department';
import type { AuditEvent } from '../domain/model';
import { parse } from '../domain/schemas';
import { auditScope } from './access';
import type { ServiceContext } from './context';
import type { Actor } from './identity';

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
