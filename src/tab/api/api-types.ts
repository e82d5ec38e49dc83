// The shapes the API answers with, as the tab reads them. Entities and derived values come
// from the pure domain; the service-level summaries are mirrored here because their modules
// also pull in Node-only code (docs/api.md is the contract).

import type { FunctionalArea, Paragraph, Pillar, PlanStatus, TargetStatus } from '../../domain/catalogues';
import type { OfficeStage, PlanTree, Rollup, TargetView } from '../../domain/derive';
import type { Activity, CheckIn, Objective, Target, WorkPlan } from '../../domain/model';

export type { Activity, CheckIn, FunctionalArea, Objective, OfficeStage, Paragraph, Pillar, PlanStatus, PlanTree, Rollup, Target, TargetStatus, TargetView, WorkPlan };
export type ActivityView = PlanTree['objectives'][number]['activities'][number];
export type ObjectiveView = PlanTree['objectives'][number];

export type ProductRole = 'gender-unit' | 'viewer' | 'admin';

/** GET /api/me */
export interface Me {
  user: { id: string; email: string; name: string };
  roles: ProductRole[];
  offices: { id: string; code: string; name: string }[];
  ownsTargets: boolean;
  authMode: 'dev' | 'entra';
}

/** GET /api/catalogue */
export interface Catalogue {
  paragraphs: Paragraph[];
  pillars: { code: Pillar; label: string }[];
  functionalAreas: { code: FunctionalArea; label: string }[];
  targetStatuses: TargetStatus[];
  planStatuses: PlanStatus[];
}

/** GET /api/plans: one summary per plan. */
export interface PlanSummary extends WorkPlan {
  officeCode: string;
  officeName: string;
  rollup: Rollup;
}

/** GET /api/targets: a target with its plan's context. */
export interface TargetSummary extends Target {
  officeId: string;
  officeCode: string;
  cycle: string;
  planStatus: PlanStatus;
  overdue: boolean;
  daysOverdue: number;
}

/** GET /api/dashboard */
export interface Dashboard {
  cycle: string | null;
  cycles: string[];
  asOf: string;
  department: Rollup;
  offices: { officeId: string; code: string; name: string; planId: string | null; planStatus: PlanStatus | null; stage: OfficeStage; rollup: Rollup }[];
  byPillar: { pillar: Pillar; rollup: Rollup }[];
  byParagraph: { paragraph: number; rollup: Rollup }[];
  byFunctionalArea: { functionalArea: FunctionalArea; rollup: Rollup }[];
  overdue: OverdueTarget[];
}

export interface OverdueTarget {
  targetId: string;
  planId: string;
  officeCode: string;
  ref: string;
  description: string;
  owner: string;
  dueDate: string;
  daysOverdue: number;
  status: TargetStatus;
}
