// The entities as the API sends them (JSON): what the store keeps plus the derived views of a
// plan tree. The domain declares them as interfaces; the checks at the bottom make the build
// fail when a schema here and its domain type drift apart.

import { z } from 'zod';
import { contractSchemas } from './registry';
import { FUNCTIONAL_AREAS, PILLARS, PLAN_STATUSES, TARGET_STATUSES } from '../domain/catalogues';
import type { Completeness, PlanTree as DomainPlanTree, Rollup as DomainRollup, TargetView as DomainTargetView } from '../domain/derive';
import { OFFICE_STAGES } from '../domain/derive';
import type {
  Activity as DomainActivity,
  AuditEvent as DomainAuditEvent,
  CheckIn as DomainCheckIn,
  Objective as DomainObjective,
  Office as DomainOffice,
  Target as DomainTarget,
  WorkPlan as DomainWorkPlan,
} from '../domain/model';
import { ENTITY_NAMES } from '../domain/model';
import { DISAGGREGATIONS, INDICATOR_TYPES } from '../domain/monitoring';

export const planStatus = z.enum(PLAN_STATUSES).register(contractSchemas, { id: 'PlanStatus' });
export const targetStatus = z.enum(TARGET_STATUSES).register(contractSchemas, { id: 'TargetStatus' });
export const pillar = z.enum(PILLARS).register(contractSchemas, { id: 'Pillar' });
export const functionalArea = z.enum(FUNCTIONAL_AREAS).register(contractSchemas, { id: 'FunctionalArea' });
export const officeStage = z.enum(OFFICE_STAGES).register(contractSchemas, { id: 'OfficeStage' });

/** Calendar dates travel as YYYY-MM-DD, instants as ISO 8601 timestamps in UTC. */
const day = z.string();
const instant = z.string();

const versioned = {
  id: z.string(),
  /** Starts at 1 and grows by one on every change; the ETag carries it. */
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
};

export const office = z
  .object({
    ...versioned,
    code: z.string(),
    name: z.string(),
    focalPoints: z.array(z.string()),
    digestChannelId: z.string().nullable(),
    milestones: z.object({ needsAssessment: day.nullable(), workshop: day.nullable(), planSubmitted: day.nullable(), planEndorsed: day.nullable() }),
  })
  .register(contractSchemas, { id: 'Office' });

export const transition = z
  .object({ status: planStatus, by: z.string(), at: instant, comment: z.string().nullable() })
  .register(contractSchemas, { id: 'Transition' });

export const workPlan = z
  .object({
    ...versioned,
    officeId: z.string(),
    cycle: z.string(),
    title: z.string(),
    status: planStatus,
    reviewComment: z.string().nullable(),
    history: z.array(transition),
    /** The workshop the plan came out of; absent or null: none recorded. */
    workshopId: z.string().nullable().optional(),
    /** Which revision the plan is at: 1 for a new plan, n + 1 while an endorsed revision n is amended; absent means 1. */
    revision: z.number().int().optional(),
    /** The previous cycle's plan this one was started from (next cycle). */
    sourcePlanId: z.string().nullable().optional(),
  })
  .register(contractSchemas, { id: 'WorkPlan' });

export const objective = z
  .object({
    ...versioned,
    planId: z.string(),
    ref: z.string(),
    title: z.string(),
    pillar,
    paragraphs: z.array(z.number().int()),
    functionalArea,
    /** The needs-assessment findings the objective answers; absent: none. */
    findingIds: z.array(z.string()).optional(),
    /** The item of the previous cycle's plan this one was copied from (next cycle). */
    sourceId: z.string().optional(),
  })
  .register(contractSchemas, { id: 'Objective' });

export const activity = z
  .object({
    ...versioned,
    planId: z.string(),
    objectiveId: z.string(),
    ref: z.string(),
    title: z.string(),
    owner: z.string().nullable(),
    start: day.nullable(),
    end: day.nullable(),
    resources: z.string().nullable(),
    /** The item of the previous cycle's plan this one was copied from (next cycle). */
    sourceId: z.string().optional(),
  })
  .register(contractSchemas, { id: 'Activity' });

export const targetFields = {
  ...versioned,
  planId: z.string(),
  activityId: z.string(),
  ref: z.string(),
  description: z.string(),
  indicator: z.string(),
  unit: z.string().nullable(),
  baseline: z.number().nullable(),
  targetValue: z.number().nullable(),
  dueDate: day,
  owner: z.string(),
  meansOfVerification: z.string().nullable(),
  status: targetStatus,
  /** Percent complete, 0–100, from the latest check-in. */
  progress: z.number(),
  lastCheckInAt: instant.nullable(),
  /** What kind of figure the indicator is; absent means 'number' (targets from before monitoring). */
  indicatorType: z.enum(INDICATOR_TYPES).optional(),
  /** Whether check-ins report women and men apart; absent means 'none'. */
  disaggregation: z.enum(DISAGGREGATIONS).optional(),
  /** The value expected by the end of some periods of the cycle. */
  milestones: z.array(z.object({ periodId: z.string(), value: z.number() })).optional(),
  /** The item of the previous cycle's plan this one was copied from (next cycle). */
  sourceId: z.string().optional(),
};
export const target = z.object(targetFields).register(contractSchemas, { id: 'Target' });

export const checkIn = z
  .object({
    ...versioned,
    planId: z.string(),
    targetId: z.string(),
    date: day,
    value: z.number().nullable(),
    percent: z.number().nullable(),
    status: targetStatus,
    note: z.string().nullable(),
    evidenceUrl: z.string().nullable(),
    author: z.string(),
    /** For a sex-disaggregated target: the women and men counted; `value` is then their sum. */
    women: z.number().nullable().optional(),
    men: z.number().nullable().optional(),
  })
  .register(contractSchemas, { id: 'CheckIn' });

export const auditEvent = z
  .object({
    seq: z.number().int(),
    at: instant,
    actor: z.string(),
    entity: z.enum(ENTITY_NAMES),
    entityId: z.string(),
    officeId: z.string().nullable(),
    action: z.enum(['create', 'update', 'delete']),
    before: z.unknown(),
    after: z.unknown(),
  })
  .register(contractSchemas, { id: 'AuditEvent' });

export const rollup = z
  .object({
    targets: z.number().int(),
    byStatus: z.record(targetStatus, z.number().int()),
    overdue: z.number().int(),
    /** Mean progress of the targets that are not dropped; null when there are none. */
    progress: z.number().nullable(),
  })
  .register(contractSchemas, { id: 'Rollup' });

export const targetView = z.object({ ...targetFields, overdue: z.boolean(), daysOverdue: z.number().int() }).register(contractSchemas, { id: 'TargetView' });
export const activityView = activity.extend({ targets: z.array(targetView), rollup }).register(contractSchemas, { id: 'ActivityView' });
export const objectiveView = objective.extend({ activities: z.array(activityView), rollup }).register(contractSchemas, { id: 'ObjectiveView' });
export const completeness = z
  .object({ score: z.number(), missing: z.array(z.object({ ref: z.string(), field: z.string() })) })
  .register(contractSchemas, { id: 'Completeness' });
/** GET /api/plans/{id}: the whole plan with derived status at every level. */
export const planTree = workPlan.extend({ objectives: z.array(objectiveView), rollup, completeness }).register(contractSchemas, { id: 'PlanTree' });

// The closed sets of codes are the domain's; named here too so that a client imports every API shape from one place.
export type { FunctionalArea, Paragraph, Pillar, PlanStatus, TargetStatus } from '../domain/catalogues';
export type { OfficeStage } from '../domain/derive';

export type Office = z.infer<typeof office>;
export type WorkPlan = z.infer<typeof workPlan>;
export type Objective = z.infer<typeof objective>;
export type Activity = z.infer<typeof activity>;
export type Target = z.infer<typeof target>;
export type CheckIn = z.infer<typeof checkIn>;
export type AuditEvent = z.infer<typeof auditEvent>;
export type Rollup = z.infer<typeof rollup>;
export type TargetView = z.infer<typeof targetView>;
export type ActivityView = z.infer<typeof activityView>;
export type ObjectiveView = z.infer<typeof objectiveView>;
export type PlanTree = z.infer<typeof planTree>;

/** True when A and B accept the same values and name the same fields (readonly aside). */
export type Agrees<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;
/** A schema above and the domain type it mirrors may not drift: this fails to compile when they do. */
export const AGREES_WITH_DOMAIN: [
  Agrees<Office, DomainOffice>,
  Agrees<WorkPlan, DomainWorkPlan>,
  Agrees<Objective, DomainObjective>,
  Agrees<Activity, DomainActivity>,
  Agrees<Target, DomainTarget>,
  Agrees<CheckIn, DomainCheckIn>,
  Agrees<AuditEvent, DomainAuditEvent>,
  Agrees<Rollup, DomainRollup>,
  Agrees<TargetView, DomainTargetView>,
  Agrees<z.infer<typeof completeness>, Completeness>,
  Agrees<PlanTree, DomainPlanTree>,
] = [true, true, true, true, true, true, true, true, true, true, true];
