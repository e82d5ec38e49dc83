import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDemoData } from '../../src/demo/demo-data';
import { GENDER_ADVISOR } from '../../src/demo/demo-users';
import { serviceContext } from '../../src/services/context';
import { seedDataset } from '../../src/services/seed';
import { listScorecards } from '../../src/services/scorecard/scorecards';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
for (const iso of ['2026-11-28T09:00:00Z', '2026-12-05T09:00:00Z', '2026-07-02T09:00:00Z', '2027-02-15T09:00:00Z', '2026-09-30T09:00:00Z']) {
it('probe ' + iso, async () => {
  const NOW = new Date(iso);
  let n = 0;
  const data = buildDemoData(NOW, () => `id-${++n}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
  const store = new SqliteStore({ path: path.join(dir, 'demo.db') });
  const ctx = serviceContext(store, () => NOW);
  await seedDataset(ctx, data);
  const advisor = { id: GENDER_ADVISOR, email: GENDER_ADVISOR, name: 'Amina Diallo', roles: ['gender-unit' as const], focalOfficeIds: [] };
  const last = data.monitoring.closes.at(-1)!;
  const list = await listScorecards(ctx, advisor, { period: last.periodId });
  console.log(iso, list.period.label, JSON.stringify(list.scorecards.map((s) => [s.office.code, s.ratings.map((r: any) => r.criterion + ':' + r.computed)]), null, 0));
  await store.close();
});
}
