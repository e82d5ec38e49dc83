// The bot's own access tokens (client credentials at the configured authority), handed to the
// Teams SDK through its `token` option. The SDK's built-in MSAL client always asks
// login.microsoftonline.com for instance discovery, which pins it to the public cloud; with
// the authority named in knownAuthorities, msal-node trusts AUTHORITY_HOST as configured
// (sovereign clouds, and the local double of Entra ID in the tests).

import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import type { Logger } from 'pino';

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** e.g. https://login.microsoftonline.com */
  authorityHost: string;
  /** The tenant asked when the SDK names none (a single-tenant bot's own tenant). */
  tenantId: string;
}

export type TokenFactory = (scope: string | string[], tenantId?: string) => Promise<string>;

export function clientCredentialsTokens(credentials: ClientCredentials, logger: Logger): TokenFactory {
  const host = new URL(credentials.authorityHost).host;
  const clients = new Map<string, ConfidentialClientApplication>();
  const clientFor = (tenant: string) => {
    let client = clients.get(tenant);
    if (!client) {
      client = new ConfidentialClientApplication({
        auth: {
          clientId: credentials.clientId,
          clientSecret: credentials.clientSecret,
          authority: `${credentials.authorityHost.replace(/\/+$/, '')}/${tenant}`,
          knownAuthorities: [host],
        },
        system: {
          loggerOptions: {
            logLevel: LogLevel.Warning,
            piiLoggingEnabled: false,
            loggerCallback: (_level, message) => logger.debug({ msal: message }, 'msal'),
          },
        },
      });
      clients.set(tenant, client);
    }
    return client;
  };
  return async (scope, tenantId) => {
    const tenant = tenantId && tenantId !== 'botframework.com' ? tenantId : credentials.tenantId;
    // msal-node caches the token and renews it shortly before it expires.
    const result = await clientFor(tenant).acquireTokenByClientCredential({ scopes: Array.isArray(scope) ? scope : [scope] });
    if (!result?.accessToken) throw new Error(`No token for ${String(scope)} from ${credentials.authorityHost}`);
    return result.accessToken;
  };
}
