// The workshops: the pilot (the Gender Unit's) and one two-day workshop per office, recorded by
// the office's focal point or the Gender Unit, with their participants by level, function and
// sex. The list carries the figures computed from the held ones (process-figures.ts). Each write
// is one audited commit at the version the caller read.

import type { WorkshopList, WorkshopView } from '../../contract/process';
import { addDays } from '../../domain/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import type { Office } from '../../domain/model';
import { DEFAULT_WORKSHOP_DAYS, type Workshop, type WorkshopKind } from '../../domain/process';
import { workshopFigures } from '../../domain/process-figures';
import { participantsInput, workshopInput, workshopPatch, type WorkshopQuery } from '../../domain/process-inputs';
import { parse } from '../../domain/schemas';
import { authorize, load, requireReader, type ServiceContext } from '../context';
import type { Actor } from '../identity';
import { officeIdsOf } from './offices-named';
import { commitWorkshop } from './workshop-milestones';
import { workshopViews } from './process-view';

/** The workshops asked for, by start, and the figures of every held workshop whatever the filter. */
export async function listWorkshops(ctx: ServiceContext, actor: Actor, q: WorkshopQuery = {}): Promise<WorkshopList> {
  await requireReader(ctx, actor);
  const [offices, workshops, plans] = await Promise.all([ctx.store.listOffices(), ctx.store.listWorkshops(), ctx.store.listPlans()]);
  const office = q.office === undefined ? undefined : offices.find((o) => o.code === q.office);
  if (q.office !== undefined && !office) throw new NotFoundError('office', q.office);
  const chosen = workshops.filter(
    (w) =>
      (office === undefined || w.officeIds.includes(office.id)) &&
      (q.kind === undefined || w.kind === q.kind) &&
      (q.status === undefined || w.status === q.status),
  );
  return { workshops: await workshopViews(ctx, chosen, offices, plans), figures: workshopFigures(offices, workshops, plans) };
}

/** Plans or records a workshop; the end defaults to the day after the start (two days). */
export async function createWorkshop(ctx: ServiceContext, actor: Actor, body: unknown): Promise<WorkshopView> {
  const input = parse(workshopInput, body, 'workshop');
  const offices = await ctx.store.listOffices();
  const officeIds = officeIdsOf(offices, input.offices, 'offices', 'workshop');
  await authorizeWorkshop(ctx, actor, input.kind, officeIds);
  const record = {
    id: ctx.newId(),
    kind: input.kind,
    officeIds,
    start: input.start,
    end: input.end ?? addDays(input.start, DEFAULT_WORKSHOP_DAYS - 1),
    venue: input.venue ?? null,
    facilitators: input.facilitators,
    status: input.status,
    lessonsLearnt: input.lessonsLearnt ?? null,
    participants: { groups: [], named: [] },
  };
  const created = await commitWorkshop(ctx, actor, { op: 'create', entity: 'workshop', record }, record);
  return viewOf(ctx, created, await ctx.store.listOffices());
}

/** Changes a workshop read at `expectedVersion`; naming other offices needs the right to them too. */
export async function updateWorkshop(ctx: ServiceContext, actor: Actor, id: string, body: unknown, expectedVersion: number): Promise<WorkshopView> {
  const workshop = await load(ctx, 'workshop', id);
  await authorizeWorkshop(ctx, actor, workshop.kind, workshop.officeIds);
  const { offices: codes, ...fields } = parse(workshopPatch, body, 'workshop');
  const offices = await ctx.store.listOffices();
  const officeIds = codes === undefined ? workshop.officeIds : officeIdsOf(offices, codes, 'offices', 'workshop');
  if (workshop.kind === 'office' && officeIds.length === 0) {
    throw new ValidationError('Invalid workshop', [{ field: 'offices', code: 'too-few', params: { min: 1 }, message: 'an office workshop names its office' }]);
  }
  await authorizeWorkshop(ctx, actor, workshop.kind, officeIds);
  const start = fields.start ?? workshop.start;
  const end = fields.end ?? workshop.end;
  if (end < start) throw new ValidationError('Invalid workshop', [{ field: 'end', code: 'end-before-start', message: 'must not be before the start' }]);
  return write(ctx, actor, workshop, expectedVersion, { ...fields, officeIds }, offices);
}

/** Replaces a workshop's participants (groups and named people) as a whole. */
export async function replaceParticipants(ctx: ServiceContext, actor: Actor, id: string, body: unknown, expectedVersion: number): Promise<WorkshopView> {
  const workshop = await load(ctx, 'workshop', id);
  await authorizeWorkshop(ctx, actor, workshop.kind, workshop.officeIds);
  const participants = parse(participantsInput, body, 'participants');
  return write(ctx, actor, workshop, expectedVersion, { participants }, await ctx.store.listOffices());
}

type WorkshopPatch = Partial<Omit<Workshop, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'kind'>>;

async function write(
  ctx: ServiceContext,
  actor: Actor,
  workshop: Workshop,
  expectedVersion: number,
  patch: WorkshopPatch,
  offices: readonly Office[],
): Promise<WorkshopView> {
  if (workshop.version !== expectedVersion) throw await stale(ctx, workshop.id);
  try {
    const changed = await commitWorkshop(ctx, actor, { op: 'update', entity: 'workshop', id: workshop.id, expectedVersion, patch }, { ...workshop, ...patch });
    return await viewOf(ctx, changed, offices);
  } catch (error) {
    if (error instanceof ConflictError && error.kind === 'stale') throw await stale(ctx, workshop.id);
    throw error;
  }
}

/** The pilot (or a workshop of no office) is the Gender Unit's; an office workshop, the focal points' of every office it names. */
async function authorizeWorkshop(ctx: ServiceContext, actor: Actor, kind: WorkshopKind, officeIds: readonly string[]): Promise<void> {
  if (kind === 'pilot' || officeIds.length === 0) {
    await authorize(ctx, actor, 'manage-process');
    return;
  }
  for (const officeId of officeIds) await authorize(ctx, actor, 'manage-process', { officeId });
}

async function viewOf(ctx: ServiceContext, workshop: Workshop, offices: readonly Office[]): Promise<WorkshopView> {
  const [view] = await workshopViews(ctx, [workshop], offices, await ctx.store.listPlans());
  if (!view) throw new NotFoundError('workshop', workshop.id);
  return view;
}

async function stale(ctx: ServiceContext, id: string): Promise<ConflictError> {
  const current = await load(ctx, 'workshop', id);
  return new ConflictError(
    'The workshop was changed by someone else; here it is as it is now.',
    'workshop',
    id,
    await viewOf(ctx, current, await ctx.store.listOffices()),
  );
}
