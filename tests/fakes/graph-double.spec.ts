// The Graph + Entra double, driven over HTTPS with plain fetch: each behaviour the SharePoint adapter
// relies on (and each refusal it must survive) is pinned here, so that the double itself can be trusted.

import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from './graph';

const HOST = 'contoso.sharepoint.com';
const SITE_PATH = '/sites/wps-1325';
const PREFER_NON_INDEXED = { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

type Json = any;
interface Reply {
  status: number;
  headers: Headers;
  body: Json;
}
interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Another bearer token, or null for none. */
  token?: string | null;
}

function tokenRequest(fake: FakeGraph, form: Record<string, string>, tenant = fake.tenantId): Promise<Response> {
  return fetch(`${fake.authorityHost}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

const credentials = (fake: FakeGraph) => ({
  client_id: fake.clientId,
  client_secret: fake.clientSecret,
  scope: `${fake.graphEndpoint}/.default`,
  grant_type: 'client_credentials',
});

const jsonOf = (res: Response): Promise<Json> => res.json();

async function acquireToken(fake: FakeGraph): Promise<string> {
  const res = await tokenRequest(fake, credentials(fake));
  return ((await jsonOf(res)) as { access_token: string }).access_token;
}

/** A signed-in session on the double: `call` speaks Graph with the token, `lists` is the site's lists url. */
async function connect(fake: FakeGraph) {
  const token = await acquireToken(fake);
  const call = async (method: string, pathOrUrl: string, opts: CallOptions = {}): Promise<Reply> => {
    const url = pathOrUrl.startsWith('https://') ? pathOrUrl : `${fake.graphEndpoint}/v1.0${pathOrUrl}`;
    const raw = Buffer.isBuffer(opts.body);
    const headers: Record<string, string> = {
      ...(opts.token === null ? {} : { authorization: `Bearer ${opts.token ?? token}` }),
      ...(opts.body !== undefined && !raw ? { 'content-type': 'application/json' } : {}),
      ...opts.headers,
    };
    const body =
      opts.body === undefined ? undefined : raw ? new Uint8Array(opts.body as Buffer) : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    const res = await fetch(url, { method, headers, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
  };
  const site = await call('GET', `/sites/${HOST}:${SITE_PATH}`);
  const siteId: string = site.body.id;
  return { token, call, siteId, lists: `/sites/${siteId}/lists` };
}
type Session = Awaited<ReturnType<typeof connect>>;

const col = {
  text: (name: string, extra: object = {}) => ({ name, text: {}, ...extra }),
  number: (name: string, extra: object = {}) => ({ name, number: {}, ...extra }),
  date: (name: string, extra: object = {}) => ({ name, dateTime: { format: 'dateOnly' }, ...extra }),
  choice: (name: string, choices: string[], extra: object = {}) => ({ name, choice: { choices }, ...extra }),
  boolean: (name: string) => ({ name, boolean: {} }),
  person: (name: string, multiple = false) => ({ name, personOrGroup: { allowMultipleSelection: multiple } }),
  lookup: (name: string, listId: string) => ({ name, lookup: { listId, columnName: 'Title' } }),
};

async function createList(g: Session, displayName: string, columns: object[] = []): Promise<string> {
  const res = await g.call('POST', g.lists, { body: { displayName, columns, list: { template: 'genericList' } } });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function addItem(g: Session, listId: string, fields: Record<string, unknown>): Promise<Json> {
  const res = await g.call('POST', `${g.lists}/${listId}/items`, { body: { fields } });
  expect(res.status).toBe(201);
  return res.body;
}

/** Creates items 20 at a time through $batch, as an efficient adapter would. */
async function addItemsInBatches(g: Session, listId: string, count: number, fields: (i: number) => Record<string, unknown>): Promise<void> {
  for (let start = 0; start < count; start += 20) {
    const requests = Array.from({ length: Math.min(20, count - start) }, (_, k) => ({
      id: String(k + 1),
      method: 'POST',
      url: `/sites/${g.siteId}/lists/${listId}/items`,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: fields(start + k) },
    }));
    const res = await g.call('POST', '/$batch', { body: { requests } });
    expect(res.body.responses.every((r: Json) => r.status === 201)).toBe(true);
  }
}

async function withFake(options: FakeGraphOptions = {}) {
  const fake = await startFakeGraph({ sites: [{ hostname: HOST, path: SITE_PATH }], ...options });
  return { fake, g: await connect(fake) };
}

describe('the token endpoint', () => {
  let fake: FakeGraph;
  beforeAll(async () => {
    fake = await startFakeGraph();
  });
  afterAll(() => fake.close());

  it('issues a bearer token for client credentials with the Graph .default scope', async () => {
    const res = await tokenRequest(fake, credentials(fake));
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toEqual({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: expect.any(String) });
  });

  it('refuses a wrong secret with 401 invalid_client', async () => {
    const res = await tokenRequest(fake, { ...credentials(fake), client_secret: 'nope' });
    expect(res.status).toBe(401);
    expect(await jsonOf(res)).toMatchObject({ error: 'invalid_client', error_description: expect.stringContaining('AADSTS7000215'), error_codes: [7000215] });
  });

  it('refuses an unknown client id with 400 unauthorized_client', async () => {
    const res = await tokenRequest(fake, { ...credentials(fake), client_id: 'someone-else' });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toBe('unauthorized_client');
  });

  it('refuses a scope without /.default with 400 invalid_scope', async () => {
    const res = await tokenRequest(fake, { ...credentials(fake), scope: `${fake.graphEndpoint}/Sites.Selected` });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toBe('invalid_scope');
  });

  it("refuses another resource's .default (here the public cloud's) with 400 invalid_resource", async () => {
    const res = await tokenRequest(fake, { ...credentials(fake), scope: 'https://graph.microsoft.com/.default' });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toBe('invalid_resource');
  });

  it('refuses an unknown tenant', async () => {
    const res = await tokenRequest(fake, credentials(fake), '99999999-0000-0000-0000-000000000000');
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error_codes).toEqual([90002]);
  });

  it('publishes OpenID metadata whose endpoints all point to the authority double', async () => {
    const res = await fetch(`${fake.authorityHost}/${fake.tenantId}/v2.0/.well-known/openid-configuration`);
    const meta = await res.json();
    const base = `${fake.authorityHost}/${fake.tenantId}`;
    expect(meta).toMatchObject({
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      issuer: `${base}/v2.0`,
    });
  });

  it('serves the same metadata on the OIDC-mode path', async () => {
    const res = await fetch(`${fake.authorityHost}/${fake.tenantId}/.well-known/openid-configuration`);
    expect((await jsonOf(res)).token_endpoint).toBe(`${fake.authorityHost}/${fake.tenantId}/oauth2/v2.0/token`);
  });

  it('answers instance discovery with its own host as the only alias', async () => {
    const authorize = encodeURIComponent(`${fake.authorityHost}/${fake.tenantId}/oauth2/v2.0/authorize`);
    const res = await fetch(`${fake.authorityHost}/common/discovery/instance?api-version=1.1&authorization_endpoint=${authorize}`);
    const host = new URL(fake.authorityHost).host;
    expect(await jsonOf(res)).toEqual({
      tenant_discovery_endpoint: `${fake.authorityHost}/${fake.tenantId}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
  });

  it('keeps the authority and Graph on separate origins, as in production', async () => {
    expect(fake.authorityHost).not.toBe(fake.graphEndpoint);
    const res = await fetch(`${fake.graphEndpoint}/${fake.tenantId}/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(400);
  });
});

describe('Graph authentication and errors', () => {
  let fake: FakeGraph;
  let g: Session;
  let clock: Date;
  beforeAll(async () => {
    clock = new Date('2025-03-01T08:00:00Z');
    ({ fake, g } = await withFake({ now: () => clock }));
  });
  afterAll(() => fake.close());

  it('refuses a request without a token with 401 InvalidAuthenticationToken', async () => {
    const res = await g.call('GET', `/sites/${g.siteId}`, { token: null });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('InvalidAuthenticationToken');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('refuses a token it never issued', async () => {
    const res = await g.call('GET', `/sites/${g.siteId}`, { token: 'made-up' });
    expect(res.status).toBe(401);
  });

  it('refuses a token once its lifetime has passed', async () => {
    const token = await acquireToken(fake);
    clock = new Date(clock.getTime() + 3600_000);
    const res = await g.call('GET', `/sites/${g.siteId}`, { token });
    expect(res.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed, the token is expired.' });
  });

  it('refuses every issued token after state.expireAccessTokens()', async () => {
    const token = await acquireToken(fake);
    fake.state.expireAccessTokens();
    expect((await g.call('GET', `/sites/${g.siteId}`, { token })).status).toBe(401);
  });

  it('answers anything outside /v1.0 with 400 Invalid version', async () => {
    const token = await acquireToken(fake);
    const res = await fetch(`${fake.graphEndpoint}/beta/sites/${g.siteId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toBe('Invalid version: beta');
  });

  it('gives every error the Graph body with innerError and echoes client-request-id', async () => {
    const token = await acquireToken(fake);
    const res = await g.call('GET', `/sites/${HOST}:/sites/nowhere`, { token, headers: { 'client-request-id': 'abc-123' } });
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.body).toEqual({
      error: {
        code: 'itemNotFound',
        message: expect.any(String),
        innerError: { date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/), 'request-id': expect.any(String), 'client-request-id': 'abc-123' },
      },
    });
  });

  it('answers an unknown path segment with 400 "Resource not found for the segment"', async () => {
    const res = await g.call('GET', '/teams/x', { token: await acquireToken(fake) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("Resource not found for the segment 'teams'.");
  });

  it('answers a method the resource does not support with 405', async () => {
    const res = await g.call('DELETE', `/sites/${g.siteId}/lists`, { token: await acquireToken(fake) });
    expect(res.status).toBe(405);
  });

  it('refuses a JSON payload that does not parse with 400', async () => {
    const res = await g.call('POST', `/sites/${g.siteId}/lists`, { token: await acquireToken(fake), body: '{"displayName":' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BadRequest');
  });
});

describe('sites', () => {
  let fake: FakeGraph;
  let g: Session;
  beforeAll(async () => ({ fake, g } = await withFake()));
  afterAll(() => fake.close());

  it('resolves a registered site by hostname and path to a "host,guid,guid" id', async () => {
    const res = await g.call('GET', `/sites/${HOST}:${SITE_PATH}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^contoso\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/),
      webUrl: `https://${HOST}${SITE_PATH}`,
    });
  });

  it('matches the path case-insensitively and accepts a trailing colon', async () => {
    const res = await g.call('GET', `/sites/${HOST}:/Sites/WPS-1325:`);
    expect(res.body.id).toBe(g.siteId);
  });

  it('answers an unknown path with 404 itemNotFound', async () => {
    const res = await g.call('GET', `/sites/${HOST}:/sites/other`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('itemNotFound');
  });

  it('resolves a site by its id', async () => {
    expect((await g.call('GET', `/sites/${g.siteId}`)).body.id).toBe(g.siteId);
  });

  it('reaches sub-resources through path addressing', async () => {
    const res = await g.call('GET', `/sites/${HOST}:${SITE_PATH}:/lists`);
    expect(res.status).toBe(200);
    expect(res.body.value).toEqual([]);
  });
});

describe('lists', () => {
  let fake: FakeGraph;
  let g: Session;
  let plansId: string;
  beforeAll(async () => {
    ({ fake, g } = await withFake());
    plansId = await createList(g, 'Work Plans', [col.text('Cycle')]);
  });
  afterAll(() => fake.close());

  it('creates a genericList with 201 and adds a required Title column', async () => {
    const res = await g.call('GET', `${g.lists}/${plansId}?$expand=columns`);
    expect(res.body).toMatchObject({ id: plansId, displayName: 'Work Plans', list: { template: 'genericList' } });
    expect(res.body.columns.find((c: Json) => c.name === 'Title')).toMatchObject({ required: true, text: { maxLength: 255 } });
    expect(res.body.columns.find((c: Json) => c.name === 'Cycle')).toMatchObject({ indexed: false, required: false });
  });

  it('refuses a second list with the same display name (any case) with 409 nameAlreadyExists', async () => {
    const res = await g.call('POST', g.lists, { body: { displayName: 'work plans', list: { template: 'genericList' } } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('nameAlreadyExists');
    expect(fake.state.sites[0]?.lists).toHaveLength(1);
  });

  it('finds a list by display name as well as by id', async () => {
    const res = await g.call('GET', `${g.lists}/${encodeURIComponent('Work Plans')}`);
    expect(res.body.id).toBe(plansId);
  });

  it('filters lists by display name', async () => {
    const res = await g.call('GET', `${g.lists}?$filter=${encodeURIComponent("displayName eq 'Work Plans'")}`);
    expect(res.body.value.map((l: Json) => l.id)).toEqual([plansId]);
  });

  it('answers an unknown list with 404 itemNotFound', async () => {
    expect((await g.call('GET', `${g.lists}/Nothing`)).status).toBe(404);
  });

  it('creates nothing when one of the columns is refused', async () => {
    const res = await g.call('POST', g.lists, {
      body: { displayName: 'Broken', columns: [col.text('Good'), { name: 'Bad' }], list: { template: 'genericList' } },
    });
    expect(res.status).toBe(400);
    expect((await g.call('GET', `${g.lists}/Broken`)).status).toBe(404);
  });

  it('refuses templates other than genericList (not modelled)', async () => {
    const res = await g.call('POST', g.lists, { body: { displayName: 'Docs', list: { template: 'documentLibrary' } } });
    expect(res.status).toBe(400);
  });
});

describe('columns', () => {
  let fake: FakeGraph;
  let g: Session;
  let listId: string;
  let columns: string;
  beforeAll(async () => {
    ({ fake, g } = await withFake());
    listId = await createList(g, 'Targets');
    columns = `${g.lists}/${listId}/columns`;
  });
  afterAll(() => fake.close());

  it('adds a column with 201 and reports its facet with defaults', async () => {
    const res = await g.call('POST', columns, { body: col.text('Indicator', { required: true }) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Indicator',
      displayName: 'Indicator',
      required: true,
      indexed: false,
      enforceUniqueValues: false,
      text: { maxLength: 255, allowMultipleLines: false },
    });
  });

  it('refuses a duplicate column name with 409 nameAlreadyExists', async () => {
    await g.call('POST', columns, { body: col.number('Baseline') });
    const res = await g.call('POST', columns, { body: col.text('baseline') });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('nameAlreadyExists');
  });

  it('refuses a column without a type facet', async () => {
    expect((await g.call('POST', columns, { body: { name: 'Shapeless' } })).status).toBe(400);
  });

  it('refuses a column with two type facets', async () => {
    expect((await g.call('POST', columns, { body: { name: 'Both', text: {}, number: {} } })).status).toBe(400);
  });

  it('indexes an existing column through PATCH', async () => {
    const created = await g.call('POST', columns, { body: col.text('OfficeCode') });
    const res = await g.call('PATCH', `${columns}/${created.body.id}`, { body: { indexed: true } });
    expect(res.status).toBe(200);
    expect(res.body.indexed).toBe(true);
  });

  it('refuses a 21st indexed column with 400', async () => {
    const other = await createList(g, 'Wide');
    for (let i = 0; i < 20; i += 1) await g.call('POST', `${g.lists}/${other}/columns`, { body: col.text(`C${i}`, { indexed: true }) });
    const res = await g.call('POST', `${g.lists}/${other}/columns`, { body: col.text('C20', { indexed: true }) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalidRequest');
    expect(fake.state.list(g.siteId, 'Wide')?.columns.filter((c) => c.indexed)).toHaveLength(20);
  });

  it('refuses enforceUniqueValues on a column that is not indexed', async () => {
    const res = await g.call('POST', columns, { body: col.text('Ref', { enforceUniqueValues: true }) });
    expect(res.status).toBe(400);
  });

  it('refuses a lookup to a list that does not exist', async () => {
    const res = await g.call('POST', columns, { body: col.lookup('Office', '00000000-0000-0000-0000-000000000000') });
    expect(res.status).toBe(400);
  });

  it('adds a lookup to a list of the site', async () => {
    const offices = await createList(g, 'Offices');
    const res = await g.call('POST', columns, { body: col.lookup('Office', offices) });
    expect(res.status).toBe(201);
    expect(res.body.lookup).toMatchObject({ listId: offices, columnName: 'Title' });
  });
});

describe('list items', () => {
  let fake: FakeGraph;
  let g: Session;
  let officesId: string;
  let targetsId: string;
  let items: string;
  beforeAll(async () => {
    ({ fake, g } = await withFake());
    officesId = await createList(g, 'Offices');
    targetsId = await createList(g, 'Targets', [
      col.text('Code', { indexed: true, enforceUniqueValues: true }),
      col.number('Value'),
      col.date('Due'),
      col.choice('Status', ['not started', 'on track', 'achieved']),
      col.boolean('Done'),
      { name: 'Story', text: { allowMultipleLines: true } },
      col.lookup('Office', officesId),
      col.person('Owner'),
      col.person('Reviewers', true),
    ]);
    items = `${g.lists}/${targetsId}/items`;
    await addItem(g, officesId, { Title: 'Police Division' });
  });
  afterAll(() => fake.close());

  it("creates an item with 201 in Graph's listItem shape", async () => {
    const res = await g.call('POST', items, { body: { fields: { Title: 'Train focal points', Code: 'T-1', Value: 3 } } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: '1',
      eTag: expect.stringMatching(/^"\{[0-9A-F-]{36}\},1"$/),
      createdDateTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      lastModifiedDateTime: expect.any(String),
      webUrl: expect.stringContaining(`https://${HOST}${SITE_PATH}/Lists/Targets`),
    });
    expect(res.body.fields).toMatchObject({ id: '1', Title: 'Train focal points', Code: 'T-1', Value: 3, '@odata.etag': res.body.eTag });
  });

  it('never reuses an item id, even after a delete', async () => {
    const a = await addItem(g, targetsId, { Title: 'a', Code: 'ID-A' });
    await g.call('DELETE', `${items}/${a.id}`);
    const b = await addItem(g, targetsId, { Title: 'b', Code: 'ID-B' });
    expect(Number(b.id)).toBe(Number(a.id) + 1);
  });

  it('refuses an unknown field with 400 "Field \'X\' is not recognized"', async () => {
    const res = await g.call('POST', items, { body: { fields: { Title: 'x', Colour: 'red' } } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalidRequest', message: "Field 'Colour' is not recognized" });
  });

  it('keeps 63,999 characters in a multiple-lines-of-text column and refuses one more with 400, as SharePoint Online does', async () => {
    const full = await g.call('POST', items, { body: { fields: { Title: 'long', Story: 'é'.repeat(63_999) } } });
    expect(full.status).toBe(201);
    expect(String(full.body.fields.Story)).toHaveLength(63_999);
    const over = await g.call('POST', items, { body: { fields: { Title: 'longer', Story: 'x'.repeat(64_000) } } });
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({ code: 'invalidRequest', message: expect.stringMatching(/^Field 'Story' exceeds the maximum length of 63999/) });
    const patch = await g.call('PATCH', `${items}/${String(full.body.id)}/fields`, { body: { Story: `${'x'.repeat(63_999)}y` } });
    expect(patch.status).toBe(400);
  });

  it('refuses an item without its required Title', async () => {
    const res = await g.call('POST', items, { body: { fields: { Code: 'NO-TITLE' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Title');
  });

  it('refuses a value of the wrong type (a number column given a string)', async () => {
    expect((await g.call('POST', items, { body: { fields: { Title: 'x', Value: '5' } } })).status).toBe(400);
  });

  it('refuses a choice that is not among the choices', async () => {
    expect((await g.call('POST', items, { body: { fields: { Title: 'x', Status: 'sort of' } } })).status).toBe(400);
  });

  it('refuses a duplicate in a unique column (case-insensitively) with 409', async () => {
    await addItem(g, targetsId, { Title: 'u', Code: 'UNIQ-1' });
    const res = await g.call('POST', items, { body: { fields: { Title: 'u2', Code: 'uniq-1' } } });
    expect(res.status).toBe(409);
  });

  it('frees a unique value once the item holding it changes or is deleted', async () => {
    const a = await addItem(g, targetsId, { Title: 'a', Code: 'FREE-1' });
    const b = await addItem(g, targetsId, { Title: 'b', Code: 'FREE-2' });
    await g.call('PATCH', `${items}/${a.id}/fields`, { body: { Code: 'FREE-3' } });
    await g.call('DELETE', `${items}/${b.id}`);
    expect((await g.call('POST', items, { body: { fields: { Title: 'c', Code: 'FREE-1' } } })).status).toBe(201);
    expect((await g.call('POST', items, { body: { fields: { Title: 'd', Code: 'FREE-2' } } })).status).toBe(201);
    expect((await g.call('POST', items, { body: { fields: { Title: 'e', Code: 'free-3' } } })).status).toBe(409);
  });

  it('writes a lookup as XLookupId: number and reads it back as an XLookupId string', async () => {
    const created = await addItem(g, targetsId, { Title: 'l', Code: 'LK-1', OfficeLookupId: 1, OwnerLookupId: 12 });
    expect(created.fields).toMatchObject({ OfficeLookupId: '1', OwnerLookupId: '12' });
    expect(created.fields).not.toHaveProperty('Office');
  });

  it('refuses a lookup written under its plain column name', async () => {
    expect((await g.call('POST', items, { body: { fields: { Title: 'l', Office: 1 } } })).status).toBe(400);
  });

  it('refuses a multi-valued person write without the Collection(Edm.Int32) annotation', async () => {
    expect((await g.call('POST', items, { body: { fields: { Title: 'm', ReviewersLookupId: [3, 4] } } })).status).toBe(400);
  });

  it('accepts a multi-valued person write with the annotation', async () => {
    const created = await addItem(g, targetsId, {
      Title: 'm',
      Code: 'MV-1',
      ReviewersLookupId: [3, 4],
      'ReviewersLookupId@odata.type': 'Collection(Edm.Int32)',
    });
    expect(created.fields.Reviewers.map((r: Json) => r.LookupId)).toEqual([3, 4]);
  });

  it('leaves empty fields out of the fieldValueSet, as SharePoint does', async () => {
    const created = await addItem(g, targetsId, { Title: 'sparse', Code: 'SP-1' });
    expect(created.fields).not.toHaveProperty('Value');
    expect(created.fields).not.toHaveProperty('Status');
  });

  it('stores a date-only value as midnight UTC', async () => {
    const created = await addItem(g, targetsId, { Title: 'd', Code: 'DT-1', Due: '2025-06-30' });
    expect(created.fields.Due).toBe('2025-06-30T00:00:00Z');
  });

  it('returns only the selected fields with $expand=fields($select=…)', async () => {
    const created = await addItem(g, targetsId, { Title: 's', Code: 'SEL-1', Value: 7, OfficeLookupId: 1 });
    const res = await g.call('GET', `${items}/${created.id}?$expand=fields($select=Code,Office)`);
    expect(res.body.fields).toEqual({ '@odata.etag': created.eTag, Code: 'SEL-1', OfficeLookupId: '1' });
  });

  it('returns no fields without $expand=fields', async () => {
    const created = await addItem(g, targetsId, { Title: 'n', Code: 'NF-1' });
    expect((await g.call('GET', `${items}/${created.id}`)).body).not.toHaveProperty('fields');
  });

  it('answers a missing item with 404 itemNotFound', async () => {
    const res = await g.call('GET', `${items}/9999`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('itemNotFound');
  });

  it('updates fields with a flat PATCH, answering the fields and a higher eTag version', async () => {
    const created = await addItem(g, targetsId, { Title: 'p', Code: 'PA-1', Value: 1 });
    const res = await g.call('PATCH', `${items}/${created.id}/fields`, { body: { Value: 2 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ Value: 2, Title: 'p', '@odata.etag': expect.stringMatching(/,2"$/) });
    expect((await g.call('GET', `${items}/${created.id}`)).body.eTag).toMatch(/,2"$/);
  });

  it('refuses a PATCH with a stale If-Match with 412 preconditionFailed and changes nothing', async () => {
    const created = await addItem(g, targetsId, { Title: 'c', Code: 'CC-1', Value: 1 });
    await g.call('PATCH', `${items}/${created.id}/fields`, { body: { Value: 2 } });
    const res = await g.call('PATCH', `${items}/${created.id}/fields`, { body: { Value: 3 }, headers: { 'if-match': created.eTag } });
    expect(res.status).toBe(412);
    expect(res.body.error.code).toBe('preconditionFailed');
    expect((await g.call('GET', `${items}/${created.id}?$expand=fields`)).body.fields.Value).toBe(2);
  });

  it('accepts a PATCH whose If-Match is the current eTag', async () => {
    const created = await addItem(g, targetsId, { Title: 'c', Code: 'CC-2', Value: 1 });
    const res = await g.call('PATCH', `${items}/${created.id}/fields`, { body: { Value: 5 }, headers: { 'if-match': created.eTag } });
    expect(res.status).toBe(200);
  });

  it("always matches If-Match: '*'", async () => {
    const created = await addItem(g, targetsId, { Title: 'c', Code: 'CC-3', Value: 1 });
    await g.call('PATCH', `${items}/${created.id}/fields`, { body: { Value: 2 } });
    expect((await g.call('PATCH', `${items}/${created.id}/fields`, { body: { Value: 3 }, headers: { 'if-match': '*' } })).status).toBe(200);
  });

  it('refuses to write a read-only field', async () => {
    const created = await addItem(g, targetsId, { Title: 'r', Code: 'RO-1' });
    expect((await g.call('PATCH', `${items}/${created.id}/fields`, { body: { Created: '2020-01-01T00:00:00Z' } })).status).toBe(400);
  });

  it('refuses to clear a required field', async () => {
    const created = await addItem(g, targetsId, { Title: 'r', Code: 'RQ-1' });
    expect((await g.call('PATCH', `${items}/${created.id}/fields`, { body: { Title: null } })).status).toBe(400);
  });

  it('deletes an item with 204', async () => {
    const created = await addItem(g, targetsId, { Title: 'del', Code: 'DEL-1' });
    expect((await g.call('DELETE', `${items}/${created.id}`)).status).toBe(204);
    expect((await g.call('GET', `${items}/${created.id}`)).status).toBe(404);
  });

  it('refuses a DELETE with a stale If-Match with 412 and keeps the item', async () => {
    const created = await addItem(g, targetsId, { Title: 'del', Code: 'DEL-2' });
    await g.call('PATCH', `${items}/${created.id}/fields`, { body: { Value: 9 } });
    expect((await g.call('DELETE', `${items}/${created.id}`, { headers: { 'if-match': created.eTag } })).status).toBe(412);
    expect((await g.call('GET', `${items}/${created.id}`)).status).toBe(200);
  });
});

describe('$filter and the indexed-column rule', () => {
  let fake: FakeGraph;
  let g: Session;
  let items: string;
  const codes = async (filter: string, headers: Record<string, string> = {}) => {
    const res = await g.call('GET', `${items}?$expand=fields&$filter=${encodeURIComponent(filter)}`, { headers });
    expect(res.status).toBe(200);
    return res.body.value.map((i: Json) => i.fields.Code).sort();
  };
  beforeAll(async () => {
    ({ fake, g } = await withFake());
    const offices = await createList(g, 'Offices');
    const listId = await createList(g, 'Targets', [
      col.text('Code', { indexed: true }),
      col.number('Value', { indexed: true }),
      col.date('Due', { indexed: true }),
      col.lookup('Office', offices),
      col.text('Notes'),
    ]);
    await g.call('PATCH', `${g.lists}/${listId}/columns/Office`, { body: { indexed: true } });
    items = `${g.lists}/${listId}/items`;
    const rows = [
      { Code: 'OO-1', Value: 1, Due: '2025-01-31', OfficeLookupId: 1, Notes: 'alpha' },
      { Code: 'OO-2', Value: 5, Due: '2025-03-31', OfficeLookupId: 1, Notes: 'beta' },
      { Code: 'PD-1', Value: 10, Due: '2025-06-30', OfficeLookupId: 2, Notes: 'alpha' },
      { Code: "O'Neil", Value: 20, Due: '2025-12-31', OfficeLookupId: 3 },
    ];
    for (const row of rows) await addItem(g, listId, { Title: row.Code, ...row });
  });
  afterAll(() => fake.close());

  it('filters on an indexed text column with eq', async () => {
    expect(await codes("fields/Code eq 'PD-1'")).toEqual(['PD-1']);
  });

  it('compares text case-insensitively, as SharePoint does', async () => {
    expect(await codes("fields/Code eq 'pd-1'")).toEqual(['PD-1']);
  });

  it('refuses a filter on a column that is not indexed with 400 and the Prefer hint', async () => {
    const res = await g.call('GET', `${items}?$filter=${encodeURIComponent("fields/Notes eq 'alpha'")}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalidRequest');
    expect(res.body.error.message).toMatch(
      /^Field 'Notes' cannot be referenced in filter or orderby as it is not indexed\. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header/,
    );
  });

  it('runs a filter on a non-indexed column when the Prefer header allows it', async () => {
    expect(await codes("fields/Notes eq 'alpha'", PREFER_NON_INDEXED)).toEqual(['OO-1', 'PD-1']);
  });

  it('combines and, or and parentheses', async () => {
    expect(await codes("(fields/Code eq 'OO-1' or fields/Code eq 'PD-1') and fields/Value gt 2")).toEqual(['PD-1']);
  });

  it('supports startswith', async () => {
    expect(await codes("startswith(fields/Code,'OO')")).toEqual(['OO-1', 'OO-2']);
  });

  it('compares numbers with lt, le, ge and ne', async () => {
    expect(await codes('fields/Value lt 5')).toEqual(['OO-1']);
    expect(await codes('fields/Value le 5')).toEqual(['OO-1', 'OO-2']);
    expect(await codes('fields/Value ge 10 and fields/Value ne 20')).toEqual(['PD-1']);
  });

  it('compares dates given as strings', async () => {
    expect(await codes("fields/Due le '2025-03-31'")).toEqual(['OO-1', 'OO-2']);
  });

  it("unescapes '' inside string literals", async () => {
    expect(await codes("fields/Code eq 'O''Neil'")).toEqual(["O'Neil"]);
  });

  it('filters a lookup by its LookupId', async () => {
    expect(await codes('fields/OfficeLookupId eq 1')).toEqual(['OO-1', 'OO-2']);
  });

  it('refuses a filter that does not parse with 400', async () => {
    expect((await g.call('GET', `${items}?$filter=${encodeURIComponent("fields/Code eq 'x' and")}`)).status).toBe(400);
  });

  it('refuses a filter on a field the list does not have', async () => {
    expect((await g.call('GET', `${items}?$filter=${encodeURIComponent("fields/Colour eq 'red'")}`)).status).toBe(400);
  });

  it('refuses a property outside fields/', async () => {
    expect((await g.call('GET', `${items}?$filter=${encodeURIComponent("Code eq 'x'")}`)).status).toBe(400);
  });

  it('applies the indexed rule to $orderby too', async () => {
    expect((await g.call('GET', `${items}?$orderby=fields/Notes`)).status).toBe(400);
  });

  it('accepts $orderby on an indexed column but keeps id order (sort in the application)', async () => {
    const res = await g.call('GET', `${items}?$orderby=${encodeURIComponent('fields/Value desc')}`);
    expect(res.body.value.map((i: Json) => Number(i.id))).toEqual([1, 2, 3, 4]);
  });

  it('fails a non-indexed query above the list view threshold even with the Prefer header', async () => {
    const small = await withFake({ listViewThreshold: 3 });
    try {
      const listId = await createList(small.g, 'Big', [col.text('Notes'), col.text('Code', { indexed: true })]);
      for (let i = 0; i < 4; i += 1) await addItem(small.g, listId, { Title: `t${i}`, Notes: 'n', Code: `C${i}` });
      const url = `${small.g.lists}/${listId}/items`;
      expect((await small.g.call('GET', `${url}?$filter=${encodeURIComponent("fields/Notes eq 'n'")}`, { headers: PREFER_NON_INDEXED })).status).toBe(500);
      expect((await small.g.call('GET', `${url}?$filter=${encodeURIComponent("fields/Code eq 'C1'")}`)).status).toBe(200);
    } finally {
      await small.fake.close();
    }
  });
});

describe('paging', () => {
  let fake: FakeGraph;
  let g: Session;
  let listId: string;
  let items: string;
  beforeAll(async () => {
    ({ fake, g } = await withFake({ maxTop: 50 }));
    listId = await createList(g, 'Check-ins', [col.number('N', { indexed: true })]);
    items = `${g.lists}/${listId}/items`;
    await addItemsInBatches(g, listId, 205, (i) => ({ Title: `c${i}`, N: i }));
  });
  afterAll(() => fake.close());

  it('pages 200 items by default with an absolute https @odata.nextLink to the double', async () => {
    const first = await g.call('GET', `${items}?$expand=fields`);
    expect(first.body.value).toHaveLength(200);
    expect(first.body['@odata.nextLink']).toMatch(new RegExp(`^${fake.graphEndpoint}/v1\\.0/sites/`));
    const second = await g.call('GET', first.body['@odata.nextLink']);
    expect(second.body.value).toHaveLength(5);
    expect(second.body).not.toHaveProperty('@odata.nextLink');
  });

  it('uses $top as the page size and keeps the query in the nextLink', async () => {
    const seen: number[] = [];
    let url: string | undefined = `${items}?$expand=fields($select=N)&$top=20&$filter=${encodeURIComponent('fields/N lt 50')}`;
    let pages = 0;
    while (url) {
      const res: Reply = await g.call('GET', url);
      seen.push(...res.body.value.map((i: Json) => i.fields.N as number));
      url = res.body['@odata.nextLink'];
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('caps $top at the maximum page size', async () => {
    const res = await g.call('GET', `${items}?$top=1000`);
    expect(res.body.value).toHaveLength(50);
  });

  it('refuses a $top that is not a positive integer', async () => {
    expect((await g.call('GET', `${items}?$top=0`)).status).toBe(400);
  });
});

describe('delta', () => {
  let fake: FakeGraph;
  let g: Session;
  let listId: string;
  let delta: string;
  beforeAll(async () => {
    ({ fake, g } = await withFake());
    listId = await createList(g, 'Plans', [col.text('Status')]);
    delta = `${g.lists}/${listId}/items/delta`;
    for (const title of ['a', 'b', 'c']) await addItem(g, listId, { Title: title, Status: 'draft' });
  });
  afterAll(() => fake.close());

  it('enumerates every item first and ends with an absolute @odata.deltaLink', async () => {
    const res = await g.call('GET', `${delta}?$expand=fields`);
    expect(res.body.value.map((i: Json) => i.fields.Title)).toEqual(['a', 'b', 'c']);
    expect(res.body['@odata.deltaLink']).toMatch(new RegExp(`^${fake.graphEndpoint}/v1\\.0/.*/items/delta\\?.*token=`));
    expect(res.body).not.toHaveProperty('@odata.nextLink');
  });

  it('returns items without fields unless $expand=fields', async () => {
    const res = await g.call('GET', delta);
    expect(res.body.value[0]).not.toHaveProperty('fields');
  });

  it('pages the enumeration with @odata.nextLink', async () => {
    const first = await g.call('GET', `${delta}?$top=2`);
    expect(first.body.value).toHaveLength(2);
    const second = await g.call('GET', first.body['@odata.nextLink']);
    expect(second.body.value.map((i: Json) => i.id)).toEqual(['3']);
    expect(second.body['@odata.deltaLink']).toBeDefined();
  });

  it('then returns only what changed: created and updated items, and deletions', async () => {
    const start = await g.call('GET', `${delta}?$expand=fields`);
    await g.call('PATCH', `${g.lists}/${listId}/items/1/fields`, { body: { Status: 'submitted' } });
    await g.call('DELETE', `${g.lists}/${listId}/items/2`);
    const added = await addItem(g, listId, { Title: 'd' });
    const res = await g.call('GET', start.body['@odata.deltaLink']);
    expect(res.body.value).toEqual([
      expect.objectContaining({ id: '1', fields: expect.objectContaining({ Status: 'submitted' }) }),
      expect.objectContaining({ id: '2', deleted: { state: 'deleted' } }),
      expect.objectContaining({ id: added.id, fields: expect.objectContaining({ Title: 'd' }) }),
    ]);
  });

  it('answers an empty page and a new deltaLink when nothing changed', async () => {
    const first = await g.call('GET', delta);
    const again = await g.call('GET', first.body['@odata.deltaLink']);
    expect(again.body.value).toEqual([]);
    expect(again.body['@odata.deltaLink']).toBeDefined();
  });

  it('skips the enumeration with token=latest and reports later changes only', async () => {
    const latest = await g.call('GET', `${delta}?token=latest`);
    expect(latest.body.value).toEqual([]);
    await addItem(g, listId, { Title: 'e' });
    const changes = await g.call('GET', latest.body['@odata.deltaLink']);
    expect(changes.body.value.map((i: Json) => i.id)).toHaveLength(1);
  });

  it('answers a token made stale by expireDeltaTokens() with 410 resyncRequired and a fresh Location', async () => {
    const start = await g.call('GET', `${delta}?$expand=fields`);
    fake.state.expireDeltaTokens();
    const res = await g.call('GET', start.body['@odata.deltaLink']);
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('resyncRequired');
    expect(res.headers.get('location')).toBe(`${fake.graphEndpoint}/v1.0/sites/${g.siteId}/lists/${listId}/items/delta?$expand=fields`);
  });
});

describe('$batch', () => {
  let fake: FakeGraph;
  let g: Session;
  let listId: string;
  let itemsPath: string;
  const post = (id: string, fields: object, extra: object = {}) => ({
    id,
    method: 'POST',
    url: itemsPath,
    headers: { 'Content-Type': 'application/json' },
    body: { fields },
    ...extra,
  });
  const batch = (requests: object[]) => g.call('POST', '/$batch', { body: { requests } });
  beforeAll(async () => {
    ({ fake, g } = await withFake());
    listId = await createList(g, 'Activities', [col.text('Ref', { indexed: true })]);
    itemsPath = `/sites/${g.siteId}/lists/${listId}/items`;
  });
  afterEach(() => fake.faults.clear());
  afterAll(() => fake.close());

  it('runs every inner request and answers 200 with {id, status, headers, body} for each', async () => {
    const res = await batch([post('1', { Title: 'one' }), { id: '2', method: 'GET', url: `/sites/${g.siteId}` }]);
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r]));
    expect(byId['1']).toMatchObject({
      status: 201,
      headers: { 'Content-Type': expect.stringContaining('application/json') },
      body: { fields: { Title: 'one' } },
    });
    expect(byId['2']).toMatchObject({ status: 200, body: { id: g.siteId } });
  });

  it('answers in an order other than the request order', async () => {
    const res = await batch([post('a', { Title: 'a' }), post('b', { Title: 'b' }), post('c', { Title: 'c' })]);
    expect(res.body.responses.map((r: Json) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('refuses more than 20 requests with 400 and runs none', async () => {
    const before = fake.state.list(g.siteId, listId)?.items.size;
    const res = await batch(Array.from({ length: 21 }, (_, i) => post(String(i), { Title: `x${i}` })));
    expect(res.status).toBe(400);
    expect(fake.state.list(g.siteId, listId)?.items.size).toBe(before);
  });

  it('refuses duplicate ids (compared without case) with 400', async () => {
    const res = await batch([
      { id: 'A', method: 'GET', url: `/sites/${g.siteId}` },
      { id: 'a', method: 'GET', url: `/sites/${g.siteId}` },
    ]);
    expect(res.status).toBe(400);
  });

  it('refuses a body without a Content-Type header with 400', async () => {
    const res = await batch([{ id: '1', method: 'POST', url: itemsPath, body: { fields: { Title: 'x' } } }]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Write request id : 1 does not contain Content-Type header or body.');
  });

  it('answers an inner url with the version segment with 400 "Resource not found for the segment \'v1.0\'"', async () => {
    const res = await batch([post('1', { Title: 'ok' }), { id: '2', method: 'GET', url: `/v1.0/sites/${g.siteId}` }]);
    const byId = Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r]));
    expect(byId['1'].status).toBe(201);
    expect(byId['2']).toMatchObject({ status: 400, body: { error: { message: "Resource not found for the segment 'v1.0'." } } });
  });

  it('answers 424 for a request whose dependency failed, without running it', async () => {
    const res = await batch([post('1', { Nope: 1 }), post('2', { Title: 'dependent' }, { dependsOn: ['1'] })]);
    const byId = Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r]));
    expect([byId['1'].status, byId['2'].status]).toEqual([400, 424]);
    expect([...(fake.state.list(g.siteId, listId)?.items.values() ?? [])].some((i) => i.values.Title === 'dependent')).toBe(false);
  });

  it('runs a dependency before the request that depends on it, whatever the array order', async () => {
    await batch([post('2', { Title: 'second', Ref: 'ORDER-2' }, { dependsOn: ['1'] }), post('1', { Title: 'first', Ref: 'ORDER-1' })]);
    const titles = [...(fake.state.list(g.siteId, listId)?.items.values() ?? [])]
      .filter((i) => String(i.values.Ref).startsWith('ORDER'))
      .map((i) => i.values.Title);
    expect(titles).toEqual(['first', 'second']);
  });

  it('gives each inner request its own status, e.g. 412 for a stale If-Match', async () => {
    const created = await addItem(g, listId, { Title: 'x' });
    await g.call('PATCH', `${g.lists}/${listId}/items/${created.id}/fields`, { body: { Title: 'y' } });
    const patch = (id: string, etag: string) => ({
      id,
      method: 'PATCH',
      url: `${itemsPath}/${created.id}/fields`,
      headers: { 'Content-Type': 'application/json', 'If-Match': etag },
      body: { Title: id },
    });
    const res = await batch([patch('stale', created.eTag), patch('star', '*')]);
    const byId = Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r]));
    expect([byId.stale.status, byId.star.status]).toEqual([412, 200]);
  });

  it('throttles inner requests one by one with 429 and Retry-After while the batch itself is 200', async () => {
    const before = fake.state.list(g.siteId, listId)?.items.size;
    fake.faults.setRate(1, 0, 3);
    const res = await batch([post('1', { Title: 't1' }), post('2', { Title: 't2' })]);
    expect(res.status).toBe(200);
    for (const r of res.body.responses) expect(r).toMatchObject({ status: 429, headers: { 'Retry-After': '3' }, body: { error: { code: 'TooManyRequests' } } });
    expect(fake.state.list(g.siteId, listId)?.items.size).toBe(before);
  });

  it('logs inner requests with inBatch and counts envelopes and inner requests', async () => {
    fake.resetCounters();
    fake.state.requests.length = 0;
    await batch([
      { id: '1', method: 'GET', url: `/sites/${g.siteId}` },
      { id: '2', method: 'GET', url: `${itemsPath}` },
    ]);
    expect(fake.state.requests).toEqual([
      { method: 'GET', url: `/sites/${g.siteId}`, status: 200, inBatch: true },
      { method: 'GET', url: itemsPath, status: 200, inBatch: true },
      { method: 'POST', url: '/v1.0/$batch', status: 200, inBatch: false },
    ]);
    expect(fake.counters).toMatchObject({ graphRequests: 1, batchRequests: 1, innerRequests: 2, operations: 2, resourceUnits: 3 });
  });
});

describe('file upload to the site drive', () => {
  let fake: FakeGraph;
  let g: Session;
  const content = (path: string, query = '') => `/sites/${g.siteId}/drive/root:/${path}:/content${query}`;
  beforeAll(async () => ({ fake, g } = await withFake()));
  afterAll(() => fake.close());

  it('creates a file with 201 and answers a driveItem; the state keeps the bytes', async () => {
    const bytes = Buffer.from('PK fake workbook');
    const res = await g.call('PUT', content('Exports/plan.xlsx'), { body: bytes });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      name: 'plan.xlsx',
      size: bytes.length,
      webUrl: `https://${HOST}${SITE_PATH}/Shared%20Documents/Exports/plan.xlsx`,
      file: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect(
      fake.state
        .files()
        .find((f) => f.path === 'Exports/plan.xlsx')
        ?.bytes.equals(bytes),
    ).toBe(true);
  });

  it('replaces an existing file with 200', async () => {
    await g.call('PUT', content('report.docx'), { body: Buffer.from('v1') });
    const res = await g.call('PUT', content('report.docx'), { body: Buffer.from('version 2') });
    expect(res.status).toBe(200);
    expect(res.body.size).toBe(9);
  });

  it('refuses to overwrite with conflictBehavior=fail (409)', async () => {
    await g.call('PUT', content('keep.txt'), { body: Buffer.from('a') });
    expect((await g.call('PUT', content('keep.txt', '?@microsoft.graph.conflictBehavior=fail'), { body: Buffer.from('b') })).status).toBe(409);
  });

  it('refuses a simple upload over 4 MB with 413 and stores nothing', async () => {
    const res = await g.call('PUT', content('big.bin'), { body: Buffer.alloc(4 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(fake.state.files().some((f) => f.name === 'big.bin')).toBe(false);
  });

  it('answers the metadata of an uploaded file by path', async () => {
    await g.call('PUT', content('meta.csv'), { body: Buffer.from('a,b') });
    const res = await g.call('GET', `/sites/${g.siteId}/drive/root:/meta.csv`);
    expect(res.body).toMatchObject({ name: 'meta.csv', size: 3 });
  });
});

describe('fault injection', () => {
  let fake: FakeGraph;
  let g: Session;
  let listId: string;
  beforeAll(async () => {
    ({ fake, g } = await withFake());
    listId = await createList(g, 'Faults');
  });
  afterEach(() => fake.faults.clear());
  afterAll(() => fake.close());

  it('answers the chosen share with 429 TooManyRequests and Retry-After, without executing the request', async () => {
    fake.faults.setRate(1, 0, 7);
    const res = await g.call('POST', `${g.lists}/${listId}/items`, { body: { fields: { Title: 'lost' } } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.body.error.code).toBe('TooManyRequests');
    expect(fake.state.list(g.siteId, listId)?.items.size).toBe(0);
  });

  it('answers the chosen share with 503 serviceNotAvailable and Retry-After: 0 for fast tests', async () => {
    fake.faults.setRate(0, 1, 0);
    const res = await g.call('GET', `/sites/${g.siteId}`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('0');
    expect(res.body.error.code).toBe('serviceNotAvailable');
  });

  it('picks failing requests deterministically from the seed, close to the requested shares', async () => {
    const statuses = async ({ fake: f, g: s }: { fake: FakeGraph; g: Session }) => {
      f.faults.setRate(0.2, 0.05, 0);
      const seen: number[] = [];
      for (let i = 0; i < 200; i += 1) seen.push((await s.call('GET', `/sites/${s.siteId}`)).status);
      return seen;
    };
    const [one, two] = await Promise.all([withFake({ seed: 7 }), withFake({ seed: 7 })]);
    try {
      const first = await statuses(one);
      expect(await statuses(two)).toEqual(first);
      expect(first.filter((s) => s === 429).length).toBeGreaterThan(25);
      expect(first.filter((s) => s === 429).length).toBeLessThan(55);
      expect(first.filter((s) => s === 503).length).toBeGreaterThan(3);
      expect(first.filter((s) => s === 503).length).toBeLessThan(20);
    } finally {
      await Promise.all([one.fake.close(), two.fake.close()]);
    }
  });

  it('fails exactly the next n requests with failNext', async () => {
    fake.faults.failNext(2, 503);
    const seen = [];
    for (let i = 0; i < 3; i += 1) seen.push((await g.call('GET', `/sites/${g.siteId}`)).status);
    expect(seen).toEqual([503, 503, 200]);
  });

  it('counts failNext per inner request of a batch, not per envelope', async () => {
    fake.faults.failNext(1, 503, 1);
    const requests = ['1', '2'].map((id) => ({ id, method: 'GET', url: `/sites/${g.siteId}` }));
    const res = await g.call('POST', '/$batch', { body: { requests } });
    const byId = Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r]));
    expect([res.status, byId['1'].status, byId['2'].status]).toEqual([200, 503, 200]);
    expect(byId['1'].headers['Retry-After']).toBe('1');
  });

  it('fails a whole $batch envelope only when faultBatchEnvelopes is set', async () => {
    const other = await withFake({ faultBatchEnvelopes: true });
    try {
      other.fake.faults.setRate(1, 0, 2);
      const res = await other.g.call('POST', '/$batch', { body: { requests: [{ id: '1', method: 'GET', url: `/sites/${other.g.siteId}` }] } });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(other.fake.counters.innerRequests).toBe(0);
    } finally {
      await other.fake.close();
    }
  });

  it('leaves token requests alone unless configured', async () => {
    fake.faults.setRate(1, 0, 0);
    expect((await tokenRequest(fake, credentials(fake))).status).toBe(200);
  });

  it('refuses shares outside 0..1', () => {
    expect(() => fake.faults.setRate(0.8, 0.3, 1)).toThrow(RangeError);
  });

  it('marks injected failures in the request log', async () => {
    fake.state.requests.length = 0;
    fake.faults.failNext(1, 429);
    await g.call('GET', `/sites/${g.siteId}`);
    expect(fake.state.requests).toEqual([{ method: 'GET', url: `/v1.0/sites/${g.siteId}`, status: 429, inBatch: false, injected: true }]);
  });

  it('counts Graph requests, operations and throttled answers', async () => {
    fake.resetCounters();
    fake.faults.failNext(1, 429);
    await g.call('GET', `/sites/${g.siteId}`);
    await g.call('GET', `/sites/${g.siteId}`);
    expect(fake.counters).toMatchObject({ graphRequests: 2, operations: 2, throttled: 1, byStatus: { 200: 1, 429: 1 } });
  });
});

describe('resource-unit metering', () => {
  let fake: FakeGraph;
  let g: Session;
  let clock: Date;
  beforeAll(async () => {
    clock = new Date('2025-03-01T08:00:10Z');
    ({ fake, g } = await withFake({ resourceUnitsPerMinute: 6, now: () => clock }));
  });
  afterAll(() => fake.close());

  it('sends RateLimit headers near the limit, throttles once it is spent, and resets with the minute', async () => {
    // connect() spent 1 unit resolving the site; each single-item read costs 1 more.
    const replies = [];
    for (let i = 0; i < 6; i += 1) replies.push(await g.call('GET', `/sites/${g.siteId}`));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(replies[4]?.headers.get('ratelimit-remaining')).toBe('0');
    expect(replies[5]?.headers.get('retry-after')).toBe('50');
    clock = new Date('2025-03-01T08:01:00Z');
    expect((await g.call('GET', `/sites/${g.siteId}`)).status).toBe(200);
  });
});
