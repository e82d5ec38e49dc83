// The progress report's review workflow: draft → submitted → accepted | returned; a returned
// report is edited and submitted again. Like the work plan's (workflow.ts): the submitter
// never accepts or returns her own report, a return says why, and nothing of a closed period
// changes any more.

import { ForbiddenError, StateError, ValidationError } from './errors';
import type { RecordPatch } from './model';
import type { Period, ProgressReport, ReportStatus } from './monitoring';
import { hasVisibleText } from './visible-text';

export const REPORT_ACTIONS = ['submit', 'accept', 'return'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const RULES: Readonly<Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus }>> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
};

/** The narrative and lines may be changed only while the office holds the report. */
export const EDITABLE_REPORT_STATUSES: readonly ReportStatus[] = ['draft', 'returned'];

export function canTransitionReport(status: ReportStatus, action: ReportAction): boolean {
  return RULES[action].from.includes(status);
}

/** A StateError once the period is closed: its reports and figures are frozen. */
export function assertPeriodOpen(period: Pick<Period, 'status' | 'label'>): void {
  if (period.status === 'closed') throw new StateError(`The period ${period.label} is closed; its reports can no longer change.`);
}

/** A StateError unless the report may be edited now (its period open, the office holding it). */
export function assertReportEditable(report: Pick<ProgressReport, 'status'>, period: Pick<Period, 'status' | 'label'>): void {
  assertPeriodOpen(period);
  if (!EDITABLE_REPORT_STATUSES.includes(report.status)) {
    throw new StateError(`A ${report.status} report cannot be edited; only a ${EDITABLE_REPORT_STATUSES.join(' or ')} one can.`);
  }
}

/** The person who last submitted the report. */
export function reportSubmitter(report: Pick<ProgressReport, 'transitions'>): string | undefined {
  return report.transitions.findLast((t) => t.to === 'submitted')?.by;
}

export interface ReportTransitionRequest {
  by: string;
  at: string;
  comment?: string | null;
}

/**
 * The change that applies `action` to `report` in `period`: StateError when the workflow or
 * the closed period forbids it, ForbiddenError when the reviewer submitted the report herself
 * (whatever roles she holds), ValidationError for a return without a visible comment.
 */
export function transitionReport(
  report: ProgressReport,
  period: Pick<Period, 'status' | 'label'>,
  action: ReportAction,
  request: ReportTransitionRequest,
): RecordPatch<'report'> {
  const { by, at } = request;
  const comment = request.comment ?? null;
  assertPeriodOpen(period);
  const rule = RULES[action];
  if (!rule.from.includes(report.status)) {
    throw new StateError(`A ${report.status} report cannot be ${pastTense(action)}; only a ${rule.from.join(' or ')} report can.`);
  }
  if (action !== 'submit' && samePerson(reportSubmitter(report), by)) {
    throw new ForbiddenError(
      `You submitted this report, so another member of the Gender Unit ${action === 'accept' ? 'accepts' : 'returns'} it (separation of duties).`,
    );
  }
  if (action === 'return' && !hasVisibleText(comment)) {
    throw new ValidationError('A returned report needs a comment for the office', [
      { field: 'comment', code: 'required', message: 'is required when returning a report' },
    ]);
  }
  const transitions = [...report.transitions, { from: report.status, to: rule.to, by, at, comment }];
  if (action === 'submit') return { status: rule.to, transitions, submittedBy: by, submittedAt: at };
  return { status: rule.to, transitions, decidedBy: by, decidedAt: at, returnComment: action === 'return' ? comment : report.returnComment };
}

function samePerson(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

function pastTense(action: ReportAction): string {
  return { submit: 'submitted', accept: 'accepted', return: 'returned' }[action];
}
