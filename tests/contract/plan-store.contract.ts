// The PlanStore contract, written once and run against every adapter (SQLite now,
// SharePoint-on-the-Graph-double later): atomic commits, versions and conflicts, guards,
// referential rules, audit events and the queries.

import fc from 'fast-check';
import { ConflictError, NotFoundError, StateError } from '../../src/domain/errors';
import type { ConversationRef, ReminderRecord, Target } from '../../src/domain/model';
import type { PlanStore } from '../../src/store/plan-store';
import type { TargetPageQuery } from '../../src/store/target-pages';
import { AT, checkin, commitOf, office, plan, smallPlanChanges, target } from '../support/factories';

export interface StoreHarness {
  store: PlanStore;
  cleanup(): Promise<void>;
}

export interface ContractOptions {
  /** Runs of the property-based tests: fewer where each run costs many network round trips. */
  propertyRuns?: number;
}

export function describePlanStoreContract(name: string, open: () => Promise<StoreHarness>, options: ContractOptions = {}): void {
  describe(`PlanStore contract: ${name}`, () => {
    let h: StoreHarness;
    let store: PlanStore;
    beforeEach(async () => {
      h = await open();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    async function seedSmallPlan(over: { code?: string; cycle?: string } = {}) {
      const s = smallPlanChanges(over);
      await store.commit(commitOf(s.officeChanges));
      await store.commit(commitOf(s.planChanges));
      return s;
    }

    describe('commit', () => {
      it('creates records at version 1 stamped with the commit time', async () => {
        const s = await seedSmallPlan();
        const t = await store.get('target', s.target.id);
        expect(t).toEqual({ ...s.target, version: 1, createdAt: AT, updatedAt: AT });
      });

      it('reports an empty store until an office exists', async () => {
        expect(await store.isEmpty()).toBe(true);
        await store.commit(commitOf([{ op: 'create', entity: 'office', record: office() }]));
        expect(await store.isEmpty()).toBe(false);
      });

      it('updates with the current version, bumping it and keeping fields the patch leaves out', async () => {
        const s = await seedSmallPlan();
        const later = '2026-11-29T10:00:00.000Z';
        const { records } = await store.commit(
          commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { status: 'on-track', unit: undefined } }], { at: later }),
        );
        expect(records[0]).toMatchObject({ version: 2, status: 'on-track', unit: '%', updatedAt: later, createdAt: AT });
        expect(await store.get('target', s.target.id)).toEqual(records[0]);
      });

      it('refuses a stale version with the current record and changes nothing', async () => {
        const s = await seedSmallPlan();
        await store.commit(commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { indicator: 'first' } }]));
        const error = await store
          .commit(commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { indicator: 'second' } }]))
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).kind).toBe('stale');
        expect((error as ConflictError).current).toMatchObject({ indicator: 'first', version: 2 });
        expect(await store.get('target', s.target.id)).toMatchObject({ indicator: 'first', version: 2 });
      });

      it('applies all changes or none: a failing change rolls back the ones before it', async () => {
        const s = await seedSmallPlan();
        const before = await store.listAudit({ limit: 1000 });
        const newTarget = target(s.plan.id, s.activity.id, { ref: '1.1.b' });
        await expect(
          store.commit(
            commitOf([
              { op: 'update', entity: 'objective', id: s.objective.id, expectedVersion: 1, patch: { title: 'changed' } },
              { op: 'create', entity: 'target', record: newTarget },
              { op: 'update', entity: 'target', id: s.target.id, expectedVersion: 99, patch: { indicator: 'x' } },
            ]),
          ),
        ).rejects.toBeInstanceOf(ConflictError);
        expect(await store.get('objective', s.objective.id)).toMatchObject({ title: 'Objective', version: 1 });
        expect(await store.get('target', newTarget.id)).toBeUndefined();
        expect(await store.get('plan', s.plan.id)).toMatchObject({ version: 1 });
        expect(await store.listAudit({ limit: 1000 })).toEqual(before);
      });

      it('refuses a stale delete and keeps the record', async () => {
        const s = await seedSmallPlan();
        await expect(store.commit(commitOf([{ op: 'delete', entity: 'target', id: s.target.id, expectedVersion: 7 }]))).rejects.toBeInstanceOf(ConflictError);
        expect(await store.get('target', s.target.id)).toBeDefined();
      });

      it('deletes a record with its current version', async () => {
        const s = await seedSmallPlan();
        const { records } = await store.commit(commitOf([{ op: 'delete', entity: 'target', id: s.target.id, expectedVersion: 1 }]));
        expect(records).toEqual([null]);
        expect(await store.get('target', s.target.id)).toBeUndefined();
      });

      it('refuses to delete a record that still has children', async () => {
        const s = await seedSmallPlan();
        await expect(store.commit(commitOf([{ op: 'delete', entity: 'activity', id: s.activity.id, expectedVersion: 1 }]))).rejects.toBeInstanceOf(StateError);
        expect(await store.get('activity', s.activity.id)).toBeDefined();
      });

      it('refuses a record whose parent does not exist', async () => {
        const s = await seedSmallPlan();
        const orphan = target(s.plan.id, 'no-such-activity', { ref: '9.9.z' });
        await expect(store.commit(commitOf([{ op: 'create', entity: 'target', record: orphan }]))).rejects.toBeInstanceOf(NotFoundError);
      });

      it('refuses a record whose parent belongs to another plan', async () => {
        const a = await seedSmallPlan();
        const b = await seedSmallPlan();
        const crossed = target(b.plan.id, a.activity.id, { ref: '1.1.c' });
        await expect(store.commit(commitOf([{ op: 'create', entity: 'target', record: crossed }]))).rejects.toBeInstanceOf(StateError);
      });

      it('refuses to move a record to another parent', async () => {
        const a = await seedSmallPlan();
        const b = await seedSmallPlan();
        await expect(
          store.commit(commitOf([{ op: 'update', entity: 'target', id: a.target.id, expectedVersion: 1, patch: { activityId: b.activity.id } }])),
        ).rejects.toBeInstanceOf(StateError);
      });

      it('refuses an unknown record with NotFound', async () => {
        await expect(store.commit(commitOf([{ op: 'update', entity: 'office', id: 'nope', expectedVersion: 1, patch: { name: 'x' } }]))).rejects.toBeInstanceOf(
          NotFoundError,
        );
      });

      it.each([
        [
          'an office code',
          async (s: Awaited<ReturnType<typeof seedSmallPlan>>) => [{ op: 'create', entity: 'office', record: office({ code: s.office.code }) }],
        ],
        [
          'a plan for the same office and cycle',
          async (s: Awaited<ReturnType<typeof seedSmallPlan>>) => [{ op: 'create', entity: 'plan', record: plan(s.office.id) }],
        ],
        [
          'a reference within a plan',
          async (s: Awaited<ReturnType<typeof seedSmallPlan>>) => [{ op: 'create', entity: 'target', record: target(s.plan.id, s.activity.id) }],
        ],
      ] as const)('refuses a duplicate of %s as a duplicate conflict', async (_what, changes) => {
        const s = await seedSmallPlan();
        const error = await store.commit(commitOf((await changes(s)) as never)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).kind).toBe('duplicate');
      });

      it('moves the plan version on once per commit that changes anything under it', async () => {
        const s = await seedSmallPlan();
        await store.commit(
          commitOf([
            { op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { indicator: 'a' } },
            { op: 'update', entity: 'activity', id: s.activity.id, expectedVersion: 1, patch: { title: 'b' } },
          ]),
        );
        expect(await store.get('plan', s.plan.id)).toMatchObject({ version: 2 });
        await store.commit(commitOf([{ op: 'create', entity: 'checkin', record: checkin(s.plan.id, s.target.id) }]));
        expect(await store.get('plan', s.plan.id)).toMatchObject({ version: 3 });
      });

      it('checks plan guards inside the commit and writes nothing when one fails', async () => {
        const s = await seedSmallPlan();
        await store.commit(commitOf([{ op: 'update', entity: 'plan', id: s.plan.id, expectedVersion: 1, patch: { status: 'submitted' } }]));
        await expect(
          store.commit(
            commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { indicator: 'late edit' } }], {
              guards: [{ planId: s.plan.id, statuses: ['draft', 'returned'] }],
            }),
          ),
        ).rejects.toBeInstanceOf(StateError);
        expect(await store.get('target', s.target.id)).toMatchObject({ indicator: 'Indicator', version: 1 });
      });
    });

    describe('audit', () => {
      it('writes one event per change with actor, time, office, before and after', async () => {
        const s = await seedSmallPlan();
        await store.commit(
          commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { status: 'at-risk' } }], { actor: 'fp@example.org' }),
        );
        const [event] = await store.listAudit({ entity: 'target', entityId: s.target.id, limit: 1 });
        expect(event).toMatchObject({ actor: 'fp@example.org', at: AT, entity: 'target', entityId: s.target.id, officeId: s.office.id, action: 'update' });
        expect(event!.before).toMatchObject({ status: 'not-started', version: 1 });
        expect(event!.after).toMatchObject({ status: 'at-risk', version: 2 });
      });

      it('records creations and deletions, newest first, and pages with beforeSeq', async () => {
        const s = await seedSmallPlan();
        await store.commit(commitOf([{ op: 'delete', entity: 'target', id: s.target.id, expectedVersion: 1 }]));
        const events = await store.listAudit({ entityId: s.target.id, limit: 10 });
        expect(events.map((e) => e.action)).toEqual(['delete', 'create']);
        expect(events[0]!.after).toBeNull();
        expect(events[1]!.before).toBeNull();
        const older = await store.listAudit({ entityId: s.target.id, beforeSeq: events[0]!.seq, limit: 10 });
        expect(older.map((e) => e.action)).toEqual(['create']);
      });

      it('filters the trail by office', async () => {
        const a = await seedSmallPlan();
        const b = await seedSmallPlan();
        const events = await store.listAudit({ officeIds: [b.office.id], limit: 100 });
        expect(events.length).toBeGreaterThan(0);
        expect(events.every((e) => e.officeId === b.office.id)).toBe(true);
        expect(events.some((e) => e.entityId === a.target.id)).toBe(false);
      });
    });

    describe('queries', () => {
      it('lists offices by code and plans filtered by office, cycle and status', async () => {
        const a = await seedSmallPlan({ cycle: '2006-2007' });
        const b = await seedSmallPlan({ cycle: '2008' });
        expect((await store.listOffices()).map((o) => o.id)).toEqual(expect.arrayContaining([a.office.id, b.office.id]));
        expect((await store.listPlans({ cycle: '2008' })).map((p) => p.id)).toEqual([b.plan.id]);
        expect((await store.listPlans({ officeId: a.office.id })).map((p) => p.id)).toEqual([a.plan.id]);
        expect(await store.listPlans({ statuses: ['endorsed'] })).toEqual([]);
        expect(await store.listPlans({ statuses: [] })).toEqual([]);
      });

      it('reads a plan with everything under it, and several plans at once', async () => {
        const a = await seedSmallPlan();
        const b = await seedSmallPlan();
        const contents = await store.getPlanContents(a.plan.id);
        expect(contents?.plan.id).toBe(a.plan.id);
        expect(contents?.objectives.map((o) => o.id)).toEqual([a.objective.id]);
        expect(contents?.activities.map((x) => x.id)).toEqual([a.activity.id]);
        expect(contents?.targets.map((t) => t.id)).toEqual([a.target.id]);
        expect(await store.getPlanContents('missing')).toBeUndefined();
        const all = await store.listPlanContents();
        expect(all.find((c) => c.plan.id === b.plan.id)?.targets.map((t) => t.id)).toEqual([b.target.id]);
      });

      it('reads a target with its plan, and nothing for a missing target', async () => {
        const a = await seedSmallPlan();
        const found = await store.getTargetWithPlan(a.target.id);
        expect({ target: found?.target.id, plan: found?.plan.id, cycle: found?.plan.cycle }).toEqual({
          target: a.target.id,
          plan: a.plan.id,
          cycle: a.plan.cycle,
        });
        expect(await store.getTargetWithPlan('missing')).toBeUndefined();
      });

      it('finds targets by plan, owner, due date and openness', async () => {
        const s = await seedSmallPlan();
        const mk = (ref: string, over: Partial<Target>) => target(s.plan.id, s.activity.id, { ref, ...over });
        const due = mk('1.1.b', { dueDate: '2026-01-10', owner: 'ana@example.org' });
        const done = mk('1.1.c', { dueDate: '2026-01-05', status: 'achieved' });
        const dropped = mk('1.1.d', { dueDate: '2026-01-05', status: 'dropped' });
        await store.commit(commitOf([due, done, dropped].map((record) => ({ op: 'create', entity: 'target', record }))));
        const ids = (ts: Target[]) => ts.map((t) => t.id).sort();
        expect(ids(await store.queryTargets({ owner: 'ANA@example.org' }))).toEqual([due.id]);
        expect(ids(await store.queryTargets({ dueBefore: '2026-02-01' }))).toEqual(ids([due, done, dropped] as Target[]));
        expect(ids(await store.queryTargets({ dueBefore: '2026-02-01', openOnly: true }))).toEqual([due.id]);
        expect(await store.queryTargets({ planIds: [] })).toEqual([]);
        expect((await store.queryTargets({ planIds: [s.plan.id] })).length).toBe(4);
      });

      describe('pages of targets', () => {
        const TODAY = '2026-11-28';
        const STATUSES = ['not-started', 'on-track', 'achieved', 'dropped', 'at-risk'] as const;
        /** 23 targets besides the small plan's own: due dates either side of today, every status, two owners. */
        async function seedTargets() {
          const s = await seedSmallPlan();
          const extra = Array.from({ length: 23 }, (_, i) =>
            target(s.plan.id, s.activity.id, {
              ref: `1.1.${i + 2}`,
              dueDate: `2026-${String(10 + (i % 3)).padStart(2, '0')}-${String(20 + (i % 9)).padStart(2, '0')}`,
              status: STATUSES[i % STATUSES.length],
              owner: i % 4 === 0 ? 'ana@example.org' : 'owner@example.org',
            }),
          );
          await store.commit(commitOf(extra.map((record) => ({ op: 'create', entity: 'target', record }))));
          return { s, all: [s.target, ...extra] };
        }
        const isOverdue = (t: { dueDate: string; status: string }) => t.dueDate < TODAY && t.status !== 'achieved' && t.status !== 'dropped';
        /** The order the port promises, written out: the overdue first, then by due date, then by id. */
        const ordered = (ts: { id: string; dueDate: string; status: string }[]) =>
          [...ts]
            .sort(
              (a, b) => Number(isOverdue(b)) - Number(isOverdue(a)) || (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) || (a.id < b.id ? -1 : 1),
            )
            .map((t) => t.id);
        async function walk(query: Omit<TargetPageQuery, 'limit' | 'after' | 'today'>, limit: number) {
          const ids: string[] = [];
          const totals = new Set<number>();
          let after: TargetPageQuery['after'];
          for (let pages = 0; pages < 50; pages++) {
            const page = await store.pageTargets({ ...query, today: TODAY, limit, after });
            expect(page.items.length).toBeLessThanOrEqual(limit);
            ids.push(...page.items.map((t) => t.id));
            totals.add(page.total);
            if (!page.next) break;
            after = page.next;
          }
          return { ids, totals: [...totals] };
        }

        it('pages through every target, the overdue first, then by due date and id, each page giving the total', async () => {
          const { all } = await seedTargets();
          expect(await walk({}, 5)).toEqual({ ids: ordered(all), totals: [all.length] });
        });

        it('pages only the overdue, or only the rest, with the total of each', async () => {
          const { all } = await seedTargets();
          expect(await walk({ overdue: true }, 4)).toEqual({ ids: ordered(all.filter(isOverdue)), totals: [all.filter(isOverdue).length] });
          const rest = all.filter((t) => !isOverdue(t));
          expect(await walk({ overdue: false }, 4)).toEqual({ ids: ordered(rest), totals: [rest.length] });
        });

        it('pages with the filters of queryTargets', async () => {
          const { s, all } = await seedTargets();
          const ana = all.filter((t) => t.owner === 'ana@example.org' && t.dueDate < '2026-11-25');
          expect(await walk({ planIds: [s.plan.id], owner: 'ANA@example.org', dueBefore: '2026-11-25' }, 2)).toEqual({
            ids: ordered(ana),
            totals: [ana.length],
          });
          expect(await store.pageTargets({ planIds: [], today: TODAY, limit: 10 })).toEqual({ items: [], total: 0, next: null });
        });

        it('ends with next null when the page holds the last target', async () => {
          const { all } = await seedTargets();
          const page = await store.pageTargets({ today: TODAY, limit: all.length });
          expect({ n: page.items.length, next: page.next }).toEqual({ n: all.length, next: null });
        });

        it('resumes after a position whose target has gone', async () => {
          const { all } = await seedTargets();
          const first = await store.pageTargets({ today: TODAY, limit: 6 });
          const last = first.items.at(-1)!;
          await store.commit(commitOf([{ op: 'delete', entity: 'target', id: last.id, expectedVersion: last.version }]));
          const next = await store.pageTargets({ today: TODAY, limit: 100, after: first.next! });
          expect(next.items.map((t) => t.id)).toEqual(ordered(all).slice(6));
          expect(next.total).toBe(all.length - 1);
        });
      });

      it('reads the latest check-in of many targets at once, a later record winning a tie of dates', async () => {
        const s = await seedSmallPlan();
        const other = target(s.plan.id, s.activity.id, { ref: '1.1.b' });
        const silent = target(s.plan.id, s.activity.id, { ref: '1.1.c' });
        await store.commit(commitOf([other, silent].map((record) => ({ op: 'create', entity: 'target', record }))));
        const newest = checkin(s.plan.id, s.target.id, { date: '2026-10-01' });
        const older = checkin(s.plan.id, s.target.id, { date: '2026-09-01' });
        const firstOfDay = checkin(s.plan.id, other.id, { date: '2026-10-05' });
        await store.commit(commitOf([newest, older, firstOfDay].map((record) => ({ op: 'create', entity: 'checkin', record }))));
        const recordedLater = checkin(s.plan.id, other.id, { date: '2026-10-05' });
        await store.commit(commitOf([{ op: 'create', entity: 'checkin', record: recordedLater }], { at: '2026-11-28T10:00:00.000Z' }));
        const latest = await store.latestCheckIns([s.target.id, other.id, silent.id, 'missing']);
        expect([...latest.entries()].map(([t, c]) => [t, c.id]).sort()).toEqual(
          [
            [s.target.id, newest.id],
            [other.id, recordedLater.id],
          ].sort(),
        );
        expect((await store.latestCheckIns([other.id])).get(other.id)?.id).toBe((await store.listCheckIns(other.id)).at(-1)?.id);
        expect((await store.latestCheckIns([])).size).toBe(0);
        const all = await store.listCheckInsOf([s.target.id, other.id, silent.id]);
        expect(all.filter((c) => c.targetId === s.target.id).map((c) => c.id)).toEqual([older.id, newest.id]);
        expect(all.filter((c) => c.targetId === other.id).map((c) => c.id)).toEqual([firstOfDay.id, recordedLater.id]);
        expect(all).toHaveLength(4);
      });

      it("lists a target's check-ins oldest first", async () => {
        const s = await seedSmallPlan();
        const late = checkin(s.plan.id, s.target.id, { date: '2026-10-01' });
        const early = checkin(s.plan.id, s.target.id, { date: '2026-09-01' });
        await store.commit(commitOf([late, early].map((record) => ({ op: 'create', entity: 'checkin', record }))));
        expect((await store.listCheckIns(s.target.id)).map((c) => c.id)).toEqual([early.id, late.id]);
      });
    });

    describe('operational records', () => {
      const conversation = (over: Partial<ConversationRef> = {}): Omit<ConversationRef, 'version' | 'createdAt' | 'updatedAt'> => ({
        id: `a:conv-${Math.random().toString(36).slice(2)}`,
        scope: 'personal',
        tenantId: 'tenant',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        userAadId: 'aad-1',
        userEmail: 'owner@example.org',
        teamId: null,
        channelId: null,
        active: true,
        unreachableReason: null,
        ...over,
      });
      const reminder = (id: string): Omit<ReminderRecord, 'version' | 'createdAt' | 'updatedAt'> => ({
        id,
        kind: 'overdue',
        targetId: 't1',
        planId: 'p1',
        officeId: 'o1',
        recipient: 'owner@example.org',
        period: '2026-W48',
        status: 'pending',
        attempts: 0,
        sentAt: null,
        outcome: null,
      });

      it('keeps conversation references and finds them by user and activity', async () => {
        const a = conversation({ userEmail: 'Owner@Example.org' });
        const b = conversation({ userEmail: 'other@example.org' });
        await store.commit(commitOf([a, b].map((record) => ({ op: 'create', entity: 'conversation', record }))));
        await store.commit(commitOf([{ op: 'update', entity: 'conversation', id: b.id, expectedVersion: 1, patch: { active: false } }]));
        expect((await store.listConversations({ userEmail: 'owner@example.org' })).map((c) => c.id)).toEqual([a.id]);
        expect((await store.listConversations({ active: false })).map((c) => c.id)).toEqual([b.id]);
        expect(await store.listConversations()).toHaveLength(2);
      });

      it('refuses a second ledger row with the same idempotency key', async () => {
        await store.commit(commitOf([{ op: 'create', entity: 'reminder', record: reminder('k1') }]));
        const error = await store.commit(commitOf([{ op: 'create', entity: 'reminder', record: reminder('k1') }])).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).kind).toBe('duplicate');
      });

      it('lists ledger rows from a given instant and leaves them out of the audit trail', async () => {
        await store.commit(commitOf([{ op: 'create', entity: 'reminder', record: reminder('old') }], { at: '2026-11-01T00:00:00.000Z' }));
        await store.commit(commitOf([{ op: 'create', entity: 'reminder', record: reminder('new') }], { at: '2026-11-20T00:00:00.000Z' }));
        await store.commit(
          commitOf([{ op: 'update', entity: 'reminder', id: 'new', expectedVersion: 1, patch: { status: 'sent', sentAt: '2026-11-20T00:00:01.000Z' } }]),
        );
        expect((await store.listReminders({ since: '2026-11-10T00:00:00.000Z' })).map((r) => [r.id, r.status])).toEqual([['new', 'sent']]);
        expect(await store.listAudit({ entity: 'reminder', limit: 10 })).toEqual([]);
      });

      it('hands a lease to exactly one of two instances that saw the same version', async () => {
        await store.commit(commitOf([{ op: 'create', entity: 'lease', record: { id: 'sweep', holder: null, expiresAt: AT } }]));
        const take = (holder: string) =>
          store.commit(
            commitOf([{ op: 'update', entity: 'lease', id: 'sweep', expectedVersion: 1, patch: { holder, expiresAt: '2026-11-28T09:05:00.000Z' } }]),
          );
        const results = await Promise.allSettled([take('instance-a'), take('instance-b')]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const winner = results[0].status === 'fulfilled' ? 'instance-a' : 'instance-b';
        expect(await store.get('lease', 'sweep')).toMatchObject({ holder: winner, version: 2 });
      });

      it('audits settings changes', async () => {
        await store.commit(commitOf([{ op: 'create', entity: 'setting', record: { id: 'reminder-policy', value: { dueSoonDays: 7 } } }]));
        const [event] = await store.listAudit({ entity: 'setting', entityId: 'reminder-policy', limit: 1 });
        expect(event).toMatchObject({ action: 'create', officeId: null, after: { value: { dueSoonDays: 7 } } });
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of two writers holding the same version win, and loses neither edit on retry', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.record({ indicator: fc.string({ minLength: 1, maxLength: 20 }) }),
            fc.record({ meansOfVerification: fc.string({ minLength: 1, maxLength: 20 }) }),
            fc.boolean(),
            async (patchA, patchB, aFirst) => {
              const s = await seedSmallPlan();
              const write = (patch: object, version: number) =>
                store.commit(commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: version, patch }]));
              const [first, second] = aFirst ? [patchA, patchB] : [patchB, patchA];
              const results = await Promise.allSettled([write(first, 1), write(second, 1)]);
              const won = results.filter((r) => r.status === 'fulfilled');
              const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
              expect(won).toHaveLength(1);
              expect(lost).toHaveLength(1);
              const conflict = lost[0]!.reason as ConflictError;
              expect(conflict).toBeInstanceOf(ConflictError);
              // The loser re-applies its edit on the current version: both edits survive.
              const loserPatch = results[0].status === 'rejected' ? first : second;
              await write(loserPatch, (conflict.current as Target).version);
              expect(await store.get('target', s.target.id)).toMatchObject({ ...patchA, ...patchB, version: 3 });
            },
          ),
          { numRuns: options.propertyRuns ?? 25 },
        );
      }, 120_000);
    });
  });
}
