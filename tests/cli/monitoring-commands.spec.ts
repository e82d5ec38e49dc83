// The monitoring commands of the built CLI on the seeded demo department: `report list` prints
// one JSON line per report and nothing else, `period close` refuses what the Gender Unit may
// not do (reports missing, not ended, out of order, closed twice) in one line on stderr and closes with
// --force, recording who was missing; `cycle create` makes a cycle and its periods and names
// the option to fix when refused. Each refusal exits non-zero and writes nothing to stdout.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { runCli, type CliResult } from '../support/cli';

/** The demo's quarters when it is seeded on 28 November 2026. */
const Q3 = '2006-2007_2026-Q3';
const Q4 = '2006-2007_2026-Q4';

function jsonLines(stdout: string): Record<string, any>[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, any>;
      } catch {
        throw new Error(`stdout line is not JSON: ${line}`);
      }
    });
}

/** A refusal as a script sees it: a non-zero exit, nothing on stdout, one line on stderr. */
function expectRefused(result: CliResult, message: RegExp): void {
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
  expect(result.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(message)]);
}

describe('monitoring commands of the built CLI', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-monitoring-'));
    env = { SQLITE_PATH: path.join(dir, 'plan.db'), LOG_LEVEL: 'warn' };
    const seeded = await runCli(['seed', '--demo', '--now', '2026-11-28T09:00:00Z'], env);
    expect(seeded.code).toBe(0);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('report list', () => {
    it("prints one JSON line per report of the period and nothing else: the demo's four offices, in four states", async () => {
      const result = await runCli(['report', 'list', '--period', Q3, '--json'], env);
      expect(result.code).toBe(0);
      const reports = jsonLines(result.stdout);
      expect(Object.fromEntries(reports.map((r) => [r.officeCode, r.status]))).toEqual({ OUSG: 'accepted', OO: 'returned', MD: 'submitted', PBPS: 'draft' });
      for (const r of reports) expect(r).toMatchObject({ periodId: Q3, periodLabel: '2026 Q3', lineCount: expect.any(Number) });
    });

    it('lists one office only with --office', async () => {
      const reports = jsonLines((await runCli(['report', 'list', '--period', Q3, '--office', 'OO', '--json'], env)).stdout);
      expect(reports.map((r) => [r.officeCode, r.status])).toEqual([['OO', 'returned']]);
    });

    it('prints nothing for a period without reports', async () => {
      expect(await runCli(['report', 'list', '--period', Q4, '--json'], env)).toMatchObject({ code: 0, stdout: '' });
    });

    it('says the status in words without --json', async () => {
      const result = await runCli(['report', 'list', '--period', Q3, '--office', 'MD'], env);
      expect(result.stdout).toMatch(/^MD\t2026 Q3\tSubmitted, waiting for review.*\t19 line\(s\)\t/);
    });

    it('refuses a period that does not exist, and an office code that is not one', async () => {
      expectRefused(await runCli(['report', 'list', '--period', 'no-such-period', '--json'], env), /^action-plan: period no-such-period was not found$/);
      expectRefused(await runCli(['report', 'list', '--period', Q3, '--office', 'nope!', '--json'], env), /^action-plan: .*office/);
    });
  });

  describe('period close', () => {
    it('refuses to close while offices have not handed in their report, naming them, and changes nothing', async () => {
      expectRefused(await runCli(['period', 'close', '--period', Q3, '--json'], env), /^action-plan: No submitted report yet from OO, PBPS; close with force/);
      const store = new SqliteStore({ path: env.SQLITE_PATH! });
      try {
        expect((await store.get('period', Q3))?.status).toBe('open');
      } finally {
        await store.close();
      }
    });

    it('refuses a period that has not ended yet', async () => {
      // The CLI runs on the real clock: the cycle's last quarter ends on 31 December 2027.
      expectRefused(
        await runCli(['period', 'close', '--period', '2006-2007_2027-Q4', '--force'], env),
        /^action-plan: The period 2027 Q4 ends on 2027-12-31; it can be closed from the day after\.$/,
      );
    });

    it('closes with --force, records the missing offices in the snapshot, and prints it as one JSON line', async () => {
      const result = await runCli(['period', 'close', '--period', Q3, '--force', '--json'], env);
      expect(result.code).toBe(0);
      const [closed, ...rest] = jsonLines(result.stdout);
      expect(rest).toEqual([]);
      expect(closed!.period).toMatchObject({ id: Q3, status: 'closed', forced: true });
      expect(closed!.snapshot).toMatchObject({ periodId: Q3, forced: true, closedBy: 'cli@action-plan' });
      expect(closed!.snapshot.missingOffices.map((o: { code: string }) => o.code)).toEqual(['OO', 'PBPS']);
    });

    it('refuses to close a period twice', async () => {
      expectRefused(await runCli(['period', 'close', '--period', Q3, '--force'], env), /^action-plan: The period 2026 Q3 is closed already\.$/);
    });
  });

  describe('cycle create', () => {
    it('creates a cycle with its periods and prints it as one JSON line', async () => {
      const result = await runCli(['cycle', 'create', '--code', '2008-2009', '--periodicity', 'semiannual', '--report-due-days', '30', '--json'], env);
      expect(result.code).toBe(0);
      const [cycle, ...rest] = jsonLines(result.stdout);
      expect(rest).toEqual([]);
      expect(cycle).toMatchObject({ code: '2008-2009', start: '2008-01-01', end: '2009-12-31', periodicity: 'semiannual', reportDueDays: 30 });
      expect(cycle!.periods.map((p: { label: string; reportDue: string }) => `${p.label} ${p.reportDue}`)).toEqual([
        '2008 H1 2008-07-30',
        '2008 H2 2009-01-30',
        '2009 H1 2009-07-30',
        '2009 H2 2010-01-30',
      ]);
    });

    it('says what it created in a sentence without --json', async () => {
      const result = await runCli(['cycle', 'create', '--code', '2012', '--periodicity', 'annual', '--start', '2012-07-01', '--end', '2013-06-30'], env);
      expect(result).toMatchObject({
        code: 0,
        stdout:
          'Created the cycle 2012 (2012-07-01 to 2013-06-30), reported once a year, 2 period(s): 2012 to 2013; each report is due 15 days after its period ends.\n',
      });
    });

    it('refuses a code that exists, an end before the start and days that are not a number, naming the option', async () => {
      expectRefused(
        await runCli(['cycle', 'create', '--code', '2006-2007', '--periodicity', 'quarterly'], env),
        /^action-plan: A cycle 2006-2007 exists already\.$/,
      );
      expectRefused(
        await runCli(['cycle', 'create', '--code', '2010', '--periodicity', 'annual', '--start', '2010-06-01', '--end', '2010-01-01'], env),
        /--end must end after it starts$/,
      );
      expectRefused(
        await runCli(['cycle', 'create', '--code', '2010', '--periodicity', 'annual', '--report-due-days', 'soon'], env),
        /^action-plan: --report-due-days must be a whole number of days/,
      );
      expectRefused(await runCli(['cycle', 'create', '--code', '20-10', '--periodicity', 'annual'], env), /--code /);
    });

    it('closes the periods of a cycle only in order', async () => {
      expectRefused(
        await runCli(['period', 'close', '--period', '2008-2009_2008-H2', '--force'], env),
        /^action-plan: Close 2008 H1 first: periods close in order\.$/,
      );
      expect((await runCli(['period', 'close', '--period', '2008-2009_2008-H1', '--force'], env)).code).toBe(0);
    });

    it('refuses a periodicity it does not know, listing the ones it does', async () => {
      const result = await runCli(['cycle', 'create', '--code', '2010', '--periodicity', 'monthly'], env);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/Allowed choices are quarterly, semiannual, annual/);
    });
  });

  describe('reminder-policy set, for period reports', () => {
    it('sets the days before a report is due and the delay before a late one reaches the Gender Unit, and says so in words', async () => {
      const result = await runCli(['reminder-policy', 'set', '--report-due-soon-days', '3', '--report-late-escalate-after', '21'], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Period reports due (reportDueSoonDays 3): focal points are reminded 3 days before their office's report is due");
      expect(result.stdout).toContain('Late period reports (reportLateEscalateAfterDays 21): the Gender Unit hears of a report 21 days late.');
      expect(jsonLines((await runCli(['reminder-policy', 'show', '--json'], env)).stdout)[0]).toMatchObject({
        reportDueSoonDays: 3,
        reportLateEscalateAfterDays: 21,
      });
    });

    it('refuses a delay of no days, naming the option', async () => {
      expectRefused(
        await runCli(['reminder-policy', 'set', '--report-late-escalate-after', '0'], env),
        /--report-late-escalate-after \(reportLateEscalateAfterDays\) must be at least 1 day/,
      );
    });
  });
});
