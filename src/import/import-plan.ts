// Works out what importing a workbook does to an office's plan, without writing anything: the
// store changes (creates and updates only, matched by reference, so importing the same file
// again yields none), the tally of created / updated / unchanged items, and every problem —
// row-level errors, and conflicts where an exported row is older than the stored item.
// Pure: the service applies the changes in one commit, or not at all.

import type { Activity, Objective, Office, PlanContents, Target } from '../domain/model';
import type { ActivityInput, ObjectiveInput, TargetInput } from '../domain/schemas';
import type { Change } from '../store/plan-store';
import { emptySummary, type ImportProblem, type ImportSummary, type ItemTally } from './import-report';
import { parseRow, type ParsedRow } from './import-rows';
import { exportedKey, type ExportedItem, type ImportWorkbook } from './import-workbook';
import type { MatrixKey } from '../export/matrix';

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

  const objectives = collect<ObjectiveInput>(
    rows,
    'objective',
    (r) => r.objectiveRef,
    (r) => r.objective,
    problems,
  );
  const activities = collect<ActivityInput>(
    rows,
    'activity',
    (r) => r.activityRef,
    (r) => r.activity,
    problems,
  );
  const targets = collect<TargetInput>(
    rows,
    'target',
    (r) => r.targetRef,
    (r) => r.target,
    problems,
  );
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
    // A target's row names its activity: parseRow refuses a row with a target and no activity.
    const activityId = activityIds.get(d.firstRow.activityRef ?? '');
    if (activityId) differ.target(d, activityId);
  }
  return problems.length ? { changes: [], summary, problems } : { changes: differ.changes(), summary, problems };
}

// An activity's row names its objective: parseRow refuses a row with an activity and no objective.
const objectiveRefOf = (d: Definition<unknown>) => d.firstRow.objectiveRef ?? '';

/** Groups rows by the item they name; an item described twice must be described the same way, a target only once. */
function collect<T extends object>(
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
      const merged = merge(item.described.input, input);
      if (merged) item.described.input = merged;
      else {
        at(
          `${LABEL[level].toLowerCase()} ${ref} is described differently on row ${item.described.row.source.row}; repeat the same values, or leave them empty after its first row`,
        );
      }
    }
  }
  return items;
}

/** Two rows' descriptions of one item: an empty cell says nothing, filled cells must agree. Undefined when they do not. */
function merge<T extends object>(first: T, next: T): T | undefined {
  const merged = { ...first };
  for (const key in next) {
    const value = next[key];
    if (value === null || value === undefined) continue;
    const known = merged[key];
    if (known !== null && known !== undefined && JSON.stringify(known) !== JSON.stringify(value)) return undefined;
    merged[key] = value;
  }
  return merged;
}

type StoredItem = Objective | Activity | Target;

/** How one level's items are stored: the stored item, its parent, and the changes that create or update it. */
interface ItemKind<S extends StoredItem, F extends object> {
  level: Level;
  stored: S | undefined;
  /** The stored item sits under another parent than the row names. */
  movedFrom?: (stored: S) => boolean;
  create: (id: string, fields: F) => Change;
  update: (stored: S, patch: Partial<F>) => Change;
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
    const rank = (c: Change) => (c.entity === 'objective' ? 0 : c.entity === 'activity' ? 1 : 2);
    return [...this.creates.sort((a, b) => rank(a) - rank(b)), ...this.updates];
  }

  objective(d: Definition<ObjectiveInput>): string | undefined {
    const planId = this.input.planId;
    return this.item(d, (i) => ({ title: i.title, pillar: i.pillar, paragraphs: i.paragraphs, functionalArea: i.functionalArea }), {
      level: 'objective',
      stored: this.stored.objective.get(d.ref),
      create: (id, fields) => ({ op: 'create', entity: 'objective', record: { id, planId, ref: d.ref, ...fields } }),
      update: (stored, patch) => ({ op: 'update', entity: 'objective', id: stored.id, expectedVersion: stored.version, patch }),
    });
  }

  activity(d: Definition<ActivityInput>, objectiveId: string): string | undefined {
    const planId = this.input.planId;
    const optional = this.optionalFields({ owner: 'activityOwner', start: 'activityStart', end: 'activityEnd', resources: 'resources' });
    const fieldsOf = (i: ActivityInput) => ({
      title: i.title,
      ...pick({ owner: i.owner ?? null, start: i.start ?? null, end: i.end ?? null, resources: i.resources ?? null }, optional),
    });
    return this.item(d, fieldsOf, {
      level: 'activity',
      stored: this.stored.activity.get(d.ref),
      movedFrom: (stored) => stored.objectiveId !== objectiveId,
      create: (id, fields) => ({
        op: 'create',
        entity: 'activity',
        record: { id, planId, ref: d.ref, objectiveId, owner: null, start: null, end: null, resources: null, ...fields },
      }),
      update: (stored, patch) => ({ op: 'update', entity: 'activity', id: stored.id, expectedVersion: stored.version, patch }),
    });
  }

  target(d: Definition<TargetInput>, activityId: string): string | undefined {
    const planId = this.input.planId;
    const optional = this.optionalFields({ unit: 'unit', baseline: 'baseline', targetValue: 'targetValue', meansOfVerification: 'meansOfVerification' });
    const fieldsOf = (i: TargetInput) => ({
      description: i.description,
      indicator: i.indicator,
      dueDate: i.dueDate,
      owner: i.owner,
      ...pick(
        { unit: i.unit ?? null, baseline: i.baseline ?? null, targetValue: i.targetValue ?? null, meansOfVerification: i.meansOfVerification ?? null },
        optional,
      ),
      // An empty Status cell leaves the status as it is; progress follows "achieved" as in the tab.
      ...(i.status ? { status: i.status, ...(i.status === 'achieved' ? { progress: 100 } : {}) } : {}),
    });
    return this.item(d, fieldsOf, {
      level: 'target',
      stored: this.stored.target.get(d.ref),
      movedFrom: (stored) => stored.activityId !== activityId,
      create: (id, fields) => ({
        op: 'create',
        entity: 'target',
        record: {
          id,
          planId,
          ref: d.ref,
          activityId,
          unit: null,
          baseline: null,
          targetValue: null,
          meansOfVerification: null,
          status: 'not-started',
          progress: 0,
          lastCheckInAt: null,
          ...fields,
        },
      }),
      update: (stored, patch) => ({ op: 'update', entity: 'target', id: stored.id, expectedVersion: stored.version, patch }),
    });
  }

  /** Optional columns the workbook lacks are left alone rather than emptied. */
  private optionalFields(columns: Record<string, MatrixKey>): Set<string> {
    return new Set(
      Object.entries(columns)
        .filter(([, key]) => this.input.workbook.columns.has(key))
        .map(([field]) => field),
    );
  }

  private item<T, S extends StoredItem, F extends object>(d: Definition<T>, fieldsOf: (input: T) => F, kind: ItemKind<S, F>): string | undefined {
    const { level, stored } = kind;
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
      this.creates.push(kind.create(id, fieldsOf(d.described.input)));
      this.summary.created[TALLY[level]] += 1;
      return id;
    }

    if (kind.movedFrom?.(stored)) {
      problem(`${name} is under another ${level === 'activity' ? 'objective' : 'activity'} in the plan; an item cannot move under another parent by import`);
      return undefined;
    }
    const patch = d.described ? changedFields(stored, fieldsOf(d.described.input)) : {};
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
    this.updates.push(kind.update(stored, patch));
    this.summary.updated[TALLY[level]] += 1;
    return stored.id;
  }

  /** The exported id and version, when the workbook was exported from this very plan. */
  private exported(level: Level, ref: string): ExportedItem | undefined {
    const maps: Record<Level, 'objectives' | 'activities' | 'targets'> = { objective: 'objectives', activity: 'activities', target: 'targets' };
    const item = this.input.workbook.exported[maps[level]].get(exportedKey(this.input.office.code, ref));
    return item && item.planId === this.input.planId ? item : undefined;
  }
}

/** The values whose field is in `keep`. */
function pick<F extends object>(values: F, keep: ReadonlySet<string>): Partial<F> {
  const picked: Partial<F> = {};
  for (const key in values) if (keep.has(key)) picked[key] = values[key];
  return picked;
}

/** The fields whose value differs from the stored one; no field, no update, so a re-import writes nothing. */
function changedFields<F extends object>(stored: object, next: F): Partial<F> {
  const patch: Partial<F> = {};
  for (const key in next) {
    const current = Object.getOwnPropertyDescriptor(stored, key)?.value;
    if (JSON.stringify(current ?? null) !== JSON.stringify(next[key] ?? null)) patch[key] = next[key];
  }
  return patch;
}
