// The layer rules of .dependency-cruiser.cjs (`npm run depcheck`), run the way CI runs them:
// on a small fixture tree with one back arrow of each kind and a cycle (all must be reported,
// so a rule that stops biting fails here), and on src/, which must have none.

import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'layers');

interface Violation {
  type: string;
  from: string;
  to: string;
  rule: { name: string; severity: string };
  cycle?: { name: string }[];
}

/** Runs the dependency check on `src` of `cwd` and returns what it reports, one line per violation. */
function check(cwd: string): { violations: Violation[]; lines: string[] } {
  const run = spawnSync(process.execPath, [CLI, 'src', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (!run.stdout) throw new Error(`dependency-cruiser printed nothing (exit ${run.status}): ${run.stderr}`);
  const result: { summary: { violations: Violation[] } } = JSON.parse(run.stdout);
  const violations = result.summary.violations;
  return {
    violations,
    lines: violations.map((v) => `${v.rule.name}: ${v.cycle ? [v.from, ...v.cycle.map((c) => c.name)].join(' → ') : `${v.from} → ${v.to}`}`),
  };
}

describe('the dependency rules (.dependency-cruiser.cjs)', () => {
  let fixture: ReturnType<typeof check>;
  beforeAll(() => {
    fixture = check(FIXTURE);
  }, 60_000);

  it('report a domain module that imports a service (a back arrow)', () => {
    expect(fixture.lines).toContain('domain-is-pure: src/domain/target.ts → src/services/target-titles.ts');
  });

  it('report the reminders reaching into the bot instead of sending through their port', () => {
    expect(fixture.lines).toContain('reminders-below-adapters: src/reminders/sweep.ts → src/bot/cards.ts');
  });

  it('report a cycle between two modules, even inside one layer', () => {
    const cycles = fixture.violations.filter((v) => v.rule.name === 'no-circular');
    expect(cycles).toHaveLength(1);
    expect(new Set(cycles[0]?.cycle?.map((c) => c.name))).toEqual(new Set(['src/services/plans.ts', 'src/services/offices.ts']));
  });

  it('report nothing else: arrows that go the right way pass, and every violation is an error', () => {
    expect(fixture.violations).toHaveLength(3);
    expect(fixture.violations.every((v) => v.rule.severity === 'error')).toBe(true);
    expect(fixture.lines.join('\n')).not.toContain('src/server/routes.ts');
  });

  it('fail the run (non-zero exit, as `npm run depcheck` in CI) when there is a violation', () => {
    const run = spawnSync(process.execPath, [CLI, 'src', '--config', CONFIG], { cwd: FIXTURE, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/3 dependency violations/);
  }, 60_000);

  it('find no back arrow and no cycle in src/', () => {
    expect(check(ROOT).lines).toEqual([]);
  }, 120_000);
});
