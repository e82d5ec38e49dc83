// The criteria an office is rated by, set by the Gender Unit and stored as the Setting
// 'scorecard-criteria' (like the reminder policy). Each criterion measures one figure of the
// office for a period and rates it on the UN-SWAP scale by three thresholds; whether a higher
// or a lower figure is better is the criterion's own (a share achieved, a share overdue).

import { z } from 'zod';
import { refinement } from './problem-codes';

export const CRITERION_IDS = [
  'plan-endorsed',
  'report-on-time',
  'targets-on-course',
  'targets-overdue',
  'milestones-met',
  'sex-disaggregated',
  'focal-point',
  'workshop-functions',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export const SCORECARD_CRITERIA_SETTING = 'scorecard-criteria';

/** What a criterion measures, its unit, and which way is better. */
export interface CriterionRule {
  label: string;
  /** The figure measured, in words (shown beside the thresholds). */
  measure: string;
  unit: 'days' | 'percent' | 'people';
  better: 'higher' | 'lower';
}

export const CRITERION_RULES: Readonly<Record<CriterionId, CriterionRule>> = {
  'plan-endorsed': { label: 'Work plan endorsed by its date', measure: 'days from the start of the cycle to the endorsement', unit: 'days', better: 'lower' },
  'report-on-time': {
    label: 'Progress report submitted on time',
    measure: 'days the report was first submitted after its due date (negative: early)',
    unit: 'days',
    better: 'lower',
  },
  'targets-on-course': {
    label: 'Targets achieved or on track',
    measure: 'share of targets (not dropped) achieved or on track',
    unit: 'percent',
    better: 'higher',
  },
  'targets-overdue': { label: 'Targets overdue', measure: 'share of targets (not dropped) overdue at the end of the period', unit: 'percent', better: 'lower' },
  'milestones-met': { label: 'Milestones met', measure: 'share of the milestones due in the period that were met', unit: 'percent', better: 'higher' },
  'sex-disaggregated': {
    label: 'Sex-disaggregated data reported',
    measure: 'share of the targets asking for women and men that reported both',
    unit: 'percent',
    better: 'higher',
  },
  'focal-point': { label: 'Gender focal point appointed', measure: 'focal points appointed in the office', unit: 'people', better: 'higher' },
  'workshop-functions': {
    label: 'Workshop with staff from all functions',
    measure: 'share of the functional areas of the office’s work plan represented at its workshops held by the end of the period',
    unit: 'percent',
    better: 'higher',
  },
};

const threshold = z.number({ error: 'must be a finite number' }).min(-365).max(365);

/** One criterion: on or off, and the figures from which it approaches, meets and exceeds requirements. */
const criterionSchema = z.strictObject({
  id: z.enum(CRITERION_IDS),
  enabled: z.boolean().default(true),
  approaches: threshold,
  meets: threshold,
  exceeds: threshold,
});
export type Criterion = z.output<typeof criterionSchema>;

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { id: 'plan-endorsed', enabled: true, approaches: 180, meets: 90, exceeds: 0 },
  { id: 'report-on-time', enabled: true, approaches: 30, meets: 0, exceeds: -7 },
  { id: 'targets-on-course', enabled: true, approaches: 40, meets: 70, exceeds: 90 },
  { id: 'targets-overdue', enabled: true, approaches: 25, meets: 10, exceeds: 0 },
  { id: 'milestones-met', enabled: true, approaches: 50, meets: 80, exceeds: 100 },
  { id: 'sex-disaggregated', enabled: true, approaches: 50, meets: 90, exceeds: 100 },
  { id: 'focal-point', enabled: true, approaches: 1, meets: 1, exceeds: 2 },
  // Staff from every function the plan covers is what the workshop asks; four in five still meets it.
  { id: 'workshop-functions', enabled: true, approaches: 50, meets: 80, exceeds: 100 },
];

/**
 * Criteria in a sensible order of thresholds, each at most once: for a figure where higher is
 * better, approaches ≤ meets ≤ exceeds; where lower is better, the other way round.
 */
function criterionList() {
  return z
    .array(criterionSchema)
    .max(CRITERION_IDS.length, `names ${CRITERION_IDS.length} criteria at most`)
    .superRefine((criteria, ctx) => {
      const seen = new Set<string>();
      criteria.forEach((c, i) => {
        if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], ...refinement('duplicate', 'names a criterion twice') });
        seen.add(c.id);
        const higher = CRITERION_RULES[c.id].better === 'higher';
        if (higher ? c.meets < c.approaches : c.meets > c.approaches) {
          ctx.addIssue({ code: 'custom', path: [i, 'meets'], ...boundIssue(higher, c.approaches, 'approaches') });
        }
        if (higher ? c.exceeds < c.meets : c.exceeds > c.meets) {
          ctx.addIssue({ code: 'custom', path: [i, 'exceeds'], ...boundIssue(higher, c.meets, 'meets') });
        }
      });
    });
}

/**
 * The whole set, as the Gender Unit sends it (PUT /api/scorecard-criteria replaces it): each
 * criterion once; a set that leaves one out is refused, naming the ones missing (a client that
 * knows an older set learns of the new criteria instead of resetting them unseen).
 */
export const criteriaSchema = criterionList().superRefine((criteria, ctx) => {
  const missing = CRITERION_IDS.filter((id) => !criteria.some((c) => c.id === id));
  if (missing.length === 0) return;
  ctx.addIssue({
    code: 'custom',
    ...refinement('too-few', `must name each of the ${CRITERION_IDS.length} criteria once; missing: ${missing.join(', ')}`, {
      min: CRITERION_IDS.length,
      missing: missing.join(', '),
    }),
  });
});

/**
 * The set as stored (the Setting): one saved before a criterion was added names fewer, and
 * still reads; each criterion it leaves out rates by its default until the Gender Unit sets it.
 */
export const storedCriteriaSchema = criterionList().transform((criteria): Criterion[] => [
  ...criteria,
  ...DEFAULT_CRITERIA.filter((d) => !criteria.some((c) => c.id === d.id)).map((d) => ({ ...d })),
]);

function boundIssue(higher: boolean, bound: number, name: string) {
  return higher
    ? refinement('too-small', `must be at least ${name} (${bound}): higher is better here`, { min: bound })
    : refinement('too-big', `must be at most ${name} (${bound}): lower is better here`, { max: bound });
}
