// From the app's configuration to the bot's and the reminders' settings: called by the
// composition root only (config.ts stays the one reader of the environment). The field names
// are those the Config object carries.

import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DEMO_USERS } from '../demo/demo-users';
import type { ReminderSettings } from '../reminders/sweep-data';
import { TEAMS_LIMITS } from '../reminders/throttle';
import { staticDirectory, type Directory } from '../services/directory';
import type { RoleMapping } from '../services/identity';
import { DEFAULT_SERVICE_URL, type BotSettings } from './bot-settings';
import { clientCredentialsTokens } from './bot-token';
import { graphDirectory } from './graph-directory';

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

export interface ReminderConfig {
  tenantId: string | null;
  /** REMINDER_INTERVAL_MINUTES */
  reminderIntervalMinutes: number;
  /** INSTANCE_ID: names this instance in the sweep lease; default host name and process id. */
  instanceId: string | null;
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

export const REMINDER_LEASE_MS = 5 * 60_000;
export const REMINDER_PENDING_TIMEOUT_MS = 30 * 60_000;

export function reminderSettingsFrom(config: ReminderConfig & BotConfig): ReminderSettings {
  const bot = botSettingsFrom(config);
  return {
    instanceId: config.instanceId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    tenantId: config.tenantId,
    serviceUrl: bot.serviceUrl,
    links: bot.links,
    leaseTtlMs: REMINDER_LEASE_MS,
    pendingTimeoutMs: REMINDER_PENDING_TIMEOUT_MS,
    throttle: TEAMS_LIMITS,
  };
}

export const reminderIntervalMs = (config: Pick<ReminderConfig, 'reminderIntervalMinutes'>) => config.reminderIntervalMinutes * 60_000;

export interface DirectoryConfig {
  authMode: 'dev' | 'entra';
  clientId: string | null;
  clientSecret: string | null;
  tenantId: string | null;
  authorityHost: string;
  graphEndpoint: string;
  roleMapping: RoleMapping;
}

/**
 * Dev mode: the demo users (as the dev authenticator). Entra mode: Microsoft Graph with the
 * app's own credentials. Without a client secret there is no app-only token for Graph, so the
 * bot knows nobody's product role (focal points and owners still work: they come from the data).
 */
export function directoryFrom(config: DirectoryConfig, logger: Logger): Directory {
  if (config.authMode === 'dev') return staticDirectory(DEMO_USERS);
  if (!config.clientId || !config.clientSecret || !config.tenantId) {
    logger.warn('no CLIENT_SECRET: the bot cannot read app roles from Entra ID, so it treats everyone as having no product role');
    return staticDirectory([]);
  }
  const tokens = clientCredentialsTokens({ clientId: config.clientId, clientSecret: config.clientSecret, tenantId: config.tenantId, authorityHost: config.authorityHost }, logger);
  return graphDirectory({
    graphEndpoint: config.graphEndpoint,
    clientId: config.clientId,
    token: () => tokens(`${config.graphEndpoint.replace(/\/+$/, '')}/.default`),
    roleMapping: config.roleMapping,
  });
}
