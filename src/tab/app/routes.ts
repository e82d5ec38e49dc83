// Every view has a URL (hash routing, so the server serves one page) and a Teams deep-link
// id (the subEntityId of a deep link, subPageId in teams-js 2), and the two map one to one:
//   #/targets              targets            My targets
//   #/plans                plans              Office work plans (index)
//   #/plans/ID[?target=T]  plan:ID[:target:T] One office work plan, optionally at a target
//   #/plans/ID?revision=N  plan:ID:revision:N An endorsed revision of the plan, read-only
//   #/plans/ID/changes[?from=A&to=B]  plan-changes:ID  What changed between two revisions
//   #/review               review             Plans waiting for review
//   #/dashboard[?cycle=C]  dashboard          Dashboard
//   #/export               export             Export
//   #/offices/CODE         office:CODE        An office's current plan (a channel tab's content)
//   #/settings             settings           The Gender Unit's reminder settings
//   #/config               (none)             A channel tab's configuration page
//   #/reporting[?period=P&office=CODE]  reporting[:P[:CODE]]  An office's progress report for a period
//   #/reports/ID           report:ID          One progress report
//   #/report-review[?report=ID]  report-review[:ID]  Reports waiting for the Gender Unit, one opened
//   #/periods[?cycle=C]    periods            Reporting cycles and periods (the Gender Unit)
//   #/process[?section=S]  process[:S]        The planning process: needs assessment or workshops

export type Route =
  | { view: 'targets' }
  | { view: 'plans' }
  | { view: 'plan'; planId: string; targetId?: string; revision?: number }
  | { view: 'plan-changes'; planId: string; from?: number; to?: number | 'current' }
  | { view: 'review' }
  | { view: 'dashboard'; cycle?: string }
  | { view: 'export' }
  | { view: 'settings' }
  | { view: 'office'; code: string }
  | { view: 'config' }
  | { view: 'reporting'; periodId?: string; office?: string }
  | { view: 'report'; reportId: string }
  | { view: 'report-review'; reportId?: string }
  | { view: 'periods'; cycle?: string }
  | { view: 'process'; section?: ProcessSection }
  | { view: 'home' };

export type ViewName = Route['view'];

/** The parts of the planning process view, each its own tab. */
export const PROCESS_SECTIONS = ['findings', 'workshops', 'figures'] as const;
export type ProcessSection = (typeof PROCESS_SECTIONS)[number];
const revisionNumber = (value: string | null | undefined): number | undefined => (value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined);
const processSection = (value: string | null | undefined): ProcessSection | undefined => PROCESS_SECTIONS.find((s) => s === value);

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'targets':
      return { view: 'targets' };
    case 'plans':
      if (parts[1] && parts[2] === 'changes') {
        const to = params.get('to');
        return { view: 'plan-changes', planId: parts[1], from: revisionNumber(params.get('from')), to: to === 'current' ? 'current' : revisionNumber(to) };
      }
      if (parts[1]) return { view: 'plan', planId: parts[1], targetId: params.get('target') ?? undefined, revision: revisionNumber(params.get('revision')) };
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
    case 'reporting':
      return { view: 'reporting', periodId: params.get('period') ?? undefined, office: params.get('office')?.toUpperCase() ?? undefined };
    case 'reports':
      if (parts[1]) return { view: 'report', reportId: parts[1] };
      return { view: 'reporting' };
    case 'report-review':
      return { view: 'report-review', reportId: params.get('report') ?? undefined };
    case 'periods':
      return { view: 'periods', cycle: params.get('cycle') ?? undefined };
    case 'process':
      return { view: 'process', section: processSection(params.get('section')) };
    default:
      return { view: 'home' };
  }
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'plan':
      return `#/plans/${encodeURIComponent(route.planId)}${query({ target: route.targetId, revision: route.revision?.toString() })}`;
    case 'plan-changes':
      return `#/plans/${encodeURIComponent(route.planId)}/changes${query({ from: route.from?.toString(), to: route.to?.toString() })}`;
    case 'office':
      return `#/offices/${encodeURIComponent(route.code)}`;
    case 'dashboard':
      return route.cycle ? `#/dashboard?cycle=${encodeURIComponent(route.cycle)}` : '#/dashboard';
    case 'reporting':
      return `#/reporting${query({ period: route.periodId, office: route.office })}`;
    case 'report':
      return `#/reports/${encodeURIComponent(route.reportId)}`;
    case 'report-review':
      return `#/report-review${query({ report: route.reportId })}`;
    case 'periods':
      return `#/periods${query({ cycle: route.cycle })}`;
    case 'process':
      return `#/process${query({ section: route.section })}`;
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
  if (view === 'plan' && id)
    return {
      view: 'plan',
      planId: id,
      targetId: kind === 'target' ? targetId : undefined,
      revision: kind === 'revision' ? revisionNumber(targetId) : undefined,
    };
  if (view === 'plan-changes' && id) return { view: 'plan-changes', planId: id };
  if (view === 'office' && id) return { view: 'office', code: id.toUpperCase() };
  if (view === 'targets' || view === 'plans' || view === 'review' || view === 'export' || view === 'settings') return { view };
  if (view === 'dashboard') return { view: 'dashboard' };
  if (view === 'reporting') return { view: 'reporting', periodId: id || undefined, office: kind ? kind.toUpperCase() : undefined };
  if (view === 'report' && id) return { view: 'report', reportId: id };
  if (view === 'report-review') return { view: 'report-review', reportId: id || undefined };
  if (view === 'periods') return { view: 'periods' };
  if (view === 'process') return { view: 'process', section: processSection(id) };
  return undefined;
}

/** The subEntityId of a route, for deep links that others open in Teams. */
export function subPageIdOf(route: Route): string {
  if (route.view === 'plan') {
    if (route.targetId) return `plan:${route.planId}:target:${route.targetId}`;
    return route.revision ? `plan:${route.planId}:revision:${route.revision}` : `plan:${route.planId}`;
  }
  if (route.view === 'plan-changes') return `plan-changes:${route.planId}`;
  if (route.view === 'office') return `office:${route.code}`;
  if (route.view === 'reporting') return ['reporting', route.periodId ?? '', route.office ?? ''].join(':').replace(/:+$/, '');
  if (route.view === 'report') return `report:${route.reportId}`;
  if (route.view === 'report-review' && route.reportId) return `report-review:${route.reportId}`;
  if (route.view === 'process' && route.section) return `process:${route.section}`;
  return route.view;
}

/** "?a=1&b=2" of the parameters that are given, "" when none is. */
function query(params: Record<string, string | undefined>): string {
  const given = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
  return given.length ? `?${new URLSearchParams(given).toString()}` : '';
}
