// The PlanStore contract for the office scorecard, run against every adapter beside the plan and
// monitoring contracts: a scorecard per office and period (stored once, versioned, audited under
// its office), its remedial actions (listed by scorecard, office and status), and the criteria
// kept as a setting.

import { ConflictError, NotFoundError, StateError } from '../../src/domain/errors';
import type { NewRecord } from '../../src/domain/model';
import { rateOffice, scorecardIdOf } from '../../src/domain/scorecard';
import { DEFAULT_CRITERIA, SCORECARD_CRITERIA_SETTING } from '../../src/domain/scorecard-criteria';
import type { PlanStore } from '../../src/store/plan-store';
import { commitOf, id, office } from '../support/factories';
import { cycleWithPeriods } from '../support/monitoring-factories';
import type { StoreHarness } from './plan-store.contract';

export function scorecardRecord(periodId: string, officeId: string): NewRecord<'scorecard'> {
  const ratings = rateOffice(DEFAULT_CRITERIA, {
    'plan-endorsed': { value: 10 },
    'report-on-time': { missing: true },
    'targets-on-course': { value: 55 },
    'targets-overdue': { value: 0 },
    'milestones-met': { notApplicable: true },
    'sex-disaggregated': { value: 100 },
    'focal-point': { value: 1 },
    'workshop-functions': { value: 75 },
  });
  return { id: scorecardIdOf(periodId, officeId), periodId, officeId, criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })), ratings };
}

export function remedialActionRecord(scorecardId: string, officeId: string, over: Partial<NewRecord<'remedialAction'>> = {}): NewRecord<'remedialAction'> {
  return {
    id: id('ra'),
    scorecardId,
    officeId,
    criterion: 'report-on-time',
    steps: 'Name a deputy focal point to draft the report',
    due: '2006-06-30',
    responsible: 'focal@example.org',
    resources: null,
    status: 'open',
    ...over,
  };
}

export function describeScorecardStoreContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`PlanStore scorecard contract: ${name}`, () => {
    let h: StoreHarness;
    let store: PlanStore;
    beforeEach(async () => {
      h = await open();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    async function seed() {
      const c = cycleWithPeriods();
      const a = office();
      const b = office();
      await store.commit(commitOf([...c.changes, { op: 'create', entity: 'office', record: a }, { op: 'create', entity: 'office', record: b }]));
      return { q1: c.periods[0] ?? fail('no period'), q2: c.periods[1] ?? fail('no period'), a, b };
    }

    it('keeps a scorecard per office and period and lists them by period, then office', async () => {
      const { q1, q2, a, b } = await seed();
      const cards = [scorecardRecord(q2.id, a.id), scorecardRecord(q1.id, b.id), scorecardRecord(q1.id, a.id)];
      await store.commit(commitOf(cards.map((record) => ({ op: 'create', entity: 'scorecard', record }))));
      const stored = await store.get('scorecard', scorecardIdOf(q1.id, a.id));
      expect(stored).toMatchObject({ ...cards[2], version: 1 });
      expect((await store.listScorecards({ periodId: q1.id })).map((s) => s.officeId)).toEqual([a.id, b.id].sort());
      expect((await store.listScorecards({ officeId: a.id })).map((s) => s.periodId)).toEqual([q1.id, q2.id]);
      expect(await store.listScorecards({ periodId: q1.id, officeId: b.id })).toHaveLength(1);
      expect(await store.listScorecards()).toHaveLength(3);
    });

    it('stores the scorecard of an office and period once: a second create is a duplicate, and changes nothing', async () => {
      const { q1, a } = await seed();
      await store.commit(commitOf([{ op: 'create', entity: 'scorecard', record: scorecardRecord(q1.id, a.id) }]));
      const again = { ...scorecardRecord(q1.id, a.id), ratings: [] };
      const error = await store.commit(commitOf([{ op: 'create', entity: 'scorecard', record: again }])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).kind).toBe('duplicate');
      expect((await store.get('scorecard', again.id))?.ratings).toHaveLength(DEFAULT_CRITERIA.length);
    });

    it('refuses a stale override with the scorecard as it is now, and a scorecard of a period that does not exist', async () => {
      const { q1, a } = await seed();
      const card = scorecardRecord(q1.id, a.id);
      await store.commit(commitOf([{ op: 'create', entity: 'scorecard', record: card }]));
      const overridden = card.ratings.map((r) =>
        r.criterion === 'report-on-time'
          ? { ...r, override: { rating: 'meets' as const, justification: 'Agreed', by: 'gu@example.org', at: '2006-05-01T10:00:00.000Z' } }
          : r,
      );
      await store.commit(commitOf([{ op: 'update', entity: 'scorecard', id: card.id, expectedVersion: 1, patch: { ratings: overridden } }]));
      const error = await store
        .commit(commitOf([{ op: 'update', entity: 'scorecard', id: card.id, expectedVersion: 1, patch: { ratings: card.ratings } }]))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({ version: 2, ratings: overridden });
      await expect(store.commit(commitOf([{ op: 'create', entity: 'scorecard', record: scorecardRecord('no-such-period', a.id) }]))).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('refuses to move a scorecard to another office', async () => {
      const { q1, a, b } = await seed();
      const card = scorecardRecord(q1.id, a.id);
      await store.commit(commitOf([{ op: 'create', entity: 'scorecard', record: card }]));
      await expect(
        store.commit(commitOf([{ op: 'update', entity: 'scorecard', id: card.id, expectedVersion: 1, patch: { officeId: b.id } }])),
      ).rejects.toBeInstanceOf(StateError);
    });

    it('keeps remedial actions under their scorecard, listed by scorecard, office and status, by due date', async () => {
      const { q1, q2, a, b } = await seed();
      const [cardA1, cardA2, cardB1] = [scorecardRecord(q1.id, a.id), scorecardRecord(q2.id, a.id), scorecardRecord(q1.id, b.id)];
      await store.commit(commitOf([cardA1, cardA2, cardB1].map((record) => ({ op: 'create', entity: 'scorecard', record }))));
      const late = remedialActionRecord(cardA1.id, a.id, { due: '2006-09-30' });
      const soon = remedialActionRecord(cardA1.id, a.id, { due: '2006-06-30', criterion: 'targets-on-course', status: 'in-progress' });
      const other = remedialActionRecord(cardA2.id, a.id, { status: 'done' });
      const officeB = remedialActionRecord(cardB1.id, b.id);
      await store.commit(commitOf([late, soon, other, officeB].map((record) => ({ op: 'create', entity: 'remedialAction', record }))));
      expect((await store.listRemedialActions({ scorecardId: cardA1.id })).map((r) => r.id)).toEqual([soon.id, late.id]);
      expect((await store.listRemedialActions({ officeId: a.id })).map((r) => r.id).sort()).toEqual([late.id, soon.id, other.id].sort());
      expect((await store.listRemedialActions({ statuses: ['open', 'in-progress'] })).map((r) => r.id).sort()).toEqual([late.id, soon.id, officeB.id].sort());
      expect(await store.listRemedialActions({ officeId: b.id, statuses: ['done'] })).toEqual([]);
    });

    it('refuses a remedial action of a scorecard that does not exist, and to delete a scorecard that has actions', async () => {
      const { q1, a } = await seed();
      const card = scorecardRecord(q1.id, a.id);
      await expect(store.commit(commitOf([{ op: 'create', entity: 'remedialAction', record: remedialActionRecord(card.id, a.id) }]))).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await store.commit(
        commitOf([
          { op: 'create', entity: 'scorecard', record: card },
          { op: 'create', entity: 'remedialAction', record: remedialActionRecord(card.id, a.id) },
        ]),
      );
      await expect(store.commit(commitOf([{ op: 'delete', entity: 'scorecard', id: card.id, expectedVersion: 1 }]))).rejects.toBeInstanceOf(StateError);
      expect(await store.listRemedialActions({ scorecardId: card.id })).toHaveLength(1);
    });

    it('audits scorecards and remedial actions under their office', async () => {
      const { q1, a } = await seed();
      const card = scorecardRecord(q1.id, a.id);
      const action = remedialActionRecord(card.id, a.id);
      await store.commit(
        commitOf([
          { op: 'create', entity: 'scorecard', record: card },
          { op: 'create', entity: 'remedialAction', record: action },
        ]),
      );
      await store.commit(commitOf([{ op: 'update', entity: 'remedialAction', id: action.id, expectedVersion: 1, patch: { status: 'in-progress' } }]));
      const events = await store.listAudit({ officeIds: [a.id], limit: 10 });
      expect(events.map((e) => `${e.entity}:${e.action}`).sort()).toEqual([
        'office:create',
        'remedialAction:create',
        'remedialAction:update',
        'scorecard:create',
      ]);
    });

    it('keeps the criteria as a setting, versioned like any other', async () => {
      await store.commit(commitOf([{ op: 'create', entity: 'setting', record: { id: SCORECARD_CRITERIA_SETTING, value: DEFAULT_CRITERIA } }]));
      const stored = await store.get('setting', SCORECARD_CRITERIA_SETTING);
      expect(stored).toMatchObject({ version: 1, value: DEFAULT_CRITERIA });
    });
  });
}

function fail(what: string): never {
  throw new Error(what);
}
