import fc from 'fast-check';
import {
  buildPlanTree,
  compareRefs,
  completeness,
  daysOverdue,
  isOverdue,
  officeStage,
  progressOf,
  rollup,
  rollupBy,
  targetsInContext,
} from '../../src/domain/derive';
import { TARGET_STATUSES } from '../../src/domain/catalogues';
import type { PlanContents, Target } from '../../src/domain/model';
import { nextActivityRef, nextObjectiveRef, nextTargetRef } from '../../src/domain/refs';
import { activity, objective, plan, target } from '../support/factories';

const stored = <T extends object>(r: T) => ({ ...r, version: 1, createdAt: '', updatedAt: '' });
const T = (over: Partial<Target>) => stored(target('p', 'a', over)) as Target;

describe('isOverdue and daysOverdue', () => {
  it('counts a target overdue from the day after its due date', () => {
    expect(isOverdue(T({ dueDate: '2026-11-28' }), '2026-11-28')).toBe(false);
    expect(isOverdue(T({ dueDate: '2026-11-27' }), '2026-11-28')).toBe(true);
    expect(daysOverdue(T({ dueDate: '2026-11-18' }), '2026-11-28')).toBe(10);
  });

  it('never counts achieved or dropped targets overdue', () => {
    for (const status of ['achieved', 'dropped'] as const) {
      expect(isOverdue(T({ dueDate: '2020-01-01', status }), '2026-11-28')).toBe(false);
      expect(daysOverdue(T({ dueDate: '2020-01-01', status }), '2026-11-28')).toBe(0);
    }
  });

  it('crosses leap days and year ends', () => {
    expect(daysOverdue(T({ dueDate: '2024-02-28' }), '2024-03-01')).toBe(2);
    expect(daysOverdue(T({ dueDate: '2025-12-31' }), '2026-01-01')).toBe(1);
  });
});

describe('progressOf', () => {
  const t = { baseline: 10, targetValue: 30, progress: 40 };
  it('takes the percent when given', () => expect(progressOf({ percent: 55, status: 'on-track' }, t)).toBe(55));
  it('places a value between baseline and target', () => expect(progressOf({ value: 20, status: 'on-track' }, t)).toBe(50));
  it('clamps values beyond the target', () => expect(progressOf({ value: 99, status: 'on-track' }, t)).toBe(100));
  it('handles targets that go down', () => expect(progressOf({ value: 15, status: 'on-track' }, { baseline: 20, targetValue: 10, progress: 0 })).toBe(50));
  it('makes an achieved target 100%', () => expect(progressOf({ percent: 20, status: 'achieved' }, t)).toBe(100));
  it('keeps the last progress when a check-in reports neither', () => expect(progressOf({ status: 'at-risk' }, t)).toBe(40));
});

describe('rollup', () => {
  it('counts by status, overdue, and averages progress leaving dropped targets out', () => {
    const r = rollup(
      [T({ progress: 100, status: 'achieved' }), T({ progress: 50, status: 'on-track', dueDate: '2026-01-01' }), T({ progress: 0, status: 'dropped' })],
      '2026-11-28',
    );
    expect(r).toMatchObject({ targets: 3, overdue: 1, progress: 75 });
    expect(r.byStatus).toMatchObject({ achieved: 1, 'on-track': 1, dropped: 1, 'at-risk': 0 });
  });

  it('has no progress for no targets', () => expect(rollup([], '2026-11-28').progress).toBeNull());

  it('keeps status counts summing to the number of targets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TARGET_STATUSES)), (statuses) => {
        const r = rollup(
          statuses.map((status) => T({ status })),
          '2026-11-28',
        );
        expect(Object.values(r.byStatus).reduce((a, b) => a + b, 0)).toBe(statuses.length);
      }),
    );
  });
});

describe('buildPlanTree', () => {
  it('nests by reference order with roll-ups at every level', () => {
    const p = stored(plan('office'));
    const o1 = stored(objective(p.id, { ref: '2' }));
    const o2 = stored(objective(p.id, { ref: '1' }));
    const a = stored(activity(p.id, o2.id, { ref: '1.10' }));
    const b = stored(activity(p.id, o2.id, { ref: '1.9' }));
    const t1 = stored(target(p.id, a.id, { ref: '1.10.a', progress: 20 })) as Target;
    const t2 = stored(target(p.id, b.id, { ref: '1.9.a', progress: 60, dueDate: '2026-01-01' })) as Target;
    const tree = buildPlanTree({ plan: p, objectives: [o1, o2], activities: [a, b], targets: [t1, t2] }, '2026-11-28');
    expect(tree.objectives.map((o) => o.ref)).toEqual(['1', '2']);
    expect(tree.objectives[0]!.activities.map((x) => x.ref)).toEqual(['1.9', '1.10']);
    expect(tree.objectives[0]!.activities[0]!.targets[0]).toMatchObject({ overdue: true, daysOverdue: 331 });
    expect(tree.objectives[0]!.rollup).toMatchObject({ targets: 2, progress: 40, overdue: 1 });
    expect(tree.objectives[1]!.rollup.targets).toBe(0);
    expect(tree.rollup.targets).toBe(2);
  });
});

describe('completeness', () => {
  it('names what is missing before review', () => {
    const p = stored(plan('office'));
    const o = stored(objective(p.id));
    const a = stored(activity(p.id, o.id));
    const t = stored(target(p.id, a.id, { baseline: null, meansOfVerification: null })) as Target;
    const c = completeness({ plan: p, objectives: [o], activities: [a], targets: [t] });
    expect(c.missing).toEqual([
      { ref: '1.1.a', field: 'baseline' },
      { ref: '1.1.a', field: 'meansOfVerification' },
    ]);
    expect(c.score).toBe(67);
  });
});

describe('rollupBy', () => {
  it('counts a target under every paragraph its objective names', () => {
    const p = stored(plan('office'));
    const o = stored(objective(p.id, { paragraphs: [4, 5] }));
    const a = stored(activity(p.id, o.id));
    const contents: PlanContents = { plan: p, objectives: [o], activities: [a], targets: [T({ activityId: a.id })] };
    const byParagraph = rollupBy(targetsInContext([contents]), (t) => t.paragraphs, '2026-11-28');
    expect(byParagraph.get(4)?.targets).toBe(1);
    expect(byParagraph.get(5)?.targets).toBe(1);
    expect(byParagraph.get(6)).toBeUndefined();
  });
});

describe('officeStage', () => {
  const none = { needsAssessment: null, workshop: null };
  it.each([
    [none, undefined, 'not-started'],
    [{ ...none, needsAssessment: '2026-05-01' }, 'draft', 'needs-assessment'],
    [{ needsAssessment: '2026-05-01', workshop: '2026-07-01' }, 'draft', 'workshop'],
    [none, 'submitted', 'submitted'],
    [none, 'endorsed', 'endorsed'],
  ] as const)('%p with a %s plan is at %s', (milestones, status, stage) => {
    expect(officeStage(milestones, status)).toBe(stage);
  });
});

describe('references', () => {
  it('orders references numerically part by part', () => {
    expect(['1.10', '1.2', '10', '2', '1.2.b', '1.2.a'].sort(compareRefs)).toEqual(['1.2', '1.2.a', '1.2.b', '1.10', '2', '10']);
  });
  it('numbers new objectives, activities and targets after the existing ones', () => {
    expect(nextObjectiveRef([])).toBe('1');
    expect(nextObjectiveRef(['1', '3'])).toBe('4');
    expect(nextActivityRef('2', ['1.1', '2.1', '2.7'])).toBe('2.8');
    expect(nextTargetRef('2.1', ['2.1.a', '2.1.c'])).toBe('2.1.b');
    expect(
      nextTargetRef(
        '1.1',
        Array.from({ length: 26 }, (_, i) => `1.1.${String.fromCharCode(97 + i)}`),
      ),
    ).toBe('1.1.aa');
  });
});
