// Synthetic plans of a given size for the benchmarks: realistic shapes, generated quickly.

import type { NewRecord } from '../src/domain/model';
import { addDays } from '../src/domain/dates';
import type { Change, PlanStore } from '../src/store/plan-store';

export interface BenchPlanSpec {
  code: string;
  objectives: number;
  activitiesPerObjective: number;
  targetsPerActivity: number;
}

/** Creates an office and one plan per spec; every tenth target is overdue on `today`. Returns the plan ids. */
export async function createBenchPlans(store: PlanStore, specs: readonly BenchPlanSpec[], today: string, focal: string): Promise<string[]> {
  const ids: string[] = [];
  const at = `${today}T00:00:00.000Z`;
  for (const spec of specs) {
    const officeId = `office-${spec.code}`;
    const planId = `plan-${spec.code}`;
    const changes: Change[] = [
      {
        op: 'create',
        entity: 'office',
        record: {
          id: officeId,
          code: spec.code,
          name: `Office ${spec.code}`,
          focalPoints: [focal],
          digestChannelId: null,
          milestones: { needsAssessment: null, workshop: null, planSubmitted: null, planEndorsed: null },
        },
      },
      {
        op: 'create',
        entity: 'plan',
        record: { id: planId, officeId, cycle: '2006-2007', title: `Plan ${spec.code}`, status: 'endorsed', reviewComment: null, history: [] },
      },
    ];
    let n = 0;
    for (let o = 1; o <= spec.objectives; o++) {
      const objectiveId = `${planId}-o${o}`;
      changes.push({
        op: 'create',
        entity: 'objective',
        record: { id: objectiveId, planId, ref: `${o}`, title: `Objective ${o}`, pillar: 'participation', paragraphs: [4, 5], functionalArea: 'military' },
      });
      for (let a = 1; a <= spec.activitiesPerObjective; a++) {
        const activityId = `${objectiveId}-a${a}`;
        changes.push({
          op: 'create',
          entity: 'activity',
          record: { id: activityId, planId, objectiveId, ref: `${o}.${a}`, title: `Activity ${o}.${a}`, owner: null, start: null, end: null, resources: null },
        });
        for (let t = 0; t < spec.targetsPerActivity; t++) {
          n += 1;
          changes.push({ op: 'create', entity: 'target', record: benchTarget(planId, activityId, `${o}.${a}.${letter(t)}`, n, today) });
        }
      }
    }
    await store.commit({ actor: 'bench', at, changes });
    ids.push(planId);
  }
  return ids;
}

export function benchTarget(planId: string, activityId: string, ref: string, n: number, today: string): NewRecord<'target'> {
  return {
    id: `${activityId}-t${ref}`,
    planId,
    activityId,
    ref,
    description: `Increase the share of women among deployed personnel, target ${ref}`,
    indicator: 'Percentage of women among deployed personnel',
    unit: '%',
    baseline: 2,
    targetValue: 10,
    dueDate: addDays(today, n % 10 === 0 ? -((n % 90) + 1) : (n % 200) + 1),
    owner: `owner${n % 50}@bench.example.org`,
    meansOfVerification: 'Deployment statistics',
    status: n % 10 === 0 ? 'at-risk' : 'on-track',
    progress: n % 100,
    lastCheckInAt: null,
  };
}

const letter = (i: number) => (i < 26 ? String.fromCharCode(97 + i) : `z${i}`);
