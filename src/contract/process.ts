// The planning process (issue 16) as the API sends it: the needs assessment's findings with the
// objectives that cite them (the coverage view), the workshops with their offices, facilitators
// by name and participants, and the figures computed from them (participants by level and sex
// per office, functions represented, offices with a workshop held and a plan produced). The
// request bodies are the domain's (process-inputs.ts); the routes are in process-routes.ts.

import { z } from 'zod';
import { FUNCTIONAL_AREAS } from '../domain/catalogues';
import {
  FINDING_PRIORITIES,
  FINDING_SOURCES,
  PARTICIPANT_LEVELS,
  SEXES,
  WORKSHOP_KINDS,
  WORKSHOP_STATUSES,
  type Finding as DomainFinding,
  type Workshop as DomainWorkshop,
} from '../domain/process';
import type { WorkshopFigures as DomainWorkshopFigures } from '../domain/process-figures';
import type { Agrees } from './entities';
import { officeRef } from './monitoring';
import { person } from './people';
import { contractSchemas } from './registry';

export { findingInput, findingPatch, findingQuery, participantsInput, workshopInput, workshopPatch, workshopQuery } from '../domain/process-inputs';
export type { FindingInput, FindingPatch, FindingQuery, ParticipantsInput, WorkshopInput, WorkshopPatch, WorkshopQuery } from '../domain/process-inputs';
export type { FindingPriority, FindingSource, ParticipantLevel, Sex, WorkshopKind, WorkshopStatus } from '../domain/process';

export const findingSource = z.enum(FINDING_SOURCES).register(contractSchemas, { id: 'FindingSource' });
export const findingPriority = z.enum(FINDING_PRIORITIES).register(contractSchemas, { id: 'FindingPriority' });
export const workshopKind = z.enum(WORKSHOP_KINDS).register(contractSchemas, { id: 'WorkshopKind' });
export const workshopStatus = z.enum(WORKSHOP_STATUSES).register(contractSchemas, { id: 'WorkshopStatus' });
export const participantLevel = z.enum(PARTICIPANT_LEVELS).register(contractSchemas, { id: 'ParticipantLevel' });
export const sex = z.enum(SEXES).register(contractSchemas, { id: 'Sex' });
const functionalArea = z.enum(FUNCTIONAL_AREAS);

const day = z.string();
const instant = z.string();
const versioned = { id: z.string(), version: z.number().int(), createdAt: instant, updatedAt: instant };

const findingFields = {
  ...versioned,
  /** null: department-wide. */
  officeId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  functionalArea,
  paragraphs: z.array(z.number().int()),
  source: findingSource,
  priority: findingPriority,
  createdBy: z.string(),
};
export const findingRecord = z.object(findingFields);

/** An objective that cites a finding: where it is, to link to it. */
export const citingObjective = z
  .object({ objectiveId: z.string(), ref: z.string(), title: z.string(), planId: z.string(), cycle: z.string(), officeCode: z.string() })
  .register(contractSchemas, { id: 'CitingObjective' });
export type CitingObjective = z.infer<typeof citingObjective>;

/** A finding with its office (null: department-wide), who recorded it by name, and the objectives that answer it. ETag its version. */
export const findingView = z
  .object({ ...findingFields, office: officeRef.nullable(), createdByName: z.string(), coveredBy: z.array(citingObjective), covered: z.boolean() })
  .register(contractSchemas, { id: 'Finding' });
export type FindingView = z.infer<typeof findingView>;

/** GET /api/findings: the findings asked for (office first, then department-wide; by priority), with the coverage of all of them. */
export const findingList = z
  .object({
    findings: z.array(findingView),
    /** Over every finding the caller may read, whatever the filter: how many, and how many no objective cites. */
    coverage: z.object({ total: z.number().int(), covered: z.number().int(), uncovered: z.number().int() }),
  })
  .register(contractSchemas, { id: 'FindingList' });
export type FindingList = z.infer<typeof findingList>;

export const participantGroup = z
  .object({ level: participantLevel, function: functionalArea, women: z.number().int(), men: z.number().int() })
  .register(contractSchemas, { id: 'ParticipantGroup' });
export const namedParticipant = z
  .object({ name: z.string(), level: participantLevel, function: functionalArea, sex })
  .register(contractSchemas, { id: 'NamedParticipant' });
export const workshopParticipants = z
  .object({ groups: z.array(participantGroup), named: z.array(namedParticipant) })
  .register(contractSchemas, { id: 'WorkshopParticipants' });

/** Women, men and their sum. */
export const headcounts = z.object({ women: z.number().int(), men: z.number().int(), total: z.number().int() }).register(contractSchemas, { id: 'Headcounts' });
export type Headcounts = z.infer<typeof headcounts>;

const workshopFields = {
  ...versioned,
  kind: workshopKind,
  officeIds: z.array(z.string()),
  start: day,
  end: day,
  venue: z.string().nullable(),
  /** E-mails; `facilitatorPeople` gives the names. */
  facilitators: z.array(z.string()),
  status: workshopStatus,
  lessonsLearnt: z.string().nullable(),
  participants: workshopParticipants,
};
export const workshopRecord = z.object(workshopFields);

/** A plan that came out of a workshop. */
export const linkedPlan = z
  .object({ id: z.string(), officeCode: z.string(), cycle: z.string(), title: z.string() })
  .register(contractSchemas, { id: 'LinkedPlan' });

/** A workshop with its offices, its facilitators by name (the e-mail when the directory knows none), its headcounts and the plans linked to it. ETag its version. */
export const workshopView = z
  .object({ ...workshopFields, offices: z.array(officeRef), facilitatorPeople: z.array(person), totals: headcounts, plans: z.array(linkedPlan) })
  .register(contractSchemas, { id: 'Workshop' });
export type WorkshopView = z.infer<typeof workshopView>;

/** Participants of one level: women, men, total. */
export const levelHeadcounts = headcounts.extend({ level: participantLevel }).register(contractSchemas, { id: 'LevelHeadcounts' });

/** The figures of held workshops for one office, or for the department (office null). */
export const workshopFiguresRow = z
  .object({
    office: officeRef.nullable(),
    workshopsHeld: z.number().int(),
    /** The last day of the latest held workshop. */
    lastHeld: day.nullable(),
    participants: headcounts,
    /** Every level, in the catalogue's order (zeros included). */
    byLevel: z.array(levelHeadcounts),
    /** Functional areas with at least one participant. */
    functionsRepresented: z.array(functionalArea),
    /** Percent (0–100, whole) of the department's functional areas represented. */
    functionShare: z.number(),
    /** A plan of the office is linked to one of its held workshops (department: how many offices). */
    planProduced: z.boolean(),
  })
  .register(contractSchemas, { id: 'WorkshopFiguresRow' });
export type WorkshopFiguresRow = z.infer<typeof workshopFiguresRow>;

/** Computed from the held workshops and the plans linked to them, never typed. */
export const workshopFigures = z
  .object({
    pilotHeld: z.boolean(),
    /** One row per office, in the offices' order. */
    offices: z.array(workshopFiguresRow),
    /** Every held workshop, the pilot included. */
    department: workshopFiguresRow,
    officeCount: z.number().int(),
    officesWithWorkshopHeld: z.number().int(),
    officesWithWorkshopAndPlan: z.number().int(),
  })
  .register(contractSchemas, { id: 'WorkshopFigures' });
export type WorkshopFigures = z.infer<typeof workshopFigures>;

/** GET /api/workshops: the workshops asked for, by start; the figures cover every workshop whatever the filter. */
export const workshopList = z.object({ workshops: z.array(workshopView), figures: workshopFigures }).register(contractSchemas, { id: 'WorkshopList' });
export type WorkshopList = z.infer<typeof workshopList>;

type FindingRecord = z.infer<typeof findingRecord>;
type WorkshopRecord = z.infer<typeof workshopRecord>;

/** The schemas above and the domain types they mirror may not drift: this fails to compile when they do. */
export const PROCESS_AGREES_WITH_DOMAIN: [
  Agrees<FindingRecord, DomainFinding>,
  Agrees<WorkshopRecord, DomainWorkshop>,
  Agrees<WorkshopFigures, DomainWorkshopFigures>,
] = [true, true, true];
