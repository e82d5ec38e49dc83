// `provision` when the set-up is wrong, against the HTTPS double of Graph and Entra: each
// failure is one line on stderr that says what to check, a non-zero exit and no stack trace
// (unless --verbose). A refused token or grant is never called "site not found".

import { startFakeGraph, type FakeGraph } from '../fakes/graph';
import { runCli, type CliResult } from '../support/cli';

const SITE = 'https://contoso.sharepoint.com/sites/wps-1325';

describe('provision errors', () => {
  let fake: FakeGraph;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeGraph({
      sites: [
        { hostname: 'contoso.sharepoint.com', path: '/sites/wps-1325' },
        { hostname: 'contoso.sharepoint.com', path: '/sites/no-grant', appRole: 'none' },
        { hostname: 'contoso.sharepoint.com', path: '/sites/read-only', appRole: 'read' },
        { hostname: 'contoso.sharepoint.com', path: '/sites/items-only', appRole: 'write' },
      ],
    });
    env = {
      STORE: 'sharepoint',
      SHAREPOINT_SITE_URL: SITE,
      GRAPH_ENDPOINT: fake.graphEndpoint,
      AUTHORITY_HOST: fake.authorityHost,
      TENANT_ID: fake.tenantId,
      CLIENT_ID: fake.clientId,
      CLIENT_SECRET: fake.clientSecret,
      LOG_LEVEL: 'warn',
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS!,
    };
  });
  afterEach(() => fake.faults.clear());
  afterAll(() => fake.close());

  /** The one line of stderr, after checking that it is the only one and carries no stack. */
  function oneLine(result: CliResult): string {
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    return lines[0]!;
  }

  it('says "SharePoint site not found: <url>" for a site path Graph does not know', async () => {
    const url = 'https://contoso.sharepoint.com/sites/wps-1352';
    const line = oneLine(await runCli(['provision'], { ...env, SHAREPOINT_SITE_URL: url }));
    expect(line).toBe(`action-plan: SharePoint site not found: ${url}`);
  });

  it('names the credentials and AUTHORITY_HOST when Entra refuses the secret (invalid_client)', async () => {
    const line = oneLine(await runCli(['provision'], { ...env, CLIENT_SECRET: 'last-years-secret' }));
    expect(line).toMatch(/^action-plan: Microsoft Entra ID refused the app's credentials \(invalid_client, AADSTS7000215\)/);
    for (const setting of ['TENANT_ID', 'CLIENT_ID', 'CLIENT_SECRET', `AUTHORITY_HOST (${fake.authorityHost})`]) expect(line).toContain(setting);
    expect(line).not.toMatch(/not found/i);
  });

  it("names GRAPH_ENDPOINT when Entra issues no token for it (another cloud's Graph)", async () => {
    const line = oneLine(await runCli(['provision'], { ...env, GRAPH_ENDPOINT: 'https://graph.microsoft.us' }));
    expect(line).toMatch(/issues no token for GRAPH_ENDPOINT \(https:\/\/graph\.microsoft\.us\) \(invalid_resource, AADSTS500011\)/);
    expect(line).toContain("check that GRAPH_ENDPOINT is the Graph of AUTHORITY_HOST's cloud");
  });

  it('says the token was refused, never "site not found", when Graph answers 401', async () => {
    fake.faults.failNext(1, 401);
    const line = oneLine(await runCli(['provision'], env));
    expect(line).toMatch(
      /^action-plan: Microsoft Graph refused the app's token \(401 InvalidAuthenticationToken: Access token validation failure\. Invalid audience\.\)/,
    );
    expect(line).toContain(`GRAPH_ENDPOINT (${fake.graphEndpoint}) is the Graph of AUTHORITY_HOST's cloud`);
    expect(line).not.toMatch(/not found/i);
  });

  it.each([
    ['no grant on the site', '/sites/no-grant'],
    ['only read on the site', '/sites/read-only'],
    ['write but not manage (lists cannot be created)', '/sites/items-only'],
  ])('names Sites.Selected and Sites.Manage.All when the app has %s (403)', async (_what, sitePath) => {
    const line = oneLine(await runCli(['provision'], { ...env, SHAREPOINT_SITE_URL: `https://contoso.sharepoint.com${sitePath}` }));
    expect(line).toMatch(
      /^action-plan: Microsoft Graph denied access \(403 accessDenied: Access denied\): grant the app Sites\.Selected with write \(manage, to provision lists\) on this site, or Sites\.Manage\.All, with admin consent\.$/,
    );
    expect(line).not.toMatch(/not found/i);
  });

  it('prints the stack trace with --verbose', async () => {
    const result = await runCli(['--verbose', 'provision'], { ...env, SHAREPOINT_SITE_URL: 'https://contoso.sharepoint.com/sites/gone' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/SharePoint site not found: https:\/\/contoso\.sharepoint\.com\/sites\/gone\n\s+at /);
  });

  it('still provisions a site where the app has full control', async () => {
    const result = await runCli(['provision', '--dry-run'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/would create list "WPS Targets"/);
  });
});
