// "Overdue over time", estimated from today's targets because the API keeps no daily series:
// a target counted as overdue on day D when its due date had passed by D and it was not yet
// closed; a closed (achieved or dropped) target is taken to have closed on its last check-in.
// Exact history needs the check-in trail per target (see the report for the endpoint field).

import { addDays } from '../../../domain/dates';
import type { TargetSummary } from '../../../contract';

export interface OverduePoint {
  date: string;
  overdue: number;
}

const CLOSED = new Set(['achieved', 'dropped']);

export function overdueHistory(targets: readonly Pick<TargetSummary, 'dueDate' | 'status' | 'lastCheckInAt'>[], asOf: string, weeks = 26): OverduePoint[] {
  const points: OverduePoint[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const day = addDays(asOf, -7 * w);
    let overdue = 0;
    for (const t of targets) {
      if (t.dueDate >= day) continue;
      const closedBy = CLOSED.has(t.status) && (t.lastCheckInAt === null || t.lastCheckInAt.slice(0, 10) <= day);
      if (!closedBy) overdue += 1;
    }
    points.push({ date: day, overdue });
  }
  return points;
}
