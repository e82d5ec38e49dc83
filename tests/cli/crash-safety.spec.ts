// Killing the process in the middle of writes leaves no half-written plan: each plan is one
// commit, and a commit is one SQLite transaction.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

const TARGETS_PER_PLAN = 300;

// The child writes through the built store (dist/), one commit per office and plan of 3
// objectives × 10 activities × 10 targets, until it is killed.
const writer = (dist: string, dbPath: string) => `
const { SqliteStore } = require(${JSON.stringify(path.join(dist, 'store/sqlite/sqlite-store.js'))});
const at = '2026-11-28T00:00:00.000Z';
function planChanges(code) {
  const officeId = 'office-' + code;
  const planId = 'plan-' + code;
  const milestones = { needsAssessment: null, workshop: null, planSubmitted: null, planEndorsed: null };
  const changes = [
    { op: 'create', entity: 'office', record: { id: officeId, code, name: 'Office ' + code, focalPoints: ['f@example.org'], digestChannelId: null, milestones } },
    { op: 'create', entity: 'plan', record: { id: planId, officeId, cycle: '2006-2007', title: 'Plan ' + code, status: 'endorsed', reviewComment: null, history: [] } },
  ];
  for (let o = 1; o <= 3; o++) {
    const objectiveId = planId + '-o' + o;
    changes.push({ op: 'create', entity: 'objective', record: { id: objectiveId, planId, ref: String(o), title: 'Objective ' + o, pillar: 'participation', paragraphs: [4, 5], functionalArea: 'military' } });
    for (let a = 1; a <= 10; a++) {
      const activityId = objectiveId + '-a' + a;
      changes.push({ op: 'create', entity: 'activity', record: { id: activityId, planId, objectiveId, ref: o + '.' + a, title: 'Activity ' + o + '.' + a, owner: null, start: null, end: null, resources: null } });
      for (let t = 0; t < 10; t++) {
        const ref = o + '.' + a + '.' + String.fromCharCode(97 + t);
        changes.push({ op: 'create', entity: 'target', record: { id: activityId + '-t' + ref, planId, activityId, ref, description: 'Target ' + ref, indicator: 'Indicator', unit: '%', baseline: 2, targetValue: 10, dueDate: '2027-01-15', owner: 'owner@example.org', meansOfVerification: null, status: 'on-track', progress: 0, lastCheckInAt: null } });
      }
    }
  }
  return changes;
}
(async () => {
  const store = new SqliteStore({ path: ${JSON.stringify(dbPath)} });
  process.stdout.write('ready\\n');
  for (let i = 10; ; i++) await store.commit({ actor: 'crash-test', at, changes: planChanges('K' + i) });
})();
`;

describe('a crash in the middle of writing', () => {
  it('leaves only whole plans behind', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-'));
    const dbPath = path.join(dir, 'crash.db');
    const child = spawn(process.execPath, ['-e', writer(path.join(__dirname, '..', '..', 'dist'), dbPath)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
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
