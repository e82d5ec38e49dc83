// The action-plan matrix: one row per target with everything above it, the columns users
// expect (reference/domain-1325.md). The Action Plan sheet, the office sheets, the import
// template, the importer and the Word annex all read their columns from here. People appear by
// display name; the workbook's hidden _people sheet turns the names back into e-mails on import.

import type { ActivityView, ObjectiveView, TargetView } from '../domain/derive';
import type { Office } from '../domain/model';
import { formatParagraphs, FUNCTIONAL_AREA_LABELS, PILLAR_LABELS, TARGET_STATUS_LABELS } from './catalogue-labels';
import { personName, type ConsolidatedPlan } from './consolidate';

/** How a column's cells are written and read: dates are real Excel dates, numbers real numbers. */
export type MatrixKind = 'code' | 'text' | 'longText' | 'number' | 'date' | 'percent';
/** What the importer does with a column: it must be there, it may be there, or it is read-only. */
export type ImportRole = 'required' | 'optional' | 'ignored';

export interface MatrixColumn {
  readonly key: string;
  readonly header: string;
  /** Excel column width, in characters. */
  readonly width: number;
  readonly kind: MatrixKind;
  readonly onImport: ImportRole;
}

export const MATRIX_COLUMNS = [
  { key: 'office', header: 'Office', width: 9, kind: 'code', onImport: 'optional' },
  { key: 'objectiveRef', header: 'Objective ref', width: 9, kind: 'code', onImport: 'required' },
  { key: 'objective', header: 'Objective', width: 40, kind: 'longText', onImport: 'required' },
  { key: 'pillar', header: 'Pillar', width: 16, kind: 'text', onImport: 'required' },
  { key: 'paragraphs', header: 'SCR 1325 paragraphs', width: 12, kind: 'text', onImport: 'required' },
  { key: 'functionalArea', header: 'Functional area', width: 22, kind: 'text', onImport: 'required' },
  { key: 'activityRef', header: 'Activity ref', width: 9, kind: 'code', onImport: 'required' },
  { key: 'activity', header: 'Activity', width: 40, kind: 'longText', onImport: 'required' },
  { key: 'activityOwner', header: 'Activity lead', width: 26, kind: 'text', onImport: 'optional' },
  { key: 'activityStart', header: 'Activity start', width: 12, kind: 'date', onImport: 'optional' },
  { key: 'activityEnd', header: 'Activity end', width: 12, kind: 'date', onImport: 'optional' },
  { key: 'resources', header: 'Resources', width: 28, kind: 'longText', onImport: 'optional' },
  { key: 'targetRef', header: 'Target ref', width: 9, kind: 'code', onImport: 'required' },
  { key: 'target', header: 'Target', width: 40, kind: 'longText', onImport: 'required' },
  { key: 'indicator', header: 'Indicator', width: 34, kind: 'longText', onImport: 'required' },
  { key: 'baseline', header: 'Baseline', width: 10, kind: 'number', onImport: 'optional' },
  { key: 'targetValue', header: 'Target value', width: 10, kind: 'number', onImport: 'optional' },
  { key: 'unit', header: 'Unit', width: 12, kind: 'text', onImport: 'optional' },
  { key: 'dueDate', header: 'Due date', width: 12, kind: 'date', onImport: 'required' },
  { key: 'owner', header: 'Owner', width: 28, kind: 'text', onImport: 'required' },
  { key: 'status', header: 'Status', width: 12, kind: 'text', onImport: 'optional' },
  { key: 'progress', header: 'Progress', width: 10, kind: 'percent', onImport: 'ignored' },
  { key: 'lastCheckIn', header: 'Last check-in', width: 12, kind: 'date', onImport: 'ignored' },
  { key: 'checkInNote', header: 'Check-in note', width: 36, kind: 'longText', onImport: 'ignored' },
  { key: 'meansOfVerification', header: 'Means of verification', width: 30, kind: 'longText', onImport: 'optional' },
  { key: 'daysOverdue', header: 'Days overdue', width: 9, kind: 'number', onImport: 'ignored' },
] as const satisfies readonly MatrixColumn[];

export type MatrixKey = (typeof MATRIX_COLUMNS)[number]['key'];
/** A row's values: text, numbers, ISO dates (YYYY-MM-DD) for date columns, progress as 0–100. */
export type MatrixRow = Record<MatrixKey, string | number | null>;

/** What an exported row was made from, so that an edited workbook can be checked on import. */
export interface MatrixIds {
  planId: string;
  objective: { id: string; version: number };
  activity: { id: string; version: number } | null;
  target: { id: string; version: number } | null;
}

export interface MatrixEntry {
  officeId: string;
  values: MatrixRow;
  ids: MatrixIds;
}

/**
 * The rows of the matrix in order, for every office or one. An objective without activities,
 * or an activity without targets, gets a row of its own with the lower columns empty, so that
 * nothing in a plan is missing from the workbook.
 */
export function* matrixEntries(plan: ConsolidatedPlan, officeId?: string): Generator<MatrixEntry> {
  for (const { office, plan: tree } of plan.offices) {
    if (officeId !== undefined && office.id !== officeId) continue;
    for (const objective of tree.objectives) {
      if (objective.activities.length === 0) yield entry(plan, office, tree.id, objective, null, null);
      for (const activity of objective.activities) {
        if (activity.targets.length === 0) yield entry(plan, office, tree.id, objective, activity, null);
        for (const target of activity.targets) yield entry(plan, office, tree.id, objective, activity, target);
      }
    }
  }
}

/** How many rows `matrixEntries` yields, for progress bars. */
export function matrixRowCount(plan: ConsolidatedPlan, officeId?: string): number {
  let n = 0;
  for (const { office, plan: tree } of plan.offices) {
    if (officeId !== undefined && office.id !== officeId) continue;
    for (const objective of tree.objectives) {
      n += Math.max(
        1,
        objective.activities.reduce((m, a) => m + Math.max(1, a.targets.length), 0),
      );
    }
  }
  return n;
}

function entry(
  plan: ConsolidatedPlan,
  office: Office,
  planId: string,
  objective: ObjectiveView,
  activity: ActivityView | null,
  target: TargetView | null,
): MatrixEntry {
  const checkIn = target ? plan.lastCheckIns.get(target.id) : undefined;
  return {
    officeId: office.id,
    values: {
      office: office.code,
      objectiveRef: objective.ref,
      objective: objective.title,
      pillar: PILLAR_LABELS[objective.pillar],
      paragraphs: formatParagraphs(objective.paragraphs),
      functionalArea: FUNCTIONAL_AREA_LABELS[objective.functionalArea],
      activityRef: activity?.ref ?? null,
      activity: activity?.title ?? null,
      activityOwner: personName(plan, activity?.owner ?? null),
      activityStart: activity?.start ?? null,
      activityEnd: activity?.end ?? null,
      resources: activity?.resources ?? null,
      targetRef: target?.ref ?? null,
      target: target?.description ?? null,
      indicator: target?.indicator ?? null,
      baseline: target?.baseline ?? null,
      targetValue: target?.targetValue ?? null,
      unit: target?.unit ?? null,
      dueDate: target?.dueDate ?? null,
      owner: personName(plan, target?.owner ?? null),
      status: target ? TARGET_STATUS_LABELS[target.status] : null,
      progress: target?.progress ?? null,
      lastCheckIn: checkIn?.date ?? target?.lastCheckInAt?.slice(0, 10) ?? null,
      checkInNote: checkIn?.note ?? null,
      meansOfVerification: target?.meansOfVerification ?? null,
      daysOverdue: target?.overdue ? target.daysOverdue : null,
    },
    ids: {
      planId,
      objective: { id: objective.id, version: objective.version },
      activity: activity ? { id: activity.id, version: activity.version } : null,
      target: target ? { id: target.id, version: target.version } : null,
    },
  };
}
