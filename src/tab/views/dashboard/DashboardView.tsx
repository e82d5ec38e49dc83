// Dashboard (Gender Unit and viewers): the department's progress for one cycle, in charts
// with their data tables, the workflow stage of each office, the trends per reporting period,
// the office scorecard as a heat map and the overdue list.

import { Card, Field, Select, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Dashboard } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { readAllTargets } from '../../api/target-pages';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { hrefOf } from '../../app/routes';
import { LoadError, Loading } from '../../app/StatusViews';
import { navigate } from '../../app/use-route';
import { useI18n } from '../../i18n/i18n';
import { overdueHistory } from './overdue-history';
import { OverdueList } from './OverdueList';
import { OverdueTrend } from './OverdueTrend';
import { ProgressByOffice, ProgressByParagraph, ProgressByPillar, StatusDistribution } from './ProgressCharts';
import { ScorecardHeatMap } from './ScorecardHeatMap';
import { StageTable } from './StageTable';
import { TrendCharts } from './TrendCharts';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', justifyContent: 'space-between' },
  kpis: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))', gap: tokens.spacingHorizontalM },
  kpi: { display: 'flex', flexDirection: 'column' },
  kpiValue: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: tokens.spacingHorizontalM },
});

export default function DashboardView({ cycle }: { cycle?: string }) {
  const styles = useStyles();
  const { t, number, percent, date } = useI18n();
  const { api } = useApp();
  const dashboard = useResource((signal) => api.get<Dashboard>(apiPaths.dashboard(cycle), signal).then((r) => r.body), [api, cycle]);
  const shownCycle = dashboard.data?.cycle;
  const targets = useResource(
    (signal) => (shownCycle ? readAllTargets(api, apiPaths.cycleTargets(shownCycle), signal) : Promise.resolve([])),
    [api, shownCycle],
  );
  const history = useMemo(
    () => (dashboard.data && targets.data ? overdueHistory(targets.data, dashboard.data.asOf) : undefined),
    [dashboard.data, targets.data],
  );

  const d = dashboard.data;
  const endorsed = d?.offices.filter((o) => o.stage === 'endorsed').length ?? 0;

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <div className={styles.top}>
        <Title2 as="h1" id="view-title">
          {t.dashboard.title}
        </Title2>
        {d && d.cycles.length > 0 && (
          <Field label={t.dashboard.cycle}>
            <Select value={d.cycle ?? ''} onChange={(_e, data) => navigate(hrefOf({ view: 'dashboard', cycle: data.value }))}>
              {d.cycles.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {dashboard.error !== undefined && <LoadError error={dashboard.error} onRetry={dashboard.reload} />}
      {dashboard.loading && !d && <Loading />}
      {d && (
        <>
          <div className={styles.kpis} data-testid="kpis">
            <Kpi label={t.dashboard.kpiTargets} value={number(d.department.targets)} />
            <Kpi label={t.dashboard.kpiProgress} value={percent(d.department.progress)} />
            <Kpi label={t.dashboard.kpiOverdue} value={number(d.department.overdue)} />
            <Kpi label={t.dashboard.kpiEndorsed} value={t.dashboard.endorsedOf(endorsed, d.offices.length)} testId="kpi-endorsed" />
          </div>
          <Text size={200}>{t.dashboard.asOf(date(d.asOf))}</Text>
          <StageTable dashboard={d} />
          <div className={styles.grid}>
            <ProgressByOffice dashboard={d} />
            <StatusDistribution dashboard={d} />
            <ProgressByPillar dashboard={d} />
            <ProgressByParagraph dashboard={d} />
            {history ? <OverdueTrend points={history} /> : <Loading />}
            {d.cycle && <TrendCharts cycle={d.cycle} />}
          </div>
          {d.cycle && <ScorecardHeatMap cycle={d.cycle} />}
          <OverdueList overdue={d.overdue} />
        </>
      )}
    </section>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const styles = useStyles();
  return (
    <Card className={styles.kpi} data-testid={testId}>
      <Text className={styles.kpiValue}>{value}</Text>
      <Text>{label}</Text>
    </Card>
  );
}
