// The signed-in frame: the app bar with the views the user may open, and the current view.
// Every view is its own chunk (./views), so the first load carries only this frame.

import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect } from 'react';
import { useI18n } from '../i18n/i18n';
import { useApp } from './app-context';
import { mayDoAnywhere, mayExport, mayManageReminders, mayReview, mayReviewReports } from './roles';
import { hrefOf, type Route, type ViewName } from './routes';
import { Loading } from './StatusViews';
import { navigate, useRoute } from './use-route';
import { viewComponent } from './views';

const useStyles = makeStyles({
  shell: { display: 'flex', flexDirection: 'column', height: '100%' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { fontWeight: tokens.fontWeightSemibold },
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS, flexGrow: 1 },
  // Fluent gives every button a 96px minimum: eight views and the signed-in person then no longer fit on one line of a laptop screen.
  navButton: { minWidth: 'auto', paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  user: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  main: { flexGrow: 1, minHeight: 0, overflowY: 'auto', padding: tokens.spacingHorizontalL },
});

// Periods are reached from Reporting and Report review, the planning process from the office
// work plans: the bar stays one line on a laptop.
type NavView = Exclude<ViewName, 'plan' | 'office' | 'config' | 'home' | 'report' | 'periods' | 'process' | 'plan-changes'>;

export function AppShell() {
  const styles = useStyles();
  const { t } = useI18n();
  const { me, switchUser } = useApp();
  const route = useRoute();

  const views: NavView[] = [
    'targets',
    'plans',
    ...(mayReview(me) ? (['review'] as const) : []),
    ...(mayDoAnywhere(me, 'read-reports') ? (['reporting'] as const) : []),
    ...(mayReviewReports(me) ? (['report-review'] as const) : []),
    'dashboard',
    ...(mayExport(me) ? (['export'] as const) : []),
    ...(mayManageReminders(me) ? (['settings'] as const) : []),
  ];
  const current: ViewName =
    route.view === 'plan' || route.view === 'office' || route.view === 'process' || route.view === 'plan-changes'
      ? 'plans'
      : route.view === 'report' || route.view === 'periods'
        ? 'reporting'
        : route.view;

  useEffect(() => {
    if (route.view === 'home') navigate(hrefOf(homeRoute(me)), true);
  }, [route, me]);

  // A channel tab's configuration page stands alone: in Teams it fills the "Add a tab" dialog.
  if (route.view === 'config') {
    return (
      <div className={styles.shell}>
        <main className={styles.main} id="main">
          <Suspense fallback={<Loading />}>
            <CurrentView route={route} />
          </Suspense>
        </main>
      </div>
    );
  }

  return (
    <div className={styles.shell}>
      <header className={styles.bar}>
        <Text className={styles.brand}>{t.app.name}</Text>
        <nav className={styles.nav} aria-label={t.nav.label}>
          {views.map((view) => (
            <Button
              key={view}
              as="a"
              href={hrefOf({ view })}
              className={styles.navButton}
              appearance={current === view ? 'primary' : 'subtle'}
              aria-current={current === view ? 'page' : undefined}
            >
              {t.nav[view]}
            </Button>
          ))}
        </nav>
        <div className={styles.user}>
          <Caption1>{t.app.signedInAs(me.user.name)}</Caption1>
          {switchUser && (
            <Button size="small" onClick={switchUser}>
              {t.app.switchUser}
            </Button>
          )}
        </div>
      </header>
      <main className={styles.main} id="main">
        <Suspense fallback={<Loading />}>
          <CurrentView route={route} />
        </Suspense>
      </main>
    </div>
  );
}

function CurrentView({ route }: { route: Route }) {
  const MyTargetsView = viewComponent('targets');
  const PlanIndexView = viewComponent('plans');
  const WorkPlanView = viewComponent('plan');
  const ReviewView = viewComponent('review');
  const DashboardView = viewComponent('dashboard');
  const ExportView = viewComponent('export');
  const OfficePlanView = viewComponent('office');
  const ChannelTabConfigView = viewComponent('config');
  const SettingsView = viewComponent('settings');
  const ReportingView = viewComponent('reporting');
  const ReportPageView = viewComponent('report');
  const ReportReviewView = viewComponent('report-review');
  const PeriodsView = viewComponent('periods');
  const ProcessView = viewComponent('process');
  const PlanChangesView = viewComponent('plan-changes');
  switch (route.view) {
    case 'targets':
      return <MyTargetsView />;
    case 'plans':
      return <PlanIndexView />;
    case 'plan':
      return <WorkPlanView key={`${route.planId}:${route.revision ?? ''}`} planId={route.planId} targetId={route.targetId} revision={route.revision} />;
    case 'review':
      return <ReviewView />;
    case 'dashboard':
      return <DashboardView cycle={route.cycle} />;
    case 'export':
      return <ExportView />;
    case 'office':
      return <OfficePlanView key={route.code} code={route.code} />;
    case 'config':
      return <ChannelTabConfigView />;
    case 'settings':
      return <SettingsView />;
    case 'reporting':
      return <ReportingView periodId={route.periodId} office={route.office} />;
    case 'report':
      return <ReportPageView key={route.reportId} reportId={route.reportId} />;
    case 'report-review':
      return <ReportReviewView reportId={route.reportId} />;
    case 'periods':
      return <PeriodsView cycle={route.cycle} />;
    case 'process':
      return <ProcessView section={route.section} />;
    case 'plan-changes':
      return <PlanChangesView planId={route.planId} from={route.from} to={route.to} />;
    case 'home':
      return <Loading />;
  }
}

/** Where each kind of user starts: the Gender Unit at review, focal points at their plan, owners at their targets. */
function homeRoute(me: ReturnType<typeof useApp>['me']): Route {
  if (mayReview(me)) return { view: 'review' };
  if (me.offices.length > 0) return { view: 'plans' };
  if (me.ownsTargets) return { view: 'targets' };
  return { view: 'dashboard' };
}
