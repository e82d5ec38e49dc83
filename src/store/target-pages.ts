// Pages of targets: the one order every adapter keeps (the overdue first, then by due date,
// then by id) and the position a page ends at, from which the next page starts. A position
// is a key, not an offset: a target added or removed meanwhile shifts nothing, and a position
// whose target has gone still says where to resume.

import { isOverdue } from '../domain/derive';
import type { Target } from '../domain/model';

/** Which targets a query of the store returns (PlanStore.queryTargets, and the pages below). */
export interface TargetFilter {
  planIds?: readonly string[];
  owner?: string;
  /** Only targets due strictly before this date. */
  dueBefore?: string;
  /** Only targets that are neither achieved nor dropped. */
  openOnly?: boolean;
}

/** Where a target stands in the order: a page starts strictly after one. */
export interface TargetPosition {
  /** Open and due before the query's day: these come first. */
  overdue: boolean;
  dueDate: string;
  id: string;
}

export interface TargetPageQuery extends TargetFilter {
  /** The day that decides which targets are overdue. */
  today: string;
  /** Only the overdue (true), none of them (false), or all with the overdue first (absent). */
  overdue?: boolean;
  /** At most this many targets (at least 1). */
  limit: number;
  /** Resume strictly after this position. */
  after?: TargetPosition;
}

export interface TargetPage {
  items: Target[];
  /** How many targets match the query across all pages. */
  total: number;
  /** The position of the page's last target when more follow, else null. */
  next: TargetPosition | null;
}

export function positionOf(target: Pick<Target, 'id' | 'dueDate' | 'status'>, today: string): TargetPosition {
  return { overdue: isOverdue(target, today), dueDate: target.dueDate, id: target.id };
}

/** Negative when `a` comes first in the order of pages. */
export function comparePositions(a: TargetPosition, b: TargetPosition): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return compareText(a.dueDate, b.dueDate) || compareText(a.id, b.id);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
