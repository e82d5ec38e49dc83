// consolidate(): the one model both renderers draw from.

import type { CheckIn, NewRecord, Office, PlanContents } from '../../src/domain/model';
import { consolidate, targetsOf } from '../../src/export/consolidate';
import { matrixEntries, matrixRowCount } from '../../src/export/matrix';
import { activity, AT, checkin, objective, office, plan, target } from '../support/factories';

const TODAY = '2026-11-28';
const stored = <T extends object>(record: T) => ({ ...record, version: 1, createdAt: AT, updatedAt: AT });

function planOf(o: Office, status: NewRecord<'plan'>['status'], cycle = '2006-2007'): PlanContents {
  const p = plan(o.id, { status, cycle });
  const ob1 = objective(p.id, { ref: '1', pillar: 'participation', paragraphs: [4, 5], functionalArea: 'military' });
  const ob2 = objective(p.id, { ref: '2', pillar: 'protection', paragraphs: [10], functionalArea: 'police' });
  const a11 = activity(p.id, ob1.id, { ref: '1.1' });
  const a21 = activity(p.id, ob2.id, { ref: '2.1' });
  return {
    plan: stored(p),
    objectives: [stored(ob2), stored(ob1)],
    activities: [stored(a21), stored(a11)],
    targets: [
      stored(target(p.id, a11.id, { ref: '1.1.b', status: 'achieved', progress: 100, dueDate: '2026-10-01' })),
      stored(target(p.id, a11.id, { ref: '1.1.a', status: 'on-track', progress: 50, dueDate: '2026-11-01' })),
      stored(target(p.id, a21.id, { ref: '2.1.a', status: 'off-track', progress: 10, dueDate: '2026-06-01' })),
    ],
  };
}

describe('consolidate', () => {
  const oo = stored(office({ code: 'OO', name: 'Office of Operations' }));
  const md = stored(office({ code: 'MD', name: 'Military Division' }));
  const unmas = stored(office({ code: 'UNMAS', name: 'Mine Action Service' }));

  it('marks the plan draft while any included plan is not endorsed', () => {
    const c = consolidate({
      offices: [oo, md],
      contents: [planOf(oo, 'endorsed'), planOf(md, 'submitted')],
      lastCheckIns: new Map(),
      cycle: '2006-2007',
      today: TODAY,
    });
    expect(c.draft).toBe(true);
  });

  it('counts an archived plan as endorsed', () => {
    const c = consolidate({
      offices: [oo, md],
      contents: [planOf(oo, 'endorsed'), planOf(md, 'archived')],
      lastCheckIns: new Map(),
      cycle: '2006-2007',
      today: TODAY,
    });
    expect(c.draft).toBe(false);
  });

  it('leaves out other cycles and lists the offices in scope that have no plan', () => {
    const c = consolidate({
      offices: [oo, md, unmas],
      contents: [planOf(oo, 'endorsed'), planOf(md, 'draft', '2008-2009')],
      lastCheckIns: new Map(),
      cycle: '2006-2007',
      today: TODAY,
    });
    expect(c.offices.map((o) => o.office.code)).toEqual(['OO']);
    expect(c.officesWithoutPlan.map((o) => o.code)).toEqual(['MD', 'UNMAS']);
    expect(c.draft).toBe(false);
  });

  it('restricts the consolidation to one office when asked', () => {
    const c = consolidate({
      offices: [oo, md],
      contents: [planOf(oo, 'endorsed'), planOf(md, 'draft')],
      lastCheckIns: new Map(),
      cycle: '2006-2007',
      officeCode: 'MD',
      today: TODAY,
    });
    expect(c.offices.map((o) => o.office.code)).toEqual(['MD']);
    expect(c.officesWithoutPlan).toEqual([]);
    expect(c.totals.targets).toBe(3);
  });

  it('nests every target under its objective and activity, ordered by reference', () => {
    const c = consolidate({ offices: [oo], contents: [planOf(oo, 'endorsed')], lastCheckIns: new Map(), cycle: '2006-2007', today: TODAY });
    expect([...targetsOf(c)].map((t) => `${t.objective.ref}/${t.activity.ref}/${t.target.ref}`)).toEqual(['1/1.1/1.1.a', '1/1.1/1.1.b', '2/2.1/2.1.a']);
  });

  it('rolls up the department, each pillar and each functional area', () => {
    const c = consolidate({
      offices: [oo, md],
      contents: [planOf(oo, 'endorsed'), planOf(md, 'endorsed')],
      lastCheckIns: new Map(),
      cycle: '2006-2007',
      today: TODAY,
    });
    expect(c.totals).toMatchObject({ objectives: 4, activities: 4, targets: 6 });
    expect(c.totals.rollup.byStatus).toMatchObject({ achieved: 2, 'on-track': 2, 'off-track': 2 });
    expect(c.byPillar.find((p) => p.pillar === 'participation')).toMatchObject({ objectives: 2, targets: 4 });
    expect(c.byPillar.find((p) => p.pillar === 'prevention')).toMatchObject({ objectives: 0, targets: 0 });
    expect(c.byFunctionalArea.map((a) => [a.functionalArea, a.targets])).toEqual([
      ['military', 4],
      ['police', 2],
    ]);
  });

  it('counts a target under every paragraph its objective names, per office', () => {
    const c = consolidate({
      offices: [oo, md],
      contents: [planOf(oo, 'endorsed'), planOf(md, 'endorsed')],
      lastCheckIns: new Map(),
      cycle: '2006-2007',
      today: TODAY,
    });
    const p4 = c.byParagraph.find((p) => p.paragraph === 4)!;
    const p5 = c.byParagraph.find((p) => p.paragraph === 5)!;
    const p10 = c.byParagraph.find((p) => p.paragraph === 10)!;
    expect([p4.targets, p5.targets, p10.targets]).toEqual([4, 4, 2]);
    expect(p4.targetsByOffice.get(oo.id)).toBe(2);
    expect(c.byParagraph).toHaveLength(18);
  });

  it('lists the overdue targets with the most days overdue first', () => {
    const c = consolidate({ offices: [oo], contents: [planOf(oo, 'endorsed')], lastCheckIns: new Map(), cycle: '2006-2007', today: TODAY });
    // 1.1.b is achieved: never overdue, however old its due date.
    expect(c.overdue.map((o) => [o.target.ref, o.target.daysOverdue])).toEqual([
      ['2.1.a', 180],
      ['1.1.a', 27],
    ]);
  });

  it('puts the latest check-in beside its target in the matrix', () => {
    const contents = planOf(oo, 'endorsed');
    const t = contents.targets.find((x) => x.ref === '1.1.a')!;
    const last = stored(checkin(contents.plan.id, t.id, { date: '2026-11-20', note: 'Half the contingents trained' })) as CheckIn;
    const c = consolidate({ offices: [oo], contents: [contents], lastCheckIns: new Map([[t.id, last]]), cycle: '2006-2007', today: TODAY });
    const row = [...matrixEntries(c)].find((e) => e.values.targetRef === '1.1.a')!;
    expect(row.values).toMatchObject({ lastCheckIn: '2026-11-20', checkInNote: 'Half the contingents trained', progress: 50, daysOverdue: 27 });
  });

  it('gives an objective without activities a matrix row of its own', () => {
    const contents = planOf(oo, 'draft');
    contents.objectives.push(stored(objective(contents.plan.id, { ref: '3', title: 'Not planned yet' })));
    const c = consolidate({ offices: [oo], contents: [contents], lastCheckIns: new Map(), cycle: '2006-2007', today: TODAY });
    const rows = [...matrixEntries(c)];
    expect(rows).toHaveLength(4);
    expect(matrixRowCount(c)).toBe(4);
    expect(rows[3]!.values).toMatchObject({ objectiveRef: '3', activityRef: null, targetRef: null });
  });
});
