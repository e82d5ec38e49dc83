// Reading a plan's revisions: the list (who endorsed each, by name), the frozen tree of one, the
// diff between two, and the plan of record that exports and the dashboard show for a plan under
// amendment (its last endorsed revision: the amendment is not final until endorsed).

import type { PlanRevisions, RevisionSummary, RevisionsQuery } from '../contract/lifecycle';
import { buildPlanTree, type PlanTree } from '../domain/derive';
import { NotFoundError, ValidationError } from '../domain/errors';
import type { PlanContents, PlanRevision } from '../domain/model';
import { diffPlans } from '../domain/plan-diff';
import { isUnderAmendment, lastEndorsement, planOfRecord, revisionId, revisionOf } from '../domain/plan-lifecycle';
import type { PlanStore } from '../store/plan-store';
import { requireReader, today, type ServiceContext } from './context';
import type { Actor } from './identity';

/** GET /api/plans/{id}/revisions[?from=a&to=b]. */
export async function listRevisions(ctx: ServiceContext, actor: Actor, planId: string, query: RevisionsQuery): Promise<PlanRevisions> {
  await requireReader(ctx, actor);
  const contents = await ctx.store.getPlanContents(planId);
  if (!contents) throw new NotFoundError('plan', planId);
  const { plan } = contents;
  const current = revisionOf(plan);
  const stored = await ctx.store.listPlanRevisions([planId]);
  const entries = stored.map((r): Pick<RevisionSummary, 'revision' | 'endorsedAt' | 'endorsedBy'> => ({
    revision: r.revision,
    endorsedAt: r.endorsedAt,
    endorsedBy: r.endorsedBy,
  }));
  if (!stored.some((r) => r.revision === current)) {
    // The current revision unfrozen: an amendment not yet endorsed, or a plan endorsed before revisions were kept.
    const endorsed = plan.status === 'endorsed' || plan.status === 'archived' ? lastEndorsement(plan) : undefined;
    entries.push({ revision: current, endorsedAt: endorsed?.at ?? null, endorsedBy: endorsed?.by ?? null });
  }
  const names = await ctx.directory.namesOf(entries.flatMap((e) => (e.endorsedBy ? [e.endorsedBy] : [])));
  const revisions = entries.map((e): RevisionSummary => ({
    ...e,
    endorsedByName: e.endorsedBy ? (names.get(e.endorsedBy.toLowerCase()) ?? e.endorsedBy) : null,
    current: e.revision === current,
    status: e.revision === current ? plan.status : 'endorsed',
  }));
  return { planId, revision: current, revisions, ...diffOf(contents, stored, query) };
}

function diffOf(live: PlanContents, stored: readonly PlanRevision[], query: RevisionsQuery): Pick<PlanRevisions, 'diff'> {
  const { from, to } = query;
  if (from === undefined && to === undefined) return {};
  if (from === undefined || to === undefined) {
    const missing = from === undefined ? 'from' : 'to';
    throw new ValidationError('Invalid query', [
      { field: missing, code: 'needs-option', params: { option: missing }, message: 'goes with the other end of the comparison (from and to)' },
    ]);
  }
  const treeOf = (revision: number | 'current') => (revision === 'current' ? live : revisionTree(live, stored, revision));
  return { diff: { from, to, changes: diffPlans(treeOf(from), treeOf(to)) } };
}

/** The frozen tree of revision n; the live plan for its current revision when that was never frozen (endorsed before revisions were kept, or an amendment in draft). */
function revisionTree(live: PlanContents, stored: readonly PlanRevision[], revision: number): PlanContents {
  const frozen = stored.find((r) => r.revision === revision);
  if (frozen) return frozen.tree;
  if (revision === revisionOf(live.plan)) return live;
  throw new NotFoundError('revision', revisionId(live.plan.id, revision), undefined, `The plan has no revision ${revision}.`);
}

/** GET /api/plans/{id}?revision=n: the tree of an endorsed revision as it was endorsed (read-only; derived values as of today). */
export async function getRevisionTree(ctx: ServiceContext, actor: Actor, planId: string, revision: number): Promise<PlanTree> {
  await requireReader(ctx, actor);
  const contents = await ctx.store.getPlanContents(planId);
  if (!contents) throw new NotFoundError('plan', planId);
  const stored = await ctx.store.listPlanRevisions([planId]);
  return buildPlanTree(revisionTree(contents, stored, revision), today(ctx));
}

/**
 * The plans of record among these contents, in the same order: a plan under amendment is its
 * last endorsed revision (with the live targets' progress); the others as they are. One read of
 * revisions, and only for plans under amendment.
 */
export async function plansOfRecord(store: PlanStore, contents: readonly PlanContents[]): Promise<PlanContents[]> {
  const amended = contents.filter((c) => isUnderAmendment(c.plan)).map((c) => c.plan.id);
  if (amended.length === 0) return [...contents];
  const revisions = await store.listPlanRevisions(amended);
  const last = new Map<string, PlanRevision>();
  for (const r of revisions) last.set(r.planId, r);
  return contents.map((c) => planOfRecord(c, last.get(c.plan.id)));
}
