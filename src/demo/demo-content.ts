// What the demo department wrote: the seven offices, where each stands in the workshop and
// review process, and the objectives, activities and targets of their 2006-2007 work plans.

import type { PlanStatus } from '../domain/catalogues';
import { OO_OBJECTIVES, OUSG_OBJECTIVES } from './demo-content-leadership';
import { OMS_OBJECTIVES, PBPS_OBJECTIVES } from './demo-content-support';
import { UNMAS_OBJECTIVES } from './demo-content-mine-action';
import { CPD_OBJECTIVES, MD_OBJECTIVES } from './demo-content-uniformed';
import type { ObjectiveContent } from './objective-content';
import type { DemoOfficeCode } from './demo-users';

export type { ActivityContent, ObjectiveContent, TargetContent } from './objective-content';

export const DEMO_CYCLE = '2006-2007';

/** Days before today of each step; null for a step the office has not reached. */
export interface ProcessTimeline {
  needsAssessment: number;
  workshop: number;
  submitted: number | null;
  /** Endorsement or return by the Gender Advisor. */
  reviewed: number | null;
}

export interface OfficeContent {
  code: DemoOfficeCode;
  name: string;
  status: Exclude<PlanStatus, 'archived'>;
  timeline: ProcessTimeline;
  submitComment: string | null;
  reviewComment: string | null;
  objectives: readonly ObjectiveContent[];
}

// Every workflow state is represented so that each screen and reminder has something to show:
// four endorsed plans, one waiting for review, one returned for changes and one still in draft.
// The needs assessment was one week for the whole Department; PBPS hosted the pilot workshop.
// The four endorsed offices held theirs in a first wave, over a year ago, so that their plans
// were endorsed before the first quarter of the reporting calendar (demo-calendar.ts) began and
// they report on every quarter; the other three held theirs in a second wave, these months.
export const DEMO_OFFICES: readonly OfficeContent[] = [
  {
    code: 'OUSG',
    name: 'Office of the Under-Secretary-General',
    status: 'endorsed',
    timeline: { needsAssessment: 462, workshop: 420, submitted: 396, reviewed: 384 },
    submitComment: 'Agreed by the Senior Management Team.',
    reviewComment: 'Endorsed. The senior appointment targets set the tone for the Department; please report on them every quarter.',
    objectives: OUSG_OBJECTIVES,
  },
  {
    code: 'OO',
    name: 'Office of Operations',
    status: 'endorsed',
    timeline: { needsAssessment: 461, workshop: 413, submitted: 390, reviewed: 376 },
    submitComment: 'Consolidated from the regional divisions after the workshop.',
    reviewComment: 'Endorsed. Good link between the DDR targets and paragraph 13; share the assessment-mission checklist with the other offices.',
    objectives: OO_OBJECTIVES,
  },
  {
    code: 'OMS',
    name: 'Office of Mission Support',
    status: 'returned',
    timeline: { needsAssessment: 460, workshop: 92, submitted: 33, reviewed: 19 },
    submitComment: 'Work plan for endorsement.',
    reviewComment:
      'Thank you for a thorough plan. Before endorsement please (1) set intermediate milestones for the recruitment targets under objective 1, ' +
      '(2) confirm with the Logistics Support Division that the camp inspection figures under objective 2 can be reported quarterly, and ' +
      '(3) name a single owner for activity 4.2.',
    objectives: OMS_OBJECTIVES,
  },
  {
    code: 'MD',
    name: 'Military Division',
    status: 'endorsed',
    timeline: { needsAssessment: 460, workshop: 407, submitted: 381, reviewed: 368 },
    submitComment: 'Cleared by the Military Adviser.',
    reviewComment: 'Endorsed. The deployment targets for women military observers are ambitious; keep the troop-contributing countries informed.',
    objectives: MD_OBJECTIVES,
  },
  {
    code: 'CPD',
    name: 'Civilian Police Division',
    status: 'submitted',
    timeline: { needsAssessment: 459, workshop: 84, submitted: 9, reviewed: null },
    submitComment: 'Cleared by the Police Adviser; baselines checked against the deployment statistics.',
    reviewComment: null,
    objectives: CPD_OBJECTIVES,
  },
  {
    code: 'UNMAS',
    name: 'Mine Action Service',
    status: 'draft',
    timeline: { needsAssessment: 458, workshop: 63, submitted: null, reviewed: null },
    submitComment: null,
    reviewComment: null,
    objectives: UNMAS_OBJECTIVES,
  },
  {
    code: 'PBPS',
    name: 'Peacekeeping Best Practices Section',
    status: 'endorsed',
    timeline: { needsAssessment: 462, workshop: 428, submitted: 405, reviewed: 398 },
    submitComment: 'Work plan of the pilot workshop, revised with the lessons of the office workshops.',
    reviewComment: 'Endorsed. The monitoring targets under objective 3 are the Gender Unit’s own commitments to the Department.',
    objectives: PBPS_OBJECTIVES,
  },
];
