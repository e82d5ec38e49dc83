// The progress report's body in Word: the executive summary, the trend charts, one section per
// office and the annex of every target's period figures. An office's section is a list of parts
// (OFFICE_PARTS): the scorecard's rating table (progress-docx-scorecard.ts), the narrative, the
// targets, the remedial actions.

import { HeadingLevel, ImageRun, Paragraph, TextRun, type FileChild } from 'docx';
import type { SnapshotCounts } from '../domain/monitoring';
import { REPORT_STATUS_LABELS } from '../domain/report-status-labels';
import type { RenderedChart } from './chart-renderer';
import { TEXT_WIDTH, grid } from './docx-tables';
import { listedRows, type CellValue, type TableSlots } from './docx-table-xml';
import type { ProgressChart } from './progress-charts';
import { officeRatings, officeRemedialActions } from './progress-docx-scorecard';
import { statusLabel, TIMELINESS_LABELS } from './progress-labels';
import type { OfficeProgress, ProgressModel, TargetPeriodLine } from './progress-model';
import { printable } from './xml-text';

export const SUMMARY_HEADING = 'Executive summary';
export const TRENDS_HEADING = 'Trends';
export const ANNEX_HEADING = 'Annex: every target’s figures per period';

const body = (text: string) => new Paragraph({ text: printable(text), spacing: { after: 120 } });
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
const delta = (now: number, before: number | undefined) => (before === undefined ? '' : signed(now - before));

/** The figures of the executive summary: as of the period end, and the change since the period before. */
export function summaryFigures(model: ProgressModel): { label: string; now: number; change: string }[] {
  const c = model.current;
  const b: SnapshotCounts | null = model.before;
  const line = (label: string, pick: (x: SnapshotCounts) => number) => ({ label, now: pick(c), change: b ? delta(pick(c), pick(b)) : '' });
  return [
    line('Targets', (x) => x.targets),
    line('Achieved', (x) => x.byStatus.achieved),
    line('On track', (x) => x.byStatus['on-track']),
    line('At risk', (x) => x.byStatus['at-risk']),
    line('Off track', (x) => x.byStatus['off-track']),
    line('Not started', (x) => x.byStatus['not-started']),
    line('Dropped', (x) => x.byStatus.dropped),
    line('Overdue', (x) => x.overdue),
    line('Milestones met', (x) => x.milestonesMet),
    line('Milestones missed', (x) => x.milestonesMissed),
    line('Reports on time', (x) => x.reportsOnTime),
    line('Reports late', (x) => x.reportsLate),
    line('Reports missing', (x) => x.reportsMissing),
  ];
}

export function executiveSummary(model: ProgressModel, tables: TableSlots): FileChild[] {
  const { changes, current } = model;
  const scope = model.office ? model.office.name : 'The Department';
  const since = model.previous ? `since ${model.previous.label}` : 'in the first period of the cycle';
  const due = current.milestonesMet + current.milestonesMissed;
  const expected = current.reportsOnTime + current.reportsLate + current.reportsMissing;
  const children: FileChild[] = [
    new Paragraph({ text: SUMMARY_HEADING, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    body(
      `${scope} had ${current.targets} targets in ${model.period.label} (${model.period.start} to ${model.period.end}). ` +
        `${since[0]?.toUpperCase()}${since.slice(1)}, ${changes.achievedThisPeriod} targets were achieved, ${changes.newlyOverdue} became overdue ` +
        `and ${changes.statusMoves} changed status. ${current.milestonesMet} of ${due} milestones due were met; ` +
        `${current.reportsOnTime} of ${expected} progress reports came in on time.`,
    ),
    new Paragraph({ text: 'Figures as of the period end', heading: HeadingLevel.HEADING_2 }),
    grid(
      tables,
      ['Measure', model.period.label, model.previous ? `Change since ${model.previous.label}` : 'Change'],
      listedRows(summaryFigures(model).map((f) => [f.label, f.now, f.change])),
      [4, 2, 3],
    ),
    new Paragraph({ text: 'This period', heading: HeadingLevel.HEADING_2 }),
    grid(
      tables,
      ['Change', 'Targets'],
      listedRows([
        ['Achieved this period', changes.achievedThisPeriod],
        ['Newly overdue', changes.newlyOverdue],
        ['Status moves', changes.statusMoves],
      ]),
      [6, 2],
    ),
  ];
  if (changes.moves.length > 0) {
    children.push(
      new Paragraph({ text: 'Status moves', heading: HeadingLevel.HEADING_2 }),
      grid(
        tables,
        ['From', 'To', 'Targets'],
        listedRows(changes.moves.map((m) => [statusLabel(m.from) || 'No figure', statusLabel(m.to) || 'No figure', m.count])),
        [3, 3, 2],
      ),
    );
  }
  return children;
}

/** The charts at the text width, with their alt text and a caption under each. */
export function trendSection(charts: readonly { chart: ProgressChart; image: RenderedChart }[]): FileChild[] {
  const widthPx = Math.round((TEXT_WIDTH.portrait / 1440) * 96);
  return [
    new Paragraph({ text: TRENDS_HEADING, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...charts.flatMap(({ chart, image }, i) => [
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: image.png,
            transformation: { width: widthPx, height: Math.round((image.height / image.width) * widthPx) },
            altText: { name: `chart-${i + 1}`, title: chart.title, description: chart.altText },
          }),
        ],
      }),
      new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: `Figure ${i + 1}. ${chart.title}`, italics: true, size: 18 })] }),
    ]),
  ];
}

/** A part of an office's section. */
type OfficePart = (office: OfficeProgress, model: ProgressModel, tables: TableSlots) => FileChild[];

const NARRATIVE: readonly [keyof NonNullable<OfficeProgress['report']>, string][] = [
  ['summary', 'Summary'],
  ['achievements', 'Achievements'],
  ['challenges', 'Challenges'],
  ['supportNeeded', 'Support needed'],
  ['nextSteps', 'Next steps'],
];

const officeNarrative: OfficePart = ({ report, timeliness, submittedBy, decidedBy }) => {
  const on = (at: string | null) => (at ? ` on ${at.slice(0, 10)}` : '');
  const state = report
    ? `Progress report: ${REPORT_STATUS_LABELS[report.status]}; handed in: ${TIMELINESS_LABELS[timeliness]}` +
      (submittedBy ? `; submitted by ${submittedBy}${on(report.submittedAt)}` : '') +
      (decidedBy && report.status === 'accepted' ? `; accepted by ${decidedBy}${on(report.decidedAt)}` : '') +
      '.'
    : `Progress report: none (${TIMELINESS_LABELS[timeliness].toLowerCase()}).`;
  // It follows the scorecard's rating table: kept apart from it.
  const children: FileChild[] = [new Paragraph({ text: printable(state), spacing: { before: 160, after: 120 } })];
  if (report?.status !== 'accepted') return children;
  children.push(new Paragraph({ text: 'Narrative', heading: HeadingLevel.HEADING_2 }));
  for (const [field, label] of NARRATIVE) {
    const text = report[field];
    if (typeof text !== 'string' || text.trim() === '') continue;
    children.push(new Paragraph({ text: label, heading: HeadingLevel.HEADING_3 }), ...text.split(/\n+/).map(body));
  }
  return children;
};

export const TARGET_HEADERS = ['Ref', 'Target', 'Milestone', 'Actual', 'Women', 'Men', 'Status'];

const officeTargets: OfficePart = ({ lines }, _model, tables) => [
  new Paragraph({ text: 'Targets', heading: HeadingLevel.HEADING_2 }),
  lines.length === 0
    ? body('No target of this office has figures for the period.')
    : grid(tables, TARGET_HEADERS, listedRows(lines.map(targetCells)), [1.1, 5, 1.6, 1.4, 1.3, 1.1, 2]),
];

const OFFICE_PARTS: readonly OfficePart[] = [officeRatings, officeNarrative, officeTargets, officeRemedialActions];

export const officeHeading = ({ office }: OfficeProgress) => printable(`${office.name} (${office.code})`);

export function officeSection(office: OfficeProgress, model: ProgressModel, tables: TableSlots): FileChild[] {
  return [
    new Paragraph({ text: officeHeading(office), heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...OFFICE_PARTS.flatMap((part) => part(office, model, tables)),
  ];
}

const status = (l: TargetPeriodLine) => `${statusLabel(l.status)}${l.overdue ? ' (overdue)' : ''}`;
const figure = (n: number | null) => (n === null ? '' : n);
const milestone = (l: TargetPeriodLine) =>
  l.milestone === null ? '' : `${l.milestone}${l.milestoneMet === true ? ' ✓ met' : l.milestoneMet === false ? ' ✗ missed' : ''}`;

function targetCells(l: TargetPeriodLine): CellValue[] {
  return [l.ref, l.description, milestone(l), figure(l.value), figure(l.women), figure(l.men), status(l)];
}

export const ANNEX_HEADERS = ['Office', 'Ref', 'Target', 'Period', 'Milestone', 'Actual', 'Women', 'Men', 'Status', 'Comment'];

export function annexSection(model: ProgressModel, tables: TableSlots): FileChild[] {
  return [
    new Paragraph({ text: ANNEX_HEADING, heading: HeadingLevel.HEADING_1 }),
    body(`Every target’s figures in each period of the cycle up to ${model.period.label}; comments from the accepted reports of ${model.period.label}.`),
    grid(
      tables,
      ANNEX_HEADERS,
      {
        count: model.annex.length,
        each: () =>
          model.annex.map((l) => [
            l.officeCode,
            l.ref,
            l.description,
            l.period,
            milestone(l),
            figure(l.value),
            figure(l.women),
            figure(l.men),
            status(l),
            l.comment,
          ]),
      },
      [1.1, 1, 5, 1.4, 1.6, 1.2, 1.2, 1, 1.8, 3.5],
      { pageWidth: TEXT_WIDTH.landscape },
    ),
  ];
}
