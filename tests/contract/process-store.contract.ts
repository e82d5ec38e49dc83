// The PlanStore contract for the planning process, run against every adapter beside the plan,
// monitoring and scorecard contracts: findings (per office or department-wide, listed by office,
// versioned, audited under their office), workshops (by start, participants kept whole, the kind
// fixed), and the objectives that cite findings read in one go for the coverage view.

import { ConflictError, StateError } from '../../src/domain/errors';
import type { NewRecord } from '../../src/domain/model';
import type { PlanStore } from '../../src/store/plan-store';
import { commitOf, id, objective, office, plan } from '../support/factories';
import type { StoreHarness } from './plan-store.contract';

export function findingRecord(officeId: string | null, over: Partial<NewRecord<'finding'>> = {}): NewRecord<'finding'> {
  return {
    id: id('finding'),
    officeId,
    title: 'Gender focal points lack terms of reference',
    description: 'Interviews found that focal points are named but have no time or terms of reference.',
    functionalArea: 'human-resources',
    paragraphs: [1, 2],
    source: 'interview',
    priority: 'high',
    createdBy: 'gu@example.org',
    ...over,
  };
}

export function workshopRecord(officeIds: string[], over: Partial<NewRecord<'workshop'>> = {}): NewRecord<'workshop'> {
  return {
    id: id('workshop'),
    kind: 'office',
    officeIds,
    start: '2006-03-14',
    end: '2006-03-15',
    venue: 'Conference room 3',
    facilitators: ['gu@example.org'],
    status: 'planned',
    lessonsLearnt: null,
    participants: { groups: [], named: [] },
    ...over,
  };
}

export function describeProcessStoreContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`PlanStore process contract: ${name}`, () => {
    let h: StoreHarness;
    let store: PlanStore;
    beforeEach(async () => {
      h = await open();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    async function twoOffices() {
      const a = office();
      const b = office();
      await store.commit(commitOf([a, b].map((record) => ({ op: 'create', entity: 'office', record }))));
      return { a, b };
    }

    it('keeps findings per office and department-wide, listed oldest first and by office', async () => {
      const { a, b } = await twoOffices();
      const first = findingRecord(a.id);
      const wide = findingRecord(null, { source: 'document', priority: 'medium' });
      const other = findingRecord(b.id, { paragraphs: [8] });
      await store.commit(commitOf([{ op: 'create', entity: 'finding', record: first }], { at: '2006-01-10T09:00:00.000Z' }));
      await store.commit(commitOf([{ op: 'create', entity: 'finding', record: wide }], { at: '2006-01-11T09:00:00.000Z' }));
      await store.commit(commitOf([{ op: 'create', entity: 'finding', record: other }], { at: '2006-01-12T09:00:00.000Z' }));
      expect(await store.get('finding', first.id)).toMatchObject({ ...first, version: 1 });
      expect((await store.listFindings()).map((f) => f.id)).toEqual([first.id, wide.id, other.id]);
      expect((await store.listFindings({ officeId: a.id })).map((f) => f.id)).toEqual([first.id]);
      expect((await store.listFindings({ officeId: null })).map((f) => f.id)).toEqual([wide.id]);
    });

    it('refuses a stale change of a finding with the finding as it is now, and a duplicate id', async () => {
      const { a } = await twoOffices();
      const finding = findingRecord(a.id);
      await store.commit(commitOf([{ op: 'create', entity: 'finding', record: finding }]));
      await store.commit(commitOf([{ op: 'update', entity: 'finding', id: finding.id, expectedVersion: 1, patch: { priority: 'low' } }]));
      const error = await store
        .commit(commitOf([{ op: 'update', entity: 'finding', id: finding.id, expectedVersion: 1, patch: { title: 'Lost' } }]))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ kind: 'stale', current: { version: 2, priority: 'low', title: finding.title } });
      await expect(store.commit(commitOf([{ op: 'create', entity: 'finding', record: finding }]))).rejects.toMatchObject({ kind: 'duplicate' });
    });

    it('moves a finding to the department and deletes it at its version', async () => {
      const { a } = await twoOffices();
      const finding = findingRecord(a.id);
      await store.commit(commitOf([{ op: 'create', entity: 'finding', record: finding }]));
      await store.commit(commitOf([{ op: 'update', entity: 'finding', id: finding.id, expectedVersion: 1, patch: { officeId: null } }]));
      expect((await store.listFindings({ officeId: null })).map((f) => f.id)).toEqual([finding.id]);
      expect(await store.listFindings({ officeId: a.id })).toEqual([]);
      await expect(store.commit(commitOf([{ op: 'delete', entity: 'finding', id: finding.id, expectedVersion: 1 }]))).rejects.toBeInstanceOf(ConflictError);
      await store.commit(commitOf([{ op: 'delete', entity: 'finding', id: finding.id, expectedVersion: 2 }]));
      expect(await store.get('finding', finding.id)).toBeUndefined();
    });

    it('keeps workshops by start with their participants whole, and their kind fixed', async () => {
      const { a, b } = await twoOffices();
      const later = workshopRecord([a.id], { start: '2006-04-03', end: '2006-04-04' });
      const pilot = workshopRecord([a.id, b.id], {
        kind: 'pilot',
        start: '2006-02-01',
        end: '2006-02-02',
        status: 'held',
        lessonsLearnt: 'Invite senior management',
      });
      await store.commit(commitOf([later, pilot].map((record) => ({ op: 'create', entity: 'workshop', record }))));
      expect((await store.listWorkshops()).map((w) => w.id)).toEqual([pilot.id, later.id]);
      const participants = {
        groups: [{ level: 'senior-management' as const, function: 'military' as const, women: 2, men: 5 }],
        named: [{ name: 'Amina Diallo', level: 'professional' as const, function: 'police' as const, sex: 'female' as const }],
      };
      await store.commit(commitOf([{ op: 'update', entity: 'workshop', id: later.id, expectedVersion: 1, patch: { participants, status: 'held' } }]));
      expect(await store.get('workshop', later.id)).toMatchObject({ version: 2, participants, status: 'held', officeIds: [a.id] });
      await expect(
        store.commit(commitOf([{ op: 'update', entity: 'workshop', id: later.id, expectedVersion: 2, patch: { kind: 'pilot' } }])),
      ).rejects.toBeInstanceOf(StateError);
    });

    it('reads the objectives that cite findings in one go, and keeps a plan linked to its workshop', async () => {
      const { a } = await twoOffices();
      const finding = findingRecord(a.id);
      const workshop = workshopRecord([a.id]);
      const p = plan(a.id, { workshopId: workshop.id });
      const citing = objective(p.id, { ref: '1', findingIds: [finding.id] });
      const silent = objective(p.id, { ref: '2' });
      const empty = objective(p.id, { ref: '3', findingIds: [] });
      await store.commit(
        commitOf([
          { op: 'create', entity: 'finding', record: finding },
          { op: 'create', entity: 'workshop', record: workshop },
          { op: 'create', entity: 'plan', record: p },
          ...[citing, silent, empty].map((record) => ({ op: 'create' as const, entity: 'objective' as const, record })),
        ]),
      );
      expect((await store.listCitingObjectives()).map((o) => ({ id: o.id, findingIds: o.findingIds }))).toEqual([{ id: citing.id, findingIds: [finding.id] }]);
      expect((await store.get('plan', p.id))?.workshopId).toBe(workshop.id);
    });

    it('audits findings under their office and workshops under their first office', async () => {
      const { a, b } = await twoOffices();
      const finding = findingRecord(a.id);
      const wide = findingRecord(null);
      const workshop = workshopRecord([b.id, a.id]);
      await store.commit(
        commitOf([
          { op: 'create', entity: 'finding', record: finding },
          { op: 'create', entity: 'finding', record: wide },
          { op: 'create', entity: 'workshop', record: workshop },
        ]),
      );
      const ofA = await store.listAudit({ officeIds: [a.id], limit: 10 });
      expect(ofA.map((e) => `${e.entity}:${e.action}`).sort()).toEqual(['finding:create', 'office:create']);
      const ofB = await store.listAudit({ officeIds: [b.id], limit: 10 });
      expect(ofB.map((e) => `${e.entity}:${e.action}`).sort()).toEqual(['office:create', 'workshop:create']);
      expect((await store.listAudit({ entity: 'finding', entityId: wide.id, limit: 10 })).map((e) => e.officeId)).toEqual([null]);
    });
  });
}
