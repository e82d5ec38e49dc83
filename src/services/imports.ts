// Importing an office work plan from Excel (the workshops produce them there), and the blank
// template to fill in. A dry run reports row by row what is wrong and what would change; an
// apply writes everything in ONE store commit or nothing, guarded on the plan being a draft or
// returned. Matching is by reference, so importing the same file twice changes nothing.
//
// Permission: the office's focal points (as for editing the plan), and administrators — the CLI
// runs as the system administrator. When the office has no plan for the cycle yet, the import
// starts one as a draft in the same commit; an existing plan must be draft or returned.

import { z } from 'zod';
import { ForbiddenError, StateError, ValidationError } from '../domain/errors';
import type { Office, PlanContents } from '../domain/model';
import { cycle as cycleSchema, officeCode, parse } from '../domain/schemas';
import { EDITABLE_PLAN_STATUSES } from '../domain/workflow';
import { refuseArchived } from '../domain/plan-lifecycle';
import { planImport } from '../import/import-plan';
import { DEFAULT_IMPORT_LIMITS, emptySummary, fileProblem, WorkbookRefusedError, type ImportLimits, type ImportReport } from '../import/import-report';
import type { ImportWorkbook } from '../import/import-workbook';
import { inspectWorkbook } from '../import/workbook-safety';
import type { Change } from '../store/plan-store';
import { mayAnywhere } from '../domain/permissions';
import { requirePermission } from './access';
import { nowIso, type ServiceContext } from './context';
import type { Actor } from './identity';
import { officeByCode } from './offices';

export const importRequest = z.strictObject({
  office: officeCode,
  cycle: cycleSchema.optional(),
  dryRun: z.boolean().default(false),
});
export type ImportRequest = z.input<typeof importRequest>;

export function requireImporter(actor: Actor, office: Office): void {
  requirePermission(actor, 'import', { officeId: office.id }, `Only a focal point of ${office.code} imports its work plan.`);
}

/** The blank template goes to those who may import into some office, and to nobody else. */
export async function importTemplate(_ctx: ServiceContext, actor: Actor, limits: Pick<ImportLimits, 'maxRows'> = DEFAULT_IMPORT_LIMITS): Promise<Buffer> {
  if (!mayAnywhere(actor, 'import'))
    throw new ForbiddenError("Only an office's focal point (or an administrator) imports work plans, so only they get the import template.");
  // exceljs is large: it loads when a workbook is read or written, not with the app.
  return (await import('../export/xlsx-template')).buildImportTemplate(limits.maxRows);
}

export async function importWorkPlan(
  ctx: ServiceContext,
  actor: Actor,
  file: Buffer,
  rawRequest: ImportRequest,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<ImportReport> {
  const request = parse(importRequest, rawRequest, 'import request');
  const office = await officeByCode(ctx, request.office);
  requireImporter(actor, office);
  const report: ImportReport = {
    office: office.code,
    cycle: request.cycle ?? null,
    planId: null,
    dryRun: request.dryRun,
    applied: false,
    refusal: null,
    summary: emptySummary(),
    problems: [],
  };

  let workbook: ImportWorkbook;
  try {
    await inspectWorkbook(file, limits);
    workbook = await (await import('../import/import-xlsx')).readImportWorkbook(file);
  } catch (error) {
    if (!(error instanceof WorkbookRefusedError)) throw error;
    return { ...report, refusal: error.kind, problems: [fileProblem(error.message)] };
  }

  const exportedCycle = cycleSchema.safeParse(workbook.exported.cycles.get(office.code));
  const cycle = request.cycle ?? (exportedCycle.success ? exportedCycle.data : await latestCycle(ctx, office));
  const [plan] = await ctx.store.listPlans({ officeId: office.id, cycle });
  const existing = plan ? ((await ctx.store.getPlanContents(plan.id)) ?? null) : null;
  if (existing && !EDITABLE_PLAN_STATUSES.includes(existing.plan.status)) {
    refuseArchived(existing.plan);
    throw new StateError(`The ${office.code} work plan for ${cycle} is ${existing.plan.status}; an import needs it to be a draft or returned to the office.`);
  }
  const planId = existing?.plan.id ?? ctx.newId();
  const offices = await ctx.store.listOffices();
  const planned = planImport({ workbook, office, officeCodes: new Set(offices.map((o) => o.code)), existing, planId, newId: ctx.newId });
  const result: ImportReport = {
    ...report,
    cycle,
    planId: existing ? planId : null,
    summary: { ...planned.summary, createsPlan: !existing },
    problems: planned.problems,
  };
  if (request.dryRun || planned.problems.length > 0) return result;
  if (planned.changes.length === 0) return { ...result, applied: true };

  await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes: existing ? planned.changes : [newPlan(office, cycle, planId), ...planned.changes],
    // Checked inside the store's transaction: a plan submitted meanwhile is not changed.
    guards: existing ? [guardOf(existing)] : [],
  });
  return { ...result, planId, applied: true };
}

const guardOf = (existing: PlanContents) => ({ planId: existing.plan.id, statuses: EDITABLE_PLAN_STATUSES });

function newPlan(office: Office, cycle: string, planId: string): Change {
  return {
    op: 'create',
    entity: 'plan',
    record: {
      id: planId,
      officeId: office.id,
      cycle,
      title: `${office.name} — SCR 1325 work plan ${cycle}`,
      status: 'draft',
      reviewComment: null,
      history: [],
    },
  };
}

/** Without a cycle named (or found in an exported workbook), the office's newest plan is meant. */
async function latestCycle(ctx: ServiceContext, office: Office): Promise<string> {
  const cycles = (await ctx.store.listPlans({ officeId: office.id })).map((p) => p.cycle).sort();
  const latest = cycles.at(-1);
  if (!latest) {
    throw new ValidationError(`${office.code} has no work plan yet; name the cycle the import starts`, [
      { field: 'cycle', code: 'required', message: 'is required when the office has no work plan yet' },
    ]);
  }
  return latest;
}
