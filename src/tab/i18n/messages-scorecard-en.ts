// English messages of the dashboard's trends per period, the office scorecard as a heat map
// (ratings, criteria, remedial actions) and the progress report's download. Spread into the
// English catalogue (messages-en.ts); the French one must have the same keys.

import type { CriterionId, CriterionRule } from '../../domain/scorecard-criteria';
import type { Rating, RemedialStatus } from '../../domain/scorecard';

export const scorecardEn = {
  rating: {
    'not-applicable': 'Not applicable',
    missing: 'Missing',
    approaches: 'Approaches requirements',
    meets: 'Meets requirements',
    exceeds: 'Exceeds requirements',
  } satisfies Record<Rating, string>,
  /** The short form a heat-map cell shows; the full word is its accessible name. */
  ratingShort: {
    'not-applicable': 'N/A',
    missing: 'Missing',
    approaches: 'Approaches',
    meets: 'Meets',
    exceeds: 'Exceeds',
  } satisfies Record<Rating, string>,
  criterion: {
    'plan-endorsed': 'Work plan endorsed by its date',
    'report-on-time': 'Progress report submitted on time',
    'targets-on-course': 'Targets achieved or on track',
    'targets-overdue': 'Targets overdue',
    'milestones-met': 'Milestones met',
    'sex-disaggregated': 'Sex-disaggregated data reported',
    'focal-point': 'Gender focal point appointed',
    'workshop-functions': 'Workshop with staff from all functions',
  } satisfies Record<CriterionId, string>,
  /** What each criterion measures (the rules of domain/scorecard-criteria.ts, in words). */
  criterionMeasure: {
    'plan-endorsed': 'Days from the start of the cycle to the endorsement of the work plan',
    'report-on-time': 'Days the report was first submitted after its due date (negative: early)',
    'targets-on-course': 'Share of targets (not dropped) achieved or on track',
    'targets-overdue': 'Share of targets (not dropped) overdue at the end of the period',
    'milestones-met': 'Share of the milestones due in the period that were met',
    'sex-disaggregated': 'Share of the targets asking for women and men that reported both',
    'focal-point': 'Focal points appointed in the office',
    'workshop-functions': 'Share of the functional areas of the office’s work plan represented at its workshops held by the end of the period',
  } satisfies Record<CriterionId, string>,
  remedialStatus: {
    open: 'Open',
    'in-progress': 'In progress',
    done: 'Done',
    dropped: 'Dropped',
  } satisfies Record<RemedialStatus, string>,
  trends: {
    noCycle: (cycle: string) => `The cycle ${cycle} has no reporting periods yet.`,
    scope: 'Show',
    department: 'Whole department',
    statusChart: (scope: string) => `Targets by status and overdue per period: ${scope}`,
    statusSummary: (scope: string, first: string, last: string, overdueFirst: string, overdueLast: string) =>
      `${scope}, from ${first} to ${last}: overdue targets went from ${overdueFirst} to ${overdueLast}.`,
    period: 'Period',
    periodLabel: (label: string, live: boolean) => (live ? `${label} (live, provisional)` : label),
    liveNote:
      'The period marked * is open: its figures are computed live from today’s data and will change until it is closed; closed periods come from their snapshots.',
    overdue: 'Overdue',
    total: 'Targets',
    noFigures: 'No figures yet: an office has figures for the periods in which it is expected to report (from the endorsement of its plan).',
    milestonesChart: 'Milestones met per office',
    milestonesSummary: (periods: number, offices: number) => `Share of the milestones due that each office met, in ${periods} periods, for ${offices} offices.`,
    office: 'Office',
    met: 'Met',
    due: 'Due',
    share: 'Share met',
    metOf: (met: string, due: string) => `${met} of ${due}`,
  },
  scorecard: {
    title: 'Office scorecard',
    period: 'Period',
    periodOption: (label: string, status: string) => `${label} (${status.toLowerCase()})`,
    liveNote: 'This period is open: the ratings are computed live and will change until it is closed.',
    none: 'No office is rated for this period.',
    grid: (period: string) => `Ratings of each office by criterion, ${period}`,
    gridHelp: 'Arrow keys move between cells; Enter shows the details of a rating.',
    showTable: 'Show as a table',
    office: 'Office',
    legend: 'Ratings',
    overridden: 'overridden',
    detailTitle: (office: string, criterion: string) => `${office}: ${criterion}`,
    close: 'Close the details',
    basis: 'Basis',
    value: 'Figure measured',
    noValue: 'Nothing to measure',
    notGiven: 'Nothing recorded in time',
    computed: 'Rating by the rules',
    overriddenBy: (name: string, date: string) => `Overridden by ${name} on ${date}`,
    justification: 'Justification',
    remedialActions: 'Remedial actions',
    noRemedial: 'No remedial action recorded.',
    remedialNeeded: 'A rating below “meets requirements” calls for a remedial action.',
    steps: 'Steps',
    due: 'Due',
    responsible: 'Responsible',
    resources: 'Resources',
    status: 'Status',
    days: (n: string) => `${n} days`,
    people: (n: string) => `${n} people`,
  },
  progressExport: {
    title: 'Progress report',
    explanation:
      'Download the progress report of a reporting period: figures, trends, the offices’ ratings and remedial actions, as a Word document or an Excel workbook.',
    period: 'Reporting period',
    excel: 'Progress report in Excel',
    word: 'Progress report in Word',
    noPeriods: 'There is no reporting period yet.',
  },
  /** The Gender Unit's scorecard criteria in the settings view (GET|PUT /api/scorecard-criteria). */
  criteriaSettings: {
    title: 'Scorecard criteria',
    intro: 'The criteria each office is rated by in its scorecard, and the figures from which it approaches, meets and exceeds requirements.',
    appliesFrom:
      'A change applies to the scorecards rated after it: the open period’s, rated live, and a closed period’s when it is first rated. Scorecards already rated keep the criteria they were rated by.',
    used: 'Used in the ratings',
    notUsed: 'Not used: every office is rated “not applicable” on this criterion.',
    unit: { days: 'days', percent: '%', people: 'people' } satisfies Record<CriterionRule['unit'], string>,
    unitName: { days: 'In days', percent: 'In per cent', people: 'In people' } satisfies Record<CriterionRule['unit'], string>,
    direction: {
      higher: 'higher is better: each threshold at least the one before',
      lower: 'lower is better: each threshold at most the one before',
    } satisfies Record<CriterionRule['better'], string>,
    threshold: {
      higher: { approaches: 'Approaches from', meets: 'Meets from', exceeds: 'Exceeds from' },
      lower: { approaches: 'Approaches up to', meets: 'Meets up to', exceeds: 'Exceeds up to' },
    } satisfies Record<CriterionRule['better'], Record<'approaches' | 'meets' | 'exceeds', string>>,
    /** A threshold named in the conflict view. */
    fieldLabel: (criterion: string, field: string) => `${criterion}: ${field}`,
    yes: 'Yes',
    no: 'No',
    restoreDefaults: 'Restore the defaults',
    defaultsRestored: 'The default criteria are in the form: save to apply them.',
    saved: 'The scorecard criteria were saved.',
    conflictTitle: 'Someone else saved the scorecard criteria while you were editing them',
  },
};
