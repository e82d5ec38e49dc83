// The planning process before the work plan (issue 16): the needs assessment's findings, per
// office or department-wide, and the workshops (the pilot, then one two-day workshop per office)
// with their participants counted by level, function and sex. Records only; the inputs are in
// process-inputs.ts, the figures computed from them in process-figures.ts.

import type { FunctionalArea } from './catalogues';
import type { Versioned } from './versioned';

export const FINDING_SOURCES = ['interview', 'group-session', 'document'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export const FINDING_PRIORITIES = ['high', 'medium', 'low'] as const;
export type FindingPriority = (typeof FINDING_PRIORITIES)[number];

export const WORKSHOP_KINDS = ['pilot', 'office'] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

export const WORKSHOP_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

/** The levels the workshops invite "from all functions and all levels, including senior management". */
export const PARTICIPANT_LEVELS = ['senior-management', 'professional', 'general-service', 'field'] as const;
export type ParticipantLevel = (typeof PARTICIPANT_LEVELS)[number];

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/** A workshop lasts two days unless its end says otherwise: the end defaults to start + 1 day. */
export const DEFAULT_WORKSHOP_DAYS = 2;

/** A gap the needs assessment found. */
export interface Finding extends Versioned {
  /** The office it concerns; null for a department-wide finding (the Gender Unit's). */
  officeId: string | null;
  title: string;
  description: string;
  functionalArea: FunctionalArea;
  /** The SCR 1325 operative paragraphs it bears on. */
  paragraphs: number[];
  source: FindingSource;
  priority: FindingPriority;
  /** Who recorded it (an e-mail). */
  createdBy: string;
}

/** Participants counted together: one level and function, women and men. */
export interface ParticipantGroup {
  level: ParticipantLevel;
  function: FunctionalArea;
  women: number;
  men: number;
}

/** A participant recorded by name (counted in the figures like a group of one). */
export interface NamedParticipant {
  name: string;
  level: ParticipantLevel;
  function: FunctionalArea;
  sex: Sex;
}

export interface WorkshopParticipants {
  groups: ParticipantGroup[];
  named: NamedParticipant[];
}

export interface Workshop extends Versioned {
  kind: WorkshopKind;
  /** The offices taking part (ids): one for an office workshop as a rule, several or none for the pilot. */
  officeIds: string[];
  start: string;
  end: string;
  venue: string | null;
  /** The facilitators' e-mails; the API adds their display names. */
  facilitators: string[];
  status: WorkshopStatus;
  /** What the pilot taught for the office workshops (any workshop may note some). */
  lessonsLearnt: string | null;
  participants: WorkshopParticipants;
}

/** Women and men of the participants, groups and named people alike. */
export function participantTotals(participants: WorkshopParticipants): { women: number; men: number; total: number } {
  const women = participants.groups.reduce((n, g) => n + g.women, 0) + participants.named.filter((p) => p.sex === 'female').length;
  const men = participants.groups.reduce((n, g) => n + g.men, 0) + participants.named.filter((p) => p.sex === 'male').length;
  return { women, men, total: women + men };
}
