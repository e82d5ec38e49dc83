// The shape of one objective of a demo work plan, with its activities and targets: what the
// per-office content files write and demo-content.ts gathers (declared apart so that the
// content files and their index do not import each other).

import type { FunctionalArea, Pillar } from '../domain/catalogues';

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
