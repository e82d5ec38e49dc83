// The Word document's tables: the summary by office and by pillar, each office's activities
// and targets under its objectives, and the annex matrix. All are built by `grid` so that they
// look alike: a shaded header row repeated on every page, 8 pt text, fixed column widths.

import { HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { ObjectiveView, Rollup } from '../domain/derive';
import { formatParagraphs, FUNCTIONAL_AREA_LABELS, PILLAR_LABELS, PLAN_STATUS_LABELS, TARGET_STATUS_LABELS } from './catalogue-labels';
import { personName, type ConsolidatedPlan, type OfficePlan, type SummaryLine } from './consolidate';
import { columnWidths } from './docx-column-widths';
import { listedRows, type CellValue, type TableRows, type TableSlots } from './docx-table-xml';
import { TABLE_TEXT_SIZE } from './docx-text';
import { printable } from './xml-text';
import { matrixEntries, matrixRowCount, type MatrixRow } from './matrix';

/** Text width of an A4 page with 1-inch margins, in twips: portrait and landscape. */
export const TEXT_WIDTH = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1440 } as const;

const WHOLE_WORDS_UP_TO = 200;

/**
 * A table whose columns share `widths` (relative weights) of the text width, each wide enough
 * for its header's longest word (docx-column-widths.ts); the first row is
 * the header, repeated on every page. Returns the paragraph that stands for it until the
 * document is written (docx-table-xml.ts).
 */
export function grid(
  tables: TableSlots,
  header: readonly string[],
  rows: TableRows,
  widths: readonly number[],
  { boldLast = false, pageWidth = TEXT_WIDTH.portrait }: { boldLast?: boolean; pageWidth?: number } = {},
): Paragraph {
  // A short table's values are looked at too, so that its words stay whole; a long one's are not read twice.
  const cells = rows.count <= WHOLE_WORDS_UP_TO ? rows.each() : [];
  return tables.add({ header, rows, widths: columnWidths(header, widths, pageWidth, TABLE_TEXT_SIZE, cells), boldLast });
}

const percent = (r: Rollup) => (r.progress === null ? '–' : `${Math.round(r.progress)}%`);
const counts = (s: SummaryLine): CellValue[] => [
  s.objectives,
  s.activities,
  s.targets,
  s.rollup.byStatus.achieved,
  s.rollup.byStatus['on-track'],
  s.rollup.byStatus['at-risk'],
  s.rollup.byStatus['off-track'],
  s.rollup.overdue,
  percent(s.rollup),
];
const COUNT_HEADERS = ['Objectives', 'Activities', 'Targets', 'Achieved', 'On track', 'At risk', 'Off track', 'Overdue', '% complete'];
const COUNT_WIDTHS = COUNT_HEADERS.map(() => 1);

export const SUMMARY_HEADING = 'Summary';

export function summarySection(plan: ConsolidatedPlan, tables: TableSlots): FileChild[] {
  const officeRows: CellValue[][] = [
    ...plan.offices.map(({ office, plan: tree, summary }) => [office.name, PLAN_STATUS_LABELS[tree.status], ...counts(summary)]),
    ...plan.officesWithoutPlan.map((office) => [office.name, 'No work plan yet']),
    ['Total', '', ...counts(plan.totals)],
  ];
  return [
    new Paragraph({ text: SUMMARY_HEADING, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    new Paragraph({ text: 'By office', heading: HeadingLevel.HEADING_2 }),
    grid(tables, ['Office', 'Plan status', ...COUNT_HEADERS], listedRows(officeRows), [4, 2, ...COUNT_WIDTHS], { boldLast: true }),
    new Paragraph({ text: 'By pillar', heading: HeadingLevel.HEADING_2 }),
    grid(tables, ['Pillar', ...COUNT_HEADERS], listedRows(plan.byPillar.map((p) => [PILLAR_LABELS[p.pillar], ...counts(p)])), [3, ...COUNT_WIDTHS]),
  ];
}

export const officeHeading = ({ office }: Pick<OfficePlan, 'office'>) => printable(`${office.name} (${office.code})`);

export function officeSection(plan: ConsolidatedPlan, { office, plan: tree, summary }: OfficePlan, tables: TableSlots): FileChild[] {
  const endorsed = tree.history.filter((h) => h.status === 'endorsed').at(-1);
  const state =
    `Work plan: ${tree.title}. Status: ${PLAN_STATUS_LABELS[tree.status]}` +
    (endorsed ? `, endorsed on ${endorsed.at.slice(0, 10)}` : '') +
    `. ${summary.objectives} objectives, ${summary.activities} activities and ${summary.targets} targets; ` +
    `${summary.rollup.byStatus.achieved} achieved, ${summary.rollup.overdue} overdue, ${percent(summary.rollup)} complete on average.`;
  const children: FileChild[] = [
    new Paragraph({ text: officeHeading({ office }), heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    new Paragraph({ text: printable(state), spacing: { after: 120 } }),
  ];
  if (tree.objectives.length === 0) children.push(new Paragraph('The work plan has no objectives yet.'));
  for (const objective of tree.objectives) children.push(...objectiveBlock(plan, objective, tables));
  return children;
}

function objectiveBlock(plan: ConsolidatedPlan, objective: ObjectiveView, tables: TableSlots): FileChild[] {
  const tags =
    `Pillar: ${PILLAR_LABELS[objective.pillar]} · SCR 1325 paragraphs: ${formatParagraphs(objective.paragraphs)} · ` +
    `Functional area: ${FUNCTIONAL_AREA_LABELS[objective.functionalArea]}`;
  const blocks: FileChild[] = [
    new Paragraph({ text: printable(`Objective ${objective.ref}: ${objective.title}`), heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: tags, spacing: { after: 120 } }),
  ];
  if (objective.activities.length === 0) return [...blocks, new Paragraph('No activities yet.')];
  blocks.push(
    new Paragraph({ text: 'Activities', heading: HeadingLevel.HEADING_4 }),
    grid(
      tables,
      ['Ref', 'Activity', 'Lead', 'Start', 'End', 'Resources'],
      {
        count: objective.activities.length,
        each: () => objective.activities.map((a) => [a.ref, a.title, personName(plan, a.owner), a.start, a.end, a.resources]),
      },
      [1, 5, 3, 1.6, 1.6, 3],
    ),
    new Paragraph({ text: 'Targets', heading: HeadingLevel.HEADING_4 }),
    grid(
      tables,
      ['Ref', 'Target', 'Indicator', 'Baseline → target', 'Due date', 'Owner', 'Status'],
      {
        count: objective.activities.reduce((n, a) => n + a.targets.length, 0),
        each: () =>
          objective.activities.flatMap((a) =>
            a.targets.map((t) => [
              t.ref,
              t.description,
              t.indicator,
              range(t.baseline, t.targetValue, t.unit),
              due(t.dueDate, t.overdue ? t.daysOverdue : null),
              personName(plan, t.owner),
              standing(TARGET_STATUS_LABELS[t.status], t.progress, plan.lastCheckIns.get(t.id)?.date),
            ]),
          ),
      },
      [1.1, 4.2, 3.6, 1.8, 1.7, 2.8, 1.8],
    ),
  );
  return blocks;
}

// Related values share a cell, so that the tables keep to the columns a reader needs and fit
// the page.
const range = (baseline: number | null, target: number | null, unit: string | null) =>
  baseline === null && target === null ? '' : `${baseline ?? '–'} → ${target ?? '–'}${unit ? ` ${unit}` : ''}`;
const due = (date: string | null, daysOverdue: number | null) => (date ? date + (daysOverdue ? ` (${daysOverdue} days overdue)` : '') : '');
const standing = (status: string | null, progress: number | null, lastCheckIn?: string | null) =>
  status === null ? '' : `${status}, ${Math.round(progress ?? 0)}%${lastCheckIn ? ` (${lastCheckIn})` : ''}`;

/** A matrix cell that holds a number, else null; the matrix types every cell as text, number or null. */
const numberIn = (value: string | number | null) => (typeof value === 'number' ? value : null);
/** A matrix cell that holds text, else null. */
const textIn = (value: string | number | null) => (typeof value === 'string' ? value : null);

export const ANNEX_HEADING = 'Annex: the action plan matrix';

/** The annex's columns: the Action Plan sheet's, with related values sharing a cell to fit a landscape page. */
const ANNEX_COLUMNS: readonly { header: string; width: number; value: (v: MatrixRow) => CellValue }[] = [
  { header: 'Office', width: 1.1, value: (v) => v.office },
  { header: 'Ref', width: 1, value: (v) => v.targetRef ?? v.activityRef ?? v.objectiveRef },
  { header: 'Objective', width: 3, value: (v) => v.objective },
  { header: 'Pillar · ¶', width: 1.7, value: (v) => `${v.pillar} · ${v.paragraphs}` },
  { header: 'Activity', width: 3, value: (v) => v.activity },
  { header: 'Target', width: 3.2, value: (v) => v.target },
  { header: 'Indicator', width: 2.8, value: (v) => v.indicator },
  { header: 'Baseline → target', width: 1.8, value: (v) => range(numberIn(v.baseline), numberIn(v.targetValue), textIn(v.unit)) },
  { header: 'Due date', width: 1.5, value: (v) => due(textIn(v.dueDate), numberIn(v.daysOverdue)) },
  { header: 'Owner', width: 2.4, value: (v) => v.owner },
  { header: 'Status', width: 1.6, value: (v) => standing(textIn(v.status), numberIn(v.progress), textIn(v.lastCheckIn)) },
  { header: 'Verification', width: 2.2, value: (v) => v.meansOfVerification },
];

export function annexSection(plan: ConsolidatedPlan, tables: TableSlots): FileChild[] {
  const rows = function* () {
    for (const { values } of matrixEntries(plan)) yield ANNEX_COLUMNS.map((c) => c.value(values));
  };
  return [
    new Paragraph({ text: ANNEX_HEADING, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: `Every objective, activity and target of the plan, as of ${plan.asOf}.`, spacing: { after: 120 } }),
    grid(
      tables,
      ANNEX_COLUMNS.map((c) => c.header),
      { count: matrixRowCount(plan), each: rows },
      ANNEX_COLUMNS.map((c) => c.width),
      { pageWidth: TEXT_WIDTH.landscape },
    ),
  ];
}
