// Searching the plan: the outline is virtualised, so the browser's own find cannot see rows
// that are off screen. The search keeps the matching targets (by words, status, owner and
// overdue), and the objectives and activities that match by themselves, each with the
// objective and activity above it so that a row is never shown out of its place.

import type { PlanRow } from './plan-rows';

export interface PlanSearch {
  /** Words that must all appear (any case, any accents) in the item's text, reference or owner. */
  text: string;
  /** A target status, or '' for any. */
  status: string;
  /** An owner's e-mail, or '' for anyone. */
  owner: string;
  overdueOnly: boolean;
}

export const NO_SEARCH: PlanSearch = { text: '', status: '', owner: '', overdueOnly: false };

export function isSearching(search: PlanSearch): boolean {
  return search.text.trim() !== '' || search.status !== '' || search.owner !== '' || search.overdueOnly;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words a row can be found by; `nameOf` gives owners' display names and `labels` the objective's tags in words. */
export function searchableText(row: PlanRow, nameOf: (email: string | null | undefined) => string, labels: (row: PlanRow) => string[] = () => []): string {
  const parts =
    row.kind === 'objective'
      ? [row.objective.ref, row.objective.title, ...labels(row)]
      : row.kind === 'activity'
        ? [row.activity.ref, row.activity.title, row.activity.resources, row.activity.owner, nameOf(row.activity.owner)]
        : [
            row.target.ref,
            row.target.description,
            row.target.indicator,
            row.target.unit,
            row.target.meansOfVerification,
            row.target.owner,
            nameOf(row.target.owner),
          ];
  return fold(parts.filter(Boolean).join(' '));
}

/** The rows to show for a search, in outline order, and how many targets match of how many. */
export function filterPlanRows(
  rows: readonly PlanRow[],
  search: PlanSearch,
  textOf: (row: PlanRow) => string,
): { rows: PlanRow[]; matchingTargets: number; targets: number } {
  const targets = rows.filter((r) => r.kind === 'target').length;
  if (!isSearching(search)) return { rows: [...rows], matchingTargets: targets, targets };
  const words = fold(search.text).split(/\s+/).filter(Boolean);
  const targetOnly = search.status !== '' || search.overdueOnly;
  const owner = search.owner.toLowerCase();
  const matches = (row: PlanRow): boolean => {
    if (row.kind === 'target') {
      if (search.status && row.target.status !== search.status) return false;
      if (search.overdueOnly && !row.target.overdue) return false;
      if (owner && row.target.owner.toLowerCase() !== owner) return false;
    } else if (targetOnly) return false;
    else if (owner && (row.kind === 'objective' || row.activity.owner?.toLowerCase() !== owner)) return false;
    const text = textOf(row);
    return words.every((w) => text.includes(w));
  };

  const shown: PlanRow[] = [];
  const added = new Set<PlanRow>();
  const add = (row: PlanRow) => {
    if (added.has(row)) return;
    added.add(row);
    shown.push(row);
  };
  let matchingTargets = 0;
  let objective: PlanRow | undefined;
  let activity: PlanRow | undefined;
  // Ancestors are added once, just before the first of their rows that is shown.
  const showWithAncestors = (row: PlanRow) => {
    if (objective) add(objective);
    if (row.kind === 'target' && activity) add(activity);
    add(row);
  };
  for (const row of rows) {
    if (row.kind === 'objective') {
      objective = row;
      activity = undefined;
    } else if (row.kind === 'activity') activity = row;
    if (!matches(row)) continue;
    if (row.kind === 'target') matchingTargets += 1;
    showWithAncestors(row);
  }
  return { rows: shown, matchingTargets, targets };
}
