// The SQLite reads of monitoring (cycles, periods, reports and their lines, snapshots, and the
// office scorecards with their remedial actions) and the rows of a snapshot, rewritten whole
// inside the transaction that closes the period.

import type Database from 'better-sqlite3';
import type { Cycle, Period, ProgressReport, ReportLine, SnapshotRow, SnapshotScope } from '../../domain/monitoring';
import type { RemedialAction, Scorecard } from '../../domain/scorecard';
import type { RemedialActionFilter, ReportFilter, ScorecardFilter } from '../plan-store';

type Row = { data: string };

export function readCycles(db: Database.Database): Cycle[] {
  return all<Cycle>(db, 'SELECT data FROM cycles ORDER BY start, id');
}

export function readPeriods(db: Database.Database, cycle?: string): Period[] {
  return cycle === undefined
    ? all<Period>(db, 'SELECT data FROM periods ORDER BY start, cycle')
    : all<Period>(db, 'SELECT data FROM periods WHERE cycle = ? ORDER BY start', [cycle]);
}

export function readReports(db: Database.Database, filter: ReportFilter): ProgressReport[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.periodId !== undefined) {
    clauses.push('r.period_id = ?');
    params.push(filter.periodId);
  }
  if (filter.officeId !== undefined) {
    clauses.push('r.office_id = ?');
    params.push(filter.officeId);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  return all<ProgressReport>(db, `SELECT r.data FROM reports r JOIN periods p ON p.id = r.period_id ${where} ORDER BY p.start, r.office_id`, params);
}

export function readReportLines(db: Database.Database, reportId: string): ReportLine[] {
  return all<ReportLine>(db, "SELECT data FROM report_lines WHERE report_id = ? ORDER BY json_extract(data, '$.createdAt'), id", [reportId]);
}

export function readSnapshotRows(db: Database.Database, periodId: string, scopes?: readonly SnapshotScope[]): SnapshotRow[] {
  if (scopes) {
    return all<SnapshotRow>(db, 'SELECT data FROM snapshot_rows WHERE period_id = ? AND scope IN (SELECT value FROM json_each(?)) ORDER BY scope, key', [
      periodId,
      JSON.stringify(scopes),
    ]);
  }
  return all<SnapshotRow>(db, 'SELECT data FROM snapshot_rows WHERE period_id = ? ORDER BY scope, key', [periodId]);
}

/** Replaces the period's rows with `rows`; the caller's transaction makes it all or nothing. */
export function replaceSnapshotRows(db: Database.Database, periodId: string, rows: readonly SnapshotRow[]): void {
  db.prepare('DELETE FROM snapshot_rows WHERE period_id = ?').run(periodId);
  const insert = db.prepare('INSERT INTO snapshot_rows (period_id, scope, key, data) VALUES (?, ?, ?, ?)');
  for (const row of rows) insert.run(periodId, row.scope, row.key, JSON.stringify(row));
}

export function readScorecards(db: Database.Database, filter: ScorecardFilter): Scorecard[] {
  const where = conditions([
    ['s.period_id = ?', filter.periodId],
    ['s.office_id = ?', filter.officeId],
  ]);
  return all<Scorecard>(db, `SELECT s.data FROM scorecards s JOIN periods p ON p.id = s.period_id ${where.sql} ORDER BY p.start, s.office_id`, where.params);
}

export function readRemedialActions(db: Database.Database, filter: RemedialActionFilter): RemedialAction[] {
  const where = conditions([
    ['scorecard_id = ?', filter.scorecardId],
    ['office_id = ?', filter.officeId],
    ['status IN (SELECT value FROM json_each(?))', filter.statuses && JSON.stringify(filter.statuses)],
  ]);
  return all<RemedialAction>(db, `SELECT data FROM remedial_actions ${where.sql} ORDER BY due, id`, where.params);
}

/** The clauses whose value is given, joined by AND. */
function conditions(clauses: readonly [string, string | undefined][]): { sql: string; params: string[] } {
  const given = clauses.filter((c): c is [string, string] => c[1] !== undefined);
  return { sql: given.length ? `WHERE ${given.map((c) => c[0]).join(' AND ')}` : '', params: given.map((c) => c[1]) };
}

/** The records of a query's rows (shared by the other query modules of the store). */
export function all<T>(db: Database.Database, sql: string, params: unknown[] = []): T[] {
  // The JSON this store wrote from records of the table's entity (see decode in sqlite-store.ts).
  return db
    .prepare<unknown[], Row>(sql)
    .all(...params)
    .map((r) => JSON.parse(r.data) as T);
}
