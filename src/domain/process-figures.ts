// The figures users ask of the workshops, computed from the records and never typed: participants
// by level and sex per office, the share of the department's functional areas represented, and
// the offices with a workshop held and a plan produced. Only held workshops count; a plan is
// "produced" when it is linked to one of its office's held workshops (WorkPlan.workshopId).

import { FUNCTIONAL_AREAS, type FunctionalArea } from './catalogues';
import type { Office, WorkPlan } from './model';
import { PARTICIPANT_LEVELS, type ParticipantLevel, type Workshop } from './process';

export interface Headcounts {
  women: number;
  men: number;
  total: number;
}

export interface LevelHeadcounts extends Headcounts {
  level: ParticipantLevel;
}

export interface OfficeRef {
  id: string;
  code: string;
  name: string;
}

export interface WorkshopFiguresRow {
  /** null: the department (every held workshop, the pilot included). */
  office: OfficeRef | null;
  workshopsHeld: number;
  lastHeld: string | null;
  participants: Headcounts;
  byLevel: LevelHeadcounts[];
  functionsRepresented: FunctionalArea[];
  /** Percent (whole) of the department's functional areas with at least one participant. */
  functionShare: number;
  planProduced: boolean;
}

export interface WorkshopFigures {
  pilotHeld: boolean;
  offices: WorkshopFiguresRow[];
  department: WorkshopFiguresRow;
  officeCount: number;
  officesWithWorkshopHeld: number;
  officesWithWorkshopAndPlan: number;
}

/** The figures of the held workshops of every office (offices in the order given) and of the department. */
export function workshopFigures(offices: readonly Office[], workshops: readonly Workshop[], plans: readonly WorkPlan[]): WorkshopFigures {
  const held = workshops.filter((w) => w.status === 'held');
  const heldIds = new Set(held.map((w) => w.id));
  const rows = offices.map((office) => {
    const own = held.filter((w) => w.officeIds.includes(office.id));
    const ownIds = new Set(own.map((w) => w.id));
    const planProduced = plans.some((p) => p.officeId === office.id && typeof p.workshopId === 'string' && ownIds.has(p.workshopId));
    return figuresRow({ id: office.id, code: office.code, name: office.name }, own, planProduced);
  });
  const officesWithPlan = rows.filter((r) => r.planProduced).length;
  const department = figuresRow(
    null,
    held,
    plans.some((p) => typeof p.workshopId === 'string' && heldIds.has(p.workshopId)),
  );
  return {
    pilotHeld: held.some((w) => w.kind === 'pilot'),
    offices: rows,
    department,
    officeCount: offices.length,
    officesWithWorkshopHeld: rows.filter((r) => r.workshopsHeld > 0).length,
    officesWithWorkshopAndPlan: officesWithPlan,
  };
}

function figuresRow(office: OfficeRef | null, held: readonly Workshop[], planProduced: boolean): WorkshopFiguresRow {
  const byLevel = PARTICIPANT_LEVELS.map((level) => levelCounts(level, held));
  const functions = functionsAt(held);
  const functionsRepresented = FUNCTIONAL_AREAS.filter((f) => functions.has(f));
  return {
    office,
    workshopsHeld: held.length,
    lastHeld: held.reduce<string | null>((last, w) => (last === null || w.end > last ? w.end : last), null),
    participants: sum(byLevel),
    byLevel,
    functionsRepresented,
    functionShare: Math.round((100 * functionsRepresented.length) / FUNCTIONAL_AREAS.length),
    planProduced,
  };
}

/** The functional areas with at least one participant at these workshops: a group with people in it, or a person by name. */
export function functionsAt(workshops: readonly Pick<Workshop, 'participants'>[]): Set<FunctionalArea> {
  const functions = new Set<FunctionalArea>();
  for (const w of workshops) {
    for (const g of w.participants.groups) if (g.women + g.men > 0) functions.add(g.function);
    for (const p of w.participants.named) functions.add(p.function);
  }
  return functions;
}

function levelCounts(level: ParticipantLevel, held: readonly Workshop[]): LevelHeadcounts {
  let women = 0;
  let men = 0;
  for (const w of held) {
    for (const g of w.participants.groups) {
      if (g.level !== level) continue;
      women += g.women;
      men += g.men;
    }
    for (const p of w.participants.named) {
      if (p.level !== level) continue;
      if (p.sex === 'female') women += 1;
      else men += 1;
    }
  }
  return { level, women, men, total: women + men };
}

function sum(rows: readonly Headcounts[]): Headcounts {
  const women = rows.reduce((n, r) => n + r.women, 0);
  const men = rows.reduce((n, r) => n + r.men, 0);
  return { women, men, total: women + men };
}
