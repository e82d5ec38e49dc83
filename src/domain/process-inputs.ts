// What the Gender Unit and the focal points send about the planning process: a finding of the
// needs assessment, a workshop, its participants. Strict objects, every text through the
// visible-text rules (schemas.ts); that the offices named exist is the services' check.

import { z } from 'zod';
import { FUNCTIONAL_AREAS } from './catalogues';
import { FINDING_PRIORITIES, FINDING_SOURCES, PARTICIPANT_LEVELS, SEXES, WORKSHOP_KINDS, WORKSHOP_STATUSES } from './process';
import { refinement } from './problem-codes';
import { calendarDate, email, MAX_QUANTITY, officeCode, optionalText, paragraphs, text } from './schemas';

/** An identifier named in a body (a finding, a workshop): opaque, bounded. */
export const recordId = z.string().min(1).max(100);

const findingFields = {
  /** The office's code; null or absent: department-wide. */
  office: officeCode.nullable().optional(),
  title: text(300),
  description: text(8000),
  functionalArea: z.enum(FUNCTIONAL_AREAS),
  paragraphs,
  source: z.enum(FINDING_SOURCES),
  priority: z.enum(FINDING_PRIORITIES),
};

/** POST /api/findings */
export const findingInput = z.strictObject(findingFields);
/** PATCH /api/findings/{id}: any field; `office: null` makes it department-wide (the Gender Unit's). */
export const findingPatch = z.strictObject(findingFields).partial();

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** GET /api/findings[?office=CODE][&uncovered=true] */
export const findingQuery = z.strictObject({
  office: officeCode.optional(),
  /** Only the findings that no objective cites yet (the coverage view). */
  uncovered: booleanQuery.optional(),
});

const startNotAfterEnd = (w: { start?: string; end?: string | null }) => !w.start || !w.end || w.start <= w.end;
const endNotBeforeStart = refinement('end-before-start', 'must not be before the start', {}, ['end']);

const workshopFields = {
  kind: z.enum(WORKSHOP_KINDS),
  /** The offices' codes (none or several for the pilot). */
  offices: z
    .array(officeCode)
    .max(30)
    .refine((os) => new Set(os).size === os.length, refinement('duplicate', 'must not name an office twice')),
  start: calendarDate,
  /** Absent: the day after the start (two days). */
  end: calendarDate.optional(),
  venue: optionalText(300),
  facilitators: z
    .array(email)
    .max(20)
    .refine((fs) => new Set(fs).size === fs.length, refinement('duplicate', 'must not name a person twice')),
  status: z.enum(WORKSHOP_STATUSES),
  lessonsLearnt: optionalText(8000),
};

/** POST /api/workshops: an office workshop names at least one office. */
export const workshopInput = z
  .strictObject({ ...workshopFields, facilitators: workshopFields.facilitators.default([]), status: workshopFields.status.default('planned') })
  .refine(startNotAfterEnd, endNotBeforeStart)
  .refine((w) => w.kind === 'pilot' || w.offices.length > 0, refinement('too-few', 'an office workshop names its office', { min: 1 }, ['offices']));

/** PATCH /api/workshops/{id}: any field but the kind (the pilot stays the pilot). */
export const workshopPatch = z
  .strictObject({ ...workshopFields, end: calendarDate.optional() })
  .omit({ kind: true })
  .partial()
  .refine(startNotAfterEnd, endNotBeforeStart);

/** People counted: whole and not negative. */
const headcount = z
  .number({ error: 'must be a finite number' })
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(MAX_QUANTITY, `must be at most ${MAX_QUANTITY}`);

export const participantGroupInput = z.strictObject({
  level: z.enum(PARTICIPANT_LEVELS),
  function: z.enum(FUNCTIONAL_AREAS),
  women: headcount,
  men: headcount,
});

export const namedParticipantInput = z.strictObject({
  name: text(200),
  level: z.enum(PARTICIPANT_LEVELS),
  function: z.enum(FUNCTIONAL_AREAS),
  sex: z.enum(SEXES),
});

export const MAX_NAMED_PARTICIPANTS = 150;

/** PUT /api/workshops/{id}/participants: the whole list, replacing what was there. */
export const participantsInput = z.strictObject({
  groups: z
    .array(participantGroupInput)
    .max(200)
    .refine(
      (gs) => new Set(gs.map((g) => `${g.level}|${g.function}`)).size === gs.length,
      refinement('duplicate', 'must not count the same level and function twice'),
    )
    .default([]),
  // A two-day workshop seats a few dozen people; the bound keeps the workshop's record within a
  // SharePoint text column (63,999 characters) with room for the rest of the record.
  named: z.array(namedParticipantInput).max(MAX_NAMED_PARTICIPANTS, `must name at most ${MAX_NAMED_PARTICIPANTS} people`).default([]),
});

/** GET /api/workshops[?office=CODE][&kind=pilot|office][&status=…] */
export const workshopQuery = z.strictObject({
  office: officeCode.optional(),
  kind: z.enum(WORKSHOP_KINDS).optional(),
  status: z.enum(WORKSHOP_STATUSES).optional(),
});

export type FindingInput = z.infer<typeof findingInput>;
export type FindingPatch = z.infer<typeof findingPatch>;
export type FindingQuery = z.infer<typeof findingQuery>;
export type WorkshopInput = z.input<typeof workshopInput>;
export type WorkshopPatch = z.infer<typeof workshopPatch>;
export type ParticipantsInput = z.input<typeof participantsInput>;
export type WorkshopQuery = z.infer<typeof workshopQuery>;
