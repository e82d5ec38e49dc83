// Tokens for the API's own scope (api://…/access_as_user). In Teams, Outlook and the Microsoft
// 365 app: Nested App Authentication through MSAL's nestable client; hosts without NAA fall
// back to teams-js getAuthToken. In a plain browser the same MSAL client works as a normal
// single-page app (popup sign-in).

import type { HostContext } from '../host/teams-host';
import type { TabConfig } from './tab-config';

export type TokenProvider = () => Promise<string>;

export async function tokenProvider(config: TabConfig, host: HostContext): Promise<TokenProvider> {
  if (!config.clientId || !config.apiScope) throw new Error('The server has no Entra app registration configured.');
  if (host.inTeams && !host.naaRecommended) {
    const { authentication } = await import('@microsoft/teams-js');
    return () => authentication.getAuthToken();
  }
  const msal = await import('@azure/msal-browser');
  const client = await msal.createNestablePublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: `${config.authorityHost}/${config.tenantId ?? 'organizations'}`,
      redirectUri: `${location.origin}/`,
    },
  });
  const scopes = [config.apiScope];
  return async () => {
    const account = client.getActiveAccount() ?? client.getAllAccounts()[0];
    try {
      const result = account ? await client.acquireTokenSilent({ scopes, account }) : await client.ssoSilent({ scopes, loginHint: host.loginHint });
      client.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof msal.InteractionRequiredAuthError) && account) throw error;
      const result = await client.acquireTokenPopup({ scopes, loginHint: host.loginHint });
      client.setActiveAccount(result.account);
      return result.accessToken;
    }
  };
}
