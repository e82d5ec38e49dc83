// The app as a newcomer runs it: `serve` on an empty database seeds the demo department,
// a restart keeps every change, and `seed` refuses to load over existing data.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, serve } from '../support/cli';

const ADVISOR = 'amina.diallo@dpko.example.org';
const FOCAL_UNMAS = 'diego.ramirez@dpko.example.org';

describe('action-plan serve', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
    env = { SQLITE_PATH: path.join(dir, 'plan.db'), LOG_LEVEL: 'info' };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, user = ADVISOR) =>
    fetch(url, { headers: { 'x-dev-user': user } }).then(async (r) => ({ status: r.status, etag: r.headers.get('etag'), body: (await r.json()) as any }));

  it('seeds an empty database with the seven demo offices, warns loudly about dev mode and binds to loopback', async () => {
    const app = await serve(env);
    try {
      expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const offices = await get(`${app.url}/api/offices`);
      expect(offices.status).toBe(200);
      expect(offices.body.map((o: { code: string }) => o.code).sort()).toEqual(['CPD', 'MD', 'OMS', 'OO', 'OUSG', 'PBPS', 'UNMAS']);
      expect(app.stderr()).toMatch(/AUTH_MODE=dev.*Never use dev mode in production/);
      expect((await get(`${app.url}/healthz`)).body).toEqual({ status: 'ok', store: 'sqlite' });
    } finally {
      await app.stop();
    }
  });

  it('keeps every change across a restart and does not seed again', async () => {
    let app = await serve(env);
    const plans = await get(`${app.url}/api/plans?office=UNMAS`);
    const planId = plans.body[0].id;
    const tree = await get(`${app.url}/api/plans/${planId}`, FOCAL_UNMAS);
    const res = await fetch(`${app.url}/api/plans/${planId}`, {
      method: 'PATCH',
      headers: { 'x-dev-user': FOCAL_UNMAS, 'content-type': 'application/json', 'if-match': tree.etag! },
      body: JSON.stringify({ title: 'UNMAS work plan, revised after the workshop' }),
    });
    expect(res.status).toBe(200);
    expect(await app.stop()).toBe(0);

    app = await serve(env);
    try {
      const after = await get(`${app.url}/api/plans/${planId}`);
      expect(after.body.title).toBe('UNMAS work plan, revised after the workshop');
      expect((await get(`${app.url}/api/offices`)).body).toHaveLength(7);
      expect(app.stderr()).not.toMatch(/loaded the demo data/);
    } finally {
      await app.stop();
    }
  });

  it('refuses a bad configuration with a message naming the variable', async () => {
    const result = await runCli(['serve'], { ...env, PORT: 'eighty' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/PORT/);
  });
});

describe('action-plan seed --demo', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-'));
    env = { SQLITE_PATH: path.join(dir, 'plan.db') };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads the demo department into an empty store, once', async () => {
    const first = await runCli(['seed', '--demo', '--now', '2026-11-28T09:00:00Z'], env);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/7 offices, 7 plans, \d{3} targets/);
    const second = await runCli(['seed', '--demo'], env);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already holds data/);
  });

  it('refuses a --now that is not a date', async () => {
    const result = await runCli(['seed', '--demo', '--now', 'yesterday'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--now must be an ISO date/);
    expect(fs.existsSync(env.SQLITE_PATH!)).toBe(false);
  });

  it('requires --demo', async () => {
    const result = await runCli(['seed'], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--demo/);
  });
});
