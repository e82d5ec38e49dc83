// useApiFixture(): what the API specs rely on. Per test, each test starts from the same world
// and never sees another test's writes; per file, the tests share one server; a seed database
// still open is refused rather than copied half-written.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_FILE, startApi, USERS, type ApiHarness } from '../support/api-harness';
import { buildFixture, expectStatus, getPlan, useApiFixture } from './fixture';

/** Renames a plan after the server that served the request. */
const rename = (h: ApiHarness, id: string, etag: string) =>
  h.request('PATCH', `/api/plans/${id}`, { as: USERS.focalA, body: { title: `renamed on ${h.url}` }, headers: { 'If-Match': etag } });

describe('useApiFixture() per test', () => {
  const { h, f } = useApiFixture();
  const stores: unknown[] = [];

  it('starts a test on the world, with the ETags it was built with', async () => {
    stores.push(h.store);
    expectStatus(await rename(h, f.planA.id, f.planA.etag), 200);
    expect((await getPlan(h, f.planA.id)).body.title).toBe(`renamed on ${h.url}`);
  });

  it('starts the next test on its own copy, without the writes of the one before', async () => {
    stores.push(h.store);
    expect(stores[1]).not.toBe(stores[0]);
    expect((await getPlan(h, f.planA.id)).body.title).not.toContain('renamed');
    expectStatus(await rename(h, f.planA.id, f.planA.etag), 200);
  });
});

describe('useApiFixture() per file', () => {
  const { h, f } = useApiFixture({ per: 'file' });
  let first: unknown;

  it('keeps the server and the writes of one test for the next', async () => {
    first = h.store;
    expectStatus(await rename(h, f.planA.id, f.planA.etag), 200);
  });

  it('is the same server', async () => {
    expect(h.store).toBe(first);
    expect((await getPlan(h, f.planA.id)).body.title).toBe(`renamed on ${h.url}`);
  });
});

describe('useApiFixture({ world: false })', () => {
  const { h, f } = useApiFixture({ world: false });

  it('has an empty store and says that there is no world', async () => {
    expect((await h.request('GET', '/api/offices', { as: USERS.advisor })).body).toEqual([]);
    expect(() => f.planA).toThrow('useApiFixture({ world: false }) builds no world');
  });
});

describe('a seed database', () => {
  it('is refused while its store is still open', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-seed-'));
    const open = await startApi({ dir });
    try {
      await buildFixture(open);
      await expect(startApi({ seed: path.join(dir, DATABASE_FILE) })).rejects.toThrow(/still open/);
    } finally {
      await open.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
