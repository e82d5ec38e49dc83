// Small factories for monitoring records (cycles, periods, reports, lines, snapshot rows), shared
// by the store contract and the tests of the layers above.

import type { NewRecord } from '../../src/domain/model';
import { periodsOf, type Periodicity, type SnapshotRow } from '../../src/domain/monitoring';
import type { Change } from '../../src/store/plan-store';
import { id } from './factories';

/** A cycle and its periods, as one list of create changes. */
export function cycleWithPeriods(code = '2006-2007', periodicity: Periodicity = 'quarterly') {
  const [from, to] = code.split('-');
  const cycle: NewRecord<'cycle'> = { id: code, start: `${from}-01-01`, end: `${to ?? from}-12-31`, periodicity, reportDueDays: 15 };
  const periods: NewRecord<'period'>[] = periodsOf(cycle).map((p) => ({
    ...p,
    status: 'open',
    closedAt: null,
    closedBy: null,
    forced: false,
    missingOffices: [],
    snapshotRows: 0,
    closing: null,
  }));
  const changes: Change[] = [
    { op: 'create', entity: 'cycle', record: cycle },
    ...periods.map((record): Change => ({ op: 'create', entity: 'period', record })),
  ];
  return { cycle, periods, changes };
}

export function progressReport(officeId: string, periodId: string, over: Partial<NewRecord<'report'>> = {}): NewRecord<'report'> {
  return {
    id: id('rep'),
    officeId,
    periodId,
    status: 'draft',
    summary: 'Steady progress',
    achievements: null,
    challenges: null,
    supportNeeded: null,
    nextSteps: null,
    transitions: [],
    createdBy: 'focal@example.org',
    submittedBy: null,
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    returnComment: null,
    ...over,
  };
}

export function reportLine(reportId: string, targetId: string, over: Partial<NewRecord<'reportLine'>> = {}): NewRecord<'reportLine'> {
  return { id: id('line'), reportId, targetId, value: 4, women: 1, men: 3, milestone: 5, status: 'on-track', comment: null, ...over };
}

/** `n` target rows, then one office row and the department row (periodId left to the store). */
export function snapshotRows(n: number, officeId = 'office-1'): Omit<SnapshotRow, 'periodId'>[] {
  const targetRows = Array.from({ length: n }, (_, i): Omit<SnapshotRow, 'periodId'> => ({
    scope: 'target',
    key: `target-${String(i).padStart(5, '0')}`,
    officeId,
    status: i % 3 === 0 ? 'at-risk' : 'on-track',
    value: i,
    milestone: 10,
    milestoneMet: i >= 10,
    overdue: i % 7 === 0,
    daysOverdue: i % 7 === 0 ? 3 : 0,
    women: null,
    men: null,
    counts: null,
  }));
  const counts = {
    targets: n,
    byStatus: { 'not-started': 0, 'on-track': n, 'at-risk': 0, 'off-track': 0, achieved: 0, dropped: 0 },
    overdue: 0,
    milestonesMet: 0,
    milestonesMissed: 0,
    reportsOnTime: 1,
    reportsLate: 0,
    reportsMissing: 0,
  };
  const aggregate = (scope: 'office' | 'department', key: string): Omit<SnapshotRow, 'periodId'> => ({
    scope,
    key,
    officeId: scope === 'office' ? officeId : null,
    status: null,
    value: null,
    milestone: null,
    milestoneMet: null,
    overdue: false,
    daysOverdue: 0,
    women: null,
    men: null,
    counts,
  });
  return [...targetRows, aggregate('office', officeId), aggregate('department', 'department')];
}
