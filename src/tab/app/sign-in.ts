// Signing in, outside React so that it starts with the page: the tab configuration, the
// session (dev picker or Entra token), then who the user is and the catalogues, with the
// first view's data asked for at the same time.

import { ApiClient } from '../api/api-client';
import { apiPaths } from '../api/api-paths';
import type { Catalogue, Me } from '../../contract';
import { devSession, entraSession, rememberedDevUser, type Session } from '../auth/session';
import type { TabConfig } from '../auth/tab-config';
import type { HostContext } from '../host/teams-host';
import type { Route } from './routes';

export type SignInState =
  { kind: 'pick-user'; config: TabConfig } | { kind: 'ready'; config: TabConfig; api: ApiClient; me: Me; catalogue: Catalogue; devUser?: string };

export async function startSignIn(config: Promise<TabConfig>, host: HostContext, params: URLSearchParams, route: Route): Promise<SignInState> {
  const tab = await config;
  if (tab.authMode === 'entra') return signIn(tab, await entraSession(tab, host), route);
  const remembered = rememberedDevUser(params);
  return remembered ? signIn(tab, devSession(remembered), route) : { kind: 'pick-user', config: tab };
}

export async function signIn(config: TabConfig, session: Session, route: Route): Promise<SignInState> {
  const api = new ApiClient(() => session.credentials());
  for (const path of firstReads(route)) api.prefetch(path);
  const [me, catalogue] = await Promise.all([api.get<Me>(apiPaths.me), api.get<Catalogue>(apiPaths.catalogue)]);
  return { kind: 'ready', config, api, me: me.body, catalogue: catalogue.body, devUser: session.devUser };
}

/** What each view reads first (see the views). */
function firstReads(route: Route): string[] {
  switch (route.view) {
    case 'plan':
      return [route.revision ? apiPaths.planRevision(route.planId, route.revision) : apiPaths.plan(route.planId), apiPaths.offices];
    case 'plan-changes':
      return [];
    case 'targets':
      return [apiPaths.myTargets];
    case 'dashboard':
      return [apiPaths.dashboard(route.cycle)];
    case 'office':
      return [apiPaths.offices, apiPaths.officePlans(route.code)];
    case 'config':
      return [apiPaths.offices];
    case 'plans':
    case 'review':
    case 'export':
      return [apiPaths.plans];
    case 'settings':
      return [apiPaths.reminderPolicy];
    case 'reporting':
      return [apiPaths.cycles, apiPaths.offices];
    case 'report':
      return [apiPaths.report(route.reportId)];
    case 'report-review':
      return route.reportId ? [apiPaths.report(route.reportId)] : [apiPaths.reports()];
    case 'periods':
      return [apiPaths.cycles];
    case 'process':
      return [apiPaths.findings];
    case 'home':
      return [];
  }
}
