// The composition root's configuration: the only module that reads the environment.
// Every value is validated here, at start-up, with a message that names the variable.

import { z } from 'zod';
import { DEFAULT_ROLE_MAPPING, PRODUCT_ROLES, type ProductRole, type RoleMapping } from './services/identity';

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
});

/** Reads and checks the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environment.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(
      `Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  const e = parsed.data;
  const authMode = e.AUTH_MODE ?? (e.TENANT_ID ? 'entra' : 'dev');
  const problems: string[] = [];
  if (authMode === 'entra' && (!e.TENANT_ID || !e.CLIENT_ID)) problems.push('AUTH_MODE=entra needs TENANT_ID and CLIENT_ID');
  if (authMode === 'dev' && e.HOST && e.HOST !== '127.0.0.1') problems.push('HOST: dev mode listens on 127.0.0.1 only');
  if (e.STORE === 'sharepoint') {
    if (!e.SHAREPOINT_SITE_URL) problems.push('STORE=sharepoint needs SHAREPOINT_SITE_URL');
    if (!e.TENANT_ID || !e.CLIENT_ID || !e.CLIENT_SECRET) problems.push('STORE=sharepoint needs TENANT_ID, CLIENT_ID and CLIENT_SECRET');
  }
  let roleMapping: RoleMapping = DEFAULT_ROLE_MAPPING;
  try {
    if (e.ROLE_MAPPING) roleMapping = parseRoleMapping(e.ROLE_MAPPING);
  } catch (error) {
    problems.push(`ROLE_MAPPING: ${(error as Error).message}`);
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
      ? e.API_AUDIENCE.split(',').map((s) => s.trim()).filter(Boolean)
      : e.CLIENT_ID
        ? [e.CLIENT_ID, `api://${e.CLIENT_ID}`]
        : [],
    apiScope: e.API_SCOPE,
    roleMapping,
    seedDemo: e.SEED_DEMO ?? e.STORE === 'sqlite',
    logLevel: e.LOG_LEVEL,
  };
}

/** "GenderUnit=gender-unit,Viewer=viewer" → claim value → product role. */
export function parseRoleMapping(text: string): RoleMapping {
  const mapping: Record<string, ProductRole> = {};
  for (const pair of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [claim, role] = pair.split('=').map((s) => s.trim());
    if (!claim || !role || !(PRODUCT_ROLES as readonly string[]).includes(role)) {
      throw new Error(`"${pair}" must be claim=role with role one of ${PRODUCT_ROLES.join(', ')}`);
    }
    mapping[claim] = role as ProductRole;
  }
  return mapping;
}
