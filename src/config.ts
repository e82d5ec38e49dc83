// The composition root's configuration: the only module that reads the environment.
// Every value is validated here, at start-up, with a message that names the variable.

import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_ROLE_MAPPING, isProductRole, PRODUCT_ROLES, type ProductRole, type RoleMapping } from './domain/roles';

export interface Config {
  port: number;
  /** Interface to listen on: 127.0.0.1 always in dev mode. */
  host: string;
  store: 'sqlite' | 'sharepoint';
  sqlitePath: string;
  sharepointSiteUrl: string | null;
  graphEndpoint: string;
  authorityHost: string;
  tenantId: string | null;
  clientId: string | null;
  clientSecret: string | null;
  authMode: 'dev' | 'entra';
  /** Accepted token audiences (entra mode). */
  apiAudiences: string[];
  apiScope: string;
  roleMapping: RoleMapping;
  /** Seed the demo data into an empty store at start-up. */
  seedDemo: boolean;
  logLevel: string;
  /** Bot Connector service URL for proactive messages. */
  serviceUrl: string;
  botOpenIdMetadataUrl: string | null;
  botTokenIssuer: string | null;
  /** The Teams app id (manifest id), for deep links into the tab. */
  teamsAppId: string | null;
  tabEntityId: string;
  publicUrl: string | null;
  /** Dev mode: every bot user acts as this demo user (the Agents Playground's user is nobody). */
  botDevUser: string | null;
  remindersEnabled: boolean;
  reminderIntervalMinutes: number;
  instanceId: string | null;
  /** Where the built tab is (dist/tab). */
  tabDir: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).transform((u) => u.replace(/\/+$/, ''));
const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).optional(),
  STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  SQLITE_PATH: z.string().min(1).default('./data/action-plan.db'),
  SHAREPOINT_SITE_URL: httpsUrl.optional(),
  GRAPH_ENDPOINT: httpsUrl.default('https://graph.microsoft.com'),
  AUTHORITY_HOST: httpsUrl.default('https://login.microsoftonline.com'),
  TENANT_ID: guid.optional(),
  CLIENT_ID: guid.optional(),
  CLIENT_SECRET: z.string().min(1).optional(),
  AUTH_MODE: z.enum(['dev', 'entra']).optional(),
  API_AUDIENCE: z.string().min(1).optional(),
  API_SCOPE: z.string().min(1).default('access_as_user'),
  ROLE_MAPPING: z.string().min(1).optional(),
  SEED_DEMO: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SERVICE_URL: httpsUrl.default('https://smba.trafficmanager.net/teams'),
  BOT_OPENID_METADATA_URL: httpsUrl.optional(),
  BOT_TOKEN_ISSUER: httpsUrl.optional(),
  TEAMS_APP_ID: guid.optional(),
  TAB_ENTITY_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be the static tab entityId of the manifest')
    .default('actionplan'),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  BOT_DEV_USER: z
    .email()
    .transform((s) => s.toLowerCase())
    .optional(),
  REMINDERS_ENABLED: flag.optional(),
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  INSTANCE_ID: z.string().min(1).max(100).optional(),
  TAB_DIR: z.string().min(1).optional(),
});

/** Reads and checks the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environment.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  const authMode = e.AUTH_MODE ?? (e.TENANT_ID ? 'entra' : 'dev');
  const problems: string[] = [];
  if (authMode === 'entra' && (!e.TENANT_ID || !e.CLIENT_ID)) problems.push('AUTH_MODE=entra needs TENANT_ID and CLIENT_ID');
  if (authMode === 'dev' && e.HOST && e.HOST !== '127.0.0.1') problems.push('HOST: dev mode listens on 127.0.0.1 only');
  if (e.BOT_DEV_USER && authMode !== 'dev') problems.push('BOT_DEV_USER: dev mode only');
  if (e.STORE === 'sharepoint') {
    if (!e.SHAREPOINT_SITE_URL) problems.push('STORE=sharepoint needs SHAREPOINT_SITE_URL');
    if (!e.TENANT_ID || !e.CLIENT_ID || !e.CLIENT_SECRET) problems.push('STORE=sharepoint needs TENANT_ID, CLIENT_ID and CLIENT_SECRET');
  }
  let roleMapping: RoleMapping = DEFAULT_ROLE_MAPPING;
  try {
    if (e.ROLE_MAPPING) roleMapping = parseRoleMapping(e.ROLE_MAPPING);
  } catch (error) {
    problems.push(`ROLE_MAPPING: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return {
    port: e.PORT,
    host: authMode === 'dev' ? '127.0.0.1' : (e.HOST ?? '0.0.0.0'),
    store: e.STORE,
    sqlitePath: e.SQLITE_PATH,
    sharepointSiteUrl: e.SHAREPOINT_SITE_URL ?? null,
    graphEndpoint: e.GRAPH_ENDPOINT,
    authorityHost: e.AUTHORITY_HOST,
    tenantId: e.TENANT_ID ?? null,
    clientId: e.CLIENT_ID ?? null,
    clientSecret: e.CLIENT_SECRET ?? null,
    authMode,
    apiAudiences: e.API_AUDIENCE
      ? e.API_AUDIENCE.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : e.CLIENT_ID
        ? [e.CLIENT_ID, `api://${e.CLIENT_ID}`]
        : [],
    apiScope: e.API_SCOPE,
    roleMapping,
    seedDemo: e.SEED_DEMO ?? e.STORE === 'sqlite',
    logLevel: e.LOG_LEVEL,
    serviceUrl: e.SERVICE_URL,
    botOpenIdMetadataUrl: e.BOT_OPENID_METADATA_URL ?? null,
    botTokenIssuer: e.BOT_TOKEN_ISSUER ?? null,
    teamsAppId: e.TEAMS_APP_ID ?? null,
    tabEntityId: e.TAB_ENTITY_ID,
    publicUrl: e.PUBLIC_URL ?? null,
    botDevUser: e.BOT_DEV_USER ?? null,
    // Reminders go out through the bot, which needs its credentials.
    remindersEnabled: e.REMINDERS_ENABLED ?? !!e.CLIENT_ID,
    reminderIntervalMinutes: e.REMINDER_INTERVAL_MINUTES,
    instanceId: e.INSTANCE_ID ?? null,
    tabDir: e.TAB_DIR ?? path.resolve(__dirname, '..', 'dist', 'tab'),
  };
}

/** "GenderUnit=gender-unit,Viewer=viewer" → claim value → product role. */
export function parseRoleMapping(text: string): RoleMapping {
  const mapping: Record<string, ProductRole> = {};
  for (const pair of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [claim, role] = pair.split('=').map((s) => s.trim());
    if (!claim || !role || !isProductRole(role)) {
      throw new Error(`"${pair}" must be claim=role with role one of ${PRODUCT_ROLES.join(', ')}`);
    }
    mapping[claim] = role;
  }
  return mapping;
}
