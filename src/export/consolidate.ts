// The Departmental Action Plan as one model: every office's work plan for a cycle nested with
// references and derived status, the roll-ups by office, pillar, paragraph and functional
// area (domain/rollups.ts, the same figures as the dashboard), and the overdue list. Pure:
// both renderers (xlsx, docx) take only this model.

import { PARAGRAPHS, type FunctionalArea, type Pillar, type PlanStatus } from '../domain/catalogues';
import { buildPlanTree, compareRefs, type ActivityView, type ObjectiveView, type PlanTree, type TargetView } from '../domain/derive';
import type { Activity, CheckIn, Objective, Office, PlanContents } from '../domain/model';
import type { Workshop } from '../domain/process';
import { workshopFigures, type WorkshopFigures } from '../domain/process-figures';
import { departmentRollups, summaryLine, type ParagraphSummary, type SummaryLine } from '../domain/rollups';

export type { ItemCounts, SummaryLine } from '../domain/rollups';

/** A plan counts as final once endorsed; an archived plan was endorsed before it was archived. */
export const FINAL_PLAN_STATUSES: readonly PlanStatus[] = ['endorsed', 'archived'];

export interface OfficePlan {
  office: Office;
  plan: PlanTree;
  summary: SummaryLine;
}

/** An overdue target with the names of what it sits under (not their subtrees: the list stays small). */
export interface OverdueItem {
  office: Office;
  objective: Pick<Objective, 'id' | 'ref' | 'title'>;
  activity: Pick<Activity, 'id' | 'ref' | 'title'>;
  target: TargetView;
}

export interface ParagraphLine extends ParagraphSummary {
  title: string;
}

export interface ConsolidatedPlan {
  cycle: string;
  /** The day the derived values (overdue, days overdue) are computed for. */
  asOf: string;
  /** The one office exported, or null for the whole department. */
  officeCode: string | null;
  /** True while any included plan is not endorsed: the documents are marked DRAFT. */
  draft: boolean;
  offices: OfficePlan[];
  /** Offices in scope that have no work plan for the cycle yet. */
  officesWithoutPlan: Office[];
  lastCheckIns: ReadonlyMap<string, CheckIn>;
  /** Display names by lower-case e-mail, of the people the documents name (owners, leads). */
  people: ReadonlyMap<string, string>;
  totals: SummaryLine;
  byPillar: (SummaryLine & { pillar: Pillar })[];
  byParagraph: ParagraphLine[];
  byFunctionalArea: (SummaryLine & { functionalArea: FunctionalArea })[];
  /** Most days overdue first. */
  overdue: OverdueItem[];
  /** The figures of the workshops held by the offices in scope, with the cycle's plans linked to them; absent when none were given. */
  workshops?: WorkshopFigures;
}

export interface ConsolidationInput {
  offices: readonly Office[];
  contents: readonly PlanContents[];
  /** The latest check-in of each target that has one, by target id. */
  lastCheckIns: ReadonlyMap<string, CheckIn>;
  /** Display names by lower-case e-mail (the directory's namesOf); whoever is missing appears by e-mail. */
  people?: ReadonlyMap<string, string>;
  cycle: string;
  officeCode?: string;
  today: string;
  /** Every workshop recorded (the figures count the held ones of the offices in scope). */
  workshops?: readonly Workshop[];
}

export function consolidate(input: ConsolidationInput): ConsolidatedPlan {
  const { cycle, today } = input;
  const inScope = input.offices.filter((o) => input.officeCode === undefined || o.code === input.officeCode);
  const contentsByOffice = new Map(input.contents.filter((c) => c.plan.cycle === cycle).map((c) => [c.plan.officeId, c]));
  const offices: OfficePlan[] = [];
  const officesWithoutPlan: Office[] = [];
  for (const office of inScope) {
    const contents = contentsByOffice.get(office.id);
    if (!contents) officesWithoutPlan.push(office);
    else offices.push({ office, plan: buildPlanTree(contents, today), summary: summaryLine(contents, today) });
  }

  const rollups = departmentRollups(
    offices.map((o) => o.plan),
    today,
  );
  const overdue: OverdueItem[] = [];
  for (const { office, plan } of offices) {
    for (const objective of plan.objectives) {
      for (const activity of objective.activities) {
        for (const target of activity.targets) {
          if (target.overdue) overdue.push({ office, objective: nameOf(objective), activity: nameOf(activity), target });
        }
      }
    }
  }
  overdue.sort((a, b) => b.target.daysOverdue - a.target.daysOverdue || a.office.code.localeCompare(b.office.code) || compareRefs(a.target.ref, b.target.ref));

  return {
    cycle,
    asOf: today,
    officeCode: input.officeCode ?? null,
    draft: offices.some((o) => !FINAL_PLAN_STATUSES.includes(o.plan.status)),
    offices,
    officesWithoutPlan,
    lastCheckIns: input.lastCheckIns,
    people: input.people ?? new Map(),
    totals: rollups.totals,
    byPillar: rollups.byPillar,
    byParagraph: rollups.byParagraph.map((line) => ({ ...line, title: PARAGRAPH_TITLES.get(line.paragraph) ?? '' })),
    byFunctionalArea: rollups.byFunctionalArea,
    overdue,
    ...(input.workshops
      ? {
          workshops: workshopFigures(
            inScope,
            scopedWorkshops(input.workshops, inScope),
            offices.map((o) => o.plan),
          ),
        }
      : {}),
  };
}

/** For one office's export, its own workshops only (the department row then counts them alone). */
function scopedWorkshops(workshops: readonly Workshop[], inScope: readonly Office[]): Workshop[] {
  const ids = new Set(inScope.map((o) => o.id));
  return workshops.filter((w) => w.officeIds.length === 0 || w.officeIds.some((id) => ids.has(id)));
}

/** Every target of the consolidation in matrix order: office, then objective, activity and target by reference. */
export function* targetsOf(plan: ConsolidatedPlan): Generator<{ office: Office; objective: ObjectiveView; activity: ActivityView; target: TargetView }> {
  for (const { office, plan: tree } of plan.offices) {
    for (const objective of tree.objectives) {
      for (const activity of objective.activities) {
        for (const target of activity.targets) yield { office, objective, activity, target };
      }
    }
  }
}

/** How a person reads in the documents: the display name, or the e-mail where no name is known. */
export function personName(plan: Pick<ConsolidatedPlan, 'people'>, email: string): string;
export function personName(plan: Pick<ConsolidatedPlan, 'people'>, email: string | null): string | null;
export function personName(plan: Pick<ConsolidatedPlan, 'people'>, email: string | null): string | null {
  return email === null ? null : (plan.people.get(email.toLowerCase()) ?? email);
}

/** The e-mails of everyone the documents of these plans name: target owners and activity leads. */
export function peopleNamedIn(contents: readonly PlanContents[]): string[] {
  const emails = new Set<string>();
  for (const c of contents) {
    for (const a of c.activities) if (a.owner) emails.add(a.owner.toLowerCase());
    for (const t of c.targets) emails.add(t.owner.toLowerCase());
  }
  return [...emails];
}

const PARAGRAPH_TITLES = new Map(PARAGRAPHS.map((p) => [p.number, p.title]));

const nameOf = ({ id, ref, title }: { id: string; ref: string; title: string }) => ({ id, ref, title });
