// The SQLite reads of the planning process: the needs assessment's findings, the workshops,
// and the objectives that cite findings (for the coverage view), each one query.

import type Database from 'better-sqlite3';
import type { Objective } from '../../domain/model';
import type { Finding, Workshop } from '../../domain/process';
import type { FindingFilter } from '../plan-store';
import { all } from './monitoring-queries';

export function readFindings(db: Database.Database, filter: FindingFilter): Finding[] {
  const order = "ORDER BY json_extract(data, '$.createdAt'), id";
  if (filter.officeId === undefined) return all<Finding>(db, `SELECT data FROM findings ${order}`);
  if (filter.officeId === null) return all<Finding>(db, `SELECT data FROM findings WHERE office_id IS NULL ${order}`);
  return all<Finding>(db, `SELECT data FROM findings WHERE office_id = ? ${order}`, [filter.officeId]);
}

export function readWorkshops(db: Database.Database): Workshop[] {
  return all<Workshop>(db, 'SELECT data FROM workshops ORDER BY start, id');
}

export function readCitingObjectives(db: Database.Database): Objective[] {
  return all<Objective>(db, "SELECT data FROM objectives WHERE json_array_length(data, '$.findingIds') > 0 ORDER BY plan_id, ref");
}
