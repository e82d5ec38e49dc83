// STORE=sharepoint from the command line, against the HTTPS double of Graph and Entra: the
// built CLI configured only by environment variables, as an administrator would run it.

import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeGraph, type FakeGraph } from '../fakes/graph';
import { loadListSchema } from '../../src/graph/list-schema';
import { runCli, serve } from '../support/cli';

describe('the CLI with STORE=sharepoint', () => {
  let fake: FakeGraph;
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    fake = await startFakeGraph();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-cli-'));
    env = {
      STORE: 'sharepoint',
      SHAREPOINT_SITE_URL: 'https://contoso.sharepoint.com/sites/wps-1325',
      GRAPH_ENDPOINT: fake.graphEndpoint,
      AUTHORITY_HOST: fake.authorityHost,
      TENANT_ID: fake.tenantId,
      CLIENT_ID: fake.clientId,
      CLIENT_SECRET: fake.clientSecret,
      AUTH_MODE: 'dev',
      REMINDERS_ENABLED: 'false',
      LOG_LEVEL: 'info',
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS!,
    };
  });
  afterAll(async () => {
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('provisions the lists, and a second run has nothing to do', async () => {
    const dry = await runCli(['provision', '--dry-run'], env);
    expect(dry.stdout).toMatch(/would create list "WPS Targets"/);
    const first = await runCli(['provision'], env);
    expect(first.code).toBe(0);
    // A new site: one change per list of the manifest, each list created with its columns.
    expect(first.stdout).toContain(`${loadListSchema().lists.length} change(s) made.`);
    const second = await runCli(['provision'], env);
    expect(second.stdout).toMatch(/nothing to do/);
  }, 90_000);

  it('seeds the demo department, serves it, exports it and plans its reminders', async () => {
    const seeded = await runCli(['seed', '--demo', '--now', '2026-11-28T09:00:00Z'], env);
    expect(seeded.stdout).toMatch(/7 offices, 7 plans/);

    const app = await serve(env);
    try {
      const res = await fetch(`${app.url}/api/offices`, { headers: { 'x-dev-user': 'amina.diallo@dpko.example.org' } });
      expect(((await res.json()) as { code: string }[]).map((o) => o.code).sort()).toEqual(['CPD', 'MD', 'OMS', 'OO', 'OUSG', 'PBPS', 'UNMAS']);
    } finally {
      await app.stop();
    }

    const out = path.join(dir, 'plan.xlsx');
    const exported = await runCli(['export', '--format', 'xlsx', '--out', out, '--cycle', '2006-2007'], env);
    expect(exported.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('Action Plan')!.rowCount).toBeGreaterThan(120);

    // The draft office imports its rows of the exported workbook back: nothing to change.
    const imported = await runCli(['import', '--file', out, '--office', 'UNMAS', '--cycle', '2006-2007'], env);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/unchanged/i);

    const reminders = await runCli(['remind', '--dry-run', '--now', '2026-11-30'], env);
    expect(reminders.code).toBe(0);
    const lines = reminders.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.every((l) => l.key && l.kind && l.recipient)).toBe(true);
  }, 120_000);
});
