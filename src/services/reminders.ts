// Reminder settings as user actions: the Gender Unit reads and sets the reminder policy (a
// validated Setting); the bot remembers each user's time zone from their Teams client so that
// nobody is reminded at 3 a.m.; the Gender Unit lists reminders that did not arrive.

import { ConflictError } from '../domain/errors';
import type { ReminderRecord, Setting } from '../domain/model';
import { parseReminderPolicy, REMINDER_POLICY_SETTING, isTimeZone, type ReminderPolicy } from '../domain/reminder-policy';
import { requirePermission } from './access';
import { nowIso, type ServiceContext } from './context';
import type { Actor } from './identity';

export const TIME_ZONES_SETTING = 'recipient-time-zones';

/** The stored policy with defaults for whatever it leaves out; the defaults when none is stored. */
export async function loadReminderPolicy(ctx: ServiceContext): Promise<ReminderPolicy> {
  const setting = await ctx.store.get('setting', REMINDER_POLICY_SETTING);
  return parseReminderPolicy(setting?.value ?? {});
}

/** The policy as stored, with its version: 0 while none is stored (the defaults apply). */
export interface VersionedReminderPolicy {
  policy: ReminderPolicy;
  version: number;
}

export async function readReminderPolicy(ctx: ServiceContext, actor: Actor): Promise<VersionedReminderPolicy> {
  requirePermission(actor, 'manage-reminder-policy');
  const setting = await ctx.store.get('setting', REMINDER_POLICY_SETTING);
  return { policy: parseReminderPolicy(setting?.value ?? {}), version: setting?.version ?? 0 };
}

export async function getReminderPolicy(ctx: ServiceContext, actor: Actor): Promise<ReminderPolicy> {
  return (await readReminderPolicy(ctx, actor)).policy;
}

/**
 * Replaces the policy (fields left out take their defaults). `expectedVersion` is the version
 * the caller read (0, or null, while none is stored); any other is refused as stale, with the
 * current policy. The store audits the change (entity "setting", id "reminder-policy").
 */
export async function updateReminderPolicy(ctx: ServiceContext, actor: Actor, body: unknown, expectedVersion: number | null): Promise<VersionedReminderPolicy> {
  requirePermission(actor, 'manage-reminder-policy');
  const policy = parseReminderPolicy(body);
  const current = await ctx.store.get('setting', REMINDER_POLICY_SETTING);
  const currentVersion = current?.version ?? 0;
  if ((expectedVersion ?? 0) !== currentVersion) throw stalePolicy(current);
  try {
    const { records } = await ctx.store.commit({
      actor: actor.email,
      at: nowIso(ctx),
      changes: current
        ? [{ op: 'update', entity: 'setting', id: current.id, expectedVersion: current.version, patch: { value: policy } }]
        : [{ op: 'create', entity: 'setting', record: { id: REMINDER_POLICY_SETTING, value: policy } }],
    });
    return { policy, version: records[0]?.version ?? currentVersion + 1 };
  } catch (error) {
    // Someone saved between our read and our write: answer with what they stored.
    if (error instanceof ConflictError) throw stalePolicy(await ctx.store.get('setting', REMINDER_POLICY_SETTING));
    throw error;
  }
}

/** A stale write, carrying the policy as it is now (with defaults) and its version. */
function stalePolicy(current: Setting | undefined): ConflictError {
  const stored: VersionedReminderPolicy = { policy: parseReminderPolicy(current?.value ?? {}), version: current?.version ?? 0 };
  return new ConflictError(`The reminder policy was changed by someone else (now version ${stored.version}).`, 'setting', REMINDER_POLICY_SETTING, stored);
}

/** Time zones learned from the Teams clients, by lower-case e-mail. */
export async function learnedTimeZones(ctx: ServiceContext): Promise<Record<string, string>> {
  const setting = await ctx.store.get('setting', TIME_ZONES_SETTING);
  const value = setting?.value;
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && isTimeZone(e[1])));
}

/** Remembers the time zone a user's Teams client reports; writes only when it changed. */
export async function rememberTimeZone(ctx: ServiceContext, email: string, timeZone: string): Promise<void> {
  if (!isTimeZone(timeZone)) return;
  const who = email.toLowerCase();
  for (let attempt = 1; attempt <= 3; attempt++) {
    const current = await ctx.store.get('setting', TIME_ZONES_SETTING);
    const stored = current?.value;
    const zones = typeof stored === 'object' && stored !== null ? Object.fromEntries(Object.entries(stored)) : {};
    if (zones[who] === timeZone) return;
    try {
      await ctx.store.commit({
        actor: who,
        at: nowIso(ctx),
        changes: current
          ? [{ op: 'update', entity: 'setting', id: current.id, expectedVersion: current.version, patch: { value: { ...zones, [who]: timeZone } } }]
          : [{ op: 'create', entity: 'setting', record: { id: TIME_ZONES_SETTING, value: { [who]: timeZone } } }],
      });
      return;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
}

/** Reminders that did not reach their recipient since `since`: for the Gender Unit to follow up by another route. */
export async function listUndeliveredReminders(ctx: ServiceContext, actor: Actor, since: string): Promise<ReminderRecord[]> {
  requirePermission(actor, 'follow-up-reminders');
  const rows = await ctx.store.listReminders({ since });
  return rows.filter((r) => r.status === 'unreachable' || r.status === 'failed');
}
