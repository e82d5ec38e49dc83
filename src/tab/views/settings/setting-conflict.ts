// The rows of a settings conflict (reminder policy, scorecard criteria) for the tab's one
// conflict table (forms/ConflictComparison.tsx): each field the user or the other person changed
// from what the user started from, in the form's order, with who changed it.

import type { ComparisonRow } from '../../forms/ConflictComparison';

export interface SettingConflict<F> {
  /** Every field of the form, in its order. */
  fields: readonly F[];
  changedByMe: readonly F[];
  changedByThem: readonly F[];
  /** The same key for the same field (fields may be objects). */
  keyOf(field: F): string;
  /** The field's name and both values, in words. */
  describe(field: F): Pick<ComparisonRow, 'label' | 'mine' | 'theirs'>;
}

export function settingConflictRows<F>({ fields, changedByMe, changedByThem, keyOf, describe }: SettingConflict<F>): ComparisonRow[] {
  const mine = new Set(changedByMe.map(keyOf));
  const theirs = new Set(changedByThem.map(keyOf));
  return fields
    .filter((f) => mine.has(keyOf(f)) || theirs.has(keyOf(f)))
    .map((f) => ({ key: keyOf(f), ...describe(f), changedByMe: mine.has(keyOf(f)), changedByThem: theirs.has(keyOf(f)) }));
}
