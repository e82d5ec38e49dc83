// The needs assessment's findings: recorded per office by its focal point or the Gender Unit,
// department-wide by the Gender Unit only; listed with the objectives that cite them so that the
// Gender Advisor sees which gaps no objective answers yet. Each write is one audited commit at
// the version the caller read; a finding an objective cites is not deleted (409, naming them).

import type { FindingList, FindingView } from '../../contract/process';
import { ConflictError, NotFoundError, StateError } from '../../domain/errors';
import { FINDING_PRIORITIES, type Finding } from '../../domain/process';
import { findingInput, findingPatch, type FindingQuery } from '../../domain/process-inputs';
import { parse } from '../../domain/schemas';
import { authorize, load, nowIso, requireReader, type ServiceContext } from '../context';
import type { Actor } from '../identity';
import { officeIdOf } from './offices-named';
import { findingContext, findingViews } from './process-view';

/** The findings asked for, high priority first then oldest first, with the coverage of all of them. */
export async function listFindings(ctx: ServiceContext, actor: Actor, q: FindingQuery = {}): Promise<FindingList> {
  await requireReader(ctx, actor);
  const context = await findingContext(ctx);
  const office = q.office === undefined ? undefined : context.offices.find((o) => o.code === q.office);
  if (q.office !== undefined && !office) throw new NotFoundError('office', q.office);
  const all = await findingViews(ctx, await ctx.store.listFindings(), context);
  const rank = (f: FindingView) => FINDING_PRIORITIES.indexOf(f.priority);
  const findings = all
    .filter((f) => (office === undefined || f.officeId === office.id) && (q.uncovered !== true || !f.covered))
    .sort((a, b) => rank(a) - rank(b));
  const covered = all.filter((f) => f.covered).length;
  return { findings, coverage: { total: all.length, covered, uncovered: all.length - covered } };
}

/** Records a finding: the office's focal point or the Gender Unit; a department-wide one, the Gender Unit. */
export async function createFinding(ctx: ServiceContext, actor: Actor, body: unknown): Promise<FindingView> {
  const input = parse(findingInput, body, 'finding');
  const { office, ...fields } = input;
  const officeId = officeIdOf(await ctx.store.listOffices(), office ?? null, 'finding');
  await authorize(ctx, actor, 'manage-process', scopeOf(officeId));
  const { records } = await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes: [{ op: 'create', entity: 'finding', record: { id: ctx.newId(), ...fields, officeId, createdBy: actor.email } }],
  });
  return viewOf(ctx, records[0]);
}

/** Changes a finding read at `expectedVersion`; moving it to another office (or department-wide) needs the right to both. */
export async function updateFinding(ctx: ServiceContext, actor: Actor, id: string, body: unknown, expectedVersion: number): Promise<FindingView> {
  const finding = await load(ctx, 'finding', id);
  await authorize(ctx, actor, 'manage-process', scopeOf(finding.officeId));
  const { office, ...fields } = parse(findingPatch, body, 'finding');
  const officeId = office === undefined ? finding.officeId : officeIdOf(await ctx.store.listOffices(), office, 'finding');
  if (officeId !== finding.officeId) await authorize(ctx, actor, 'manage-process', scopeOf(officeId));
  if (finding.version !== expectedVersion) throw await stale(ctx, id);
  try {
    const { records } = await ctx.store.commit({
      actor: actor.email,
      at: nowIso(ctx),
      changes: [{ op: 'update', entity: 'finding', id, expectedVersion, patch: { ...fields, officeId } }],
    });
    return await viewOf(ctx, records[0]);
  } catch (error) {
    if (error instanceof ConflictError && error.kind === 'stale') throw await stale(ctx, id);
    throw error;
  }
}

/** Deletes a finding no objective cites (409 naming the objectives that do). */
export async function deleteFinding(ctx: ServiceContext, actor: Actor, id: string, expectedVersion: number): Promise<void> {
  const finding = await load(ctx, 'finding', id);
  await authorize(ctx, actor, 'manage-process', scopeOf(finding.officeId));
  if (finding.version !== expectedVersion) throw await stale(ctx, id);
  const [view] = await findingViews(ctx, [finding], await findingContext(ctx));
  const citing = view?.coveredBy ?? [];
  if (citing.length > 0) {
    const refs = citing.map((c) => `${c.officeCode} ${c.cycle} objective ${c.ref}`).join(', ');
    throw new StateError(`Objectives cite this finding (${refs}); remove it from them before deleting it.`, 'finding-cited', { objectives: refs });
  }
  try {
    await ctx.store.commit({ actor: actor.email, at: nowIso(ctx), changes: [{ op: 'delete', entity: 'finding', id, expectedVersion }] });
  } catch (error) {
    if (error instanceof ConflictError && error.kind === 'stale') throw await stale(ctx, id);
    throw error;
  }
}

/** Where a finding lands for the permission table: its office, or the department (no office). */
function scopeOf(officeId: string | null): { officeId?: string } {
  return officeId === null ? {} : { officeId };
}

async function viewOf(ctx: ServiceContext, finding: Finding): Promise<FindingView> {
  const [view] = await findingViews(ctx, [finding], await findingContext(ctx));
  if (!view) throw new NotFoundError('finding', finding.id);
  return view;
}

async function stale(ctx: ServiceContext, id: string): Promise<ConflictError> {
  const current = await load(ctx, 'finding', id);
  return new ConflictError('The finding was changed by someone else; here it is as it is now.', 'finding', id, await viewOf(ctx, current));
}
