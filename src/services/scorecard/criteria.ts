// The scorecard criteria as user actions: the Gender Unit reads and sets them (a validated
// Setting, versioned like the reminder policy, so that two advisors cannot overwrite each
// other). Changed criteria rate the periods read from then on: a scorecard already stored
// keeps the criteria it was rated by.

import type { ScorecardCriteria } from '../../contract/scorecard';
import { ConflictError } from '../../domain/errors';
import type { Setting } from '../../domain/model';
import { CRITERION_RULES, SCORECARD_CRITERIA_SETTING, type Criterion } from '../../domain/scorecard-criteria';
import { parseCriteria, scorecardCriteriaInput } from '../../domain/scorecard-inputs';
import { parse } from '../../domain/schemas';
import { authorize, nowIso, type ServiceContext } from '../context';
import type { Actor } from '../identity';

/** The criteria as stored, with their version: 0 while none are stored (the defaults apply). */
export interface VersionedCriteria {
  body: ScorecardCriteria;
  version: number;
}

/** The stored criteria, or the defaults; for the services that rate (no permission of its own). */
export async function loadCriteria(ctx: ServiceContext): Promise<Criterion[]> {
  return parseCriteria((await ctx.store.get('setting', SCORECARD_CRITERIA_SETTING))?.value);
}

export async function readCriteria(ctx: ServiceContext, actor: Actor): Promise<VersionedCriteria> {
  await authorize(ctx, actor, 'rate-offices');
  return versioned(await ctx.store.get('setting', SCORECARD_CRITERIA_SETTING));
}

/**
 * Replaces the criteria. `expectedVersion` is the version the caller read (0 while none are
 * stored); any other is refused as stale, with the criteria as they are now. Audited by the
 * store (entity "setting", id "scorecard-criteria").
 */
export async function updateCriteria(ctx: ServiceContext, actor: Actor, body: unknown, expectedVersion: number): Promise<VersionedCriteria> {
  await authorize(ctx, actor, 'rate-offices');
  const { criteria } = parse(scorecardCriteriaInput, body, 'scorecard criteria');
  const current = await ctx.store.get('setting', SCORECARD_CRITERIA_SETTING);
  if (expectedVersion !== (current?.version ?? 0)) throw stale(current);
  try {
    const { records } = await ctx.store.commit({
      actor: actor.email,
      at: nowIso(ctx),
      changes: current
        ? [{ op: 'update', entity: 'setting', id: current.id, expectedVersion: current.version, patch: { value: criteria } }]
        : [{ op: 'create', entity: 'setting', record: { id: SCORECARD_CRITERIA_SETTING, value: criteria } }],
    });
    return versioned(records[0]);
  } catch (error) {
    // Someone saved between our read and our write: answer with what they stored.
    if (error instanceof ConflictError) throw stale(await ctx.store.get('setting', SCORECARD_CRITERIA_SETTING));
    throw error;
  }
}

function versioned(setting: Setting | undefined): VersionedCriteria {
  return { body: { criteria: parseCriteria(setting?.value), rules: { ...CRITERION_RULES } }, version: setting?.version ?? 0 };
}

function stale(current: Setting | undefined): ConflictError {
  const now = versioned(current);
  return new ConflictError(`The scorecard criteria were changed by someone else (now version ${now.version}).`, 'setting', SCORECARD_CRITERIA_SETTING, now);
}
