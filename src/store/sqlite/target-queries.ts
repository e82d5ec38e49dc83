// The SQL behind the SQLite store's target queries: the filter of queryTargets and the pages
// of pageTargets (the order and positions of store/target-pages.ts).

import type Database from 'better-sqlite3';
import { CLOSED_TARGET_STATUSES } from '../../domain/catalogues';
import type { Target } from '../../domain/model';
import type { TargetFilter } from '../plan-store';
import { positionOf, type TargetPage, type TargetPageQuery } from '../target-pages';

/** The filter's conditions on the targets table; undefined when it can match nothing. */
export function targetWhere(filter: TargetFilter): { clauses: string[]; params: unknown[] } | undefined {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.planIds) {
    if (filter.planIds.length === 0) return undefined;
    clauses.push(`plan_id IN (${filter.planIds.map(() => '?').join(',')})`);
    params.push(...filter.planIds);
  }
  if (filter.owner) {
    clauses.push('owner = ?');
    params.push(filter.owner.toLowerCase());
  }
  if (filter.dueBefore) {
    clauses.push('due_date < ?');
    params.push(filter.dueBefore);
  }
  if (filter.openOnly) {
    clauses.push(`status NOT IN (${CLOSED_TARGET_STATUSES.map(() => '?').join(',')})`);
    params.push(...CLOSED_TARGET_STATUSES);
  }
  return { clauses, params };
}

export const sqlWhere = (clauses: readonly string[]) => (clauses.length ? `WHERE ${clauses.join(' AND ')}` : '');

/**
 * One page, to be called inside a read transaction so that the page and its total agree.
 * The overdue and the rest are read in the order of the (due_date, id) index, so a page
 * reads its own rows and no more; an owner's targets are few, so their own index finds them
 * and they are sorted. All targets are counted as the query planner sees fit (by plan it
 * counts index ranges); the overdue are one range of the page index, counted without the
 * records.
 */
export function readTargetPage(db: Database.Database, query: TargetPageQuery): TargetPage {
  const where = targetWhere(query);
  if (!where) return { items: [], total: 0, next: null };
  const overdueSql = `(status NOT IN (${CLOSED_TARGET_STATUSES.map(() => '?').join(',')}) AND due_date < ?)`;
  const overdueParams = [...CLOSED_TARGET_STATUSES, query.today];
  const index = query.owner ? 'targets_owner' : 'targets_page';
  const count = (sql: string, params: unknown[]) =>
    Number(
      db
        .prepare(sql)
        .pluck()
        .get(...params),
    );
  const countAll = () => count(`SELECT COUNT(*) FROM targets ${sqlWhere(where.clauses)}`, where.params);
  const countOverdue = () =>
    count(`SELECT COUNT(*) FROM targets INDEXED BY ${index} ${sqlWhere([...where.clauses, overdueSql])}`, [...where.params, ...overdueParams]);
  const total = query.overdue === undefined ? countAll() : query.overdue ? countOverdue() : countAll() - countOverdue();

  const items: Target[] = [];
  const after = query.after;
  for (const overdue of query.overdue === undefined ? [true, false] : [query.overdue]) {
    if (after && after.overdue === false && overdue) continue; // the overdue group is behind the cursor
    const clauses = [...where.clauses, overdue ? overdueSql : `NOT ${overdueSql}`];
    const params = [...where.params, ...overdueParams];
    if (after && after.overdue === overdue) {
      clauses.push('(due_date, id) > (?, ?)');
      params.push(after.dueDate, after.id);
    }
    // One row past the page tells whether another page follows.
    const rows = db
      .prepare(`SELECT data FROM targets INDEXED BY ${index} ${sqlWhere(clauses)} ORDER BY due_date, id LIMIT ?`)
      .pluck()
      .all(...params, query.limit + 1 - items.length);
    for (const data of rows) items.push(JSON.parse(String(data)));
    if (items.length > query.limit) break;
  }
  const page = items.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page, total, next: items.length > query.limit && last ? positionOf(last, query.today) : null };
}
