// The PlanStore contract for plans through their whole life, run against every adapter: the
// frozen revisions of a plan (stored once per plan and revision, read back whole, plan by plan),
// the plan's revision and next-cycle links kept as written, a next cycle's plan written all or
// nothing, and the plan-archived refusal of a guarded write, with its code.

import { ConflictError, StateError } from '../../src/domain/errors';
import type { NewRecord, PlanContents } from '../../src/domain/model';
import { diffPlans } from '../../src/domain/plan-diff';
import { amendment, frozenRevision, revisionId } from '../../src/domain/plan-lifecycle';
import type { PlanStore } from '../../src/store/plan-store';
import { activity, AT, commitOf, objective, office, plan, smallPlanChanges, target } from '../support/factories';
import type { StoreHarness } from './plan-store.contract';

export function describeLifecycleStoreContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`PlanStore lifecycle contract: ${name}`, () => {
    let h: StoreHarness;
    let store: PlanStore;
    beforeEach(async () => {
      h = await open();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    /** A small endorsed plan in the store, read back whole. */
    async function endorsedPlan(): Promise<PlanContents> {
      const s = smallPlanChanges();
      await store.commit(commitOf(s.officeChanges));
      await store.commit(commitOf(s.planChanges));
      const stored = await store.get('plan', s.plan.id);
      await store.commit(
        commitOf([{ op: 'update', entity: 'plan', id: s.plan.id, expectedVersion: stored?.version ?? 0, patch: { status: 'endorsed', revision: 1 } }]),
      );
      return (await store.getPlanContents(s.plan.id)) ?? fail('the plan was not stored');
    }

    const revisionOf = (contents: PlanContents, revision = 1): NewRecord<'planRevision'> =>
      frozenRevision(contents, { ...contents.plan, revision }, { by: 'advisor@example.org', at: AT });

    it('stores a frozen revision with its whole tree and reads it back, oldest revision first, plan by plan', async () => {
      const a = await endorsedPlan();
      const b = await endorsedPlan();
      await store.commit(commitOf([{ op: 'create', entity: 'planRevision', record: revisionOf(a, 2) }]));
      await store.commit(commitOf([{ op: 'create', entity: 'planRevision', record: revisionOf(b, 1) }]));
      await store.commit(commitOf([{ op: 'create', entity: 'planRevision', record: revisionOf(a, 1) }]));
      const revisions = await store.listPlanRevisions([b.plan.id, a.plan.id]);
      expect(revisions.map((r) => [r.planId, r.revision])).toEqual([
        [b.plan.id, 1],
        [a.plan.id, 1],
        [a.plan.id, 2],
      ]);
      const first = revisions[1] ?? fail('no revision');
      expect(first).toMatchObject({ id: revisionId(a.plan.id, 1), endorsedBy: 'advisor@example.org', endorsedAt: AT, version: 1 });
      expect(first.tree.targets.map((t) => t.description)).toEqual(a.targets.map((t) => t.description));
      expect(first.tree.objectives).toEqual(a.objectives);
      expect(await store.listPlanRevisions([])).toEqual([]);
    });

    it('keeps one revision per plan and number: a second one is a duplicate, and the first stays as it was', async () => {
      const a = await endorsedPlan();
      await store.commit(commitOf([{ op: 'create', entity: 'planRevision', record: revisionOf(a) }]));
      const again = { ...revisionOf(a), id: `${a.plan.id}:again`, endorsedBy: 'someone.else@example.org' };
      await expect(store.commit(commitOf([{ op: 'create', entity: 'planRevision', record: again }]))).rejects.toBeInstanceOf(ConflictError);
      const revisions = await store.listPlanRevisions([a.plan.id]);
      expect(revisions.map((r) => r.endorsedBy)).toEqual(['advisor@example.org']);
    });

    it("moves the plan's version with a revision written under it, and audits it under the plan's office", async () => {
      const a = await endorsedPlan();
      await store.commit(commitOf([{ op: 'create', entity: 'planRevision', record: revisionOf(a) }]));
      expect((await store.get('plan', a.plan.id))?.version).toBe(a.plan.version + 1);
      const [event] = await store.listAudit({ entity: 'planRevision', limit: 5 });
      expect(event).toMatchObject({ entity: 'planRevision', entityId: revisionId(a.plan.id, 1), officeId: a.plan.officeId, action: 'create' });
    });

    it("writes a next cycle's plan with its source links, and writes none of it when the office has a plan in that cycle", async () => {
      const source = await endorsedPlan();
      const next = plan(source.plan.officeId, { cycle: '2008-2009', revision: 1, sourcePlanId: source.plan.id });
      const ob = objective(next.id, { sourceId: source.objectives[0]?.id });
      const ac = activity(next.id, ob.id, { sourceId: source.activities[0]?.id });
      const tg = target(next.id, ac.id, { sourceId: source.targets[0]?.id });
      const changes = (p: NewRecord<'plan'>) =>
        commitOf([
          { op: 'create', entity: 'plan', record: p },
          { op: 'create', entity: 'objective', record: { ...ob, planId: p.id } },
          { op: 'create', entity: 'activity', record: { ...ac, planId: p.id } },
          { op: 'create', entity: 'target', record: { ...tg, planId: p.id } },
        ]);
      await store.commit(changes(next));
      const stored = (await store.getPlanContents(next.id)) ?? fail('no next plan');
      expect(stored.plan).toMatchObject({ revision: 1, sourcePlanId: source.plan.id, cycle: '2008-2009' });
      expect([stored.objectives[0]?.sourceId, stored.activities[0]?.sourceId, stored.targets[0]?.sourceId]).toEqual([
        source.objectives[0]?.id,
        source.activities[0]?.id,
        source.targets[0]?.id,
      ]);

      const twin = plan(source.plan.officeId, { cycle: '2008-2009' });
      const objectiveTwin = { ...ob, id: `${ob.id}-twin` };
      await expect(
        store.commit(
          commitOf([
            { op: 'create', entity: 'plan', record: twin },
            { op: 'create', entity: 'objective', record: { ...objectiveTwin, planId: twin.id } },
          ]),
        ),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await store.get('plan', twin.id)).toBeUndefined();
      expect(await store.get('objective', objectiveTwin.id)).toBeUndefined();
      expect((await store.listPlans({ officeId: source.plan.officeId, cycle: '2008-2009' })).map((p) => p.id)).toEqual([next.id]);
    });

    it('refuses a guarded write to an archived plan with the reason plan-archived, and writes nothing', async () => {
      const a = await endorsedPlan();
      await store.commit(commitOf([{ op: 'update', entity: 'plan', id: a.plan.id, expectedVersion: a.plan.version, patch: { status: 'archived' } }]));
      const archived = (await store.get('plan', a.plan.id)) ?? fail('no plan');
      const item = a.objectives[0] ?? fail('no objective');
      const write = store.commit(
        commitOf([{ op: 'update', entity: 'objective', id: item.id, expectedVersion: item.version, patch: { title: 'Changed after the end of the cycle' } }], {
          guards: [{ planId: a.plan.id, statuses: ['draft', 'returned'] }],
        }),
      );
      await expect(write).rejects.toBeInstanceOf(StateError);
      await expect(write).rejects.toMatchObject({ code: 'plan-archived', params: { cycle: archived.cycle } });
      expect((await store.get('objective', item.id))?.title).toBe(item.title);
      expect((await store.get('plan', a.plan.id))?.version).toBe(archived.version);
    });

    it('refuses a revision of a plan that does not exist', async () => {
      const o = office();
      await store.commit(commitOf([{ op: 'create', entity: 'office', record: o }]));
      const orphan: NewRecord<'planRevision'> = {
        id: 'missing:1',
        planId: 'missing',
        revision: 1,
        endorsedAt: AT,
        endorsedBy: 'advisor@example.org',
        tree: { plan: { ...plan(o.id), version: 1, createdAt: AT, updatedAt: AT }, objectives: [], activities: [], targets: [] },
      };
      await expect(store.commit(commitOf([{ op: 'create', entity: 'planRevision', record: orphan }]))).rejects.toThrow(/plan/);
      expect(await store.listPlanRevisions(['missing'])).toEqual([]);
    });

    /** An endorsed plan of `count` targets with demo-sized texts (~1.2 KB a target as JSON). */
    async function largePlan(count: number): Promise<PlanContents> {
      const o = office();
      const p = plan(o.id, { status: 'submitted', revision: 1 });
      const ob = objective(p.id);
      const acts = Array.from({ length: 10 }, (_, i) => activity(p.id, ob.id, { ref: `1.${i + 1}` }));
      const long = (what: string, i: number, n: number) => `${what} ${i}: ${'gender-responsive planning, reporting and follow-up '.repeat(n)}`.slice(0, n * 50);
      const targets = Array.from({ length: count }, (_, i) =>
        target(p.id, acts[i % acts.length]?.id ?? '', {
          ref: `1.${(i % acts.length) + 1}.${i}`,
          description: long('Target', i, 10),
          indicator: long('Indicator', i, 6),
          meansOfVerification: long('Records', i, 4),
        }),
      );
      await store.commit(commitOf([{ op: 'create', entity: 'office', record: o }]));
      await store.commit(
        commitOf([
          { op: 'create', entity: 'plan', record: p },
          { op: 'create', entity: 'objective', record: ob },
          ...acts.map((record) => ({ op: 'create' as const, entity: 'activity' as const, record })),
          ...targets.map((record) => ({ op: 'create' as const, entity: 'target' as const, record })),
        ]),
      );
      return (await store.getPlanContents(p.id)) ?? fail('the plan was not stored');
    }

    it('endorses, freezes, amends and diffs a plan of 200 targets, whose frozen tree is longer than a SharePoint text column holds', async () => {
      const live = await largePlan(200);
      // Endorsed and frozen in one commit, as the endorsement does it (plans.ts).
      const endorsed = { ...live.plan, status: 'endorsed' as const };
      const frozen = frozenRevision(live, endorsed, { by: 'advisor@example.org', at: AT });
      expect(JSON.stringify(frozen).length).toBeGreaterThan(3 * 63_999);
      await store.commit(
        commitOf([
          { op: 'update', entity: 'plan', id: live.plan.id, expectedVersion: live.plan.version, patch: { status: 'endorsed' } },
          { op: 'create', entity: 'planRevision', record: frozen },
        ]),
      );
      const [first] = await store.listPlanRevisions([live.plan.id]);
      expect(first?.tree.targets).toEqual(live.targets);
      expect(first?.tree.objectives).toEqual(live.objectives);

      // Amended (revision 2, draft), one target changed and one added; revision 1 stays as it was.
      const now = (await store.get('plan', live.plan.id)) ?? fail('no plan');
      const changed = live.targets[7] ?? fail('no target');
      const added = target(live.plan.id, changed.activityId, { ref: '9.9.9', description: 'A target of the amendment' });
      await store.commit(
        commitOf([
          { op: 'update', entity: 'plan', id: now.id, expectedVersion: now.version, patch: amendment(now, { by: 'focal@example.org', at: AT, comment: null }) },
          { op: 'update', entity: 'target', id: changed.id, expectedVersion: changed.version, patch: { targetValue: 55 } },
          { op: 'create', entity: 'target', record: added },
        ]),
      );
      const amended = (await store.getPlanContents(live.plan.id)) ?? fail('no plan');
      expect(amended.plan).toMatchObject({ status: 'draft', revision: 2 });
      const [again] = await store.listPlanRevisions([live.plan.id]);
      expect(again?.tree).toEqual(first?.tree);
      const diff = diffPlans(again?.tree ?? fail('no revision'), amended);
      expect(diff.added.map((i) => i.id)).toEqual([added.id]);
      expect(diff.removed).toEqual([]);
      expect(diff.changed.filter((i) => i.entity === 'target').map((i) => [i.id, i.fields.map((f) => [f.field, f.before, f.after])])).toEqual([
        [changed.id, [['targetValue', 10, 55]]],
      ]);

      // The amendment endorsed: revision 2 frozen beside revision 1, both whole.
      const second = frozenRevision(amended, { ...amended.plan, status: 'endorsed' }, { by: 'advisor@example.org', at: AT });
      await store.commit(
        commitOf([
          { op: 'update', entity: 'plan', id: amended.plan.id, expectedVersion: amended.plan.version, patch: { status: 'endorsed' } },
          { op: 'create', entity: 'planRevision', record: second },
        ]),
      );
      const both = await store.listPlanRevisions([live.plan.id]);
      expect(both.map((r) => [r.revision, r.tree.targets.length])).toEqual([
        [1, 200],
        [2, 201],
      ]);
      expect(both[1]?.tree.targets.find((t) => t.id === changed.id)?.targetValue).toBe(55);
    });

    it('writes no part of a long revision when its commit is refused', async () => {
      const live = await largePlan(120);
      const frozen = frozenRevision(live, { ...live.plan, status: 'endorsed' }, { by: 'advisor@example.org', at: AT });
      const stale = store.commit(
        commitOf([
          { op: 'update', entity: 'plan', id: live.plan.id, expectedVersion: live.plan.version + 5, patch: { status: 'endorsed' } },
          { op: 'create', entity: 'planRevision', record: frozen },
        ]),
      );
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      expect(await store.listPlanRevisions([live.plan.id])).toEqual([]);
      // The same revision written afterwards is not a duplicate of anything left behind.
      await store.commit(commitOf([{ op: 'create', entity: 'planRevision', record: frozen }]));
      expect((await store.listPlanRevisions([live.plan.id])).map((r) => r.tree.targets.length)).toEqual([120]);
    });
  });
}
