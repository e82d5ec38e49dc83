// The entities of an action plan as they are stored. Identifiers are opaque strings;
// human references ("1", "1.2", "1.2.a") are separate fields. Dates are ISO strings:
// calendar dates as YYYY-MM-DD, instants as full ISO 8601 timestamps in UTC.

import type { FunctionalArea, Pillar, PlanStatus, TargetStatus } from './catalogues';
import type { Cycle, Disaggregation, IndicatorType, Milestone, Period, ProgressReport, ReportLine } from './monitoring';
import type { Finding, Workshop } from './process';
import type { RemedialAction, Scorecard } from './scorecard';
import type { Versioned } from './versioned';

export type { Versioned } from './versioned';

export interface OfficeMilestones {
  needsAssessment: string | null;
  workshop: string | null;
  planSubmitted: string | null;
  planEndorsed: string | null;
}

export interface Office extends Versioned {
  code: string;
  name: string;
  /** E-mail addresses (UPNs) of the office's focal points. */
  focalPoints: string[];
  /** Teams channel that receives the office's weekly digest, when set. */
  digestChannelId: string | null;
  milestones: OfficeMilestones;
}

export interface Transition {
  readonly status: PlanStatus;
  readonly by: string;
  readonly at: string;
  readonly comment: string | null;
}

export interface WorkPlan extends Versioned {
  officeId: string;
  cycle: string;
  title: string;
  status: PlanStatus;
  reviewComment: string | null;
  /** Every workflow transition with who and when, oldest first. */
  history: Transition[];
  /** The workshop the plan came out of (one of its office's); absent or null: none recorded. */
  workshopId?: string | null;
  /**
   * Which revision of the plan this is: 1 for a new plan, n + 1 once an endorsed revision n is
   * amended (plan-lifecycle.ts). Absent means 1 (plans from before amendments).
   */
  revision?: number;
  /** The plan of the previous cycle this one was started from (next cycle); absent or null for a plan started afresh. */
  sourcePlanId?: string | null;
}

export interface Objective extends Versioned {
  planId: string;
  ref: string;
  title: string;
  pillar: Pillar;
  paragraphs: number[];
  functionalArea: FunctionalArea;
  /** The needs-assessment findings the objective answers; absent: none (objectives from before the process). */
  findingIds?: string[];
  /** The objective of the previous cycle's plan this one was copied from (next cycle). */
  sourceId?: string;
}

export interface Activity extends Versioned {
  planId: string;
  objectiveId: string;
  ref: string;
  title: string;
  owner: string | null;
  start: string | null;
  end: string | null;
  resources: string | null;
  /** The activity of the previous cycle's plan this one was copied from (next cycle). */
  sourceId?: string;
}

export interface Target extends Versioned {
  planId: string;
  activityId: string;
  ref: string;
  description: string;
  indicator: string;
  unit: string | null;
  baseline: number | null;
  targetValue: number | null;
  dueDate: string;
  owner: string;
  meansOfVerification: string | null;
  status: TargetStatus;
  /** Percent complete, 0–100, from the latest check-in. */
  progress: number;
  lastCheckInAt: string | null;
  /** What kind of figure the indicator is; absent means 'number' (targets from before monitoring). */
  indicatorType?: IndicatorType;
  /** Whether check-ins report women and men apart; absent means 'none'. */
  disaggregation?: Disaggregation;
  /** The value expected by the end of some periods of the cycle; the final target stays targetValue. */
  milestones?: Milestone[];
  /** The target of the previous cycle's plan this one was copied from (next cycle). */
  sourceId?: string;
}

export interface CheckIn extends Versioned {
  planId: string;
  targetId: string;
  date: string;
  value: number | null;
  percent: number | null;
  status: TargetStatus;
  note: string | null;
  evidenceUrl: string | null;
  author: string;
  /** For a sex-disaggregated target: the women and men counted; `value` is then their sum. */
  women?: number | null;
  men?: number | null;
}

export interface AuditEvent {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly entity: EntityName;
  readonly entityId: string;
  /** Office whose data changed, so that focal points can read their own office's trail. */
  readonly officeId: string | null;
  readonly action: 'create' | 'update' | 'delete';
  readonly before: unknown;
  readonly after: unknown;
}

/** Where the bot can reach someone: captured when the app is installed, for proactive messages. */
export interface ConversationRef extends Versioned {
  /** The Teams conversation id. */
  id: string;
  scope: 'personal' | 'team' | 'groupChat';
  tenantId: string;
  serviceUrl: string;
  /** Entra object id and e-mail of the user, for a personal conversation. */
  userAadId: string | null;
  userEmail: string | null;
  teamId: string | null;
  channelId: string | null;
  /** False once the app was uninstalled or the user blocked it. */
  active: boolean;
  /** Why the conversation stopped being reachable (e.g. 403 BotDisabledByAdmin). */
  unreachableReason: string | null;
}

/**
 * One reminder to one recipient, keyed by its idempotency key (target or plan, kind, period).
 * Written as pending before the message is sent and completed after, so a crash or a second
 * instance never sends it twice.
 */
export interface ReminderRecord extends Versioned {
  /** The idempotency key, e.g. "target:abc|overdue|2026-W48|owner@example.org". */
  id: string;
  kind: string;
  targetId: string | null;
  planId: string | null;
  officeId: string | null;
  recipient: string;
  period: string;
  status: 'pending' | 'sent' | 'failed' | 'unreachable';
  attempts: number;
  sentAt: string | null;
  outcome: string | null;
}

/** A named setting (e.g. the reminder policy), edited by the Gender Unit. */
export interface Setting extends Versioned {
  id: string;
  value: unknown;
}

/** A lease taken by compare-and-swap on its version, so that one instance at a time runs a sweep. */
export interface Lease extends Versioned {
  id: string;
  holder: string | null;
  expiresAt: string;
}

export interface EntityTypes {
  office: Office;
  plan: WorkPlan;
  objective: Objective;
  activity: Activity;
  target: Target;
  checkin: CheckIn;
  conversation: ConversationRef;
  reminder: ReminderRecord;
  setting: Setting;
  lease: Lease;
  cycle: Cycle;
  period: Period;
  report: ProgressReport;
  reportLine: ReportLine;
  scorecard: Scorecard;
  remedialAction: RemedialAction;
  planRevision: PlanRevision;
  finding: Finding;
  workshop: Workshop;
}
export type EntityName = keyof EntityTypes;
export const ENTITY_NAMES = [
  'office',
  'plan',
  'objective',
  'activity',
  'target',
  'checkin',
  'conversation',
  'reminder',
  'setting',
  'lease',
  'cycle',
  'period',
  'report',
  'reportLine',
  'scorecard',
  'remedialAction',
  'planRevision',
  'finding',
  'workshop',
] as const satisfies readonly EntityName[];
/** Operational records are not part of the plan's audit trail (the ledger is its own log). */
export const UNAUDITED_ENTITIES: readonly EntityName[] = ['reminder', 'lease'];

/** The fields an entity is created with: everything but the bookkeeping. */
export type NewRecord<E extends EntityName> = Omit<EntityTypes[E], 'version' | 'createdAt' | 'updatedAt'>;
/** A change to an existing entity: any of its own fields except identity and bookkeeping. */
export type RecordPatch<E extends EntityName> = Partial<Omit<EntityTypes[E], keyof Versioned>>;

/** A plan with everything under it, flat; `buildPlanTree` nests it. */
export interface PlanContents {
  plan: WorkPlan;
  objectives: Objective[];
  activities: Activity[];
  targets: Target[];
}

/**
 * A plan as it was endorsed: every endorsement freezes the whole tree (the plan record with its
 * objectives, activities and targets), so that an endorsed revision stays readable, exportable
 * and comparable while an amendment of it is drafted. Never changed once written.
 */
export interface PlanRevision extends Versioned {
  /** `${planId}:${revision}`: one record per plan and revision. */
  id: string;
  planId: string;
  revision: number;
  /** When and by whom (e-mail) the revision was endorsed. */
  endorsedAt: string;
  endorsedBy: string;
  /** The plan and everything under it as endorsed. */
  tree: PlanContents;
}
