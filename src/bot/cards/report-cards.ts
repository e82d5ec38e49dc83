// What the bot says about an office's progress report for a period: the reminders (due soon,
// late, waiting for review), the answer to "report status" and to "what is due this period".
// Report cards carry an "Open the report" button into the tab's Reporting view; statuses read
// as words, people by name.

import { AdaptiveCard, Fact, FactSet, OpenUrlAction, TextBlock } from '@microsoft/teams.cards';
import type { TargetSummary } from '../../contract/targets';
import { TARGET_STATUS_LABELS } from '../../domain/catalogues';
import type { Office } from '../../domain/model';
import type { Period, ReportStatus } from '../../domain/monitoring';
import { nameOf, NO_NAMES } from '../../domain/people';
import { REPORT_STATUS_LABELS } from '../../domain/report-status-labels';
import type { ReminderFacts } from '../../reminders/outbox';
import type { ReportReminder } from '../../reminders/reminder';
import { tabDeepLink, type TabItem, type TabLinkSettings } from '../deep-links';
import { plural } from './target-card';

/**
 * Where "Open the report" leads: the report itself, or the office's reporting page for the
 * period before it exists; for the Gender Unit's review, the report in its review queue.
 */
export function openReportAction(
  links: TabLinkSettings,
  report: { reportId: string | null; periodId: string; officeCode: string },
  forReview = false,
): OpenUrlAction {
  const item: TabItem = forReview && report.reportId ? { kind: 'report-review', reportId: report.reportId } : { kind: 'report', ...report };
  return new OpenUrlAction(tabDeepLink(links, item), { title: 'Open the report' });
}

export function reportReminderCard(r: ReportReminder, facts: ReminderFacts, links: TabLinkSettings): AdaptiveCard {
  const code = facts.office?.code ?? '';
  const label = facts.period?.label ?? r.periodId;
  const status = facts.report ? REPORT_STATUS_LABELS[facts.report.status] : 'Not started';
  const { title, text } = reportNotice(r, facts, code, label);
  const lines = [
    new Fact('Office', facts.office ? `${facts.office.name} (${code})` : code),
    new Fact('Period', label),
    new Fact('Report due', r.dueDate),
    new Fact('Status', status),
  ];
  if (facts.report?.status === 'returned' && facts.report.returnComment) lines.push(new Fact('Gender Unit comment', facts.report.returnComment));
  return new AdaptiveCard(
    new TextBlock(title, { weight: 'Bolder', size: 'Medium', wrap: true, color: r.kind === 'report-late' ? 'Attention' : 'Default' }),
    new TextBlock(text, { wrap: true }),
    new FactSet(...lines),
  ).withActions(openReportAction(links, { reportId: r.reportId, periodId: r.periodId, officeCode: code }, r.kind === 'report-review'));
}

function reportNotice(r: ReportReminder, facts: ReminderFacts, code: string, label: string): { title: string; text: string } {
  switch (r.kind) {
    case 'report-due':
      return {
        title: `${code}'s report for ${label} is due on ${r.dueDate}`,
        text: 'Please complete the progress report for the period and submit it to the Gender Unit.',
      };
    case 'report-late':
      return r.escalated
        ? {
            title: `For the Gender Unit: ${code}'s report for ${label} is ${plural(r.daysOverdue, 'day')} late`,
            text: `It was due on ${r.dueDate} and has not been submitted; the office's focal points were reminded.`,
          }
        : {
            title: `${code}'s report for ${label} is ${plural(r.daysOverdue, 'day')} late`,
            text: `It was due on ${r.dueDate}. Please submit it to the Gender Unit as soon as you can.`,
          };
    case 'report-review': {
      const by = facts.report?.submittedBy ? ` by ${nameOf(facts.names ?? NO_NAMES, facts.report.submittedBy)}` : '';
      return {
        title: `Waiting for review: ${code}'s report for ${label}`,
        text: `Submitted${by} on ${facts.report?.submittedAt?.slice(0, 10) ?? 'an earlier day'}; it still waits for the Gender Unit to accept or return it.`,
      };
    }
  }
}

/** Where an office's report stands: null before the office has begun it. */
export interface ReportStanding {
  report: { id: string; status: ReportStatus; returnComment: string | null } | null;
  /** Lines with a figure or a comment, of all the report's lines (or the plan's targets before it exists). */
  filled: number;
  total: number;
  /** The due date has passed (a report not handed in by now is late). */
  late: boolean;
}

export interface ReportStatusFacts {
  office: Pick<Office, 'code' | 'name'>;
  period: Pick<Period, 'id' | 'label' | 'reportDue'>;
  standing: ReportStanding;
}

/** "report status": the office's report for the period, with a button to open it. */
export function reportStatusCard({ office, period, standing }: ReportStatusFacts, links: TabLinkSettings): AdaptiveCard {
  const { report } = standing;
  const status = report ? REPORT_STATUS_LABELS[report.status] : 'Not started';
  const handedIn = report?.status === 'submitted' || report?.status === 'accepted';
  const due = `${period.reportDue}${standing.late && !handedIn ? ' (late)' : ''}`;
  const lines = [
    new Fact('Status', status),
    new Fact('Lines filled', report ? `${standing.filled} of ${standing.total}` : `none yet (${plural(standing.total, 'target')} to report on)`),
    new Fact('Due', due),
  ];
  if (report?.status === 'returned' && report.returnComment) lines.push(new Fact('Gender Unit comment', report.returnComment));
  return new AdaptiveCard(
    new TextBlock(`${office.code}: progress report for ${period.label}`, { weight: 'Bolder', size: 'Medium', wrap: true }),
    new TextBlock(office.name, { isSubtle: true, wrap: true, spacing: 'None' }),
    new FactSet(...lines),
  ).withActions(openReportAction(links, { reportId: report?.id ?? null, periodId: period.id, officeCode: office.code }));
}

export interface DueThisPeriod {
  target: TargetSummary;
  period: Pick<Period, 'id' | 'label' | 'end'>;
  milestone: number | null;
  dueInPeriod: boolean;
}

/** "what is due this period": each target with what it must reach, and by when. */
export function dueThisPeriodCard(due: readonly DueThisPeriod[], periodLabels: readonly string[], links: TabLinkSettings): AdaptiveCard {
  if (due.length === 0) {
    return new AdaptiveCard(new TextBlock('None of your open targets has a milestone or a due date in this period.', { wrap: true })).withActions(
      new OpenUrlAction(tabDeepLink(links, { kind: 'view', view: 'targets' }), { title: 'Open my targets' }),
    );
  }
  const rows = due.slice(0, DUE_LIST_LIMIT).map(({ target: t, period, milestone, dueInPeriod }) => {
    const unit = t.unit ? ` ${t.unit}` : '';
    const what = [
      milestone !== null ? `milestone ${milestone}${unit} by ${period.end}` : null,
      dueInPeriod ? `due ${t.dueDate} (target ${t.targetValue ?? '—'}${unit})` : null,
    ];
    return new Fact(`${t.officeCode} ${t.ref}`, `${t.description}: ${what.filter((w) => w !== null).join('; ')} · ${TARGET_STATUS_LABELS[t.status]}`);
  });
  const more = due.length > rows.length ? [new TextBlock(`…and ${due.length - rows.length} more in the tab.`, { isSubtle: true, wrap: true })] : [];
  return new AdaptiveCard(
    new TextBlock(`Due this period (${periodLabels.join(', ')}): ${plural(due.length, 'target')}`, { weight: 'Bolder', size: 'Medium', wrap: true }),
    new FactSet(...rows),
    ...more,
  ).withActions(new OpenUrlAction(tabDeepLink(links, { kind: 'view', view: 'targets' }), { title: 'Open my targets' }));
}

const DUE_LIST_LIMIT = 15;
