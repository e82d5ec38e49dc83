// What the bot is configured with, from the composition root: its credentials (the app's one
// Entra registration), where Bot Framework tokens are checked, the default Bot Connector
// service URL, and the tab for deep links. No credentials means dev mode.

import { PUBLIC, withOverrides, type CloudEnvironment } from '@microsoft/teams.api';
import type { TabLinkSettings } from './deep-links';

export interface BotSettings {
  /** The bot's Entra app (client) id; null in dev mode. */
  clientId: string | null;
  clientSecret: string | null;
  tenantId: string | null;
  /** Where the bot gets its own tokens (client credentials), e.g. https://login.microsoftonline.com */
  authorityHost: string;
  /** Bot Framework token validation: OpenID metadata (its JWKS is next to it) and issuer; null = the public cloud's. */
  openIdMetadataUrl: string | null;
  tokenIssuer: string | null;
  /** Bot Connector for conversations the bot opens itself, e.g. https://smba.trafficmanager.net/teams */
  serviceUrl: string;
  links: TabLinkSettings;
  /** Dev mode only: who every sender is taken to be (the Agents Playground's user is no demo user). */
  devUser: string | null;
}

export const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams';

export function botMode(settings: Pick<BotSettings, 'clientId'>): 'authenticated' | 'dev' {
  return settings.clientId ? 'authenticated' : 'dev';
}

export function botCloud(settings: Pick<BotSettings, 'authorityHost' | 'openIdMetadataUrl' | 'tokenIssuer'>): CloudEnvironment {
  return withOverrides(PUBLIC, {
    loginEndpoint: settings.authorityHost.replace(/\/+$/, ''),
    ...(settings.openIdMetadataUrl ? { openIdMetadataUrl: settings.openIdMetadataUrl } : {}),
    ...(settings.tokenIssuer ? { tokenIssuer: settings.tokenIssuer } : {}),
  });
}
