// The department's roll-ups, computed once for the dashboard (services/dashboard.ts) and the
// exports (export/consolidate.ts): totals, each office, and every pillar, operative paragraph
// and functional area, with how many objectives, activities and targets fall under each.
// A target counts under its objective's pillar, area and every paragraph the objective names.

import { FUNCTIONAL_AREAS, PARAGRAPHS, PILLARS, type FunctionalArea, type Pillar } from './catalogues';
import { rollup, type ObjectiveView, type PlanTree, type Rollup } from './derive';
import type { PlanContents } from './model';

export interface ItemCounts {
  objectives: number;
  activities: number;
  targets: number;
}

/** One line of a summary table: how many items fall under a key, and the roll-up of their targets. */
export interface SummaryLine extends ItemCounts {
  rollup: Rollup;
}

export interface ParagraphSummary extends SummaryLine {
  paragraph: number;
  /** Targets under the paragraph, per office id. */
  targetsByOffice: ReadonlyMap<string, number>;
}

export interface DepartmentRollups {
  /** Everything under the plans given. */
  totals: SummaryLine;
  /** Every pillar, in catalogue order (empty lines included). */
  byPillar: (SummaryLine & { pillar: Pillar })[];
  /** Every operative paragraph, in catalogue order (empty lines included). */
  byParagraph: ParagraphSummary[];
  /** The functional areas that some objective names, in catalogue order. */
  byFunctionalArea: (SummaryLine & { functionalArea: FunctionalArea })[];
}

/** Roll-ups over the plan trees of a cycle (one per office, built with buildPlanTree for `today`). */
export function departmentRollups(plans: readonly PlanTree[], today: string): DepartmentRollups {
  const pillars = new SummaryAccumulator<Pillar>();
  const paragraphs = new SummaryAccumulator<number>();
  const areas = new SummaryAccumulator<FunctionalArea>();
  const paragraphOffices = new Map<number, Map<string, number>>();
  for (const plan of plans) {
    for (const objective of plan.objectives) {
      pillars.add(objective.pillar, objective);
      areas.add(objective.functionalArea, objective);
      const targetCount = objective.activities.reduce((n, a) => n + a.targets.length, 0);
      for (const p of objective.paragraphs) {
        paragraphs.add(p, objective);
        const counts = paragraphOffices.get(p) ?? new Map<string, number>();
        counts.set(plan.officeId, (counts.get(plan.officeId) ?? 0) + targetCount);
        paragraphOffices.set(p, counts);
      }
    }
  }
  const objectives = plans.flatMap((p) => p.objectives);
  const activities = objectives.flatMap((o) => o.activities);
  return {
    totals: summaryLine({ objectives, activities, targets: activities.flatMap((a) => a.targets) }, today),
    byPillar: PILLARS.map((pillar) => ({ pillar, ...pillars.line(pillar, today) })),
    byParagraph: PARAGRAPHS.map((p) => ({
      paragraph: p.number,
      ...paragraphs.line(p.number, today),
      targetsByOffice: paragraphOffices.get(p.number) ?? new Map<string, number>(),
    })),
    byFunctionalArea: FUNCTIONAL_AREAS.filter((a) => areas.has(a)).map((functionalArea) => ({ functionalArea, ...areas.line(functionalArea, today) })),
  };
}

/** The summary line of some objectives, activities and targets: one office's plan contents, or a group of them. */
export function summaryLine(
  items: { objectives: readonly unknown[]; activities: readonly unknown[]; targets: PlanContents['targets'] },
  today: string,
): SummaryLine {
  return {
    objectives: items.objectives.length,
    activities: items.activities.length,
    targets: items.targets.length,
    rollup: rollup(items.targets, today),
  };
}

/** Collects objectives (with what is under them) per key, for the summaries by pillar, paragraph and area. */
class SummaryAccumulator<K> {
  private readonly groups = new Map<K, ObjectiveView[]>();

  add(key: K, objective: ObjectiveView): void {
    const list = this.groups.get(key);
    if (list) list.push(objective);
    else this.groups.set(key, [objective]);
  }

  has(key: K): boolean {
    return this.groups.has(key);
  }

  line(key: K, today: string): SummaryLine {
    const objectives = this.groups.get(key) ?? [];
    const activities = objectives.flatMap((o) => o.activities);
    return summaryLine({ objectives, activities, targets: activities.flatMap((a) => a.targets) }, today);
  }
}
