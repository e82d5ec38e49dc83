// diffPlans: what changed from one revision of a plan to another, items matched by id, with the
// planned fields that changed (before and after); progress, which moves with check-ins, is not a change.

import type { Activity, Objective, PlanContents, Target, WorkPlan } from '../../src/domain/model';
import { diffPlans } from '../../src/domain/plan-diff';
import { activity, AT, objective, office, plan, target } from '../support/factories';

const stored = <T extends object>(record: T) => ({ ...record, version: 1, createdAt: AT, updatedAt: AT });

/** An endorsed plan: objective 1 with activity 1.1 and its targets 1.1.a and 1.1.b. */
function endorsed(): PlanContents {
  const p: WorkPlan = stored(plan(office().id, { status: 'endorsed', title: 'Work plan 2006-2007' }));
  const o: Objective = stored(objective(p.id));
  const a: Activity = stored(activity(p.id, o.id));
  const ta: Target = stored(target(p.id, a.id, { ref: '1.1.a', description: 'Contingents trained' }));
  const tb: Target = stored(target(p.id, a.id, { ref: '1.1.b', description: 'Focal points named' }));
  return { plan: p, objectives: [o], activities: [a], targets: [ta, tb] };
}

/** The same plan as an amendment edits it: a changed copy, the records kept apart. */
function amended(from: PlanContents, edit: (draft: PlanContents) => void): PlanContents {
  const draft: PlanContents = structuredClone(from);
  edit(draft);
  return draft;
}

const only = <T>(items: readonly T[]): T => {
  expect(items).toHaveLength(1);
  return items[0] ?? fail('no item');
};

describe('diffPlans', () => {
  it('finds nothing between a revision and itself', () => {
    const r1 = endorsed();
    expect(diffPlans(r1, structuredClone(r1))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('lists an item added by the amendment, with its reference and title', () => {
    const r1 = endorsed();
    const activityId = r1.activities[0]?.id ?? '';
    const added = stored(target(r1.plan.id, activityId, { ref: '1.1.c', description: 'Gender advisers deployed' }));
    const diff = diffPlans(
      r1,
      amended(r1, (d) => d.targets.push(added)),
    );
    expect(diff).toEqual({ added: [{ entity: 'target', id: added.id, ref: '1.1.c', label: 'Gender advisers deployed' }], removed: [], changed: [] });
  });

  it('lists an item the amendment removed', () => {
    const r1 = endorsed();
    const removed = r1.targets[1] ?? fail('no target');
    const diff = diffPlans(
      r1,
      amended(r1, (d) => d.targets.splice(1, 1)),
    );
    expect(only(diff.removed)).toEqual({ entity: 'target', id: removed.id, ref: '1.1.b', label: 'Focal points named' });
    expect([diff.added, diff.changed]).toEqual([[], []]);
  });

  it('lists each changed field of a changed item, before and after', () => {
    const r1 = endorsed();
    const diff = diffPlans(
      r1,
      amended(r1, (d) => {
        const t = d.targets[0] ?? fail('no target');
        t.targetValue = 25;
        t.dueDate = '2007-06-30';
      }),
    );
    expect(only(diff.changed)).toMatchObject({
      entity: 'target',
      ref: '1.1.a',
      fields: [
        { field: 'targetValue', before: 10, after: 25 },
        { field: 'dueDate', before: '2026-12-31', after: '2007-06-30' },
      ],
    });
  });

  it('matches items by id: a new reference is a change of the same item, not a removal and an addition', () => {
    const r1 = endorsed();
    const diff = diffPlans(
      r1,
      amended(r1, (d) => {
        const o = d.objectives[0] ?? fail('no objective');
        o.ref = '2';
        o.paragraphs = [4, 8];
      }),
    );
    expect([diff.added, diff.removed]).toEqual([[], []]);
    expect(only(diff.changed).fields).toEqual([
      { field: 'ref', before: '1', after: '2' },
      { field: 'paragraphs', before: [4], after: [4, 8] },
    ]);
  });

  it('takes a change of the plan title for a change of the plan', () => {
    const r1 = endorsed();
    const diff = diffPlans(
      r1,
      amended(r1, (d) => {
        d.plan.title = 'Work plan 2006-2007 (amended)';
      }),
    );
    expect(only(diff.changed)).toMatchObject({
      entity: 'plan',
      ref: '',
      fields: [{ field: 'title', before: 'Work plan 2006-2007', after: 'Work plan 2006-2007 (amended)' }],
    });
  });

  it('leaves out progress reported by check-ins meanwhile, and the bookkeeping of the records', () => {
    const r1 = endorsed();
    const diff = diffPlans(
      r1,
      amended(r1, (d) => {
        const t = d.targets[0] ?? fail('no target');
        Object.assign(t, { status: 'on-track', progress: 40, lastCheckInAt: '2026-11-20', version: 7, updatedAt: '2026-11-20T10:00:00.000Z' });
        d.plan.status = 'draft';
        d.plan.history = [{ status: 'draft', by: 'focal@example.org', at: AT, comment: null }];
      }),
    );
    expect(diff).toEqual({ added: [], removed: [], changed: [] });
  });

  it('counts a target dropped by the amendment as a change of its status', () => {
    const r1 = endorsed();
    const diff = diffPlans(
      r1,
      amended(r1, (d) => {
        const t = d.targets[1] ?? fail('no target');
        t.status = 'dropped';
      }),
    );
    expect(only(diff.changed).fields).toEqual([{ field: 'status', before: 'not-started', after: 'dropped' }]);
  });

  it('reads an absent optional field as null: milestones added to a target are a change, none on either side is not', () => {
    const r1 = endorsed();
    const diff = diffPlans(
      r1,
      amended(r1, (d) => {
        const t = d.targets[0] ?? fail('no target');
        t.milestones = [{ periodId: 'p1', value: 5 }];
        const other = d.targets[1] ?? fail('no target');
        other.milestones = undefined;
      }),
    );
    expect(only(diff.changed).fields).toEqual([{ field: 'milestones', before: null, after: [{ periodId: 'p1', value: 5 }] }]);
  });

  it('orders every list by reference, numerically (1.1.b before 1.10)', () => {
    const r1 = endorsed();
    const objectiveId = r1.objectives[0]?.id ?? '';
    const a10 = stored(activity(r1.plan.id, objectiveId, { ref: '1.10', title: 'Tenth' }));
    const a2 = stored(activity(r1.plan.id, objectiveId, { ref: '1.2', title: 'Second' }));
    const diff = diffPlans(
      r1,
      amended(r1, (d) => d.activities.push(a10, a2)),
    );
    expect(diff.added.map((i) => i.ref)).toEqual(['1.2', '1.10']);
  });
});
