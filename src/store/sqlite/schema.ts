// The SQLite schema and its migrations. Each entity is a row holding the whole record as
// JSON, plus the columns that queries filter on or that constraints need, kept in step by
// the adapter. `PRAGMA user_version` records the last migration applied.

import type Database from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE offices (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE
  );
  CREATE TABLE plans (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    office_id TEXT NOT NULL REFERENCES offices(id), cycle TEXT NOT NULL, status TEXT NOT NULL,
    UNIQUE (office_id, cycle)
  );
  CREATE INDEX plans_cycle ON plans(cycle);
  CREATE TABLE objectives (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id), ref TEXT NOT NULL,
    UNIQUE (plan_id, ref)
  );
  CREATE TABLE activities (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id), objective_id TEXT NOT NULL REFERENCES objectives(id), ref TEXT NOT NULL,
    UNIQUE (plan_id, ref)
  );
  CREATE INDEX activities_objective ON activities(objective_id);
  CREATE TABLE targets (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id), activity_id TEXT NOT NULL REFERENCES activities(id), ref TEXT NOT NULL,
    owner TEXT NOT NULL, due_date TEXT NOT NULL, status TEXT NOT NULL,
    UNIQUE (plan_id, ref)
  );
  CREATE INDEX targets_activity ON targets(activity_id);
  CREATE INDEX targets_owner ON targets(owner);
  CREATE INDEX targets_due ON targets(due_date);
  CREATE TABLE checkins (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id), target_id TEXT NOT NULL REFERENCES targets(id), date TEXT NOT NULL
  );
  CREATE INDEX checkins_target ON checkins(target_id, date);
  CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, office_id TEXT, action TEXT NOT NULL,
    before TEXT, after TEXT
  );
  CREATE INDEX audit_entity ON audit(entity, entity_id);
  CREATE INDEX audit_office ON audit(office_id);
  `,
  `
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    active INTEGER NOT NULL, user_email TEXT NOT NULL
  );
  CREATE INDEX conversations_user ON conversations(user_email);
  CREATE TABLE reminders (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    created_at TEXT NOT NULL, status TEXT NOT NULL
  );
  CREATE INDEX reminders_created ON reminders(created_at);
  CREATE TABLE settings (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
  CREATE TABLE leases (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
  `,
  // Pages of targets walk (due_date, id); the other columns let a page and its count filter
  // by plan, status and owner without reading the records.
  `
  CREATE INDEX targets_page ON targets(due_date, id, plan_id, status, owner);
  `,
  // Monitoring: cycles, their periods, the offices' progress reports and their lines, and the
  // rows frozen when a period closes (one per period, scope and key: a retried close rewrites
  // them instead of adding). A line names its target without a foreign key: a target deleted
  // later must not take a submitted report's line with it.
  `
  CREATE TABLE cycles (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, start TEXT NOT NULL);
  CREATE TABLE periods (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    cycle TEXT NOT NULL REFERENCES cycles(id), start TEXT NOT NULL, status TEXT NOT NULL,
    UNIQUE (cycle, start)
  );
  CREATE TABLE reports (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    period_id TEXT NOT NULL REFERENCES periods(id), office_id TEXT NOT NULL, status TEXT NOT NULL,
    UNIQUE (period_id, office_id)
  );
  CREATE INDEX reports_office ON reports(office_id, period_id);
  CREATE TABLE report_lines (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    report_id TEXT NOT NULL REFERENCES reports(id), target_id TEXT NOT NULL,
    UNIQUE (report_id, target_id)
  );
  CREATE TABLE snapshot_rows (
    period_id TEXT NOT NULL REFERENCES periods(id), scope TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (period_id, scope, key)
  ) WITHOUT ROWID;
  `,
  // The office scorecard: one per office and closed period (stored when first read, so that its
  // ratings never move), and the remedial actions for ratings below "meets", found by their
  // scorecard, their office, and (for reminders) by status and due date.
  `
  CREATE TABLE scorecards (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    period_id TEXT NOT NULL REFERENCES periods(id), office_id TEXT NOT NULL,
    UNIQUE (period_id, office_id)
  );
  CREATE INDEX scorecards_office ON scorecards(office_id, period_id);
  CREATE TABLE remedial_actions (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    scorecard_id TEXT NOT NULL REFERENCES scorecards(id), office_id TEXT NOT NULL, status TEXT NOT NULL, due TEXT NOT NULL
  );
  CREATE INDEX remedial_actions_scorecard ON remedial_actions(scorecard_id);
  CREATE INDEX remedial_actions_office ON remedial_actions(office_id);
  CREATE INDEX remedial_actions_due ON remedial_actions(status, due);
  `,
  // 6. The planning process (issue 16): the needs assessment's findings, by office (null for
  // department-wide ones), and the workshops by start. A workshop names its offices inside its
  // record (a pilot several): there are a handful per cycle, read whole.
  `
  CREATE TABLE findings (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, office_id TEXT);
  CREATE INDEX findings_office ON findings(office_id);
  CREATE TABLE workshops (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, kind TEXT NOT NULL, start TEXT NOT NULL);
  CREATE INDEX workshops_start ON workshops(start);
  `,
  // 7. Plans through their whole life (issue 16): each endorsement frozen as a revision of its
  // plan, once per plan and revision (a second freeze of the same revision is a duplicate).
  `
  CREATE TABLE plan_revisions (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id), revision INTEGER NOT NULL,
    UNIQUE (plan_id, revision)
  );
  `,
];

/** Brings the database to the newest schema; each migration runs in its own transaction. */
export function migrate(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(`The database schema (version ${current}) is newer than this release understands (${MIGRATIONS.length}); upgrade the app.`);
  }
  MIGRATIONS.slice(current).forEach((migration, i) => {
    db.transaction(() => {
      db.exec(migration);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
}
