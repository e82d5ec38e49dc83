// Every view has a URL (hash routing, so the server serves one page) and a Teams deep-link
// id (the subEntityId of a deep link, subPageId in teams-js 2), and the two map one to one:
//   #/targets              targets            My targets
//   #/plans                plans              Office work plans (index)
//   #/plans/ID[?target=T]  plan:ID[:target:T] One office work plan, optionally at a target
//   #/review               review             Plans waiting for review
//   #/dashboard[?cycle=C]  dashboard          Dashboard
//   #/export               export             Export
//   #/offices/CODE         office:CODE        An office's current plan (a channel tab's content)
//   #/settings             settings           The Gender Unit's reminder settings
//   #/config               (none)             A channel tab's configuration page

export type Route =
  | { view: 'targets' }
  | { view: 'plans' }
  | { view: 'plan'; planId: string; targetId?: string }
  | { view: 'review' }
  | { view: 'dashboard'; cycle?: string }
  | { view: 'export' }
  | { view: 'settings' }
  | { view: 'office'; code: string }
  | { view: 'config' }
  | { view: 'home' };

export type ViewName = Route['view'];

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'targets':
      return { view: 'targets' };
    case 'plans':
      if (parts[1]) return { view: 'plan', planId: parts[1], targetId: params.get('target') ?? undefined };
      return { view: 'plans' };
    case 'review':
      return { view: 'review' };
    case 'dashboard':
      return { view: 'dashboard', cycle: params.get('cycle') ?? undefined };
    case 'export':
      return { view: 'export' };
    case 'settings':
      return { view: 'settings' };
    case 'offices':
      // Office codes are capitals (src/domain/schemas.ts): #/offices/md opens MD.
      if (parts[1]) return { view: 'office', code: parts[1].toUpperCase() };
      return { view: 'plans' };
    case 'config':
      return { view: 'config' };
    default:
      return { view: 'home' };
  }
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'plan': {
      const base = `#/plans/${encodeURIComponent(route.planId)}`;
      return route.targetId ? `${base}?target=${encodeURIComponent(route.targetId)}` : base;
    }
    case 'office':
      return `#/offices/${encodeURIComponent(route.code)}`;
    case 'dashboard':
      return route.cycle ? `#/dashboard?cycle=${encodeURIComponent(route.cycle)}` : '#/dashboard';
    case 'home':
      return '#/';
    default:
      return `#/${route.view}`;
  }
}

/** The route a Teams deep link's subEntityId names, e.g. "plan:abc:target:def" or "office:MD". */
export function routeOfSubPageId(subPageId: string | undefined): Route | undefined {
  if (!subPageId) return undefined;
  const [view, id, kind, targetId] = subPageId.split(':');
  if (view === 'plan' && id) return { view: 'plan', planId: id, targetId: kind === 'target' ? targetId : undefined };
  if (view === 'office' && id) return { view: 'office', code: id.toUpperCase() };
  if (view === 'targets' || view === 'plans' || view === 'review' || view === 'export' || view === 'settings') return { view };
  if (view === 'dashboard') return { view: 'dashboard' };
  return undefined;
}

/** The subEntityId of a route, for deep links that others open in Teams. */
export function subPageIdOf(route: Route): string {
  if (route.view === 'plan') return route.targetId ? `plan:${route.planId}:target:${route.targetId}` : `plan:${route.planId}`;
  if (route.view === 'office') return `office:${route.code}`;
  return route.view;
}
