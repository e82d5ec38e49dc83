// Offices: listed for everyone with access; created and changed by the Gender Unit or an admin.

import { ConflictError, NotFoundError } from '../domain/errors';
import type { Office, OfficeMilestones } from '../domain/model';
import { officeInput, officePatch, parse } from '../domain/schemas';
import { requirePermission } from './access';
import { load, nowIso, requireReader, type ServiceContext } from './context';
import type { Actor } from './identity';

const NO_MILESTONES: OfficeMilestones = { needsAssessment: null, workshop: null, planSubmitted: null, planEndorsed: null };

export async function listOffices(ctx: ServiceContext, actor: Actor): Promise<Office[]> {
  await requireReader(ctx, actor);
  return ctx.store.listOffices();
}

export async function officeByCode(ctx: ServiceContext, code: string): Promise<Office> {
  const office = (await ctx.store.listOffices()).find((o) => o.code === code);
  if (!office) throw new NotFoundError('office', code);
  return office;
}

export async function createOffice(ctx: ServiceContext, actor: Actor, body: unknown): Promise<Office> {
  requirePermission(actor, 'manage-offices');
  const input = parse(officeInput, body, 'office');
  if ((await ctx.store.listOffices()).some((o) => o.code === input.code)) {
    throw new ConflictError(`An office with code ${input.code} already exists.`, 'office', input.code);
  }
  const { records } = await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes: [
      {
        op: 'create',
        entity: 'office',
        record: {
          id: ctx.newId(),
          code: input.code,
          name: input.name,
          focalPoints: input.focalPoints,
          digestChannelId: input.digestChannelId ?? null,
          milestones: { ...NO_MILESTONES, ...input.milestones },
        },
      },
    ],
  });
  return records[0];
}

export async function updateOffice(ctx: ServiceContext, actor: Actor, id: string, body: unknown, expectedVersion: number): Promise<Office> {
  requirePermission(actor, 'manage-offices');
  const patch = parse(officePatch, body, 'office');
  const current = await load(ctx, 'office', id);
  const { records } = await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes: [
      {
        op: 'update',
        entity: 'office',
        id,
        expectedVersion,
        patch: { ...patch, milestones: patch.milestones ? { ...current.milestones, ...patch.milestones } : undefined },
      },
    ],
  });
  return records[0];
}
