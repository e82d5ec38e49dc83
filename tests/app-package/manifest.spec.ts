// The Teams manifest and the Entra app manifest agree with the code they describe: the bot's
// commands, the tab's routes and deep-link entity, the API's scope and audiences, the app roles
// the server maps, and the clients Teams and Microsoft 365 sign in from.

import path from 'node:path';
import { COMMAND_HELP } from '../../src/bot/cards/summary-cards';
import { parseCommand } from '../../src/bot/commands';
import { loadConfig } from '../../src/config';
import { tabConfigOf } from '../../src/server/tab-routes';
import { DEFAULT_ROLE_MAPPING } from '../../src/services/identity';
import { parseRoute } from '../../src/tab/app/routes';
import { APP_PACKAGE, readJson } from './fixture';

const manifest = readJson(path.join(APP_PACKAGE, 'manifest.json'));
const aad = readJson(path.join(APP_PACKAGE, 'aad.manifest.json'));
const defaults = loadConfig({});

/** The command words of the bot's own help ("overdue [office]" → "overdue"). */
const botCommands = COMMAND_HELP.map(([syntax]) => syntax.replace(/\s*[[<].*$/, ''));

describe('the bot in the manifest', () => {
  const bot = manifest.bots[0];

  it('offers in personal chat and in teams exactly the commands the bot lists in its help', () => {
    expect(bot.scopes).toEqual(['personal', 'team']);
    expect(bot.commandLists.map((list: any) => list.scopes)).toEqual([['personal'], ['team']]);
    for (const list of bot.commandLists) expect(list.commands.map((c: any) => c.title)).toEqual(botCommands);
  });

  it.each(COMMAND_HELP.map(([syntax]) => syntax))('has a command the parser understands: %s', (syntax) => {
    // The command menu inserts the title; arguments are what the help shows, filled in.
    const text = syntax.replace('[office]', '').replace('<office>', 'UNMAS').trim();
    expect(parseCommand(text).name).not.toBe('unknown');
  });

  it('is the app registration the server runs as', () => {
    expect(bot.botId).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(manifest.webApplicationInfo.id).toBe('${{AAD_APP_CLIENT_ID}}');
  });
});

describe('the tabs in the manifest', () => {
  const [myTargets, dashboard] = manifest.staticTabs;

  it('makes "My targets" the tab the bot deep-links to (TAB_ENTITY_ID)', () => {
    expect(myTargets.entityId).toBe(defaults.tabEntityId);
    expect(myTargets.name).toBe('My targets');
    expect(dashboard.entityId).not.toBe(defaults.tabEntityId);
  });

  it.each([
    ['My targets', 'targets'],
    ['Dashboard', 'dashboard'],
  ])('opens %s on the tab route of that view', (name, view) => {
    const tab = manifest.staticTabs.find((t: any) => t.name === name);
    for (const url of [tab.contentUrl, tab.websiteUrl]) {
      expect(url.startsWith('${{TAB_ENDPOINT}}/')).toBe(true);
      expect(parseRoute(url.slice(url.indexOf('#'))).view).toBe(view);
    }
  });

  it('has one channel tab, configured on the tab page itself', () => {
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({ scopes: ['team'], context: ['channelTab'], configurationUrl: '${{TAB_ENDPOINT}}/index.html#/config' }),
    ]);
  });

  it("lets Teams load only the app's own host", () => {
    expect(manifest.validDomains).toEqual(['${{TAB_DOMAIN}}']);
  });
});

describe('sign-in', () => {
  const domain = 'ap1325.example.net';
  const clientId = '7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
  const fill = (text: string) => text.replace(/\$\{\{TAB_DOMAIN\}\}/g, domain).replace(/\$\{\{AAD_APP_CLIENT_ID\}\}/g, clientId);

  it('prefetches the very token the tab asks for (nested app authentication)', () => {
    // The App Service settings (infra/azure.bicep): API_AUDIENCE = client id, api://host/client id.
    const tab = tabConfigOf({
      authMode: 'entra',
      clientId,
      tenantId: 'c0ffee00-1325-4000-8000-000000001325',
      authorityHost: 'https://login.microsoftonline.com',
      apiAudiences: [clientId, `api://${domain}/${clientId}`],
      apiScope: defaults.apiScope,
    });
    const naa = manifest.webApplicationInfo.nestedAppAuthInfo;
    expect(naa).toHaveLength(1);
    expect(naa[0].scopes.map(fill)).toEqual([tab.apiScope]);
    expect(fill(naa[0].redirectUri)).toBe(`brk-multihub://${domain}`);
    expect(fill(manifest.webApplicationInfo.resource)).toBe(`api://${domain}/${clientId}`);
  });

  it('registers the API under the URI Teams SSO asks for, with the scope the server requires', () => {
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
    expect(aad.api.oauth2PermissionScopes.map((s: any) => s.value)).toEqual([defaults.apiScope]);
    expect(aad.signInAudience).toBe('AzureADMyOrg');
  });

  it('defines the app roles that ROLE_MAPPING maps by default, with fixed ids', () => {
    expect(aad.appRoles.map((r: any) => r.value).sort()).toEqual(Object.keys(DEFAULT_ROLE_MAPPING).sort());
    for (const role of aad.appRoles) {
      expect(role.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(role).toMatchObject({ allowedMemberTypes: ['User'], isEnabled: true });
    }
  });

  it('pre-authorises the Teams, Microsoft 365 and Outlook clients for access_as_user', () => {
    const clients = {
      'Teams desktop and mobile': '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      'Teams web': '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
      'Microsoft 365 web': '4765445b-32c6-49b0-83e6-1d93765276ca',
      'Microsoft 365 desktop': '0ec893e0-5785-4de6-99da-4ed124e5296c',
      'Microsoft 365 mobile, Outlook desktop': 'd3590ed6-52b3-4102-aeff-aad2292ab01c',
      'Outlook web': 'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
      'Outlook mobile': '27922004-5251-4030-b22d-91ecd9a37ea4',
    };
    expect(aad.api.preAuthorizedApplications.map((a: any) => a.appId).sort()).toEqual(Object.values(clients).sort());
    for (const app of aad.api.preAuthorizedApplications) expect(app.delegatedPermissionIds).toEqual([aad.api.oauth2PermissionScopes[0].id]);
  });

  it('accepts the nested-app broker and the plain-browser sign-in as redirects', () => {
    expect(aad.spa.redirectUris).toEqual(['brk-multihub://${{TAB_DOMAIN}}', 'https://${{TAB_DOMAIN}}/']);
  });
});
