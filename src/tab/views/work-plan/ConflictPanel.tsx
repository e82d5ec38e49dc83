// A stale save: someone saved this item after the user opened it. The panel shows, field by
// field, the user's edit next to what is saved now, and lets the user keep theirs (only the
// fields they changed are sent again, on top of the other person's version) or take the
// saved version. Either way nothing is lost without the user seeing it.

import type { FunctionalArea, Pillar, TargetStatus } from '../../../contract';
import { ConflictComparison } from '../../forms/ConflictComparison';
import { useI18n, type I18n } from '../../i18n/i18n';
import { usePersonNames, type NameOf } from '../../people/use-person-names';
import { changedFields, type ApiValues, type ItemFormSpec } from './item-forms';

export interface ConflictPanelProps {
  spec: ItemFormSpec;
  /** What the user started from. */
  base: ApiValues;
  /** The user's edit. */
  mine: ApiValues;
  /** What is saved now. */
  theirs: ApiValues;
  busy: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

export function ConflictPanel({ spec, base, mine, theirs, busy, onKeepMine, onTakeTheirs }: ConflictPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const mineChanged = new Set(changedFields(spec, base, mine));
  const theirsChanged = new Set(changedFields(spec, base, theirs));
  const fields = spec.fields.filter((f) => mineChanged.has(f) || theirsChanged.has(f));
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const nameOf = usePersonNames([text(mine.owner), text(theirs.owner)]);
  const rows = fields.map((field) => ({
    key: field,
    label: t.fields[field as keyof typeof t.fields] ?? field,
    mine: displayValue(field, mine[field], i18n, nameOf),
    theirs: displayValue(field, theirs[field], i18n, nameOf),
    changedByMe: mineChanged.has(field),
    changedByThem: theirsChanged.has(field),
  }));

  return <ConflictComparison titleId="conflict-title" texts={t.conflict} rows={rows} busy={busy} onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />;
}

/** A field's API value as text for the reader: labels for codes, the locale's dates and numbers. */
export function displayValue(field: string, value: unknown, { t, date, number }: I18n, nameOf: NameOf = (e) => e ?? ''): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'owner' && typeof value === 'string') return nameOf(value);
  if (field === 'pillar') return t.pillar[value as Pillar] ?? String(value);
  if (field === 'functionalArea') return t.functionalArea[value as FunctionalArea] ?? String(value);
  if (field === 'status') return t.targetStatus[value as TargetStatus] ?? String(value);
  if (field === 'indicatorType') return Object.entries(t.indicatorType).find(([code]) => code === value)?.[1] ?? String(value);
  if (field === 'disaggregation') return Object.entries(t.disaggregation).find(([code]) => code === value)?.[1] ?? String(value);
  if (field === 'milestones' && Array.isArray(value)) return value.length === 0 ? '—' : value.map((m) => milestoneText(m, number)).join('; ');
  if (field === 'paragraphs' && Array.isArray(value)) return value.map((n: number) => t.targetRow.paragraph(n, t.paragraph[n - 1] ?? '')).join('; ');
  if (typeof value === 'number') return Number.isFinite(value) ? number(value, 6) : String(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value);
  return String(value);
}

/** "2006 Q3: 40": the period read off its id (`<cycle>_<year>-Q3`, see domain/monitoring.ts periodsOf). */
function milestoneText(milestone: unknown, number: I18n['number']): string {
  if (typeof milestone !== 'object' || milestone === null || !('periodId' in milestone) || !('value' in milestone)) return String(milestone);
  const period = String(milestone.periodId);
  const label = period.slice(period.indexOf('_') + 1).replace('-', ' ');
  return `${label}: ${typeof milestone.value === 'number' ? number(milestone.value, 6) : String(milestone.value)}`;
}
