// What the Gender Unit did with the scorecards of the last closed quarter, so that the first
// start shows remedial actions in the progress report, the heat map and the bot's "scorecard"
// answer, and sends remedial reminders. The ratings themselves are not data here: the seed
// rates the offices through the scorecard services (services/seed.ts), and only then overrides
// one rating and opens these actions, each for a criterion the rules rate below "meets". Their
// due dates are relative to today: one overdue, one due within the week, one later, one done.

import { addDays } from '../domain/dates';
import type { NewRecord } from '../domain/model';
import type { PeriodDraft } from '../domain/monitoring';
import type { Rating, RemedialStatus } from '../domain/scorecard';
import type { CriterionId } from '../domain/scorecard-criteria';
import { DEMO_USERS, GENDER_ADVISOR, officeStaff, type DemoOfficeCode } from './demo-users';

/** An override of a computed rating, with the Gender Unit's justification. */
export interface DemoRatingOverride {
  officeId: string;
  criterion: CriterionId;
  rating: Rating;
  justification: string;
}

/** A remedial action as opened by the Gender Unit, and the status it has reached by today. */
export interface DemoRemedialAction {
  officeId: string;
  criterion: CriterionId;
  steps: string;
  due: string;
  responsible: string;
  resources: string | null;
  status: RemedialStatus;
}

export interface DemoScorecards {
  /** The period rated: the last closed one. */
  periodId: string;
  /** The Gender Unit member who rates, overrides and opens the actions. */
  ratedBy: { email: string; name: string };
  overrides: DemoRatingOverride[];
  remedialActions: DemoRemedialAction[];
}

interface ActionContent {
  code: DemoOfficeCode;
  criterion: CriterionId;
  /** The focal point or, for work done by the people who report the figures, the office's first target owner. */
  responsible: 'focal-point' | 'target-owner';
  /** Days from today to the due date (negative: overdue). */
  dueIn: number;
  status: RemedialStatus;
  steps: (period: string) => string;
  resources: string | null;
}

const ACTIONS: readonly ActionContent[] = [
  {
    code: 'OMS',
    criterion: 'plan-endorsed',
    responsible: 'focal-point',
    dueIn: -6,
    status: 'in-progress',
    steps: () =>
      'Revise the work plan as the Gender Unit’s review asked (baselines for every target, an owner for each activity), ' +
      'have it cleared by the Director and resubmit it for endorsement.',
    resources: 'Two working days of the focal point; one review session with the Gender Advisor.',
  },
  {
    code: 'PBPS',
    criterion: 'report-on-time',
    responsible: 'focal-point',
    dueIn: 4,
    status: 'open',
    steps: (period) =>
      `Hand in the missing ${period} progress report from the check-ins already recorded, ` +
      'and agree a standing reporting calendar with the section chiefs so that each report is compiled in the first week after the quarter ends.',
    resources: null,
  },
  {
    code: 'MD',
    criterion: 'sex-disaggregated',
    responsible: 'target-owner',
    dueIn: 45,
    status: 'open',
    steps: () =>
      'Add women and men columns to the attendance sheets of every training and briefing, ' +
      'and report participants by sex in the next check-in of each target that asks for it.',
    resources: 'Attendance sheet template from the Gender Unit; half a day of the training coordinator’s time per course.',
  },
  {
    code: 'OO',
    criterion: 'milestones-met',
    responsible: 'focal-point',
    dueIn: -10,
    status: 'done',
    steps: () =>
      'Review the milestones missed with the section chiefs, re-phase the DDR targets whose funding came late, ' +
      'and schedule the outstanding assessment missions in the next quarter.',
    resources: 'One half-day planning meeting of the section chiefs.',
  },
];

/** The Gender Unit accepts one office's explanation for its missed milestones. */
const OVERRIDE = {
  code: 'OUSG',
  criterion: 'milestones-met',
  rating: 'meets',
  justification:
    'The milestones missed depended on senior appointments held up by the hiring freeze; the office met every milestone within its control. ' +
    'Reviewed with the Chief of Staff.',
} as const satisfies { code: DemoOfficeCode; criterion: CriterionId; rating: Rating; justification: string };

export function buildDemoScorecards(today: string, lastClosed: PeriodDraft, offices: readonly NewRecord<'office'>[]): DemoScorecards {
  const officeId = (code: string) => offices.find((o) => o.code === code)?.id;
  const overrides: DemoRatingOverride[] = [];
  const ousg = officeId(OVERRIDE.code);
  if (ousg) overrides.push({ officeId: ousg, criterion: OVERRIDE.criterion, rating: OVERRIDE.rating, justification: OVERRIDE.justification });
  const remedialActions = ACTIONS.flatMap((a): DemoRemedialAction[] => {
    const id = officeId(a.code);
    const staff = officeStaff(a.code);
    const responsible = a.responsible === 'focal-point' ? staff.focalPoints[0] : staff.owners[0];
    if (!id || !responsible) return [];
    return [
      {
        officeId: id,
        criterion: a.criterion,
        steps: a.steps(lastClosed.label),
        due: addDays(today, a.dueIn),
        responsible,
        resources: a.resources,
        status: a.status,
      },
    ];
  });
  const advisor = DEMO_USERS.find((u) => u.email === GENDER_ADVISOR);
  return { periodId: lastClosed.id, ratedBy: { email: GENDER_ADVISOR, name: advisor?.name ?? GENDER_ADVISOR }, overrides, remedialActions };
}
