// Plans through their whole life (issue 16): the revisions of a plan and the diff between two,
// the amendment and the archive (answered with the plan tree), and the next cycle's plan with
// its preview. The rules are the domain's (domain/plan-lifecycle.ts, domain/plan-diff.ts).

import { z } from 'zod';
import { DIFF_ENTITIES, type ChangedItem, type DiffItem, type PlanDiff as DomainPlanDiff } from '../domain/plan-diff';
import { NOT_COPIED_REASONS, type CopiedItem as DomainCopiedItem, type SkippedItem } from '../domain/plan-lifecycle';
import { cycle, text } from '../domain/schemas';
import type { Agrees } from './entities';
import { planStatus, planTree } from './entities';
import { contractSchemas } from './registry';

/** A revision number: whole, from 1. Query strings carry it as digits. */
const revisionNumber = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, 'must be a revision number (1, 2, …)')
  .transform(Number);

/** GET /api/plans/{id}?revision=n: the frozen tree of an endorsed revision instead of the live plan. */
export const planTreeQuery = z.strictObject({ revision: revisionNumber.optional() });
export type PlanTreeQuery = z.infer<typeof planTreeQuery>;

/** GET /api/plans/{id}/revisions[?from=a&to=b]: b may be `current` (the live plan, e.g. the amendment in draft). */
export const revisionsQuery = z.strictObject({
  from: revisionNumber.optional(),
  to: z.union([z.literal('current'), revisionNumber]).optional(),
});
export type RevisionsQuery = z.infer<typeof revisionsQuery>;

/** One revision of a plan: an endorsed one (frozen), or the current one when it is not endorsed yet. */
export const revisionSummary = z
  .object({
    revision: z.number().int(),
    /** When and by whom it was endorsed; null for the current revision while it is not endorsed (an amendment). */
    endorsedAt: z.string().nullable(),
    endorsedBy: z.string().nullable(),
    /** The endorser's display name (the e-mail where the directory knows none). */
    endorsedByName: z.string().nullable(),
    /** The revision the plan is at now. */
    current: z.boolean(),
    /** The plan's status, for the current revision; `endorsed` for a revision before it. */
    status: planStatus,
  })
  .register(contractSchemas, { id: 'RevisionSummary' });

const diffItemFields = {
  entity: z.enum(DIFF_ENTITIES),
  id: z.string(),
  /** The human reference ("1.2.a"); '' for the plan itself. */
  ref: z.string(),
  /** The item's title (a target's description). */
  label: z.string(),
};
export const diffItem = z.object(diffItemFields).register(contractSchemas, { id: 'DiffItem' });
export const changedItem = z
  .object({ ...diffItemFields, fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })) })
  .register(contractSchemas, { id: 'ChangedItem' });
/** Items matched by id: added, removed, and changed with the planned fields that changed (progress is not compared). */
export const planDiff = z
  .object({ added: z.array(diffItem), removed: z.array(diffItem), changed: z.array(changedItem) })
  .register(contractSchemas, { id: 'PlanDiff' });

export const planRevisions = z
  .object({
    planId: z.string(),
    /** The revision the plan is at now. */
    revision: z.number().int(),
    /** Oldest first. */
    revisions: z.array(revisionSummary),
    /** With from and to: what changed from revision `from` to `to`. */
    diff: z.object({ from: z.number().int(), to: z.union([z.literal('current'), z.number().int()]), changes: planDiff }).optional(),
  })
  .register(contractSchemas, { id: 'PlanRevisions' });

/** POST /api/plans/{id}/next-cycle: the cycle to start (a registered cycle, or a year span "YYYY-YYYY" after the plan's). */
export const nextCycleInput = z.strictObject({ cycle, title: text(300).optional() });
export const nextCycleQuery = z.strictObject({ preview: z.enum(['true', 'false']).optional() });
export type NextCycleInput = z.infer<typeof nextCycleInput>;

export const copiedItem = z
  .object({
    entity: z.enum(['objective', 'activity', 'target']),
    sourceId: z.string(),
    ref: z.string(),
    label: z.string(),
    /** For a target due before the new cycle starts: its new due date, the cycle's last day. */
    dueDate: z.string().optional(),
  })
  .register(contractSchemas, { id: 'CopiedItem' });
export const notCopiedItem = z
  .object({ entity: z.literal('target'), sourceId: z.string(), ref: z.string(), label: z.string(), reason: z.enum(NOT_COPIED_REASONS) })
  .register(contractSchemas, { id: 'NotCopiedItem' });

/** What the next cycle's plan takes from the source plan (the preview), and what it leaves. */
export const nextCyclePreview = z
  .object({
    sourcePlanId: z.string(),
    office: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    cycle: z.object({ code: z.string(), start: z.string(), end: z.string(), registered: z.boolean() }),
    title: z.string(),
    copied: z.array(copiedItem),
    notCopied: z.array(notCopiedItem),
    /** Check-ins of the copied targets, not copied: progress starts afresh. */
    checkInsNotCopied: z.number().int(),
  })
  .register(contractSchemas, { id: 'NextCyclePreview' });
export type NextCyclePreview = z.infer<typeof nextCyclePreview>;

/** The answer without preview: the new plan's tree, and the same account of what was copied. */
export const nextCycleResult = z.object({ plan: planTree, preview: nextCyclePreview }).register(contractSchemas, { id: 'NextCycleResult' });
export type NextCycleResult = z.infer<typeof nextCycleResult>;

export type RevisionSummary = z.infer<typeof revisionSummary>;
export type PlanRevisions = z.infer<typeof planRevisions>;
export type PlanDiff = z.infer<typeof planDiff>;
export type CopiedItem = z.infer<typeof copiedItem>;
export type NotCopiedItem = z.infer<typeof notCopiedItem>;

/** The schemas above and the domain's types they mirror may not drift. */
export const LIFECYCLE_AGREES_WITH_DOMAIN: [
  Agrees<z.infer<typeof diffItem>, DiffItem>,
  Agrees<z.infer<typeof changedItem>, ChangedItem>,
  Agrees<PlanDiff, DomainPlanDiff>,
  Agrees<CopiedItem, DomainCopiedItem>,
  Agrees<NotCopiedItem, SkippedItem>,
] = [true, true, true, true, true];
