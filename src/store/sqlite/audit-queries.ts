// The SQLite read of the audit trail: newest first, filtered by entity, record and office,
// paged by sequence number. Before and after are kept as JSON text.

import type Database from 'better-sqlite3';
import type { AuditEvent, EntityName } from '../../domain/model';
import type { AuditFilter } from '../plan-store';

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  entity: EntityName;
  entity_id: string;
  office_id: string | null;
  action: AuditEvent['action'];
  before: string | null;
  after: string | null;
}

export function readAudit(db: Database.Database, filter: AuditFilter): AuditEvent[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.entity) {
    clauses.push('entity = ?');
    params.push(filter.entity);
  }
  if (filter.entityId) {
    clauses.push('entity_id = ?');
    params.push(filter.entityId);
  }
  if (filter.officeIds) {
    if (filter.officeIds.length === 0) return [];
    clauses.push(`office_id IN (${filter.officeIds.map(() => '?').join(',')})`);
    params.push(...filter.officeIds);
  }
  if (filter.beforeSeq !== undefined) {
    clauses.push('seq < ?');
    params.push(filter.beforeSeq);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = db.prepare<unknown[], AuditRow>(`SELECT * FROM audit ${where} ORDER BY seq DESC LIMIT ?`).all(...params, filter.limit);
  return rows.map(fromAuditRow);
}

function fromAuditRow(r: AuditRow): AuditEvent {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    officeId: r.office_id,
    action: r.action,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  };
}
