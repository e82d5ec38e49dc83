import { ConfigError, loadConfig, parseRoleMapping } from '../../src/config';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('loadConfig', () => {
  it('defaults to the embedded store, port 3978 and dev mode on 127.0.0.1', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      store: 'sqlite',
      sqlitePath: './data/action-plan.db',
      graphEndpoint: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com',
      authMode: 'dev',
      seedDemo: true,
    });
  });

  it('switches to entra mode when a tenant is configured', () => {
    const config = loadConfig({ TENANT_ID: TENANT, CLIENT_ID: CLIENT });
    expect(config.authMode).toBe('entra');
    expect(config.host).toBe('0.0.0.0');
    expect(config.apiAudiences).toEqual([CLIENT, `api://${CLIENT}`]);
  });

  it('lets an explicit AUTH_MODE win over the tenant, still on loopback only', () => {
    const config = loadConfig({ TENANT_ID: TENANT, CLIENT_ID: CLIENT, AUTH_MODE: 'dev' });
    expect(config).toMatchObject({ authMode: 'dev', host: '127.0.0.1' });
  });

  it('refuses dev mode on any interface but loopback', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST: dev mode listens on 127.0.0.1 only/);
  });

  it('refuses entra mode without the app registration', () => {
    expect(() => loadConfig({ AUTH_MODE: 'entra' })).toThrow(/needs TENANT_ID and CLIENT_ID/);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ STORE: 'postgres' }, /STORE/],
    [{ GRAPH_ENDPOINT: 'http://graph.microsoft.com' }, /GRAPH_ENDPOINT: must be an https:\/\/ URL/],
    [{ TENANT_ID: 'contoso' }, /TENANT_ID: must be a GUID/],
    [{ STORE: 'sharepoint' }, /SHAREPOINT_SITE_URL/],
    [{ ROLE_MAPPING: 'GenderUnit=boss' }, /ROLE_MAPPING/],
    [{ SEED_DEMO: 'yes' }, /SEED_DEMO/],
  ])('names the variable in error for %p', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', TENANT_ID: '' })).toMatchObject({ port: 3978, authMode: 'dev' });
  });

  it('reads a national cloud from GRAPH_ENDPOINT and AUTHORITY_HOST', () => {
    const config = loadConfig({ GRAPH_ENDPOINT: 'https://graph.microsoft.us/', AUTHORITY_HOST: 'https://login.microsoftonline.us' });
    expect(config).toMatchObject({ graphEndpoint: 'https://graph.microsoft.us', authorityHost: 'https://login.microsoftonline.us' });
  });
});

describe('parseRoleMapping', () => {
  it('maps claim values (app roles or group ids) to product roles', () => {
    expect(parseRoleMapping('WPS.GenderUnit=gender-unit, 0f1e2d3c=viewer')).toEqual({ 'WPS.GenderUnit': 'gender-unit', '0f1e2d3c': 'viewer' });
  });
});
