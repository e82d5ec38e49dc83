// What every store does the same when it closes a period: the rows stamped with their period
// and checked for duplicates, the key that makes each row's write idempotent, the checks on
// the period before anything is written, and the change that closes it (written last).

import { NotFoundError, StateError, ValidationError } from '../domain/errors';
import type { RecordPatch } from '../domain/model';
import type { Period, SnapshotRow } from '../domain/monitoring';
import type { SnapshotWrite } from './plan-store';

/** The key of a row within the whole store: one row per (period, scope, key). */
export function snapshotRowKey(row: Pick<SnapshotRow, 'periodId' | 'scope' | 'key'>): string {
  return `${row.periodId}|${row.scope}|${row.key}`;
}

/** The request's rows with their period; a ValidationError when two share a scope and key. */
export function snapshotRowsOf(request: SnapshotWrite): SnapshotRow[] {
  const rows = request.rows.map((row) => ({ ...row, periodId: request.periodId }));
  const keys = new Set<string>();
  for (const row of rows) {
    const key = snapshotRowKey(row);
    if (keys.has(key)) {
      throw new ValidationError('A snapshot holds one row per scope and key', [
        { field: 'rows', code: 'duplicate', message: `names ${row.scope} ${row.key} twice` },
      ]);
    }
    keys.add(key);
  }
  return rows;
}

/** The period to close, as it is now: NotFoundError when there is none, StateError when it is closed already. */
export function periodToClose(period: Period | undefined, periodId: string): Period {
  if (!period) throw new NotFoundError('period', periodId);
  if (period.status === 'closed') throw new StateError(`The period ${period.label} is closed already.`);
  return period;
}

/** The change that closes the period once its rows are written: the snapshot's header. */
export function closingPatch(request: SnapshotWrite, rows: number): RecordPatch<'period'> {
  return {
    status: 'closed',
    closedAt: request.at,
    closedBy: request.actor,
    forced: request.forced,
    missingOffices: [...request.missingOffices],
    snapshotRows: rows,
    closing: null,
  };
}
