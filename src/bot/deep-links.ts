// Deep links from bot cards into the app's static tab, built from configuration: the Teams
// app id (the manifest id) and the static tab's entity id, with the view to open passed as the
// tab's subEntityId in the tab's own vocabulary (src/tab/app/routes.ts: "plan:ID",
// "plan:ID:target:T", "targets", "dashboard"…; an office's period report is "report:ID", or
// "reporting:PERIOD:OFFICE" before the office has begun it; one in the Gender Unit's review
// queue "report-review:ID"). Without an app id (dev mode, no Teams) links
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
  /** An office's progress report for a period, in the Reporting view (the report's id once it exists). */
  | { kind: 'report'; reportId: string | null; periodId: string; officeCode: string }
  /** A submitted report in the Gender Unit's review queue. */
  | { kind: 'report-review'; reportId: string }
  | { kind: 'view'; view: 'targets' | 'plans' | 'review' | 'dashboard' | 'reporting' }
  | { kind: 'home' };

export function subEntityId(item: TabItem): string | null {
  switch (item.kind) {
    case 'target':
      return `plan:${item.planId}:target:${item.targetId}`;
    case 'plan':
      return `plan:${item.planId}`;
    case 'report':
      return item.reportId ? `report:${item.reportId}` : `reporting:${item.periodId}:${item.officeCode}`;
    case 'report-review':
      return `report-review:${item.reportId}`;
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
    case 'report':
      return item.reportId
        ? `#/reports/${encodeURIComponent(item.reportId)}`
        : `#/reporting?period=${encodeURIComponent(item.periodId)}&office=${encodeURIComponent(item.officeCode)}`;
    case 'report-review':
      return `#/report-review?report=${encodeURIComponent(item.reportId)}`;
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
