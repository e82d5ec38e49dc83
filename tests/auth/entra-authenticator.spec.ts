// AUTH_MODE=entra against a local HTTPS double of Entra's key endpoint, with real RS256 tokens.

import { randomUUID } from 'node:crypto';
import { base64url } from 'jose';
import { entraAuthenticator } from '../../src/server/auth/entra-authenticator';
import { DEFAULT_ROLE_MAPPING } from '../../src/services/identity';
import { signingKey, signToken, startFakeEntra, type FakeEntra, type SigningKey } from '../fakes/entra';
import { startApi, type ApiHarness } from '../support/api-harness';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('Entra bearer tokens', () => {
  let entra: FakeEntra;
  let api: ApiHarness;
  let key: SigningKey;
  let rogue: SigningKey;
  let issuer: string;

  beforeAll(async () => {
    key = await signingKey('key-1');
    rogue = await signingKey('key-1');
    entra = await startFakeEntra(TENANT, [key]);
    issuer = `${entra.authorityHost}/${TENANT}/v2.0`;
    api = await startApi({
      authenticator: entraAuthenticator({
        tenantId: TENANT,
        audiences: [CLIENT_ID, `api://${CLIENT_ID}`],
        authorityHost: entra.authorityHost,
        roleMapping: DEFAULT_ROLE_MAPPING,
        requiredScope: 'access_as_user',
      }),
    });
  });
  afterAll(async () => {
    await api.close();
    await entra.close();
  });

  const goodClaims = {
    tid: TENANT,
    oid: randomUUID(),
    preferred_username: 'Amina.Diallo@dpko.example.org',
    name: 'Amina Diallo',
    scp: 'access_as_user',
    roles: ['GenderUnit'],
  };
  const token = (over: Partial<Parameters<typeof signToken>[0]> & { claims?: Record<string, unknown> } = {}) =>
    signToken({ key, issuer, audience: CLIENT_ID, ...over, claims: { ...goodClaims, ...over.claims } });
  const me = (authorization?: string, extra: Record<string, string> = {}) =>
    api.request('GET', '/api/me', { headers: { ...(authorization ? { authorization } : {}), ...extra } });

  it('accepts a valid token and maps its app roles', async () => {
    const res = await me(`Bearer ${await token()}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user: { email: 'amina.diallo@dpko.example.org', name: 'Amina Diallo' }, roles: ['gender-unit'], authMode: 'entra' });
  });

  it('accepts the Application ID URI as audience', async () => {
    expect((await me(`Bearer ${await token({ audience: `api://${CLIENT_ID}` })}`)).status).toBe(200);
  });

  it('ignores app roles that the mapping does not name', async () => {
    const res = await me(`Bearer ${await token({ claims: { roles: ['GenderUnitX', 'Reader'] } })}`);
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([]);
  });

  it('refuses a request without a token', async () => {
    const res = await me();
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('ignores the dev header in entra mode', async () => {
    expect((await me(undefined, { 'x-dev-user': 'amina.diallo@dpko.example.org' })).status).toBe(401);
  });

  it.each([
    ['expired', () => token({ expiresIn: -600 }), /expired/],
    ['for another audience', () => token({ audience: 'api://someone-else' }), /aud/],
    [
      'from another issuer',
      () => signToken({ key, issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`, audience: CLIENT_ID, claims: goodClaims }),
      /iss/,
    ],
    ['from another tenant', () => token({ claims: { tid: OTHER_TENANT } }), /tenant/],
    ['without the tenant claim', () => token({ claims: { tid: undefined } }), /tid/],
    ['signed by an unknown key with the same kid', () => signToken({ key: rogue, issuer, audience: CLIENT_ID, claims: goodClaims }), /signature/],
    ['without the API scope', () => token({ claims: { scp: 'User.Read' } }), /scope/],
    ['with a scope that merely contains the required one', () => token({ claims: { scp: 'access_as_user_admin' } }), /scope/],
    ['naming no user', () => token({ claims: { preferred_username: undefined } }), /user/],
  ])('refuses a token %s', async (_case, make, why) => {
    const res = await me(`Bearer ${await make()}`);
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(why);
  });

  it('refuses an unsigned token (alg "none")', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const now = Math.floor(Date.now() / 1000);
    const body = base64url.encode(JSON.stringify({ ...goodClaims, iss: issuer, aud: CLIENT_ID, iat: now, exp: now + 3600 }));
    const res = await me(`Bearer ${header}.${body}.`);
    expect(res.status).toBe(401);
  });

  it('refuses a token whose signature was tampered with', async () => {
    const [h, p, s] = (await token()).split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = base64url.encode(JSON.stringify({ ...claims, roles: ['Admin'] }));
    expect((await me(`Bearer ${h}.${forged}.${s}`)).status).toBe(401);
  });

  it('refuses a token signed with HS256 using the public key as secret', async () => {
    const { SignJWT } = await import('jose');
    const secret = new TextEncoder().encode(JSON.stringify(key.publicJwk));
    const now = Math.floor(Date.now() / 1000);
    const jwt = await new SignJWT(goodClaims)
      .setProtectedHeader({ alg: 'HS256', kid: key.kid })
      .setIssuer(issuer)
      .setAudience(CLIENT_ID)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(secret);
    expect((await me(`Bearer ${jwt}`)).status).toBe(401);
  });

  it('fetches the signing keys over verified HTTPS and caches them', async () => {
    const before = entra.jwksRequests;
    await me(`Bearer ${await token()}`);
    await me(`Bearer ${await token()}`);
    expect(entra.jwksRequests - before).toBeLessThanOrEqual(1);
  });
});
