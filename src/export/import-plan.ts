// Works out what importing a workbook does to an office's plan, without writing anything: the
// store changes (creates and updates only, matched by reference, so importing the same file
// again yields none), the tally of created / updated / unchanged items, and every problem —
// row-level errors, and conflicts where an exported row is older than the stored item.
// Pure: the service applies the changes in one commit, or not at all.

import type { Activity, NewRecord, Objective, Office, PlanContents, Target } from '../domain/model';
import type { ActivityInput, ObjectiveInput, TargetInput } from '../domain/schemas';
import type { Change } from '../store/plan-store';
import { emptySummary, type ImportProblem, type ImportSummary, type ItemTally } from './import-report';
import { parseRow, type ParsedRow } from './import-rows';
import { exportedKey, type ExportedItem, type ExportedVersions, type ImportWorkbook } from './import-xlsx';
import type { MatrixKey } from './matrix';

export interface ImportPlanInput {
  workbook: ImportWorkbook;
  office: Office;
  /** Codes of every office, to tell another office's rows from an unknown office. */
  officeCodes: ReadonlySet<string>;
  /** The office's plan for the cycle, or null when the import starts it. */
  existing: PlanContents | null;
  planId: string;
  newId: () => string;
}

export interface ImportPlan {
  changes: Change[];
  summary: ImportSummary;
  problems: ImportProblem[];
}

type Level = 'objective' | 'activity' | 'target';
interface Definition<T> {
  ref: string;
  /** The first row naming the item, and the row that describes it (if any). */
  firstRow: ParsedRow;
  described?: { row: ParsedRow; input: T };
}

const LABEL: Record<Level, string> = { objective: 'Objective', activity: 'Activity', target: 'Target' };
const REF_COLUMN: Record<Level, string> = { objective: 'Objective ref', activity: 'Activity ref', target: 'Target ref' };
const TALLY: Record<Level, keyof ItemTally> = { objective: 'objectives', activity: 'activities', target: 'targets' };

export function planImport(input: ImportPlanInput): ImportPlan {
  const summary = emptySummary();
  const problems: ImportProblem[] = [];
  const rows: ParsedRow[] = [];
  for (const row of input.workbook.rows) {
    const office = typeof row.values.office === 'string' ? row.values.office.toUpperCase() : input.office.code;
    if (office !== input.office.code) {
      if (input.officeCodes.has(office)) summary.otherOfficeRows += 1;
      else problems.push({ sheet: row.sheet, row: row.row, column: 'Office', problem: `unknown office "${row.values.office}"`, kind: 'row' });
      continue;
    }
    const parsed = parseRow(row);
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) rows.push(parsed);
  }

  const objectives = collect<ObjectiveInput>(rows, 'objective', (r) => r.objectiveRef, (r) => r.objective, problems);
  const activities = collect<ActivityInput>(rows, 'activity', (r) => r.activityRef, (r) => r.activity, problems);
  const targets = collect<TargetInput>(rows, 'target', (r) => r.targetRef, (r) => r.target, problems);
  if (problems.length) return { changes: [], summary, problems };

  const differ = new Differ(input, summary, problems);
  const objectiveIds = new Map<string, string>();
  for (const d of objectives.values()) {
    const id = differ.objective(d);
    if (id) objectiveIds.set(d.ref, id);
  }
  const activityIds = new Map<string, string>();
  for (const d of activities.values()) {
    const objectiveId = objectiveIds.get(objectiveRefOf(d));
    const id = objectiveId && differ.activity(d, objectiveId);
    if (id) activityIds.set(d.ref, id);
  }
  for (const d of targets.values()) {
    const activityId = activityIds.get(d.firstRow.activityRef!);
    if (activityId) differ.target(d, activityId);
  }
  return problems.length ? { changes: [], summary, problems } : { changes: differ.changes(), summary, problems };
}

const objectiveRefOf = (d: Definition<unknown>) => d.firstRow.objectiveRef!;

/** Groups rows by the item they name; an item described twice must be described the same way, a target only once. */
function collect<T>(
  rows: readonly ParsedRow[],
  level: Level,
  refOf: (r: ParsedRow) => string | null,
  inputOf: (r: ParsedRow) => T | undefined,
  problems: ImportProblem[],
): Map<string, Definition<T>> {
  const items = new Map<string, Definition<T>>();
  for (const row of rows) {
    const ref = refOf(row);
    if (!ref) continue;
    const input = inputOf(row);
    const item = items.get(ref) ?? { ref, firstRow: row };
    items.set(ref, item);
    if (input === undefined) continue;
    const at = (problem: string) => problems.push({ sheet: row.source.sheet, row: row.source.row, column: REF_COLUMN[level], problem, kind: 'row' });
    if (!item.described) item.described = { row, input };
    else if (level === 'target') at(`duplicate reference ${ref}: target ${ref} is already on row ${item.described.row.source.row}`);
    else {
      const merged = merge(item.described.input as Record<string, unknown>, input as Record<string, unknown>);
      if (merged) item.described.input = merged as T;
      else {
        at(`${LABEL[level].toLowerCase()} ${ref} is described differently on row ${item.described.row.source.row}; repeat the same values, or leave them empty after its first row`);
      }
    }
  }
  return items;
}

/** Two rows' descriptions of one item: an empty cell says nothing, filled cells must agree. Undefined when they do not. */
function merge(first: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> | undefined {
  const merged = { ...first };
  for (const [key, value] of Object.entries(next)) {
    if (value === null || value === undefined) continue;
    const known = merged[key];
    if (known !== null && known !== undefined && JSON.stringify(known) !== JSON.stringify(value)) return undefined;
    merged[key] = value;
  }
  return merged;
}

/** Compares each described item with the stored plan and collects the creates and updates. */
class Differ {
  private readonly creates: Change[] = [];
  private readonly updates: Change[] = [];
  private readonly stored: { objective: Map<string, Objective>; activity: Map<string, Activity>; target: Map<string, Target> };

  constructor(
    private readonly input: ImportPlanInput,
    private readonly summary: ImportSummary,
    private readonly problems: ImportProblem[],
  ) {
    const c = input.existing;
    this.stored = {
      objective: new Map(c?.objectives.map((o) => [o.ref, o])),
      activity: new Map(c?.activities.map((a) => [a.ref, a])),
      target: new Map(c?.targets.map((t) => [t.ref, t])),
    };
  }

  changes(): Change[] {
    // Parents before children: the store checks that a new item's parent exists.
    const order: Record<string, number> = { objective: 0, activity: 1, target: 2 };
    return [...this.creates.sort((a, b) => order[a.entity]! - order[b.entity]!), ...this.updates];
  }

  objective(d: Definition<ObjectiveInput>): string | undefined {
    return this.item('objective', d, undefined, (i) => ({ title: i.title, pillar: i.pillar, paragraphs: i.paragraphs, functionalArea: i.functionalArea }));
  }

  activity(d: Definition<ActivityInput>, objectiveId: string): string | undefined {
    const optional = this.optionalFields({ owner: 'activityOwner', start: 'activityStart', end: 'activityEnd', resources: 'resources' });
    return this.item('activity', d, { key: 'objectiveId', id: objectiveId }, (i) => ({
      title: i.title,
      ...pick({ owner: i.owner ?? null, start: i.start ?? null, end: i.end ?? null, resources: i.resources ?? null }, optional),
    }));
  }

  target(d: Definition<TargetInput>, activityId: string): string | undefined {
    const optional = this.optionalFields({ unit: 'unit', baseline: 'baseline', targetValue: 'targetValue', meansOfVerification: 'meansOfVerification' });
    return this.item('target', d, { key: 'activityId', id: activityId }, (i) => ({
      description: i.description,
      indicator: i.indicator,
      dueDate: i.dueDate,
      owner: i.owner,
      ...pick({ unit: i.unit ?? null, baseline: i.baseline ?? null, targetValue: i.targetValue ?? null, meansOfVerification: i.meansOfVerification ?? null }, optional),
      // An empty Status cell leaves the status as it is; progress follows "achieved" as in the tab.
      ...(i.status ? { status: i.status, ...(i.status === 'achieved' ? { progress: 100 } : {}) } : {}),
    }));
  }

  /** Optional columns the workbook lacks are left alone rather than emptied. */
  private optionalFields(columns: Record<string, MatrixKey>): Set<string> {
    return new Set(Object.entries(columns).filter(([, key]) => this.input.workbook.columns.has(key)).map(([field]) => field));
  }

  private item<T>(level: Level, d: Definition<T>, parent: { key: string; id: string } | undefined, fields: (input: T) => Record<string, unknown>): string | undefined {
    const stored = this.stored[level].get(d.ref) as (Objective | Activity | Target) | undefined;
    const exported = this.exported(level, d.ref);
    const row = d.described?.row ?? d.firstRow;
    const problem = (message: string, kind: ImportProblem['kind'] = 'row') =>
      this.problems.push({ sheet: row.source.sheet, row: row.source.row, column: REF_COLUMN[level], problem: message, kind });
    const name = `${LABEL[level]} ${d.ref}`;

    if (!stored) {
      if (!d.described) {
        problem(`${LABEL[level].toLowerCase()} ${d.ref} is neither in the plan nor described on any row; fill in its columns on its first row`);
        return undefined;
      }
      if (exported) {
        problem(`${name} was deleted from the plan after this workbook was exported; it is not created again. Export again if it is still wanted.`, 'conflict');
        return undefined;
      }
      const id = this.input.newId();
      const values = { ...defaults(level), ...fields(d.described.input) };
      const record = { id, planId: this.input.planId, ref: d.ref, ...(parent ? { [parent.key]: parent.id } : {}), ...values };
      this.creates.push({ op: 'create', entity: level, record: record as NewRecord<typeof level> } as Change);
      this.summary.created[TALLY[level]] += 1;
      return id;
    }

    if (parent && (stored as unknown as Record<string, string>)[parent.key] !== parent.id) {
      problem(`${name} is under another ${level === 'activity' ? 'objective' : 'activity'} in the plan; an item cannot move under another parent by import`);
      return undefined;
    }
    const patch = d.described ? changedFields(stored, fields(d.described.input)) : {};
    if (Object.keys(patch).length === 0) {
      this.summary.unchanged[TALLY[level]] += 1;
      return stored.id;
    }
    if (exported && (exported.id !== stored.id || exported.version < stored.version)) {
      problem(
        `${name} was changed by someone else after this workbook was exported (the workbook has version ${exported.version}, the plan version ${stored.version}); ` +
          'it is not overwritten. Export again and redo the edit.',
        'conflict',
      );
      return stored.id;
    }
    this.updates.push({ op: 'update', entity: level, id: stored.id, expectedVersion: stored.version, patch } as Change);
    this.summary.updated[TALLY[level]] += 1;
    return stored.id;
  }

  /** The exported id and version, when the workbook was exported from this very plan. */
  private exported(level: Level, ref: string): ExportedItem | undefined {
    const maps: Record<Level, keyof ExportedVersions> = { objective: 'objectives', activity: 'activities', target: 'targets' };
    const item = (this.input.workbook.exported[maps[level]] as Map<string, ExportedItem>).get(exportedKey(this.input.office.code, ref));
    return item && item.planId === this.input.planId ? item : undefined;
  }
}

function defaults(level: Level): Record<string, unknown> {
  if (level === 'activity') return { owner: null, start: null, end: null, resources: null };
  if (level === 'target') return { unit: null, baseline: null, targetValue: null, meansOfVerification: null, status: 'not-started', progress: 0, lastCheckInAt: null };
  return {};
}

function pick(values: Record<string, unknown>, keep: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => keep.has(k)));
}

/** The fields whose value differs from the stored one; no field, no update, so a re-import writes nothing. */
function changedFields(stored: object, next: Record<string, unknown>): Record<string, unknown> {
  const current = stored as Record<string, unknown>;
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(current[k] ?? null) !== JSON.stringify(v ?? null)));
}
