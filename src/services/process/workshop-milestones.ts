// A held workshop is a milestone of its offices: recording one sets each office's workshop date
// (Office.milestones.workshop, what the dashboard's process stages read) to its last day, in the
// same commit, and only ever moves it later (a second workshop held earlier changes nothing).

import { ConflictError } from '../../domain/errors';
import type { Office } from '../../domain/model';
import type { Workshop } from '../../domain/process';
import type { Change } from '../../store/plan-store';
import { nowIso, type ServiceContext } from '../context';
import type { Actor } from '../identity';

type WorkshopChange = Extract<Change, { entity: 'workshop'; op: 'create' | 'update' }>;
/** An office changed meanwhile is read again this many times before the write gives up. */
const OFFICE_RETRIES = 3;

/** The updates of the offices whose workshop milestone the held workshop moves later. */
export function milestoneChanges(offices: readonly Office[], workshop: Pick<Workshop, 'status' | 'officeIds' | 'end'>): Change[] {
  if (workshop.status !== 'held') return [];
  return offices
    .filter((o) => workshop.officeIds.includes(o.id) && (o.milestones.workshop ?? '') < workshop.end)
    .map((o) => ({ op: 'update', entity: 'office', id: o.id, expectedVersion: o.version, patch: { milestones: { ...o.milestones, workshop: workshop.end } } }));
}

/**
 * Commits the workshop's change with its offices' milestones. An office edited meanwhile is no
 * conflict of the workshop: its milestone is computed again from the office as it is now.
 */
export async function commitWorkshop(
  ctx: ServiceContext,
  actor: Actor,
  change: WorkshopChange,
  after: Pick<Workshop, 'status' | 'officeIds' | 'end'>,
): Promise<Workshop> {
  for (let attempt = 1; ; attempt++) {
    const offices = await ctx.store.listOffices();
    try {
      const { records } = await ctx.store.commit({ actor: actor.email, at: nowIso(ctx), changes: [change, ...milestoneChanges(offices, after)] });
      const workshop: Workshop = records[0];
      return workshop;
    } catch (error) {
      const officeMoved = error instanceof ConflictError && error.kind === 'stale' && error.entity === 'office';
      if (!officeMoved || attempt >= OFFICE_RETRIES) throw error;
    }
  }
}
