// Turns one workbook row into the objective, activity and target it describes, validated with
// the domain's own input schemas (objectiveInput, activityInput, targetInput) and with every
// problem pinned to the column it came from. References are hierarchical (1, 1.2, 1.2.a), so a
// missing parent reference is taken from the child's: rows under merged cells still import.

import type { z } from 'zod';
import { activityInput, objectiveInput, ref as refSchema, targetInput, type ActivityInput, type ObjectiveInput, type TargetInput } from '../domain/schemas';
import { FUNCTIONAL_AREA_LABELS, PILLAR_LABELS, readFunctionalArea, readPillar, readTargetStatus, TARGET_STATUS_LABELS } from '../export/catalogue-labels';
import type { ImportProblem } from './import-report';
import type { ImportRow, ImportValue } from './import-workbook';
import { MATRIX_COLUMNS, type MatrixKey } from '../export/matrix';

export interface ParsedRow {
  source: ImportRow;
  objectiveRef: string | null;
  activityRef: string | null;
  targetRef: string | null;
  /** Present when the row fills in the objective's columns (not only its reference). */
  objective?: ObjectiveInput;
  activity?: ActivityInput;
  target?: TargetInput;
  problems: ImportProblem[];
}

const HEADERS = new Map<MatrixKey, string>(MATRIX_COLUMNS.map((c) => [c.key, c.header]));
/** The column header of a matrix key (every key has one). */
const header = (key: MatrixKey): string => HEADERS.get(key) ?? key;

const LEVELS = {
  objective: {
    ref: 'objectiveRef',
    fields: ['objective', 'pillar', 'paragraphs', 'functionalArea'],
    required: ['objective', 'pillar', 'paragraphs', 'functionalArea'],
  },
  activity: { ref: 'activityRef', fields: ['activity', 'activityOwner', 'activityStart', 'activityEnd', 'resources'], required: ['activity'] },
  target: {
    ref: 'targetRef',
    fields: ['target', 'indicator', 'baseline', 'targetValue', 'unit', 'dueDate', 'owner', 'status', 'meansOfVerification'],
    required: ['target', 'indicator', 'dueDate', 'owner'],
  },
} as const satisfies Record<string, { ref: MatrixKey; fields: readonly MatrixKey[]; required: readonly MatrixKey[] }>;

/** Schema field → sheet column, for mapping the schemas' issues back onto the sheet. */
const FIELD_COLUMNS = {
  objective: { ref: 'objectiveRef', title: 'objective', pillar: 'pillar', paragraphs: 'paragraphs', functionalArea: 'functionalArea' },
  activity: { ref: 'activityRef', title: 'activity', owner: 'activityOwner', start: 'activityStart', end: 'activityEnd', resources: 'resources' },
  target: {
    ref: 'targetRef',
    description: 'target',
    indicator: 'indicator',
    unit: 'unit',
    baseline: 'baseline',
    targetValue: 'targetValue',
    dueDate: 'dueDate',
    owner: 'owner',
    meansOfVerification: 'meansOfVerification',
    status: 'status',
  },
} as const satisfies Record<keyof typeof LEVELS, Record<string, MatrixKey>>;

export const parentRef = (ref: string | null): string | null => (ref && ref.includes('.') ? ref.slice(0, ref.lastIndexOf('.')) : null);

export function parseRow(source: ImportRow): ParsedRow {
  const v = source.values;
  const problems: ImportProblem[] = [...source.problems];
  const flagged = new Set(source.problems.map((p) => p.column));
  const report = (key: MatrixKey, message: string) => {
    if (flagged.has(header(key))) return;
    flagged.add(header(key));
    problems.push({ sheet: source.sheet, row: source.row, column: header(key), problem: message, kind: 'row' });
  };
  const text = (key: MatrixKey) => (v[key] === null || v[key] === undefined ? null : String(v[key]));
  const has = (level: keyof typeof LEVELS) => LEVELS[level].fields.some((k) => v[k] !== null && v[k] !== undefined) || flaggedAny(level, flagged);

  const targetRef = text('targetRef');
  const activityRef = text('activityRef') ?? parentRef(targetRef);
  const objectiveRef = text('objectiveRef') ?? parentRef(activityRef);
  const parsed: ParsedRow = { source, objectiveRef, activityRef, targetRef, problems };

  for (const [key, value] of [
    ['objectiveRef', objectiveRef],
    ['activityRef', activityRef],
    ['targetRef', targetRef],
  ] as const) {
    if (value !== null && !refSchema.safeParse(value).success) report(key, `must look like 1, 1.2 or 1.2.a (found "${value}")`);
  }
  if (text('activityRef') && objectiveRef && parentRef(text('activityRef')) !== objectiveRef) {
    report(
      'activityRef',
      `${text('activityRef')} is not under objective ${objectiveRef}: an activity's reference starts with its objective's (${objectiveRef}.1, ${objectiveRef}.2)`,
    );
  }
  if (targetRef && activityRef && parentRef(targetRef) !== activityRef) {
    report(
      'targetRef',
      `${targetRef} is not under activity ${activityRef}: a target's reference starts with its activity's (${activityRef}.a, ${activityRef}.b)`,
    );
  }
  const needRef = (key: MatrixKey, what: string) =>
    report(key, `is required: the reference identifies the ${what}, so that importing the file again changes nothing`);
  if (!objectiveRef) needRef('objectiveRef', 'objective');
  if (has('target') && !targetRef) needRef('targetRef', 'target');
  if ((has('activity') || targetRef) && !activityRef) needRef('activityRef', 'activity');

  const required = (level: keyof typeof LEVELS) => {
    for (const key of LEVELS[level].required) if (v[key] === null || v[key] === undefined) report(key, 'is required');
  };

  if (has('objective')) {
    required('objective');
    const pillarText = text('pillar');
    const pillar = pillarText === null ? undefined : readPillar(pillarText);
    if (text('pillar') !== null && !pillar) report('pillar', `unknown pillar "${text('pillar')}"; use one of ${Object.values(PILLAR_LABELS).join(', ')}`);
    const areaText = text('functionalArea');
    const area = areaText === null ? undefined : readFunctionalArea(areaText);
    if (text('functionalArea') !== null && !area) {
      report('functionalArea', `unknown functional area "${text('functionalArea')}"; use one of ${Object.values(FUNCTIONAL_AREA_LABELS).join(', ')}`);
    }
    const paragraphs = readParagraphs(v.paragraphs ?? null);
    if (paragraphs === 'invalid') report('paragraphs', `must be SCR 1325 paragraph numbers separated by commas, e.g. 4, 5 (found "${text('paragraphs')}")`);
    const input = {
      ref: objectiveRef ?? undefined,
      title: text('objective') ?? undefined,
      pillar,
      paragraphs: paragraphs === 'invalid' ? undefined : paragraphs,
      functionalArea: area,
    };
    parsed.objective = validate(objectiveInput, input, FIELD_COLUMNS.objective, report, flagged);
  }
  if (has('activity')) {
    required('activity');
    const input = {
      ref: activityRef ?? undefined,
      title: text('activity') ?? undefined,
      owner: text('activityOwner'),
      start: text('activityStart'),
      end: text('activityEnd'),
      resources: text('resources'),
    };
    parsed.activity = validate(activityInput, input, FIELD_COLUMNS.activity, report, flagged);
  }
  if (has('target')) {
    required('target');
    const statusText = text('status');
    const status = statusText === null ? undefined : readTargetStatus(statusText);
    if (text('status') !== null && !status)
      report('status', `unknown status "${text('status')}"; use one of ${Object.values(TARGET_STATUS_LABELS).join(', ')}`);
    const input = {
      ref: targetRef ?? undefined,
      description: text('target') ?? undefined,
      indicator: text('indicator') ?? undefined,
      unit: text('unit'),
      baseline: typeof v.baseline === 'number' ? v.baseline : null,
      targetValue: typeof v.targetValue === 'number' ? v.targetValue : null,
      dueDate: text('dueDate') ?? undefined,
      owner: text('owner') ?? undefined,
      meansOfVerification: text('meansOfVerification'),
      status,
    };
    parsed.target = validate(targetInput, input, FIELD_COLUMNS.target, report, flagged);
  }
  return parsed;
}

function flaggedAny(level: keyof typeof LEVELS, flagged: ReadonlySet<string | null>): boolean {
  return LEVELS[level].fields.some((k) => flagged.has(header(k)));
}

/** "4, 5", "4;5", "4 5" or the number 4; 'invalid' when it is anything else. */
function readParagraphs(value: ImportValue): number[] | undefined | 'invalid' {
  if (value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? [value] : 'invalid';
  const parts = value.split(/[,;\s]+/).filter(Boolean);
  if (parts.length === 0 || !parts.every((p) => /^\d{1,3}$/.test(p))) return 'invalid';
  return parts.map(Number);
}

/**
 * Runs a domain schema and reports its issues on the sheet's columns, except on columns that
 * already have a problem (a missing or unreadable value needs one message, not two).
 * Returns the parsed input only when the whole row level is valid.
 */
function validate<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  columns: Readonly<Record<string, MatrixKey>>,
  report: (key: MatrixKey, message: string) => void,
  flagged: ReadonlySet<string | null>,
): z.output<S> | undefined {
  const clean = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const result = schema.safeParse(clean);
  const levelColumns = Object.values(columns).map(header);
  if (result.success) return levelColumns.some((c) => flagged.has(c)) ? undefined : result.data;
  for (const issue of result.error.issues) {
    const key = columns[String(issue.path[0] ?? '')];
    if (key && !flagged.has(header(key))) report(key, issue.message);
  }
  return undefined;
}
