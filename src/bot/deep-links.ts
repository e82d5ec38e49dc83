// Deep links from bot cards into the app's static tab, built from configuration: the Teams
// app id (the manifest id) and the static tab's entity id, with the view to open passed as the
// tab's subEntityId in the tab's own vocabulary (src/tab/app/routes.ts: "plan:ID",
// "plan:ID:target:T", "targets", "dashboard"…). Without an app id (dev mode, no Teams) links
// point at the tab's web page with the matching hash route.

export interface TabLinkSettings {
  /** The Teams app (manifest) id; null outside Teams. */
  appId: string | null;
  /** The static tab's entityId in the manifest. */
  entityId: string;
  /** Where the tab's page is served, used when there is no app id, e.g. http://127.0.0.1:3978/ */
  webUrl: string;
}

/** What the tab opens: a target within its plan, a plan, or one of its list views. */
export type TabItem =
  | { kind: 'target'; planId: string; targetId: string }
  | { kind: 'plan'; planId: string }
  | { kind: 'view'; view: 'targets' | 'plans' | 'review' | 'dashboard' }
  | { kind: 'home' };

export function subEntityId(item: TabItem): string | null {
  switch (item.kind) {
    case 'target':
      return `plan:${item.planId}:target:${item.targetId}`;
    case 'plan':
      return `plan:${item.planId}`;
    case 'view':
      return item.view;
    case 'home':
      return null;
  }
}

/** The tab's hash route for the same item, for links outside Teams. */
export function hashRoute(item: TabItem): string {
  switch (item.kind) {
    case 'target':
      return `#/plans/${encodeURIComponent(item.planId)}?target=${encodeURIComponent(item.targetId)}`;
    case 'plan':
      return `#/plans/${encodeURIComponent(item.planId)}`;
    case 'view':
      return `#/${item.view}`;
    case 'home':
      return '#/';
  }
}

/** https://teams.microsoft.com/l/entity/{appId}/{entityId}?context={"subEntityId":"…"} */
export function tabDeepLink(settings: TabLinkSettings, item: TabItem = { kind: 'home' }): string {
  if (!settings.appId) return `${settings.webUrl.endsWith('/') ? settings.webUrl : `${settings.webUrl}/`}${hashRoute(item)}`;
  const sub = subEntityId(item);
  const link = `https://teams.microsoft.com/l/entity/${encodeURIComponent(settings.appId)}/${encodeURIComponent(settings.entityId)}`;
  return sub ? `${link}?context=${encodeURIComponent(JSON.stringify({ subEntityId: sub }))}` : link;
}
