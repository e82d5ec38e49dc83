// Progress by office, by WPS pillar and by SCR 1325 paragraph, and the distribution of target
// statuses, from the dashboard's roll-ups.

import { DonutChart, HorizontalBarChartWithAxis, VerticalBarChart } from '@fluentui/react-charts';
import type { Dashboard, Rollup, TargetStatus } from '../../../contract';
import { useI18n, type I18n } from '../../i18n/i18n';
import { ChartCard } from './ChartCard';
import { useChartColours } from './chart-colours';

const STATUSES: TargetStatus[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved', 'dropped'];

/** Room for the office codes and pillar names on the bar charts' category axis. */
const CATEGORY_MARGINS = { left: 130 };

function rollupRow(label: string, r: Rollup, { percent, number }: I18n) {
  return { label, values: [percent(r.progress), number(r.targets), number(r.overdue)] };
}

export function ProgressByOffice({ dashboard }: { dashboard: Dashboard }) {
  const i18n = useI18n();
  const { t, percent, locale } = i18n;
  const colours = useChartColours();
  const offices = dashboard.offices.filter((o) => o.rollup.targets > 0);
  return (
    <ChartCard
      title={t.dashboard.byOffice}
      columns={[t.plans.office, t.plans.progress, t.plans.targets, t.plans.overdue]}
      rows={offices.map((o) => rollupRow(o.name, o.rollup, i18n))}
    >
      <HorizontalBarChartWithAxis
        data={offices.map((o) => ({
          x: o.rollup.progress ?? 0,
          y: o.code,
          legend: o.name,
          xAxisCalloutData: o.name,
          yAxisCalloutData: percent(o.rollup.progress),
        }))}
        height={Math.max(220, offices.length * 36 + 60)}
        hideLegend
        useSingleColor
        colors={colours.bars}
        margins={CATEGORY_MARGINS}
        culture={locale}
        chartTitle={t.dashboard.byOffice}
      />
    </ChartCard>
  );
}

export function ProgressByPillar({ dashboard }: { dashboard: Dashboard }) {
  const i18n = useI18n();
  const { t, percent, locale } = i18n;
  const colours = useChartColours();
  return (
    <ChartCard
      title={t.dashboard.byPillar}
      columns={[t.fields.pillar, t.plans.progress, t.plans.targets, t.plans.overdue]}
      rows={dashboard.byPillar.map((p) => rollupRow(t.pillar[p.pillar], p.rollup, i18n))}
    >
      <HorizontalBarChartWithAxis
        data={dashboard.byPillar.map((p) => ({
          x: p.rollup.progress ?? 0,
          y: t.pillar[p.pillar],
          legend: t.pillar[p.pillar],
          yAxisCalloutData: percent(p.rollup.progress),
        }))}
        height={220}
        hideLegend
        useSingleColor
        colors={colours.bars}
        margins={CATEGORY_MARGINS}
        culture={locale}
        chartTitle={t.dashboard.byPillar}
      />
    </ChartCard>
  );
}

export function ProgressByParagraph({ dashboard }: { dashboard: Dashboard }) {
  const i18n = useI18n();
  const { t, percent, locale } = i18n;
  const colours = useChartColours();
  const paragraphs = dashboard.byParagraph.filter((p) => p.rollup.targets > 0);
  return (
    <ChartCard
      title={t.dashboard.byParagraph}
      columns={[t.fields.paragraphs, t.plans.progress, t.plans.targets, t.plans.overdue]}
      rows={paragraphs.map((p) => rollupRow(`${p.paragraph}. ${t.paragraph[p.paragraph - 1] ?? ''}`, p.rollup, i18n))}
    >
      <VerticalBarChart
        data={paragraphs.map((p) => ({
          x: `¶${p.paragraph}`,
          y: p.rollup.progress ?? 0,
          legend: `¶${p.paragraph}`,
          xAxisCalloutData: t.paragraph[p.paragraph - 1],
          yAxisCalloutData: percent(p.rollup.progress),
        }))}
        height={240}
        hideLegend
        useSingleColor
        colors={colours.bars}
        yMaxValue={100}
        culture={locale}
        chartTitle={t.dashboard.byParagraph}
      />
    </ChartCard>
  );
}

export function StatusDistribution({ dashboard }: { dashboard: Dashboard }) {
  const { t, number, locale } = useI18n();
  const colours = useChartColours();
  const counts = dashboard.department.byStatus;
  return (
    <ChartCard
      title={t.dashboard.statuses}
      columns={[t.fields.status, t.plans.targets]}
      rows={STATUSES.map((s) => ({ label: t.targetStatus[s], values: [number(counts[s])] }))}
    >
      <DonutChart
        data={{ chartData: STATUSES.filter((s) => counts[s] > 0).map((s) => ({ legend: t.targetStatus[s], data: counts[s], color: colours.status(s) })) }}
        innerRadius={55}
        height={240}
        valueInsideDonut={number(dashboard.department.targets)}
        culture={locale}
        hideLabels={false}
      />
    </ChartCard>
  );
}
