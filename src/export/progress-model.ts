// The periodic progress report's content, worked out once for the Word document and the Excel
// workbook alike: the period and the ones before it in the cycle, the department's (or the
// office's) figures per period, what changed since the previous period, each office's narrative
// from its accepted report, its scorecard (progress-scorecard.ts) and every target's figures per
// period. Pure: the service reads the store (closed periods: their snapshots only) and hands the
// rows in.

import type { ScorecardView } from '../contract/scorecard';
import type { TargetStatus } from '../domain/catalogues';
import type { Office, Target } from '../domain/model';
import type { Period, ProgressReport, ReportLine, SnapshotCounts, SnapshotRow } from '../domain/monitoring';
import type { CriterionId } from '../domain/scorecard-criteria';
import { changeSince, isSexDisaggregated, reportTimeliness, type ReportTimeliness } from '../domain/monitoring-derive';
import { officeScorecard, ratedCriteria, type OfficeScorecard } from './progress-scorecard';

/** One period's rows, from its snapshot (closed) or as a close would freeze them now (open). */
export interface PeriodRows {
  period: Period;
  source: 'snapshot' | 'live';
  rows: readonly SnapshotRow[];
}

export interface ProgressInput {
  /** The periods of the cycle up to and including the reported one, oldest first, with their rows. */
  periods: readonly PeriodRows[];
  offices: readonly Office[];
  /** The cycle's targets by id, for their refs, descriptions and units (figures never come from here). */
  targets: ReadonlyMap<string, Target>;
  /** The reported period's reports, with their lines. */
  reports: readonly { report: ProgressReport; lines: readonly ReportLine[] }[];
  /** Only this office (office=CODE). */
  officeId?: string;
  /** Display names by lower-case e-mail, for who submitted and who accepted each report. */
  names: ReadonlyMap<string, string>;
  /** The offices' scorecards of the reported period (stored for a closed one), as the API sends them. */
  scorecards: readonly ScorecardView[];
  today: string;
}

/** One target's figures in one period: a row of the annex and of the Targets sheet. */
export interface TargetPeriodLine {
  officeCode: string;
  ref: string;
  description: string;
  unit: string | null;
  period: string;
  milestone: number | null;
  milestoneMet: boolean | null;
  value: number | null;
  /** Null where the target is not sex-disaggregated. */
  women: number | null;
  men: number | null;
  status: TargetStatus | null;
  overdue: boolean;
  comment: string | null;
}

/** What changed since the previous period, over the targets in scope. */
export interface PeriodChanges {
  achievedThisPeriod: number;
  newlyOverdue: number;
  statusMoves: number;
  /** The moves by from → to, most frequent first. */
  moves: { from: TargetStatus | null; to: TargetStatus | null; count: number }[];
}

export interface OfficeProgress {
  office: Office;
  counts: SnapshotCounts | null;
  /** The office's report for the period, if any, and whether it came in on time. */
  report: ProgressReport | null;
  timeliness: ReportTimeliness;
  /** Who submitted and who decided on the report, by display name (the e-mail where none is known). */
  submittedBy: string | null;
  decidedBy: string | null;
  /** The targets' lines of the reported period, by ref. */
  lines: TargetPeriodLine[];
  /** Its ratings and remedial actions; null where the office has no scorecard for the period. */
  scorecard: OfficeScorecard | null;
}

export interface ProgressModel {
  period: Period;
  source: PeriodRows['source'];
  previous: Period | null;
  /** The office the report is limited to, if any. */
  office: Office | null;
  draft: boolean;
  /** Per period, oldest first: the department's (or the office's) counts. */
  trend: { period: Period; counts: SnapshotCounts }[];
  current: SnapshotCounts;
  before: SnapshotCounts | null;
  changes: PeriodChanges;
  offices: OfficeProgress[];
  /** The criteria the offices are rated by, in order: the columns of the Scorecard sheet. */
  criteria: { id: CriterionId; label: string }[];
  /** Every target's figures in every period, by office, ref, then period. */
  annex: TargetPeriodLine[];
}

export function progressModel(input: ProgressInput): ProgressModel {
  const latest = input.periods.at(-1);
  if (!latest) throw new Error('A progress report needs its period.');
  const earlier = input.periods.at(-2) ?? null;
  const officeById = new Map(input.offices.map((o) => [o.id, o]));
  const inScope = (row: SnapshotRow) => input.officeId === undefined || row.officeId === input.officeId;
  const comments = new Map(input.reports.filter((r) => r.report.status === 'accepted').flatMap((r) => r.lines.map((l) => [l.targetId, l.comment] as const)));

  const lineOf = (p: Period, row: SnapshotRow, comment: string | null): TargetPeriodLine => {
    const target = input.targets.get(row.key);
    const sex = target ? isSexDisaggregated(target) : false;
    return {
      officeCode: (row.officeId && officeById.get(row.officeId)?.code) || '',
      ref: target?.ref ?? '',
      description: target?.description ?? 'A target no longer in the plan',
      unit: target?.unit ?? null,
      period: p.label,
      milestone: row.milestone,
      milestoneMet: row.milestoneMet,
      value: row.value,
      women: sex ? row.women : null,
      men: sex ? row.men : null,
      status: row.status,
      overdue: row.overdue,
      comment,
    };
  };
  const targetRows = (p: PeriodRows) => p.rows.filter((r) => r.scope === 'target' && inScope(r));
  const countsOf = (p: PeriodRows): SnapshotCounts | null => {
    const key = input.officeId ?? 'department';
    return p.rows.find((r) => (input.officeId ? r.scope === 'office' : r.scope === 'department') && r.key === key)?.counts ?? null;
  };

  const annex = input.periods
    .flatMap((p) => targetRows(p).map((row) => lineOf(p.period, row, p === latest ? (comments.get(row.key) ?? null) : null)))
    .sort(byOfficeRefPeriod(input.periods.map((p) => p.period.label)));
  const currentLines = annex.filter((l) => l.period === latest.period.label);

  const officeRows = latest.rows.filter((r) => r.scope === 'office' && inScope(r));
  const reportOf = new Map(input.reports.map((r) => [r.report.officeId, r.report]));
  const cardOf = new Map(input.scorecards.map((card) => [card.office.id, officeScorecard(card)]));
  const offices = officeRows
    .flatMap((row) => {
      const office = officeById.get(row.key);
      if (!office) return [];
      const report = reportOf.get(office.id) ?? null;
      const timeliness = reportTimeliness(report ?? undefined, latest.period, input.today);
      const nameOf = (email: string | null | undefined) => (email ? (input.names.get(email.toLowerCase()) ?? email) : null);
      const lines = currentLines.filter((l) => l.officeCode === office.code);
      const scorecard = cardOf.get(office.id) ?? null;
      return [
        { office, counts: row.counts, report, timeliness, submittedBy: nameOf(report?.submittedBy), decidedBy: nameOf(report?.decidedBy), lines, scorecard },
      ];
    })
    .sort((a, b) => a.office.code.localeCompare(b.office.code));

  const draft = latest.period.status === 'open' || offices.some((o) => o.report !== null && o.report.status !== 'accepted');
  return {
    period: latest.period,
    source: latest.source,
    previous: earlier?.period ?? null,
    office: input.officeId ? (officeById.get(input.officeId) ?? null) : null,
    draft,
    trend: input.periods.flatMap((p) => {
      const counts = countsOf(p);
      return counts ? [{ period: p.period, counts }] : [];
    }),
    current: countsOf(latest) ?? emptyCounts(),
    before: earlier ? countsOf(earlier) : null,
    changes: changesBetween(targetRows(latest), earlier ? targetRows(earlier) : []),
    offices,
    criteria: ratedCriteria(offices.flatMap((o) => (o.scorecard ? [o.scorecard] : []))),
    annex,
  };
}

/** Achieved this period, newly overdue and status moves: each target against its row of the period before. */
export function changesBetween(current: readonly SnapshotRow[], previous: readonly SnapshotRow[]): PeriodChanges {
  const before = new Map(previous.map((r) => [r.key, r]));
  const moves = new Map<string, PeriodChanges['moves'][number]>();
  let achievedThisPeriod = 0;
  let newlyOverdue = 0;
  for (const row of current) {
    const prior = before.get(row.key);
    if (row.status === 'achieved' && prior?.status !== 'achieved') achievedThisPeriod += 1;
    if (row.overdue && !prior?.overdue) newlyOverdue += 1;
    const change = changeSince(row, prior);
    if (!change.statusChanged) continue;
    const key = `${change.statusFrom}>${change.statusTo}`;
    const move = moves.get(key) ?? { from: change.statusFrom, to: change.statusTo, count: 0 };
    move.count += 1;
    moves.set(key, move);
  }
  const list = [...moves.values()].sort((a, b) => b.count - a.count || `${a.from}${a.to}`.localeCompare(`${b.from}${b.to}`));
  return { achievedThisPeriod, newlyOverdue, statusMoves: list.reduce((n, m) => n + m.count, 0), moves: list };
}

// Collators made once: localeCompare with options builds one on every call, which made sorting
// the annex (80,000 lines for 10,000 targets in 8 periods) take seconds (bench/progress-report-export.ts).
const TEXT_ORDER = new Intl.Collator();
const REF_ORDER = new Intl.Collator(undefined, { numeric: true });

function byOfficeRefPeriod(order: readonly string[]) {
  const rank = new Map(order.map((label, i) => [label, i]));
  return (a: TargetPeriodLine, b: TargetPeriodLine) =>
    TEXT_ORDER.compare(a.officeCode, b.officeCode) ||
    REF_ORDER.compare(a.ref, b.ref) ||
    TEXT_ORDER.compare(a.description, b.description) ||
    (rank.get(a.period) ?? 0) - (rank.get(b.period) ?? 0);
}

export function emptyCounts(): SnapshotCounts {
  const byStatus: Record<TargetStatus, number> = { 'not-started': 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, achieved: 0, dropped: 0 };
  return { targets: 0, byStatus, overdue: 0, milestonesMet: 0, milestonesMissed: 0, reportsOnTime: 0, reportsLate: 0, reportsMissing: 0 };
}

/** The file's title, e.g. "SCR 1325 progress report 2006 Q2 — Police Division". */
export function progressTitle(model: Pick<ProgressModel, 'period' | 'office'>): string {
  return `SCR 1325 progress report ${model.period.label}${model.office ? ` — ${model.office.name}` : ''}`;
}
