// What the demo department wrote: the seven offices, where each stands in the workshop and
// review process, and the objectives, activities and targets of their 2006-2007 work plans.

import type { FunctionalArea, Pillar, PlanStatus } from '../domain/catalogues';
import { OO_OBJECTIVES, OUSG_OBJECTIVES } from './demo-content-leadership';
import { OMS_OBJECTIVES, PBPS_OBJECTIVES } from './demo-content-support';
import { UNMAS_OBJECTIVES } from './demo-content-mine-action';
import { CPD_OBJECTIVES, MD_OBJECTIVES } from './demo-content-uniformed';
import type { DemoOfficeCode } from './demo-users';

export const DEMO_CYCLE = '2006-2007';

export interface TargetContent {
  description: string;
  indicator: string;
  unit: string;
  baseline: number;
  target: number;
  verification: string;
}

export interface ActivityContent {
  title: string;
  resources: string;
  targets: readonly TargetContent[];
}

export interface ObjectiveContent {
  title: string;
  pillar: Pillar;
  paragraphs: readonly number[];
  area: FunctionalArea;
  /** E-mail of the staff member who leads the objective and owns its activities. */
  lead: string;
  activities: readonly ActivityContent[];
}

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
export const DEMO_OFFICES: readonly OfficeContent[] = [
  {
    code: 'OUSG',
    name: 'Office of the Under-Secretary-General',
    status: 'endorsed',
    timeline: { needsAssessment: 152, workshop: 110, submitted: 86, reviewed: 74 },
    submitComment: 'Agreed by the Senior Management Team.',
    reviewComment: 'Endorsed. The senior appointment targets set the tone for the Department; please report on them every quarter.',
    objectives: OUSG_OBJECTIVES,
  },
  {
    code: 'OO',
    name: 'Office of Operations',
    status: 'endorsed',
    timeline: { needsAssessment: 151, workshop: 103, submitted: 80, reviewed: 66 },
    submitComment: 'Consolidated from the regional divisions after the workshop.',
    reviewComment: 'Endorsed. Good link between the DDR targets and paragraph 13; share the assessment-mission checklist with the other offices.',
    objectives: OO_OBJECTIVES,
  },
  {
    code: 'OMS',
    name: 'Office of Mission Support',
    status: 'returned',
    timeline: { needsAssessment: 150, workshop: 92, submitted: 33, reviewed: 19 },
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
    timeline: { needsAssessment: 150, workshop: 97, submitted: 71, reviewed: 58 },
    submitComment: 'Cleared by the Military Adviser.',
    reviewComment: 'Endorsed. The deployment targets for women military observers are ambitious; keep the troop-contributing countries informed.',
    objectives: MD_OBJECTIVES,
  },
  {
    code: 'CPD',
    name: 'Civilian Police Division',
    status: 'submitted',
    timeline: { needsAssessment: 149, workshop: 84, submitted: 9, reviewed: null },
    submitComment: 'Cleared by the Police Adviser; baselines checked against the deployment statistics.',
    reviewComment: null,
    objectives: CPD_OBJECTIVES,
  },
  {
    code: 'UNMAS',
    name: 'Mine Action Service',
    status: 'draft',
    timeline: { needsAssessment: 148, workshop: 63, submitted: null, reviewed: null },
    submitComment: null,
    reviewComment: null,
    objectives: UNMAS_OBJECTIVES,
  },
  {
    code: 'PBPS',
    name: 'Peacekeeping Best Practices Section',
    status: 'endorsed',
    timeline: { needsAssessment: 152, workshop: 118, submitted: 95, reviewed: 88 },
    submitComment: 'Work plan of the pilot workshop, revised with the lessons of the office workshops.',
    reviewComment: 'Endorsed. The monitoring targets under objective 3 are the Gender Unit’s own commitments to the Department.',
    objectives: PBPS_OBJECTIVES,
  },
];
