// The Word document's introduction: what SCR 1325 asks of a peacekeeping department, how this
// action plan came about (needs assessment, pilot workshop, office workshops, consolidation)
// and how to read it. Written for this product from the facts of the Department's background
// note, not quoted from it. The workshops' figures (who took part, by level and sex; the functions
// represented; the plans produced) are computed from the records (process-figures.ts), never typed.

import { HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import { FUNCTIONAL_AREAS } from '../domain/catalogues';
import type { Headcounts, WorkshopFigures, WorkshopFiguresRow } from '../domain/process-figures';
import type { ConsolidatedPlan } from './consolidate';
import { columnWidths } from './docx-column-widths';
import { TEXT_WIDTH } from './docx-tables';
import { PLAN_TABLE, TABLE_HEADING, TABLE_TEXT_SIZE } from './docx-text';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level });
const body = (text: string) => new Paragraph({ text, spacing: { after: 120 } });

export const INTRODUCTION_HEADING = 'Introduction';

export const WORKSHOPS_HEADING = 'Workshops held';

export function introduction(plan: ConsolidatedPlan): FileChild[] {
  return [
    new Paragraph({ text: INTRODUCTION_HEADING, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    heading('Resolution 1325 and peacekeeping'),
    body(
      'In resolution 1325 (2000) on Women, Peace and Security, the Security Council recognised that war affects women and ' +
        'girls in particular ways and that lasting peace depends on their full part in preventing conflict, making peace and ' +
        'rebuilding afterwards. Its eighteen operative paragraphs ask for more women in decision-making and in field ' +
        'operations, a gender perspective in peacekeeping and in peace agreements, training on the protection, rights and ' +
        'needs of women, and an end to impunity for violence against them.',
    ),
    body(
      'Several paragraphs are addressed to peacekeeping directly: the role of women in field operations (paragraph 4), ' +
        'gender components in missions (5), training of military, police and civilian personnel (6), the different needs of ' +
        'female and male ex-combatants in disarmament, demobilisation and reintegration (13), and reporting on gender ' +
        'mainstreaming across missions (17).',
    ),
    heading('Why the Department has an action plan'),
    body(
      'The Department has made progress in bringing gender perspectives into its operations since 2000, yet many staff still ' +
        'lack the concepts and practical tools to do so in their daily work. In 2004 the Council asked every part of the United ' +
        'Nations to prepare an action plan for the resolution, feeding a system-wide plan due in October 2005, and the Special ' +
        "Committee on Peacekeeping Operations repeated the request in February 2005. The Under-Secretary-General's gender " +
        "policy statement makes this action plan one of the pillars of the Department's strategy for gender mainstreaming.",
    ),
    heading('How the plan was made'),
    body(
      "The Department's Gender Advisor led the work together with the Office of Human Resources Management and the Office of " +
        'the Special Adviser on gender equality and the advancement of women, helped by three gender consultants. Offices first discussed the objectives of the ' +
        'exercise and agreed that staff of every function and grade, senior managers included, would take part; the gender ' +
        'policy statement was then presented to all staff at a town hall meeting.',
    ),
    body(
      'A needs assessment came next: over one week the consultants met staff one by one and in groups, looked at the gender ' +
        "side of each office's work and noted the information and resources that would help most. A pilot workshop tested " +
        'and refined the approach, after which each office held a two-day workshop shaped by the gaps the assessment had ' +
        "found and by its own functions. Every workshop ended with the office's own work plan of objectives, activities and " +
        'measurable targets.',
    ),
    body(
      'The Gender Unit brings the office work plans together into this Departmental Action Plan. It follows implementation ' +
        "and evaluates it, and each office's progress towards its targets is reviewed as part of the Department's regular " +
        'reporting on resolution 1325.',
    ),
    ...(plan.workshops ? workshopsHeld(plan.workshops) : []),
    heading('How to read this document'),
    body(
      'The summary gives the state of the plan by office and by pillar. Each office then has a section with its objectives; ' +
        'under each objective a table lists its activities and another its targets. References are hierarchical: objective ' +
        '1, activity 1.2, target 1.2.a. A target is overdue when its due date has passed and it is neither achieved nor ' +
        `dropped; figures are as of ${plan.asOf}. The annex repeats the whole matrix in one table.`,
    ),
    ...(plan.draft
      ? [
          body(
            'This document is a DRAFT: at least one of the work plans it includes has not yet been endorsed by the Gender ' +
              'Unit, and its content may still change.',
          ),
        ]
      : []),
  ];
}

/** The paragraph and the table of the workshops held, per office in scope and for the department. */
function workshopsHeld(figures: WorkshopFigures): FileChild[] {
  const { department } = figures;
  const held = figures.officeCount === 1 ? officeHeld(figures.offices[0]) : departmentHeld(figures);
  const people =
    department.participants.total === 0
      ? 'No participants are recorded yet.'
      : `${department.participants.total} staff took part (${department.participants.women} women and ${department.participants.men} men), ` +
        `${levelTotal(department, 'senior-management')} of them senior managers, from ${department.functionsRepresented.length} of the ` +
        `Department's ${FUNCTIONAL_AREAS.length} functional areas (${department.functionShare}%).`;
  const rows = figures.offices.filter((r) => r.workshopsHeld > 0);
  return [
    heading(WORKSHOPS_HEADING),
    body(`${held} ${people}${rows.length > 0 ? ' The table gives the participants of each level as women / men.' : ''}`),
    ...(rows.length > 0 ? [workshopTable(rows, figures.offices.length > 1 ? department : null)] : []),
  ];
}

/** One office's export: whether it held its workshop and its plan came out of it. */
function officeHeld(row: WorkshopFiguresRow | undefined): string {
  if (!row || row.workshopsHeld === 0 || row.lastHeld === null) return 'The office has not yet held its workshop.';
  const plan = row.planProduced ? 'its work plan for this cycle came out of it' : 'no work plan for this cycle is linked to it yet';
  return `The office held its workshop, ending on ${row.lastHeld}; ${plan}.`;
}

function departmentHeld(figures: WorkshopFigures): string {
  const offices = `${figures.officesWithWorkshopHeld} of the ${figures.officeCount} offices have held their workshop`;
  const plans =
    figures.officesWithWorkshopHeld === 0 ? '' : `; ${figures.officesWithWorkshopAndPlan} of them have a work plan for this cycle that came out of it`;
  return `${figures.pilotHeld ? 'After the pilot workshop, ' : ''}${offices}${plans}.`;
}

/** The columns and their shares of the page's width: the office's name wide, the figures narrow (docx-column-widths.ts fits them). */
const COLUMNS: readonly (readonly [string, number])[] = [
  ['Office', 2.6],
  ['Last held', 2.2],
  ['Senior managers', 1.3],
  ['Professional', 1.3],
  ['General service', 1.3],
  ['Field', 1],
  ['All participants', 1.7],
  ['Functions', 1.3],
  ['Work plan', 1.3],
];

function workshopTable(rows: readonly WorkshopFiguresRow[], department: WorkshopFiguresRow | null): Table {
  const body = [...rows.map(rowCells), ...(department ? [rowCells(department)] : [])];
  const headers = COLUMNS.map(([name]) => name);
  const widths = columnWidths(
    headers,
    COLUMNS.map(([, weight]) => weight),
    TEXT_WIDTH.portrait,
    TABLE_TEXT_SIZE,
    body,
  );
  const last = department ? body.length - 1 : -1;
  return new Table({
    style: PLAN_TABLE,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((name) => cell(name, true)) }),
      ...body.map((cells, i) => new TableRow({ cantSplit: true, children: cells.map((c) => cell(c, i === last)) })),
    ],
  });
}

function rowCells(row: WorkshopFiguresRow): string[] {
  const level = (l: string) => bySex(row.byLevel.find((b) => b.level === l) ?? { women: 0, men: 0, total: 0 });
  return [
    row.office ? `${row.office.name} (${row.office.code})` : 'Department',
    row.lastHeld ?? '—',
    level('senior-management'),
    level('professional'),
    level('general-service'),
    level('field'),
    `${bySex(row.participants)} (${row.participants.total})`,
    `${row.functionsRepresented.length} (${row.functionShare}%)`,
    row.office ? (row.planProduced ? 'Produced' : 'Not yet') : '',
  ];
}

const bySex = (h: Headcounts) => `${h.women} / ${h.men}`;
const levelTotal = (row: WorkshopFiguresRow, level: string) => row.byLevel.find((b) => b.level === level)?.total ?? 0;

function cell(text: string, bold: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ text, ...(bold ? { style: TABLE_HEADING } : {}) })], ...(bold ? { shading: { fill: 'D9E2F3' } } : {}) });
}
