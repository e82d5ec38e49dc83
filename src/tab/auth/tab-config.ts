// How to sign in, read before anything else: the server writes it into the page as
// <meta name="action-plan-config"> (see src/server/tab-routes.ts); GET /tab-config.json
// answers the same for a page served otherwise.

export interface DevUser {
  email: string;
  name: string;
  description?: string;
}

export interface TabConfig {
  authMode: 'dev' | 'entra';
  clientId: string | null;
  tenantId: string | null;
  authorityHost: string;
  apiScope: string | null;
  devUsers?: DevUser[];
}

export async function loadTabConfig(): Promise<TabConfig> {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="action-plan-config"]');
  if (meta?.content) return JSON.parse(meta.content) as TabConfig;
  const response = await fetch('/tab-config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`tab-config.json: ${response.status}`);
  return (await response.json()) as TabConfig;
}
