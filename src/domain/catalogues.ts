// Catalogues of SCR 1325: the 18 operative paragraphs, the four WPS pillars and the
// department's functional areas. Codes are stable identifiers; labels are for display.

export interface Paragraph {
  readonly number: number;
  readonly title: string;
  /** Paragraphs that speak directly to peacekeeping (4, 5, 6, 13, 17). */
  readonly peacekeeping: 'direct' | 'indirect' | 'general';
}

export const PARAGRAPHS: readonly Paragraph[] = [
  { number: 1, title: 'Women in decision-making for conflict prevention, management and resolution', peacekeeping: 'general' },
  { number: 2, title: "Strategic plan of action for women's participation in peace processes", peacekeeping: 'general' },
  { number: 3, title: 'Women as Special Representatives and envoys; roster of women candidates', peacekeeping: 'indirect' },
  { number: 4, title: "Expand women's role in UN field operations", peacekeeping: 'direct' },
  { number: 5, title: 'Gender perspective in peacekeeping operations; gender components in field operations', peacekeeping: 'direct' },
  { number: 6, title: 'Training on protection, rights and needs of women (incl. HIV/AIDS)', peacekeeping: 'direct' },
  { number: 7, title: 'Support for gender-sensitive training efforts', peacekeeping: 'indirect' },
  { number: 8, title: 'Gender perspective in negotiating and implementing peace agreements', peacekeeping: 'indirect' },
  { number: 9, title: 'Respect international law protecting women and girls', peacekeeping: 'general' },
  { number: 10, title: 'Protect women and girls from gender-based violence', peacekeeping: 'indirect' },
  { number: 11, title: 'End impunity for crimes including sexual violence', peacekeeping: 'general' },
  { number: 12, title: 'Civilian and humanitarian character of refugee camps', peacekeeping: 'general' },
  { number: 13, title: 'Different needs of female and male ex-combatants in DDR', peacekeeping: 'direct' },
  { number: 14, title: 'Impact of sanctions on women and girls', peacekeeping: 'general' },
  { number: 15, title: 'Gender considerations in Security Council missions', peacekeeping: 'general' },
  { number: 16, title: 'Study of the impact of armed conflict on women and girls', peacekeeping: 'general' },
  { number: 17, title: 'Report on progress in gender mainstreaming throughout peacekeeping missions', peacekeeping: 'direct' },
  { number: 18, title: 'The Council remains seized of the matter', peacekeeping: 'general' },
];

export const PILLARS = ['prevention', 'participation', 'protection', 'relief-and-recovery'] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_LABELS: Readonly<Record<Pillar, string>> = {
  prevention: 'Prevention',
  participation: 'Participation',
  protection: 'Protection',
  'relief-and-recovery': 'Relief and recovery',
};

export const FUNCTIONAL_AREAS = [
  'political-affairs',
  'military',
  'police',
  'rule-of-law',
  'corrections',
  'ddr',
  'security-sector-reform',
  'mine-action',
  'electoral-assistance',
  'human-rights',
  'civil-affairs',
  'public-information',
  'hiv-aids',
  'conduct-and-discipline',
  'human-resources',
  'training',
  'logistics-and-mission-support',
  'budget-and-finance',
  'best-practices-and-guidance',
] as const;
export type FunctionalArea = (typeof FUNCTIONAL_AREAS)[number];

export const FUNCTIONAL_AREA_LABELS: Readonly<Record<FunctionalArea, string>> = {
  'political-affairs': 'Political affairs',
  military: 'Military',
  police: 'Police',
  'rule-of-law': 'Rule of law and justice',
  corrections: 'Corrections',
  ddr: 'DDR',
  'security-sector-reform': 'Security sector reform',
  'mine-action': 'Mine action',
  'electoral-assistance': 'Electoral assistance',
  'human-rights': 'Human rights',
  'civil-affairs': 'Civil affairs',
  'public-information': 'Public information',
  'hiv-aids': 'HIV/AIDS',
  'conduct-and-discipline': 'Conduct and discipline',
  'human-resources': 'Human resources',
  training: 'Training',
  'logistics-and-mission-support': 'Logistics and mission support',
  'budget-and-finance': 'Budget and finance',
  'best-practices-and-guidance': 'Best practices and guidance',
};

export const TARGET_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved', 'dropped'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const TARGET_STATUS_LABELS: Readonly<Record<TargetStatus, string>> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** Statuses after which a target can no longer be overdue. */
export const CLOSED_TARGET_STATUSES: readonly TargetStatus[] = ['achieved', 'dropped'];

export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'endorsed', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  returned: 'Returned to the office',
  endorsed: 'Endorsed',
  archived: 'Archived',
};

/** The whole catalogue, as served to clients that build pickers. */
export function catalogue() {
  return {
    paragraphs: PARAGRAPHS,
    pillars: PILLARS.map((code) => ({ code, label: PILLAR_LABELS[code] })),
    functionalAreas: FUNCTIONAL_AREAS.map((code) => ({ code, label: FUNCTIONAL_AREA_LABELS[code] })),
    targetStatuses: TARGET_STATUSES,
    planStatuses: PLAN_STATUSES,
  };
}
