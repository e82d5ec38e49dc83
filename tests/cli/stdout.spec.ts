// The built CLI on a seeded SQLite file, as a script would pipe it: stdout carries only the
// command's output (every line of a --json or dry-run output parses as JSON), logs and
// progress go to stderr, and the launcher neither builds nor loads the app for --help.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_REMINDER_POLICY } from '../../src/domain/reminder-policy';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { CLI, runCli } from '../support/cli';

const ROOT = path.join(__dirname, '..', '..');
const LAUNCHER = path.join(ROOT, 'bin', 'action-plan.js');

/** Every non-empty line parsed as JSON; a line that does not parse fails the test with the line. */
function jsonLines(stdout: string): unknown[] {
  const lines = stdout.split('\n').filter((l) => l !== '');
  return lines.map((line) => {
    try {
      return JSON.parse(line);
    } catch {
      throw new Error(`stdout line is not JSON: ${line}`);
    }
  });
}

describe('the launcher (bin/action-plan.js, the cli script and the package bin)', () => {
  it('is what the cli script and the bin run, and neither builds', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin['action-plan']).toBe('bin/action-plan.js');
    expect(pkg.scripts.cli).toBe('node bin/action-plan.js');
  });

  it('answers --help from dist/ without loading Express, the Teams SDK, exceljs or docx', () => {
    const probe = `
      process.argv = [process.argv[0], ${JSON.stringify(LAUNCHER)}, '--help'];
      process.exit = () => {
        const loaded = Object.keys(require.cache).filter((f) => /node_modules[\\\\/](express|@microsoft[\\\\/]teams\\.apps|exceljs|docx|better-sqlite3)[\\\\/]/.test(f));
        process.stderr.write(JSON.stringify([...new Set(loaded.map((f) => f.split('node_modules').pop().split(/[\\\\/]/).slice(1, 3).join('/')))]));
        process.reallyExit(0);
      };
      require(${JSON.stringify(LAUNCHER)});`;
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/^Usage: action-plan/);
    expect(JSON.parse(result.stderr)).toEqual([]);
  });

  it('says in one line that the CLI is not built, and exits 1, when dist/ is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unbuilt-'));
    try {
      fs.mkdirSync(path.join(dir, 'bin'));
      fs.copyFileSync(LAUNCHER, path.join(dir, 'bin', 'action-plan.js'));
      const result = spawnSync(process.execPath, [path.join(dir, 'bin', 'action-plan.js'), '--help'], { encoding: 'utf8' });
      expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        code: 1,
        stdout: '',
        stderr: 'action-plan: not built yet; run `npm run build` first\n',
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stdout of the built CLI on the demo data', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-stdout-'));
    // LOG_LEVEL=debug: whatever the app logs must still stay off stdout.
    env = { SQLITE_PATH: path.join(dir, 'plan.db'), LOG_LEVEL: 'debug' };
    const seeded = await runCli(['seed', '--demo', '--now', '2026-11-28T09:00:00Z'], env);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toBe('Loaded the demo data: 7 offices, 7 plans, 127 targets.\n');
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('remind --dry-run prints only JSON lines, one per reminder, and logs only to stderr', async () => {
    const result = await runCli(['remind', '--dry-run', '--now', '2026-11-30'], env);
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout) as Record<string, unknown>[];
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(Object.keys(line)).toEqual(expect.arrayContaining(['key', 'kind', 'recipient', 'dueDate', 'daysOverdue']));
    expect(result.stderr).not.toContain('"key"');
  });

  it('export writes the file, reports one line on stdout and its progress on stderr; import --dry-run --json is one JSON line', async () => {
    const out = path.join(dir, 'plan.xlsx');
    const exported = await runCli(['export', '--format', 'xlsx', '--out', out, '--cycle', '2006-2007'], env);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Wrote .*plan\.xlsx: cycle 2006-2007, 7 office plan\(s\), 127 targets, marked DRAFT \(not every plan is endorsed\)\.\n$/);
    expect(exported.stderr).toMatch(/export 1325-action-plan-2006-2007-draft\.xlsx: 100%/);

    const imported = await runCli(['import', '--file', out, '--office', 'UNMAS', '--dry-run', '--json'], env);
    expect(imported.code).toBe(0);
    const [report, ...rest] = jsonLines(imported.stdout) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ office: 'UNMAS', dryRun: true, applied: false, problems: [] });
  });

  it('reminder-policy show --json is one JSON line: the policy with its defaults', async () => {
    const result = await runCli(['reminder-policy', 'show', '--json'], env);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([DEFAULT_REMINDER_POLICY]);
  });

  it('reminder-policy show explains each setting in words', async () => {
    const result = await runCli(['reminder-policy', 'show'], env);
    expect(result.stdout).toContain("Send window (sendWindow 9-17): between 09:00 and 17:00 in the recipient's time zone; quiet hours the rest of the day.");
    expect(result.stdout).toContain('Working days (workingDays 1,2,3,4,5): reminders go out on Monday, Tuesday, Wednesday, Thursday, Friday only.');
  });

  describe('reminder-policy set', () => {
    const show = async () => jsonLines((await runCli(['reminder-policy', 'show', '--json'], env)).stdout)[0];
    /** The stored setting itself (value and version), read without another process. */
    const stored = async () => {
      const store = new SqliteStore({ path: env.SQLITE_PATH! });
      try {
        return (await store.get('setting', 'reminder-policy')) ?? null;
      } finally {
        await store.close();
      }
    };

    it.each([
      ['quiet hours inverted', ['--send-window', '17-9'], /--send-window \(sendWindow\.endHour\) must end after it starts/],
      ['a time zone IANA does not know', ['--time-zone', 'Europe/Geneva'], /--time-zone \(defaultTimeZone\) must be an IANA time zone/],
      ['a weekday that is not a number', ['--working-days', '1,2,fri'], /--working-days: must be a whole number \(got "fri"\)/],
      [
        'the Gender Unit before the focal points',
        ['--escalate-gender-unit-after', '7'],
        /--escalate-gender-unit-after \(escalateToGenderUnitAfterDays\) must be later/,
      ],
      ['nothing to change', [], /name at least one setting to change, or --file/],
    ])('refuses %s with one line on stderr, exit 2, and changes nothing', async (_what, args, message) => {
      const before = await stored();
      const result = await runCli(['reminder-policy', 'set', ...args], env);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(await stored()).toEqual(before);
    });

    it('changes the named settings, keeps the others, prints the stored policy as one JSON line, and is audited as the command line', async () => {
      const result = await runCli(
        ['reminder-policy', 'set', '--due-soon-days', '3', '--send-window', '8-18', '--time-zone', 'Europe/Zurich', '--working-days', '1,2,3,4', '--json'],
        env,
      );
      expect(result.code).toBe(0);
      const expected = {
        ...DEFAULT_REMINDER_POLICY,
        dueSoonDays: 3,
        sendWindow: { startHour: 8, endHour: 18 },
        defaultTimeZone: 'Europe/Zurich',
        workingDays: [1, 2, 3, 4],
      };
      expect(jsonLines(result.stdout)).toEqual([expected]);
      expect(await show()).toEqual(expected);

      const again = await runCli(['reminder-policy', 'set', '--overdue-every-days', '5'], env);
      expect(again.stdout).toMatch(/^Saved the reminder policy \(version 2\)\.\nDue soon \(dueSoonDays 3\)/);

      const store = new SqliteStore({ path: env.SQLITE_PATH! });
      try {
        const events = await store.listAudit({ entity: 'setting', entityId: 'reminder-policy', limit: 10 });
        expect(events.map((e) => [e.action, e.actor])).toEqual(
          expect.arrayContaining([
            ['create', 'cli@action-plan'],
            ['update', 'cli@action-plan'],
          ]),
        );
      } finally {
        await store.close();
      }
    });

    it('replaces the whole policy from --file, the settings it leaves out taking their defaults', async () => {
      const file = path.join(dir, 'policy.json');
      fs.writeFileSync(file, JSON.stringify({ reviewWaitingDays: 5, genderUnit: { recipients: ['amina.diallo@dpko.example.org'] } }));
      const result = await runCli(['reminder-policy', 'set', '--file', file, '--json'], env);
      expect(result.code).toBe(0);
      expect(jsonLines(result.stdout)).toEqual([
        { ...DEFAULT_REMINDER_POLICY, reviewWaitingDays: 5, genderUnit: { recipients: ['amina.diallo@dpko.example.org'], channelId: null } },
      ]);
    });
  });

  it('serve writes nothing on stdout: its log goes to stderr', async () => {
    const child = spawn(process.execPath, [CLI, 'serve'], { env: { PATH: process.env.PATH!, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start:\n${stderr}`)), 20_000);
      child.stderr.on('data', (d) => {
        stderr += d;
        if (stderr.includes('is listening')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    expect(stdout).toBe('');
    expect(stderr).toContain('is listening');
  });
});
