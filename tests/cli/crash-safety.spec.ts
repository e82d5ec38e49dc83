// Killing the process in the middle of writes leaves no half-written plan: each plan is one
// commit, and a commit is one SQLite transaction.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

const TARGETS_PER_PLAN = 300;

const writer = (dist: string, dbPath: string) => `
const { SqliteStore } = require(${JSON.stringify(path.join(dist, 'store/sqlite/sqlite-store.js'))});
const { createBenchPlans } = require(${JSON.stringify(path.join(dist, 'bench/bench-data.js'))});
(async () => {
  const store = new SqliteStore({ path: ${JSON.stringify(dbPath)} });
  process.stdout.write('ready\\n');
  for (let i = 10; ; i++) {
    await createBenchPlans(store, [{ code: 'K' + i, objectives: 3, activitiesPerObjective: 10, targetsPerActivity: 10 }], '2026-11-28', 'f@example.org');
  }
})();
`;

describe('a crash in the middle of writing', () => {
  it('leaves only whole plans behind', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-'));
    const dbPath = path.join(dir, 'crash.db');
    const child = spawn(process.execPath, ['-e', writer(path.join(__dirname, '..', '..', 'dist'), dbPath)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 1500));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;

    const store = new SqliteStore({ path: dbPath });
    try {
      const contents = await store.listPlanContents();
      expect(contents.length).toBeGreaterThan(0);
      for (const c of contents) {
        expect(c.targets).toHaveLength(TARGETS_PER_PLAN);
        expect(c.activities).toHaveLength(30);
      }
      expect(await store.listOffices()).toHaveLength(contents.length);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
