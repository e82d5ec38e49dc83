// Findings and workshops as the API sends them: offices by code and name, people by display
// name (the e-mail only where the directory knows none), each finding with the objectives that
// cite it, each workshop with its headcounts and the plans that came out of it.

import type { CitingObjective, FindingView, WorkshopView } from '../../contract/process';
import type { Objective, Office, WorkPlan } from '../../domain/model';
import { participantTotals, type Finding, type Workshop } from '../../domain/process';
import type { ServiceContext } from '../context';
import { officeRefOf } from '../monitoring/periods';

/** What the views of findings need besides the findings: read once for a whole list. */
export interface FindingContext {
  offices: readonly Office[];
  citing: readonly Objective[];
  plans: readonly WorkPlan[];
}

export async function findingContext(ctx: ServiceContext): Promise<FindingContext> {
  const [offices, citing, plans] = await Promise.all([ctx.store.listOffices(), ctx.store.listCitingObjectives(), ctx.store.listPlans()]);
  return { offices, citing, plans };
}

export async function findingViews(ctx: ServiceContext, findings: readonly Finding[], context: FindingContext): Promise<FindingView[]> {
  const names = await ctx.directory.namesOf([...new Set(findings.map((f) => f.createdBy))]);
  const officeById = new Map(context.offices.map((o) => [o.id, o]));
  const planById = new Map(context.plans.map((p) => [p.id, p]));
  const citingOf = new Map<string, CitingObjective[]>();
  for (const objective of context.citing) {
    const plan = planById.get(objective.planId);
    if (!plan) continue;
    const citation: CitingObjective = {
      objectiveId: objective.id,
      ref: objective.ref,
      title: objective.title,
      planId: plan.id,
      cycle: plan.cycle,
      officeCode: officeById.get(plan.officeId)?.code ?? plan.officeId,
    };
    for (const findingId of objective.findingIds ?? []) citingOf.set(findingId, [...(citingOf.get(findingId) ?? []), citation]);
  }
  return findings.map((f) => {
    const coveredBy = citingOf.get(f.id) ?? [];
    return {
      ...f,
      office: f.officeId === null ? null : officeRefOf(officeById.get(f.officeId), f.officeId),
      createdByName: names.get(f.createdBy) ?? f.createdBy,
      coveredBy,
      covered: coveredBy.length > 0,
    };
  });
}

export async function workshopViews(
  ctx: ServiceContext,
  workshops: readonly Workshop[],
  offices: readonly Office[],
  plans: readonly WorkPlan[],
): Promise<WorkshopView[]> {
  const names = await ctx.directory.namesOf([...new Set(workshops.flatMap((w) => w.facilitators))]);
  const officeById = new Map(offices.map((o) => [o.id, o]));
  return workshops.map((w) => ({
    ...w,
    offices: w.officeIds.map((id) => officeRefOf(officeById.get(id), id)),
    facilitatorPeople: w.facilitators.map((email) => ({ email, name: names.get(email) ?? email })),
    totals: participantTotals(w.participants),
    plans: plans
      .filter((p) => p.workshopId === w.id)
      .map((p) => ({ id: p.id, officeCode: officeById.get(p.officeId)?.code ?? p.officeId, cycle: p.cycle, title: p.title })),
  }));
}
