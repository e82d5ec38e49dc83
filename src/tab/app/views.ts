// The views, each its own chunk. The chunk of the view a URL opens is fetched at start-up,
// while sign-in runs; once loaded, a view renders without suspending (React holds a suspended
// view back for its fallback throttle, ~300 ms, which the first screen should not pay).

import { lazy, type LazyExoticComponent } from 'react';
import type { Route } from './routes';

const loaders = {
  targets: () => import('../views/my-targets/MyTargetsView'),
  plans: () => import('../views/work-plan/PlanIndexView'),
  plan: () => import('../views/work-plan/WorkPlanView'),
  review: () => import('../views/review/ReviewView'),
  dashboard: () => import('../views/dashboard/DashboardView'),
  export: () => import('../views/export/ExportView'),
  office: () => import('../views/channel-tab/OfficePlanView'),
  config: () => import('../views/channel-tab/ChannelTabConfigView'),
  settings: () => import('../views/settings/SettingsView'),
  reporting: () => import('../views/reporting/ReportingView'),
  report: () => import('../views/reporting/ReportPageView'),
  'report-review': () => import('../views/report-review/ReportReviewView'),
  periods: () => import('../views/periods/PeriodsView'),
  process: () => import('../views/process/ProcessView'),
  'plan-changes': () => import('../views/work-plan/PlanChangesView'),
};

type ViewKey = keyof typeof loaders;
type ViewOf<K extends ViewKey> = Awaited<ReturnType<(typeof loaders)[K]>>['default'];

const loaded: { [K in ViewKey]?: ViewOf<K> } = {};

function load<K extends ViewKey>(key: K): Promise<{ default: ViewOf<K> }> {
  return loaders[key]().then((module) => {
    (loaded as Record<K, ViewOf<K>>)[key] = module.default;
    return module;
  });
}

const lazyViews: { [K in ViewKey]: LazyExoticComponent<ViewOf<K>> } = {
  targets: lazy(() => load('targets')),
  plans: lazy(() => load('plans')),
  plan: lazy(() => load('plan')),
  review: lazy(() => load('review')),
  dashboard: lazy(() => load('dashboard')),
  export: lazy(() => load('export')),
  office: lazy(() => load('office')),
  config: lazy(() => load('config')),
  settings: lazy(() => load('settings')),
  reporting: lazy(() => load('reporting')),
  report: lazy(() => load('report')),
  'report-review': lazy(() => load('report-review')),
  periods: lazy(() => load('periods')),
  process: lazy(() => load('process')),
  'plan-changes': lazy(() => load('plan-changes')),
};

/** The view's component: the loaded one when its chunk is in, else a lazy one that suspends. */
export function viewComponent<K extends ViewKey>(key: K): ViewOf<K> | LazyExoticComponent<ViewOf<K>> {
  return loaded[key] ?? lazyViews[key];
}

export function preloadView(route: Route): void {
  if (route.view !== 'home') load(route.view).catch(() => undefined);
}
