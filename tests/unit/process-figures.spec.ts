// The figures of the workshops, computed from the records: only held workshops count, women and
// men by level per office (groups and named people alike), the functions represented as a share
// of the department's, and an office's plan "produced" only when linked to one of its held workshops.

import { FUNCTIONAL_AREAS } from '../../src/domain/catalogues';
import type { Office, WorkPlan } from '../../src/domain/model';
import { participantTotals, type Workshop } from '../../src/domain/process';
import { workshopFigures } from '../../src/domain/process-figures';

const STAMP = { version: 1, createdAt: '2006-01-01T00:00:00.000Z', updatedAt: '2006-01-01T00:00:00.000Z' };

function office(id: string): Office {
  return {
    ...STAMP,
    id,
    code: id.toUpperCase(),
    name: `Office ${id}`,
    focalPoints: [],
    digestChannelId: null,
    milestones: { needsAssessment: null, workshop: null, planSubmitted: null, planEndorsed: null },
  };
}

function workshop(id: string, over: Partial<Workshop> = {}): Workshop {
  return {
    ...STAMP,
    id,
    kind: 'office',
    officeIds: [],
    start: '2006-03-14',
    end: '2006-03-15',
    venue: null,
    facilitators: [],
    status: 'held',
    lessonsLearnt: null,
    participants: { groups: [], named: [] },
    ...over,
  };
}

function plan(id: string, officeId: string, workshopId?: string | null): WorkPlan {
  return { ...STAMP, id, officeId, cycle: '2006-2007', title: 'Work plan', status: 'draft', reviewComment: null, history: [], workshopId };
}

const oo = office('oo');
const pd = office('pd');

describe('workshopFigures', () => {
  it('counts women and men by level per office, named participants as one each', () => {
    const w = workshop('w1', {
      officeIds: ['oo'],
      participants: {
        groups: [
          { level: 'senior-management', function: 'political-affairs', women: 1, men: 3 },
          { level: 'professional', function: 'political-affairs', women: 4, men: 2 },
        ],
        named: [{ name: 'Amina Diallo', level: 'senior-management', function: 'human-rights', sex: 'female' }],
      },
    });
    const row = workshopFigures([oo, pd], [w], []).offices[0];
    expect(row?.byLevel).toEqual([
      { level: 'senior-management', women: 2, men: 3, total: 5 },
      { level: 'professional', women: 4, men: 2, total: 6 },
      { level: 'general-service', women: 0, men: 0, total: 0 },
      { level: 'field', women: 0, men: 0, total: 0 },
    ]);
    expect(row?.participants).toEqual({ women: 6, men: 5, total: 11 });
    expect(participantTotals(w.participants)).toEqual({ women: 6, men: 5, total: 11 });
  });

  it('leaves out planned and cancelled workshops', () => {
    const groups = [{ level: 'field' as const, function: 'police' as const, women: 2, men: 2 }];
    const figures = workshopFigures(
      [pd],
      [
        workshop('p', { officeIds: ['pd'], status: 'planned', participants: { groups, named: [] } }),
        workshop('c', { officeIds: ['pd'], status: 'cancelled', participants: { groups, named: [] } }),
      ],
      [],
    );
    expect(figures.offices[0]).toMatchObject({ workshopsHeld: 0, lastHeld: null, participants: { total: 0 }, functionsRepresented: [], functionShare: 0 });
    expect(figures.officesWithWorkshopHeld).toBe(0);
  });

  it('gives the share of the functional areas represented, ignoring groups of nobody', () => {
    const groups = [
      { level: 'professional' as const, function: 'police' as const, women: 1, men: 0 },
      { level: 'professional' as const, function: 'military' as const, women: 0, men: 0 },
    ];
    const row = workshopFigures([pd], [workshop('w', { officeIds: ['pd'], participants: { groups, named: [] } })], []).offices[0];
    expect(row?.functionsRepresented).toEqual(['police']);
    expect(row?.functionShare).toBe(Math.round(100 / FUNCTIONAL_AREAS.length));
  });

  it("counts a plan produced only when it is linked to one of its office's held workshops", () => {
    const held = workshop('held', { officeIds: ['oo'], end: '2006-03-15' });
    const planned = workshop('planned', { officeIds: ['pd'], status: 'planned' });
    const heldPd = workshop('held-pd', { officeIds: ['pd'], start: '2006-04-02', end: '2006-04-03' });
    const figures = workshopFigures([oo, pd], [held, planned, heldPd], [plan('p1', 'oo', 'held'), plan('p2', 'pd', 'planned')]);
    expect(figures.offices.map((r) => [r.office?.code, r.workshopsHeld, r.planProduced, r.lastHeld])).toEqual([
      ['OO', 1, true, '2006-03-15'],
      ['PD', 1, false, '2006-04-03'],
    ]);
    expect(figures).toMatchObject({ officeCount: 2, officesWithWorkshopHeld: 2, officesWithWorkshopAndPlan: 1, pilotHeld: false });
  });

  it('adds the pilot to the department only, whatever offices it drew from', () => {
    const pilot = workshop('pilot', {
      kind: 'pilot',
      officeIds: [],
      participants: { groups: [{ level: 'professional', function: 'training', women: 3, men: 2 }], named: [] },
    });
    const own = workshop('own', { officeIds: ['oo'], participants: { groups: [{ level: 'field', function: 'military', women: 1, men: 1 }], named: [] } });
    const figures = workshopFigures([oo], [pilot, own], []);
    expect(figures.pilotHeld).toBe(true);
    expect(figures.offices[0]?.participants).toEqual({ women: 1, men: 1, total: 2 });
    expect(figures.department).toMatchObject({
      office: null,
      workshopsHeld: 2,
      participants: { women: 4, men: 3, total: 7 },
      functionsRepresented: ['military', 'training'],
    });
  });
});
