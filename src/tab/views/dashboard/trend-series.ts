// The figures the trend charts draw, per period of a cycle, all from GET /api/trends: the
// department's or one office's (`?office=CODE`) targets by status and overdue, and each office's
// milestones from the department's answer. Closed periods come from their snapshots, the open
// one is computed live.

import type { PeriodSummary, TargetStatus, Trends } from '../../../contract';

/** One period's point: targets by status, overdue and milestones; `live` while the period is open. */
export interface TrendPoint {
  periodId: string;
  label: string;
  live: boolean;
  byStatus: Record<TargetStatus, number>;
  overdue: number;
  targets: number;
  milestonesMet: number;
  milestonesDue: number;
}

/** One office's milestones in one period. */
export interface OfficeMilestones {
  officeCode: string;
  officeName: string;
  periodId: string;
  label: string;
  live: boolean;
  met: number;
  due: number;
}

/** The series of a trends answer (the department's, or an office's), in the order of the periods. */
export function trendPoints(trends: Trends): TrendPoint[] {
  return trends.periods.map((p) => ({
    periodId: p.periodId,
    label: p.label,
    live: p.source === 'live',
    byStatus: {
      'not-started': p.targets.notStarted,
      'on-track': p.targets.onTrack,
      'at-risk': p.targets.atRisk,
      'off-track': p.targets.offTrack,
      achieved: p.targets.achieved,
      dropped: p.targets.dropped,
    },
    overdue: p.targets.overdue,
    targets: p.targets.total,
    milestonesMet: p.milestones.met,
    milestonesDue: p.milestones.due,
  }));
}

/** Every office's milestones in every period, period by period, offices by code. */
export function milestonesByOffice(trends: Trends): OfficeMilestones[] {
  return trends.periods.flatMap((p) =>
    p.offices.map((o) => ({
      officeCode: o.code,
      officeName: o.name,
      periodId: p.periodId,
      label: p.label,
      live: p.source === 'live',
      met: o.milestones.met,
      due: o.milestones.due,
    })),
  );
}

/** The offices expected to report in any period, by code, each once, with its name. */
export function officesOf(trends: Trends): { code: string; name: string }[] {
  const offices = new Map<string, string>();
  for (const p of trends.periods) for (const o of p.offices) offices.set(o.code, o.name);
  return [...offices.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}

/** The periods with figures to show (rated, reported): the closed ones and the first open one (later ones have nothing yet), newest first. */
export function ratablePeriods<P extends Pick<PeriodSummary, 'start' | 'status'>>(periods: readonly P[]): P[] {
  const ordered = [...periods].sort((a, b) => a.start.localeCompare(b.start));
  const firstOpen = ordered.findIndex((p) => p.status === 'open');
  return (firstOpen === -1 ? ordered : ordered.slice(0, firstOpen + 1)).reverse();
}

/** The share met (0–100), null when no milestone was due. */
export const shareMet = (met: number, due: number): number | null => (due > 0 ? (100 * met) / due : null);
