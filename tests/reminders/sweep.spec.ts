// Sending reminders through the Teams double: each due reminder once, never twice (a second
// sweep, a second instance, a crash between send and ledger), throttling that delays but
// does not lose, and 403 that marks the recipient unreachable and reaches the digest.

import { STALE_PENDING_OUTCOME } from '../../src/reminders/ledger';
import { deliverReminders } from '../../src/reminders/sweep';
import { planDueReminders } from '../../src/reminders/sweep-data';
import type { PlanStore } from '../../src/store/plan-store';
import { personalConversationId, readableText, teamsUser } from '../fakes/bot-activities';
import { USERS } from '../support/api-harness';
import { deliveredKeys, MONDAY, OFFICE_A_CHANNEL, startReminderHarness, type ReminderHarness } from './reminder-harness';

const conversationOf = (email: string) => personalConversationId(teamsUser(email));

describe('reminder sweep', () => {
  let h: ReminderHarness;
  beforeEach(async () => {
    h = await startReminderHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const expectedKinds = () => [
    `overdue→${USERS.owner}`,
    `due-soon→${USERS.focalA}`,
    `overdue→${USERS.focalB}`,
    `escalation-gender-unit→${USERS.advisor}`,
    `office-digest→channel:${OFFICE_A_CHANNEL}`,
    `gender-unit-digest→${USERS.advisor}`,
  ];
  const kindsOf = (keys: string[]) => keys.map((k) => `${k.split('|')[1]}→${k.split('|')[3]}`);

  it('sends each due reminder once, to the right conversation, and records it as sent', async () => {
    const report = await h.sweep();
    expect(report).toMatchObject({ lease: 'taken', planned: 6, sent: 6, alreadyClaimed: 0, unreachable: 0, failed: 0 });
    expect(kindsOf(deliveredKeys(h.teams)).sort()).toEqual(expectedKinds().sort());
    const toOwner = h.teams.double.activitiesTo(conversationOf(USERS.owner));
    expect(toOwner).toHaveLength(1);
    expect(readableText(toOwner[0]!.activity.attachments)).toContain('Overdue by 10 days: please report progress');
    expect(readableText(toOwner[0]!.activity.attachments)).toMatch(/Owner\nTarget Owner\n/);
    expect(toOwner[0]!.authorization).toMatch(/^Bearer /);
    expect(h.teams.double.activitiesTo(OFFICE_A_CHANNEL)).toHaveLength(1);
    const rows = await h.store.listReminders({ since: '2000-01-01' });
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => 'sent'));
  });

  it('sends nothing the second time: every key is in the ledger', async () => {
    await h.sweep();
    h.setNow(new Date(MONDAY.getTime() + 60 * 60_000));
    const again = await h.sweep();
    expect(again).toMatchObject({ planned: 0, sent: 0 });
    expect(deliveredKeys(h.teams)).toHaveLength(6);
  });

  it('sends the escalation to the Gender Unit only after the other reminders, and digests last', async () => {
    await h.sweep();
    const kinds = kindsOf(deliveredKeys(h.teams)).map((k) => k.split('→')[0]);
    expect(kinds.indexOf('escalation-gender-unit')).toBeGreaterThan(Math.max(kinds.indexOf('overdue'), kinds.lastIndexOf('due-soon')));
    expect(kinds.slice(-2).sort()).toEqual(['gender-unit-digest', 'office-digest']);
  });

  describe('exactly once', () => {
    /** A store that dies, as the process would, right after a message went out and before its outcome is written. */
    const crashingAfterSend = (store: PlanStore): PlanStore =>
      new Proxy(store, {
        get(target, prop, receiver) {
          if (prop !== 'commit') return Reflect.get(target, prop, receiver);
          return async (request: Parameters<PlanStore['commit']>[0]) => {
            if (request.changes.some((c) => c.entity === 'reminder' && c.op === 'update' && (c.patch as { status?: string }).status === 'sent')) {
              throw new Error('process killed');
            }
            return target.commit(request);
          };
        },
      });

    it('never resends after a crash between sending and recording; the loss of certainty is surfaced', async () => {
      const crashed = await h.sweep('doomed', crashingAfterSend(h.store));
      expect(crashed).toMatchObject({ sent: 0, unrecorded: 6 });
      expect(deliveredKeys(h.teams)).toHaveLength(6);
      expect((await h.store.listReminders({ since: '2000-01-01' })).every((r) => r.status === 'pending')).toBe(true);

      // Another instance, straight after: the keys are claimed, nothing is sent again.
      h.setNow(new Date(MONDAY.getTime() + 5 * 60_000));
      expect(await h.sweep('survivor')).toMatchObject({ planned: 0, sent: 0, expiredPending: 0 });

      // After the pending timeout the rows are given up as failed-unknown, still not resent…
      h.setNow(new Date(MONDAY.getTime() + 45 * 60_000));
      expect(await h.sweep('survivor')).toMatchObject({ planned: 0, sent: 0, expiredPending: 6 });
      const rows = await h.store.listReminders({ since: '2000-01-01' });
      expect(rows.map((r) => [r.status, r.outcome])).toEqual(rows.map(() => ['failed', STALE_PENDING_OUTCOME]));
      expect(deliveredKeys(h.teams)).toHaveLength(6);

      // …and the next Gender Unit digest lists them for follow-up.
      h.setNow(new Date('2026-12-07T10:00:00.000Z'));
      await h.sweep('survivor');
      const digest = h.teams.double.activitiesTo(conversationOf(USERS.advisor)).at(-1)!;
      expect(digest.activity.attachments[0].content.id).toContain('gender-unit-digest|2026-W50');
      expect(readableText(digest.activity.attachments)).toContain('Not delivered (6)');
      expect(readableText(digest.activity.attachments)).toContain(STALE_PENDING_OUTCOME);
    });

    it('lets one of two instances sweep at a time (lease), and each reminder goes once', async () => {
      const other = h.openAnotherStore();
      const [a, b] = await Promise.all([h.sweep('instance-1'), h.sweep('instance-2', other)]);
      expect([a.lease, b.lease].sort()).toEqual(['held-elsewhere', 'taken']);
      expect(a.sent + b.sent).toBe(6);
      const keys = deliveredKeys(h.teams);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(6);
    });

    it('sends each reminder once even when two instances deliver the same plan at once (the ledger alone)', async () => {
      const other = h.openAnotherStore();
      const plan1 = await planDueReminders(h.deps('instance-1'));
      const plan2 = await planDueReminders(h.deps('instance-2', other));
      const [a, b] = await Promise.all([deliverReminders(h.deps('instance-1'), plan1), deliverReminders(h.deps('instance-2', other), plan2)]);
      expect(a.sent + b.sent).toBe(6);
      expect(a.alreadyClaimed + b.alreadyClaimed).toBe(6);
      const keys = deliveredKeys(h.teams);
      expect(keys.sort()).toEqual([...new Set(keys)].sort());
      expect(keys).toHaveLength(6);
    });
  });

  describe('throttling and failures', () => {
    it('rides out a storm of 429s: delayed, retried, all delivered once', async () => {
      const attempts = new Map<string, number>();
      h.teams.double.fault = (req) => {
        if (!req.conversationId || !req.path.endsWith('/activities')) return undefined;
        const n = (attempts.get(req.conversationId) ?? 0) + 1;
        attempts.set(req.conversationId, n);
        return n <= 3 ? { status: 429, body: { error: { code: 'TooManyRequests', message: 'slow down' } } } : undefined;
      };
      const report = await h.sweep();
      expect(report).toMatchObject({ sent: 6, deferred: 0, failed: 0 });
      expect(report.requests).toBe(6 + 3 * attempts.size);
      expect(deliveredKeys(h.teams)).toHaveLength(6);
    });

    it('gives a reminder back when the storm outlasts the retries, and sends it at the next sweep', async () => {
      h.teams.double.fault = (req) => (req.path.endsWith('/activities') ? { status: 429 } : undefined);
      expect(await h.sweep()).toMatchObject({ sent: 0, deferred: 6 });
      expect(await h.store.listReminders({ since: '2000-01-01' })).toEqual([]);
      h.teams.double.fault = () => undefined;
      h.setNow(new Date(MONDAY.getTime() + 15 * 60_000));
      expect(await h.sweep()).toMatchObject({ sent: 6 });
      expect(deliveredKeys(h.teams)).toHaveLength(6);
    });

    it('honours Retry-After before trying again', async () => {
      let throttled = false;
      let retriedAt = 0;
      let firstAt = 0;
      h.teams.double.fault = (req) => {
        if (req.conversationId !== conversationOf(USERS.owner)) return undefined;
        if (throttled) {
          retriedAt ||= req.at;
          return undefined;
        }
        throttled = true;
        firstAt = req.at;
        return { status: 429, headers: { 'Retry-After': '1' } };
      };
      expect(await h.sweep()).toMatchObject({ sent: 6 });
      expect(retriedAt - firstAt).toBeGreaterThanOrEqual(1000);
    });

    it('records a 403 as final: the recipient is unreachable, not retried, and shown in the next digest', async () => {
      const ownerChat = conversationOf(USERS.owner);
      h.teams.double.fault = (req) =>
        req.conversationId === ownerChat
          ? { status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } } }
          : undefined;
      const report = await h.sweep();
      expect(report).toMatchObject({ sent: 5, unreachable: 1 });
      expect(h.teams.double.requests.filter((r) => r.conversationId === ownerChat)).toHaveLength(1);
      const row = (await h.store.listReminders({ since: '2000-01-01' })).find((r) => r.recipient === USERS.owner)!;
      expect(row).toMatchObject({ status: 'unreachable', outcome: '403 BotNotInConversationRoster', attempts: 1 });
      expect(await h.store.get('conversation', ownerChat)).toMatchObject({ active: false, unreachableReason: '403 BotNotInConversationRoster' });

      h.teams.double.fault = () => undefined;
      h.setNow(new Date('2026-12-07T10:00:00.000Z'));
      await h.sweep();
      const digest = h.teams.double.activitiesTo(conversationOf(USERS.advisor)).at(-1)!;
      const text = readableText(digest.activity.attachments);
      expect(text).toContain('Not delivered (1)');
      expect(text).toContain('Target Owner\nOverdue: could not be reached (403 BotNotInConversationRoster)');
    });
  });

  describe('recipients without a conversation', () => {
    it('opens a 1:1 chat for someone the directory knows, stores it and delivers there', async () => {
      await h.close();
      h = await startReminderHarness({ installed: [USERS.owner, USERS.focalB, USERS.advisor] });
      const report = await h.sweep();
      expect(report).toMatchObject({ sent: 6, unreachable: 0 });
      expect(h.teams.double.conversationsCreated).toEqual([
        expect.objectContaining({
          isGroup: false,
          tenantId: expect.any(String),
          members: [expect.objectContaining({ id: teamsUser(USERS.focalA).aadObjectId })],
        }),
      ]);
      const created = h.teams.double.conversationsCreated[0]!.id as string;
      expect(await h.store.get('conversation', created)).toMatchObject({ scope: 'personal', userEmail: USERS.focalA, active: true });
      expect(h.teams.double.activitiesTo(created)).toHaveLength(1);
    });

    it('records someone it cannot reach at all as unreachable, with the reason', async () => {
      await h.close();
      h = await startReminderHarness({ installed: [USERS.focalA, USERS.focalB, USERS.advisor] });
      h.directory.find((d) => d.email === USERS.owner)!.aadObjectId = null;
      const report = await h.sweep();
      expect(report).toMatchObject({ sent: 5, unreachable: 1 });
      const row = (await h.store.listReminders({ since: '2000-01-01' })).find((r) => r.recipient === USERS.owner)!;
      expect(row).toMatchObject({ status: 'unreachable', outcome: 'no chat with the bot, and not found in the directory to open one' });
    });

    it('records a digest channel whose team does not have the app as unreachable', async () => {
      await h.store.commit({
        actor: 't',
        at: MONDAY.toISOString(),
        changes: [{ op: 'update', entity: 'conversation', id: OFFICE_A_CHANNEL, expectedVersion: 1, patch: { active: false } }],
      });
      const report = await h.sweep();
      expect(report).toMatchObject({ sent: 5, unreachable: 1 });
      expect(h.teams.double.activitiesTo(OFFICE_A_CHANNEL)).toHaveLength(0);
    });
  });

  it('reminds nobody outside their working hours, and each recipient in their own time zone', async () => {
    h.setNow(new Date('2026-11-30T02:00:00.000Z'));
    expect(await h.sweep()).toMatchObject({ planned: 0 });
    await h.store.commit({
      actor: 't',
      at: MONDAY.toISOString(),
      changes: [{ op: 'create', entity: 'setting', record: { id: 'reminder-policy', value: { timeZones: { [USERS.owner]: 'Asia/Tokyo' } } } }],
    });
    const report = await h.sweep();
    expect(report).toMatchObject({ planned: 1, sent: 1 });
    expect(kindsOf(deliveredKeys(h.teams))).toEqual([`overdue→${USERS.owner}`]);
  });
});
