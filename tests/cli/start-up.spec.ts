// The command line loads only what its command needs (src/composition.ts loads the adapters on
// first use): on SQLite, reading the reminder policy or listing reports never loads Express,
// the Teams SDK, the Graph and Entra clients or the exporters, which made every command take
// over a second (`npm run bench -- cli`). `serve` loads the server, not the exporters and the
// Excel reader until a request needs them.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, serve } from '../support/cli';

const PRELOAD = path.join(__dirname, '..', 'support', 'loaded-packages.js');
/** The app's heavy parts: a command on SQLite that does not serve, export or send needs none. */
const HEAVY = ['express', '@microsoft/teams.apps', '@microsoft/microsoft-graph-client', '@azure/msal-node', 'jose', 'exceljs', 'docx', 'vega'];

describe('the command line at start-up', () => {
  let dir: string;
  let env: Record<string, string>;
  let runs = 0;
  const loadedBy = async (args: string[]): Promise<string[]> => {
    const file = path.join(dir, `loaded-${++runs}.txt`);
    const result = await runCli(args, { ...env, NODE_OPTIONS: `--require ${PRELOAD}`, LOADED_PACKAGES_FILE: file });
    expect(result).toMatchObject({ code: 0 });
    return fs.readFileSync(file, 'utf8').split('\n');
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-start-up-'));
    env = { SQLITE_PATH: path.join(dir, 'plan.db'), LOG_LEVEL: 'warn' };
    expect((await runCli(['seed', '--demo', '--now', '2026-11-28T09:00:00Z'], env)).code).toBe(0);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    [['reminder-policy', 'show', '--json']],
    [['report', 'list', '--period', '2006-2007_2026-Q3', '--json']],
    [['remind', '--dry-run', '--now', '2026-11-28T09:00:00Z']],
  ])('runs %j without loading the server, the Teams SDK, the Graph clients or the exporters', async (args) => {
    const loaded = await loadedBy(args);
    expect(loaded).toEqual(expect.arrayContaining(['better-sqlite3', 'commander']));
    expect(HEAVY.filter((name) => loaded.includes(name))).toEqual([]);
  });

  it('serves the API without loading exceljs, docx or the chart renderer (they load with the first workbook or document asked for)', async () => {
    const file = path.join(dir, 'loaded-serve.txt');
    const app = await serve({ ...env, LOG_LEVEL: 'info', NODE_OPTIONS: `--require ${PRELOAD}`, LOADED_PACKAGES_FILE: file });
    const get = (p: string) => fetch(app.url + p, { headers: { 'x-dev-user': 'amina.diallo@dpko.example.org' } });
    expect((await get('/api/plans')).status).toBe(200);
    expect(await app.stop()).toBe(0);
    const loaded = fs.readFileSync(file, 'utf8').split('\n');
    expect(loaded).toEqual(expect.arrayContaining(['express', 'better-sqlite3']));
    expect(loaded.filter((name) => ['exceljs', 'docx', 'vega', '@resvg/resvg-js'].includes(name))).toEqual([]);
  });

  it('loads the exporter it uses and no other: export --format xlsx loads exceljs, not docx', async () => {
    const loaded = await loadedBy(['export', '--format', 'xlsx', '--out', path.join(dir, 'plan.xlsx')]);
    expect(loaded).toContain('exceljs');
    expect(loaded.filter((name) => ['docx', 'express', '@microsoft/teams.apps'].includes(name))).toEqual([]);
  });
});
