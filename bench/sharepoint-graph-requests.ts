// The SharePoint store's Graph requests, counted on the HTTPS double: (a) loading a department
// of 20 offices × 500 targets, (b) seeding it, (c) re-reading it unchanged, (d) re-reading after
// one target changed; each as a ratio to the least that operation can cost (pages of 5,000
// items, batches of 20, one delta call per list). Built into dist-bench with the double
// (tests/fakes/graph).

import pino from 'pino';
import { startFakeGraph } from '../tests/fakes/graph';
import { GraphAccess } from '../src/graph/graph-access';
import { loadListSchema } from '../src/graph/list-schema';
import { provision } from '../src/graph/provision';
import { SharePointStore } from '../src/graph/sharepoint-store';
import { dayOf } from '../src/domain/dates';
import { createBenchPlans } from './synthetic-plans';

const SITE_URL = 'https://contoso.sharepoint.com/sites/wps-1325';
const OFFICES = 20;
const PAGE = 5000;
const BATCH = 20;

export async function benchSharePoint(): Promise<string[]> {
  const fake = await startFakeGraph({ listViewThreshold: 1_000_000 });
  const logger = pino({ level: 'silent' });
  const schema = loadListSchema();
  const graphClient = () =>
    new GraphAccess({
      graphEndpoint: fake.graphEndpoint,
      authorityHost: fake.authorityHost,
      tenantId: fake.tenantId,
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      logger,
    });
  const open = (holder: string) => SharePointStore.open({ graph: graphClient(), siteUrl: SITE_URL, schema, logger, holder });
  try {
    await provision(graphClient(), SITE_URL, schema);
    const store = await open('writer');
    const today = dayOf(new Date());
    const specs = Array.from({ length: OFFICES }, (_, i) => ({ code: `S${i + 10}`, objectives: 5, activitiesPerObjective: 10, targetsPerActivity: 10 }));
    const recordsPerOffice = 1 + 1 + 5 + 50 + 500;
    const records = OFFICES * recordsPerOffice;

    const counted = async (run: () => Promise<unknown>) => {
      fake.resetCounters();
      const started = Date.now();
      await run();
      return { requests: fake.counters.graphRequests, ms: Date.now() - started };
    };
    // Seeding writes every record and its audit event.
    const seed = await counted(() => createBenchPlans(store, specs, today, 'focal@bench.example.org'));
    const reader = await open('reader');
    const readAll = () => Promise.all([reader.listOffices(), reader.listPlanContents()]);
    const listsRead = 6; // offices, plans, objectives, activities, targets, check-ins
    const load = await counted(readAll);
    const unchanged = await counted(readAll);
    const [plan] = await store.listPlans();
    const contents = (await store.getPlanContents(plan!.id))!;
    const t = contents.targets[0]!;
    await store.commit({
      actor: 'bench',
      at: new Date().toISOString(),
      changes: [{ op: 'update', entity: 'target', id: t.id, expectedVersion: t.version, patch: { progress: 42 } }],
    });
    const changed = await counted(readAll);

    const minLoad = 5 + Math.ceil((OFFICES * 500) / PAGE); // one page each for the small lists, two for 10,000 targets
    const minSeed = Math.ceil((2 * records) / BATCH);
    const row = (name: string, m: { requests: number; ms: number }, min: number, unit: string) =>
      `| ${name} | ${m.requests} | ${min} ${unit} | ${(m.requests / min).toFixed(2)}× | ${m.ms} |`;
    return [
      `SharePoint store on the Graph double: ${OFFICES} offices × 500 targets (${records.toLocaleString('en')} records)`,
      '',
      '| operation | Graph requests | least possible | ratio | ms |',
      '|---|---|---|---|---|',
      row('(a) load the department into a new instance', load, minLoad, 'pages'),
      row('(b) seed it (records and audit events)', seed, minSeed, 'batches'),
      row('(c) re-read it unchanged', unchanged, listsRead, 'lists'),
      row('(d) re-read after another instance changed one target', changed, listsRead, 'lists'),
    ];
  } finally {
    await fake.close();
  }
}
