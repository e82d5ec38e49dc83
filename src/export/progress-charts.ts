// The progress report's trend charts as Vega-Lite specs, each with the alternative text that
// says in words what it shows (Word gives it to screen readers): targets achieved and overdue per
// period, and milestones met and missed per office in the reported period.

import type { ChartSpec } from './chart-renderer';
import { CHART_FONT } from './chart-renderer';
import type { ProgressModel } from './progress-model';

export interface ProgressChart {
  title: string;
  altText: string;
  spec: ChartSpec;
}

const COLOURS = { achieved: '#2E7D32', overdue: '#C00000', met: '#1F4E79', missed: '#F4B183' } as const;

/** Fonts and sizes of every chart; no animation or interaction, as on paper. */
const CONFIG = {
  font: CHART_FONT,
  axis: { labelFontSize: 11, titleFontSize: 11, grid: true, gridColor: '#E0E0E0' },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom' },
  title: { fontSize: 13, anchor: 'start' },
  view: { stroke: null },
};

export function progressCharts(model: ProgressModel): ProgressChart[] {
  const charts = [achievedAndOverdue(model)];
  if (model.offices.length > 0) charts.push(milestonesByOffice(model));
  return charts;
}

function achievedAndOverdue(model: ProgressModel): ProgressChart {
  const values = model.trend.flatMap(({ period, counts }) => [
    { period: period.label, measure: 'Achieved', targets: counts.byStatus.achieved },
    { period: period.label, measure: 'Overdue', targets: counts.overdue },
  ]);
  const words = model.trend.map(({ period, counts }) => `${period.label}: ${counts.byStatus.achieved} achieved, ${counts.overdue} overdue`).join('; ');
  const title = 'Targets achieved and overdue per period';
  return {
    title,
    altText: `${title}. ${words || 'No period has figures yet'}.`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: 460,
      height: 200,
      data: { values },
      mark: { type: 'line', point: { size: 60 }, strokeWidth: 2.5 },
      encoding: {
        x: { field: 'period', type: 'ordinal', title: 'Period', sort: null, axis: { labelAngle: 0 } },
        // Whole targets on the axis, and room above zero when every figure is zero.
        y: {
          field: 'targets',
          type: 'quantitative',
          title: 'Targets',
          scale: { domainMin: 0, domainMax: Math.max(1, ...values.map((v) => v.targets)) },
          axis: { tickMinStep: 1, format: 'd' },
        },
        color: { field: 'measure', type: 'nominal', title: null, scale: { domain: ['Achieved', 'Overdue'], range: [COLOURS.achieved, COLOURS.overdue] } },
      },
      config: CONFIG,
    },
  };
}

function milestonesByOffice(model: ProgressModel): ProgressChart {
  const values = model.offices.flatMap(({ office, counts }) => [
    { office: office.code, kind: 'Met', milestones: counts?.milestonesMet ?? 0 },
    { office: office.code, kind: 'Missed', milestones: counts?.milestonesMissed ?? 0 },
  ]);
  const words = model.offices
    .map(({ office, counts }) => `${office.name}: ${counts?.milestonesMet ?? 0} met, ${counts?.milestonesMissed ?? 0} missed`)
    .join('; ');
  const title = `Milestones met per office, ${model.period.label}`;
  return {
    title,
    altText: `${title}. ${words}.`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: 460,
      height: Math.max(80, 24 * model.offices.length),
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'office', type: 'nominal', title: 'Office', sort: null },
        x: { field: 'milestones', type: 'quantitative', title: 'Milestones due in the period', axis: { tickMinStep: 1, format: 'd' } },
        color: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['Met', 'Missed'], range: [COLOURS.met, COLOURS.missed] } },
        order: { field: 'kind', sort: 'ascending' },
      },
      config: CONFIG,
    },
  };
}
