// One reminder sweep: take the lease, give up on pending rows whose instance died, plan, and
// deliver each reminder exactly once: claim its ledger row (a create, which fails if the key
// exists), send within Teams' limits, record the outcome. Escalations to the Gender Unit go
// out after everything else, and the digests last.

import Bottleneck from 'bottleneck';
import type { Lease, ReminderRecord } from '../domain/model';
import { deactivateConversation } from '../services/conversations';
import { destinationResolver } from './destinations';
import { acquireLease, releaseLease, renewLease } from './lease';
import { ReminderLedger } from './ledger';
import type { Outbox } from './outbox';
import { ReportReminder, type PlannedReminder } from './reminder';
import { today } from '../services/context';
import { planDueReminders, type ReminderDeps, type SweepData } from './sweep-data';
import { Throttle, type Attempted } from './throttle';

export interface SweepReport {
  lease: 'taken' | 'held-elsewhere';
  planned: number;
  sent: number;
  /** Keys another sweep had already claimed (sent, in flight or given up). */
  alreadyClaimed: number;
  unreachable: number;
  failed: number;
  /** Throttled until we gave up: the claim was given back for the next sweep. */
  deferred: number;
  /** Pending rows of a dead instance, now marked failed-unknown. */
  expiredPending: number;
  /** Sent, but the outcome could not be written (the row stays pending, then expires). */
  unrecorded: number;
  leaseLost: boolean;
  /** Requests made to the Bot Connector, retries included. */
  requests: number;
}

const emptyReport = (lease: SweepReport['lease']): SweepReport => ({
  lease,
  planned: 0,
  sent: 0,
  alreadyClaimed: 0,
  unreachable: 0,
  failed: 0,
  deferred: 0,
  expiredPending: 0,
  unrecorded: 0,
  leaseLost: false,
  requests: 0,
});

/** Reminders in flight at once: enough to keep the rate cap busy, few enough that a crash cuts off only these. */
const IN_FLIGHT = 64;

export async function runReminderSweep(deps: ReminderDeps): Promise<SweepReport> {
  const { ctx, settings } = deps;
  const lease = await acquireLease(ctx.store, { holder: settings.instanceId, ttlMs: settings.leaseTtlMs, now: ctx.clock() });
  if (!lease) return emptyReport('held-elsewhere');
  const keeper = new LeaseKeeper(deps, lease);
  try {
    const ledger = new ReminderLedger(ctx.store, `reminders@${settings.instanceId}`);
    const rows = await ledger.recent(ctx.clock());
    const expired = await ledger.expireStalePending(rows, ctx.clock(), settings.pendingTimeoutMs);
    if (expired.length) deps.logger.warn({ keys: expired.map((r) => r.id) }, 'reminders left pending by a stopped instance are marked failed (not resent)');
    const data = await planDueReminders(deps, mergeRows(rows, expired));
    const report = await deliverReminders(deps, data, () => keeper.valid());
    return { ...report, expiredPending: expired.length, leaseLost: keeper.lost };
  } finally {
    await keeper.release();
  }
}

/** Delivers planned reminders; exported so that tests can race two instances without the lease. */
export async function deliverReminders(deps: ReminderDeps, data: SweepData, mayContinue: () => Promise<boolean> = async () => true): Promise<SweepReport> {
  const { ctx, settings, logger } = deps;
  const outbox = requireOutbox(deps.outbox);
  const report = emptyReport('taken');
  report.planned = data.reminders.length;
  const actor = `reminders@${settings.instanceId}`;
  const ledger = new ReminderLedger(ctx.store, actor);
  const throttle = new Throttle(settings.throttle);
  const resolve = destinationResolver({
    ctx,
    directory: deps.directory,
    outbox,
    throttle,
    tenantId: settings.tenantId,
    serviceUrl: settings.serviceUrl,
    actor,
  });
  const pool = new Bottleneck({ maxConcurrent: IN_FLIGHT });
  const day = today(ctx);

  const deliver = async (r: PlannedReminder): Promise<void> => {
    if (!(await mayContinue())) return;
    const destination = await resolve(r.recipient);
    if (!destination.ok) {
      if (destination.status === 'deferred') report.deferred += 1;
      else if (await ledger.recordUndeliverable(r, ctx.clock(), destination.status, destination.reason)) report[destination.status] += 1;
      else report.alreadyClaimed += 1;
      return;
    }
    const row = await ledger.claim(r, ctx.clock());
    if (!row) {
      report.alreadyClaimed += 1;
      return;
    }
    const target = r.targetId ? data.targets.get(r.targetId) : undefined;
    const plan = r.planId ? data.plans.get(r.planId) : undefined;
    const office = r.officeId ? data.offices.get(r.officeId) : undefined;
    const period = r.periodId ? data.periods.get(r.periodId) : undefined;
    const progressReport = r.reportId ? data.reports.get(r.reportId) : undefined;
    const remedial = r.remedialActionId ? data.remedialActions.get(r.remedialActionId) : undefined;
    const named = [
      ...(target ? [target.owner] : []),
      ...(remedial ? [remedial.action.responsible] : []),
      ...(progressReport?.submittedBy ? [progressReport.submittedBy] : []),
      ...(r.digest?.undelivered.map((u) => u.recipient) ?? []),
    ];
    const names = await deps.directory.namesOf(named);
    const facts = { today: day, target, plan, office, period, report: progressReport, remedial, names };
    const result = await throttle.run(destination.address.conversationId, () => outbox.sendReminder(destination.address, r, facts), outbox.classify);
    try {
      await recordOutcome(deps, ledger, row, result, destination.address.conversationId, report);
    } catch (error) {
      // The message went (or not) but the outcome is not on record: the row stays pending and
      // expires as failed-unknown later. It is never sent again.
      report.unrecorded += 1;
      logger.error({ err: error, key: row.id }, 'could not record the outcome of a reminder');
    }
  };

  // Focal points hear before the Gender Unit; digests go last.
  const escalated = (r: PlannedReminder) => r.kind === 'escalation-gender-unit' || (r instanceof ReportReminder && r.escalated);
  const phase = (r: PlannedReminder) => (r.digest ? 2 : escalated(r) ? 1 : 0);
  const planned = data.reminders.toArray();
  for (const n of [0, 1, 2]) {
    await Promise.all(planned.filter((r) => phase(r) === n).map((r) => pool.schedule(() => deliver(r))));
  }
  report.requests = throttle.requests;
  await throttle.stop();
  logger.info({ ...report }, 'reminder sweep done');
  return report;
}

async function recordOutcome(
  deps: ReminderDeps,
  ledger: ReminderLedger,
  row: ReminderRecord,
  result: Attempted<{ id: string }>,
  conversationId: string,
  report: SweepReport,
): Promise<void> {
  const now = deps.ctx.clock();
  if (result.ok) {
    await ledger.complete(row, now, { status: 'sent', attempts: result.attempts, outcome: `delivered as ${result.value.id || 'an activity'}` });
    report.sent += 1;
    return;
  }
  const { failure, attempts } = result;
  if (failure.kind === 'unreachable') {
    await ledger.complete(row, now, { status: 'unreachable', attempts, outcome: failure.reason });
    await deactivateConversation(deps.ctx, conversationId, failure.reason, `reminders@${deps.settings.instanceId}`);
    report.unreachable += 1;
  } else if (failure.kind === 'retryable' && (failure.status === 429 || failure.status === null)) {
    // The Bot Connector refused it outright every time: nothing was delivered, so the key may
    // be planned and claimed again by the next sweep. Throttling delays a reminder, never loses it.
    await ledger.release(row, now);
    report.deferred += 1;
  } else {
    await ledger.complete(row, now, { status: 'failed', attempts, outcome: failure.reason });
    report.failed += 1;
  }
}

/** Holds the sweep lease, renewing it by compare-and-swap when half of it is used up. */
class LeaseKeeper {
  lost = false;
  private renewing: Promise<void> | null = null;

  constructor(
    private readonly deps: ReminderDeps,
    private lease: Lease,
  ) {}

  async valid(): Promise<boolean> {
    const { ctx, settings } = this.deps;
    const halfLeft = Date.parse(this.lease.expiresAt) - settings.leaseTtlMs / 2;
    if (!this.lost && ctx.clock().getTime() >= halfLeft) {
      this.renewing ??= renewLease(ctx.store, this.lease, { ttlMs: settings.leaseTtlMs, now: ctx.clock() }).then((renewed) => {
        if (renewed) this.lease = renewed;
        else this.lost = true;
        this.renewing = null;
      });
      await this.renewing;
    }
    return !this.lost;
  }

  async release(): Promise<void> {
    if (!this.lost) await releaseLease(this.deps.ctx.store, this.lease, this.deps.ctx.clock());
  }
}

function mergeRows(rows: ReminderRecord[], updated: ReminderRecord[]): ReminderRecord[] {
  const byId = new Map(updated.map((r) => [r.id, r]));
  return rows.map((r) => byId.get(r.id) ?? r);
}

function requireOutbox(outbox: Outbox | null): Outbox {
  if (!outbox) throw new Error('Reminders cannot be sent without the bot (no outbox configured); use a dry run.');
  return outbox;
}
