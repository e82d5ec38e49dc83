// From the app's configuration to the bot's settings: called by the composition root only
// (config.ts stays the one reader of the environment; composition.ts builds the Graph clients
// and the reminders' settings). The field names are those the Config object carries.

import { DEFAULT_SERVICE_URL, type BotSettings } from './bot-settings';

export interface BotConfig {
  port: number;
  clientId: string | null;
  clientSecret: string | null;
  tenantId: string | null;
  authorityHost: string;
  /** SERVICE_URL: the Bot Connector for chats the bot opens itself. */
  serviceUrl: string | null;
  /** BOT_OPENID_METADATA_URL and BOT_TOKEN_ISSUER: other clouds; null = the public cloud. */
  botOpenIdMetadataUrl: string | null;
  botTokenIssuer: string | null;
  /** TEAMS_APP_ID: the manifest id, for deep links into the tab. */
  teamsAppId: string | null;
  /** TAB_ENTITY_ID: the static tab's entityId. */
  tabEntityId: string;
  /** PUBLIC_URL: where the tab is served, for links when there is no Teams app id. */
  publicUrl: string | null;
  /** BOT_DEV_USER: dev mode only, who every bot user is taken to be (for the Agents Playground). */
  botDevUser: string | null;
}

export function botSettingsFrom(config: BotConfig): BotSettings {
  return {
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    tenantId: config.tenantId,
    authorityHost: config.authorityHost,
    openIdMetadataUrl: config.botOpenIdMetadataUrl,
    tokenIssuer: config.botTokenIssuer,
    serviceUrl: config.serviceUrl ?? DEFAULT_SERVICE_URL,
    links: { appId: config.teamsAppId, entityId: config.tabEntityId, webUrl: config.publicUrl ?? `http://127.0.0.1:${config.port}/` },
    devUser: config.clientId ? null : config.botDevUser,
  };
}
