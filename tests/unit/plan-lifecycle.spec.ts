// The pure rules of a plan's whole life: amendment, archive refusals, the plan of record while an
// amendment is drafted, and the next cycle's copy (what is copied, what is not and why).

import { StateError, ValidationError } from '../../src/domain/errors';
import type { PlanContents, PlanRevision } from '../../src/domain/model';
import { amendment, frozenRevision, nextCyclePlan, planOfRecord, refuseArchived } from '../../src/domain/plan-lifecycle';
import { activity, AT, objective, office, plan, target } from '../support/factories';

const stored = <T extends object>(record: T) => ({ ...record, version: 1, createdAt: AT, updatedAt: AT });

function endorsedPlan(): PlanContents {
  const p = stored(plan(office().id, { status: 'endorsed', cycle: '2006-2007', title: 'Work plan 2006-2007' }));
  const o = stored(objective(p.id));
  const a = stored(activity(p.id, o.id, { start: '2006-01-01', end: '2006-12-31' }));
  const open = stored(
    target(p.id, a.id, { ref: '1.1.a', description: 'Open', status: 'on-track', progress: 40, lastCheckInAt: '2007-03-01', dueDate: '2007-06-30' }),
  );
  const achieved = stored(target(p.id, a.id, { ref: '1.1.b', description: 'Done', status: 'achieved', progress: 100 }));
  const dropped = stored(target(p.id, a.id, { ref: '1.1.c', description: 'Dropped', status: 'dropped' }));
  const late = stored(
    target(p.id, a.id, { ref: '1.1.d', description: 'Late', status: 'off-track', dueDate: '2007-12-31', milestones: [{ periodId: '2006-2007-q1', value: 2 }] }),
  );
  return { plan: p, objectives: [o], activities: [a], targets: [open, achieved, dropped, late] };
}

let n = 0;
const newId = () => `new-${++n}`;
const cycle = { code: '2008-2009', start: '2008-01-01', end: '2009-12-31' };

describe('amendment', () => {
  it('opens the next revision of an endorsed plan in draft, with who and when in its history', () => {
    const { plan: p } = endorsedPlan();
    const patch = amendment({ ...p, revision: 2 }, { by: 'focal@example.org', at: AT, comment: 'New mandate' });
    expect(patch).toMatchObject({ status: 'draft', revision: 3, reviewComment: null });
    expect(patch.history?.at(-1)).toEqual({ status: 'draft', by: 'focal@example.org', at: AT, comment: 'New mandate' });
  });

  it('refuses a plan that is not endorsed (plan-status) and an archived one (plan-archived)', () => {
    const { plan: p } = endorsedPlan();
    expect(() => amendment({ ...p, status: 'draft' }, { by: 'x@example.org', at: AT, comment: null })).toThrow(
      expect.objectContaining({ code: 'plan-status', params: { status: 'draft', needed: 'endorsed' } }),
    );
    expect(() => amendment({ ...p, status: 'archived' }, { by: 'x@example.org', at: AT, comment: null })).toThrow(
      expect.objectContaining({ code: 'plan-archived' }),
    );
  });
});

describe('refuseArchived', () => {
  it('refuses an archived plan with its cycle, and lets any other plan through', () => {
    expect(() => refuseArchived({ status: 'archived', cycle: '2006-2007' })).toThrow(StateError);
    expect(() => refuseArchived({ status: 'archived', cycle: '2006-2007' })).toThrow(expect.objectContaining({ params: { cycle: '2006-2007' } }));
    for (const status of ['draft', 'submitted', 'returned', 'endorsed'] as const) expect(() => refuseArchived({ status, cycle: '2006-2007' })).not.toThrow();
  });
});

describe('planOfRecord', () => {
  function underAmendment(): { live: PlanContents; r1: PlanRevision } {
    const endorsed = endorsedPlan();
    const r1 = stored(frozenRevision(endorsed, endorsed.plan, { by: 'advisor@example.org', at: AT }));
    const live = structuredClone(endorsed);
    Object.assign(live.plan, { status: 'draft', revision: 2, version: 9, title: 'Amended title' });
    const first = live.targets[0] ?? fail('no target');
    Object.assign(first, { description: 'Amended description', progress: 70, status: 'at-risk', lastCheckInAt: '2007-05-01' });
    live.targets.splice(3, 1);
    return { live, r1 };
  }

  it('is the last endorsed revision for a plan under amendment, with the progress of its live targets', () => {
    const { live, r1 } = underAmendment();
    const record = planOfRecord(live, r1);
    expect(record.plan).toMatchObject({ status: 'endorsed', title: 'Work plan 2006-2007', version: 9 });
    expect(record.targets.map((t) => t.description)).toEqual(['Open', 'Done', 'Dropped', 'Late']);
    expect(record.targets[0]).toMatchObject({ progress: 70, status: 'at-risk', lastCheckInAt: '2007-05-01' });
    // A target the amendment removed keeps its progress as endorsed.
    expect(record.targets[3]).toMatchObject({ status: 'off-track' });
  });

  it('is the plan itself when it is not under amendment', () => {
    const { live, r1 } = underAmendment();
    const endorsedAgain = { ...live, plan: { ...live.plan, status: 'endorsed' as const } };
    expect(planOfRecord(endorsedAgain, r1)).toBe(endorsedAgain);
  });
});

describe('nextCyclePlan', () => {
  it('copies every objective and activity and the targets neither achieved nor dropped, saying why the others stay', () => {
    const source = endorsedPlan();
    const next = nextCyclePlan(source, cycle, 'Work plan 2008-2009', newId);
    expect(next.copied.map((c) => `${c.entity} ${c.ref}`)).toEqual(['objective 1', 'activity 1.1', 'target 1.1.a', 'target 1.1.d']);
    expect(next.notCopied.map((c) => [c.ref, c.reason])).toEqual([
      ['1.1.b', 'achieved'],
      ['1.1.c', 'dropped'],
    ]);
  });

  it('keeps references, links each item and the plan back to its source, and starts a draft at revision 1', () => {
    const source = endorsedPlan();
    const next = nextCyclePlan(source, cycle, 'Work plan 2008-2009', newId);
    expect(next.plan).toMatchObject({
      officeId: source.plan.officeId,
      cycle: '2008-2009',
      status: 'draft',
      revision: 1,
      sourcePlanId: source.plan.id,
      history: [],
    });
    expect(next.objectives.map((o) => [o.ref, o.sourceId, o.planId])).toEqual([['1', source.objectives[0]?.id, next.plan.id]]);
    expect(next.activities.map((a) => [a.ref, a.objectiveId])).toEqual([['1.1', next.objectives[0]?.id]]);
    expect(next.targets.map((t) => [t.ref, t.sourceId, t.activityId])).toEqual([
      ['1.1.a', source.targets[0]?.id, next.activities[0]?.id],
      ['1.1.d', source.targets[3]?.id, next.activities[0]?.id],
    ]);
    expect(new Set([next.plan.id, ...next.targets.map((t) => t.id)]).size).toBe(3);
  });

  it('copies no progress: targets start again not started, without check-in or milestones of the old cycle', () => {
    const next = nextCyclePlan(endorsedPlan(), cycle, 'Work plan 2008-2009', newId);
    for (const t of next.targets) {
      expect(t).toMatchObject({ status: 'not-started', progress: 0, lastCheckInAt: null });
      expect(t.milestones).toBeUndefined();
    }
  });

  it("moves a due date before the new cycle to the cycle's last day and clears an activity's past dates", () => {
    const next = nextCyclePlan(endorsedPlan(), cycle, 'Work plan 2008-2009', newId);
    expect(next.targets.map((t) => t.dueDate)).toEqual(['2009-12-31', '2009-12-31']);
    expect(next.copied.find((c) => c.ref === '1.1.a')?.dueDate).toBe('2009-12-31');
    expect(next.activities[0]).toMatchObject({ start: null, end: null });
  });

  it("refuses a cycle that does not start after the plan's cycle ends", () => {
    const source = endorsedPlan();
    for (const code of ['2006-2007', '2007-2008', '2005']) {
      const attempt = () => nextCyclePlan(source, { code, start: `${code.slice(0, 4)}-01-01`, end: '2009-12-31' }, 'x', newId);
      expect(attempt).toThrow(ValidationError);
      expect(attempt).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ field: 'cycle', code: 'too-small', params: { min: '2008' } })] }));
    }
  });
});
