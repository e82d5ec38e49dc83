// Progress per reporting period of the dashboard's cycle: targets by status with the overdue
// line, for the department or one office, and the milestones each office met. All of it comes
// from GET /api/trends (one request for the department, one more for a chosen office): closed
// periods from their snapshots, the open period computed live and marked provisional.

import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { GroupedVerticalBarChart, VerticalStackedBarChart } from '@fluentui/react-charts';
import { useState } from 'react';
import type { TargetStatus, Trends } from '../../../contract';
import { ApiProblem } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { ChartCard } from './ChartCard';
import { useChartColours } from './chart-colours';
import { milestonesByOffice, officesOf, shareMet, trendPoints, type TrendPoint } from './trend-series';

const STATUSES: TargetStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-started', 'dropped'];

const useStyles = makeStyles({
  scope: { maxWidth: '320px' },
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * The cycle's trends, the department's or (with `office`) one office's; undefined when the cycle
 * has no reporting periods, or without a request while not `wanted` (no office chosen).
 */
function useTrends(cycle: string, office: string | undefined, wanted = true) {
  const { api } = useApp();
  return useResource(
    async (signal): Promise<Trends | undefined> => {
      if (!wanted) return undefined;
      try {
        return (await api.get<Trends>(apiPaths.trends(cycle, office), signal)).body;
      } catch (error) {
        // A plan cycle without a reporting cycle of the same code: nothing to chart, not an error.
        if (error instanceof ApiProblem && error.status === 404) return undefined;
        throw error;
      }
    },
    [api, cycle, office, wanted],
  );
}

export function TrendCharts({ cycle }: { cycle: string }) {
  const { t } = useI18n();
  const data = useTrends(cycle, undefined);
  if (data.error !== undefined) return <LoadError error={data.error} onRetry={data.reload} />;
  if (data.loading && !data.data) return <Loading />;
  if (!data.data || data.data.periods.length === 0) return <Text>{t.trends.noCycle(cycle)}</Text>;
  return (
    <>
      <StatusTrend cycle={cycle} department={data.data} />
      <MilestonesPerOffice trends={data.data} />
    </>
  );
}

/** The department's series, or a chosen office's, read from the API when it is chosen. */
function StatusTrend({ cycle, department }: { cycle: string; department: Trends }) {
  const styles = useStyles();
  const { t, number, locale } = useI18n();
  const colours = useChartColours();
  const [office, setOffice] = useState('');
  const ofOffice = useTrends(cycle, office, office !== '');
  const offices = officesOf(department);
  const scopeName = offices.find((o) => o.code === office)?.name ?? t.trends.department;
  // Until the office's answer is in, the chart shows nothing rather than the department's figures under the office's name.
  const shown = office ? (ofOffice.data?.office?.code === office ? ofOffice.data : undefined) : department;
  const points: TrendPoint[] = shown ? trendPoints(shown) : [];
  const first = points[0];
  const last = points.at(-1);
  const periodName = (p: TrendPoint) => t.trends.periodLabel(p.label, p.live);
  const chart = () => {
    if (office && ofOffice.error !== undefined) return <LoadError error={ofOffice.error} onRetry={ofOffice.reload} />;
    if (!shown) return <Loading />;
    if (points.length === 0) return <Text>{t.trends.noFigures}</Text>;
    return (
      <VerticalStackedBarChart
        data={points.map((p) => ({
          xAxisPoint: p.live ? `${p.label}*` : p.label,
          xAxisCalloutData: periodName(p),
          chartData: STATUSES.filter((s) => p.byStatus[s] > 0).map((s) => ({ legend: t.targetStatus[s], data: p.byStatus[s], color: colours.status(s) })),
          lineData: [{ y: p.overdue, legend: t.trends.overdue, color: colours.line, legendShape: 'triangle' }],
        }))}
        height={260}
        barWidth={32}
        // Round ticks (0, 20, 40…) rather than the library's fifths of the tallest bar (0, 19, 38…).
        yMaxValue={roundUp(Math.max(...points.map((p) => Math.max(p.targets, p.overdue))))}
        yAxisTickCount={4}
        culture={locale}
        chartTitle={t.trends.statusChart(scopeName)}
      />
    );
  };
  return (
    <ChartCard
      title={t.trends.statusChart(scopeName)}
      description={
        first && last ? t.trends.statusSummary(scopeName, periodName(first), periodName(last), number(first.overdue), number(last.overdue)) : undefined
      }
      controls={
        <Field label={t.trends.scope} className={styles.scope}>
          <Select value={office} onChange={(_e, d) => setOffice(d.value)}>
            <option value="">{t.trends.department}</option>
            {offices.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
      }
      notes={
        points.some((p) => p.live) && (
          <Text size={200} className={styles.note}>
            {t.trends.liveNote}
          </Text>
        )
      }
      columns={[t.trends.period, ...STATUSES.map((s) => t.targetStatus[s]), t.trends.overdue, t.trends.total]}
      rows={points.map((p) => ({
        label: periodName(p),
        values: [...STATUSES.map((s) => number(p.byStatus[s])), number(p.overdue), number(p.targets)],
      }))}
    >
      {chart()}
    </ChartCard>
  );
}

function MilestonesPerOffice({ trends }: { trends: Trends }) {
  const styles = useStyles();
  const { t, number, percent, locale } = useI18n();
  const colours = useChartColours();
  const figures = milestonesByOffice(trends);
  const offices = officesOf(trends);
  const periods = trends.periods.filter((p) => p.offices.length > 0);
  const periodName = (label: string, live: boolean) => t.trends.periodLabel(label, live);
  const rows = figures.map((f) => ({
    label: `${periodName(f.label, f.live)} · ${f.officeName}`,
    values: [number(f.met), number(f.due), percent(shareMet(f.met, f.due))],
  }));
  return (
    <ChartCard
      title={t.trends.milestonesChart}
      description={t.trends.milestonesSummary(periods.length, offices.length)}
      notes={
        periods.some((p) => p.source === 'live') && (
          <Text size={200} className={styles.note}>
            {t.trends.liveNote}
          </Text>
        )
      }
      columns={[`${t.trends.period} · ${t.trends.office}`, t.trends.met, t.trends.due, t.trends.share]}
      rows={rows}
    >
      {periods.length === 0 ? (
        <Text>{t.trends.noFigures}</Text>
      ) : (
        <GroupedVerticalBarChart
          data={offices.map((o) => ({
            name: o.code,
            series: periods.map((p, i) => {
              const f = figures.find((x) => x.periodId === p.periodId && x.officeCode === o.code);
              const share = f ? shareMet(f.met, f.due) : null;
              return {
                key: p.periodId,
                legend: p.source === 'live' ? `${p.label}*` : p.label,
                // Whole percentages: the bars' value labels stay short enough not to run into each other.
                data: Math.round(share ?? 0),
                color: colours.series(i),
                xAxisCalloutData: o.name,
                yAxisCalloutData: f ? `${percent(share)} (${t.trends.metOf(number(f.met), number(f.due))})` : '—',
              };
            }),
          }))}
          height={260}
          yMaxValue={100}
          culture={locale}
          chartTitle={t.trends.milestonesChart}
        />
      )}
    </ChartCard>
  );
}

/** The smallest of 1, 2, 5, 10, 20, 50… × 4 that is at least `n`: four equal steps with round labels. */
function roundUp(n: number): number {
  for (let step = 1; ; step *= 10) {
    for (const k of [1, 2, 5]) if (k * step * 4 >= n) return k * step * 4;
  }
}
