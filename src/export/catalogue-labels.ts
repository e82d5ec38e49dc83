// How the catalogues read in documents people edit (labels, not codes), and back: a workbook
// may say "Relief and recovery" or "relief-and-recovery", and both mean the same pillar.

import {
  FUNCTIONAL_AREA_LABELS,
  FUNCTIONAL_AREAS,
  PILLAR_LABELS,
  PILLARS,
  PLAN_STATUS_LABELS,
  TARGET_STATUS_LABELS,
  TARGET_STATUSES,
  type FunctionalArea,
  type Pillar,
  type TargetStatus,
} from '../domain/catalogues';

export { FUNCTIONAL_AREA_LABELS, PILLAR_LABELS, PLAN_STATUS_LABELS, TARGET_STATUS_LABELS };

/** Reads a label or a code, ignoring case, spaces and hyphens; undefined when it names nothing. */
function reader<C extends string>(codes: readonly C[], labels: Readonly<Record<C, string>>): (text: string) => C | undefined {
  const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const byKey = new Map<string, C>();
  for (const code of codes) {
    byKey.set(key(code), code);
    byKey.set(key(labels[code]), code);
  }
  return (text) => byKey.get(key(text));
}

export const readPillar: (text: string) => Pillar | undefined = reader(PILLARS, PILLAR_LABELS);
export const readFunctionalArea: (text: string) => FunctionalArea | undefined = reader(FUNCTIONAL_AREAS, FUNCTIONAL_AREA_LABELS);
export const readTargetStatus: (text: string) => TargetStatus | undefined = reader(TARGET_STATUSES, TARGET_STATUS_LABELS);

export const formatParagraphs = (paragraphs: readonly number[]): string => paragraphs.join(', ');
