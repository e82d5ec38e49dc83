// An existing database file from the release before monitoring: opening it with this release
// adds the monitoring tables, keeps every record, and the new tables work at once.

import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIGRATIONS } from '../../src/store/sqlite/schema';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { commitOf, office } from '../support/factories';
import { cycleWithPeriods, snapshotRows } from '../support/monitoring-factories';
import { findingRecord, workshopRecord } from './process-store.contract';

/** The schema version of the release before monitoring. */
const BEFORE_MONITORING = 3;
/** The schema version of the release before the office scorecard. */
const BEFORE_SCORECARD = 4;
/** The schema version of the release before the planning process (findings, workshops). */
const BEFORE_PROCESS = 5;

describe('SQLite migrations', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A file as the release before monitoring left it, holding one office written by that release. */
  async function previousReleaseFile() {
    const file = path.join(dir, 'old.db');
    const old = new SqliteStore({ path: file });
    const o = office({ code: 'OO', name: 'Office of Operations' });
    await old.commit(commitOf([{ op: 'create', entity: 'office', record: o }]));
    await old.close();
    // Take the monitoring migration back out, as the file was before this release.
    const db = new Database(file);
    // Later releases' tables first: the plans' revisions (migration 7), the planning process (migration 6).
    db.exec('DROP TABLE IF EXISTS plan_revisions;');
    db.exec('DROP TABLE workshops; DROP TABLE findings;');
    db.exec('DROP TABLE remedial_actions; DROP TABLE scorecards;');
    db.exec('DROP TABLE snapshot_rows; DROP TABLE report_lines; DROP TABLE reports; DROP TABLE periods; DROP TABLE cycles;');
    db.pragma(`user_version = ${BEFORE_MONITORING}`);
    db.close();
    return { file, office: o };
  }

  it('brings a file of the previous release to the newest schema, keeping its records', async () => {
    const { file, office: o } = await previousReleaseFile();
    const store = new SqliteStore({ path: file });
    try {
      expect((await store.listOffices()).map((x) => x.name)).toEqual(['Office of Operations']);
      expect(await store.get('office', o.id)).toMatchObject({ code: 'OO', version: 1 });
      const c = cycleWithPeriods();
      await store.commit(commitOf(c.changes));
      const period = c.periods[0]!;
      await store.writeSnapshot({
        periodId: period.id,
        expectedVersion: 1,
        rows: snapshotRows(3),
        forced: false,
        missingOffices: [],
        actor: 'gu@example.org',
        at: '2006-04-20T10:00:00.000Z',
      });
      expect((await store.getSnapshot(period.id))?.rows).toHaveLength(5);
    } finally {
      await store.close();
    }
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('brings a file of the monitoring release to the scorecard schema, keeping its periods', async () => {
    const file = path.join(dir, 'monitoring.db');
    const old = new SqliteStore({ path: file });
    const o = office();
    const c = cycleWithPeriods();
    await old.commit(commitOf([{ op: 'create', entity: 'office', record: o }, ...c.changes]));
    await old.close();
    const db = new Database(file);
    db.exec('DROP TABLE IF EXISTS plan_revisions;');
    db.exec('DROP TABLE workshops; DROP TABLE findings;');
    db.exec('DROP TABLE remedial_actions; DROP TABLE scorecards;');
    db.pragma(`user_version = ${BEFORE_SCORECARD}`);
    db.close();
    const store = new SqliteStore({ path: file });
    try {
      expect(await store.listPeriods('2006-2007')).toHaveLength(8);
      const periodId = c.periods[0]?.id ?? '';
      await store.commit(commitOf([{ op: 'create', entity: 'scorecard', record: { id: 'card', periodId, officeId: o.id, criteria: [], ratings: [] } }]));
      expect((await store.listScorecards({ periodId })).map((s) => s.id)).toEqual(['card']);
    } finally {
      await store.close();
    }
  });

  it('brings a file of the scorecard release to the planning-process schema, keeping its records', async () => {
    const file = path.join(dir, 'scorecard.db');
    const old = new SqliteStore({ path: file });
    const o = office();
    await old.commit(commitOf([{ op: 'create', entity: 'office', record: o }]));
    await old.close();
    const db = new Database(file);
    db.exec('DROP TABLE IF EXISTS plan_revisions;');
    db.exec('DROP TABLE workshops; DROP TABLE findings;');
    db.pragma(`user_version = ${BEFORE_PROCESS}`);
    db.close();
    const store = new SqliteStore({ path: file });
    try {
      expect(await store.get('office', o.id)).toMatchObject({ version: 1 });
      await store.commit(
        commitOf([
          { op: 'create', entity: 'finding', record: findingRecord(o.id) },
          { op: 'create', entity: 'workshop', record: workshopRecord([o.id]) },
        ]),
      );
      expect(await store.listFindings({ officeId: o.id })).toHaveLength(1);
      expect(await store.listWorkshops()).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('migrates each file once: opening it again changes nothing', async () => {
    const { file } = await previousReleaseFile();
    await new SqliteStore({ path: file }).close();
    const store = new SqliteStore({ path: file });
    try {
      expect(await store.listCycles()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('refuses a file of a newer release instead of guessing its schema', () => {
    const file = path.join(dir, 'new.db');
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => new SqliteStore({ path: file })).toThrow(/newer than this release understands/);
  });
});
