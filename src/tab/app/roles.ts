// What the signed-in user may do, as the tab shows it: the server's own permission table
// (src/domain/permissions.ts) read over what GET /api/me says. The tab only hides what the
// server would refuse; every function here decides through `mayDo`.

import { may, mayAnywhere, mayDecideOnPlan, type Action, type PermissionObject, type PermissionSubject } from '../../domain/permissions';
import { EDITABLE_REPORT_STATUSES, reportSubmitter } from '../../domain/report-workflow';
import { EDITABLE_PLAN_STATUSES, REPORTABLE_PLAN_STATUSES } from '../../domain/workflow';
import type { Me, PlanStatus, ReportView, WorkPlan } from '../../contract';

/** The person as the permission table sees her, from GET /api/me. */
export const permissionSubject = (me: Me): PermissionSubject => ({
  email: me.user.email,
  roles: me.roles,
  focalOfficeIds: me.offices.map((o) => o.id),
  ownsTargets: me.ownsTargets,
});

/** THE tab's decision: the table's, for this user, on this thing (the department when none is given). */
export const mayDo = (me: Me, action: Action, object?: PermissionObject) => may(permissionSubject(me), action, object);

/** Whether the user may take the action anywhere at all: what decides whether a view is offered. */
export const mayDoAnywhere = (me: Me, action: Action) => mayAnywhere(permissionSubject(me), action);

/** A relation, not a permission: sorts her own offices first and says why a plan is read-only. */
export const isFocalPointOf = (me: Me, officeId: string) => me.offices.some((o) => o.id === officeId);

/** The review view: for those who endorse and return plans. */
export const mayReview = (me: Me) => mayDoAnywhere(me, 'decide-plan');
/** The settings view (the reminder policy). */
export const mayManageReminders = (me: Me) => mayDoAnywhere(me, 'manage-reminder-policy');
/** Whether the tab offers the export view at all: the Gender Unit, and focal points for their offices. */
export const mayExport = (me: Me) => mayDoAnywhere(me, 'export');
/** Exporting the whole department (no office) or one office, given by id. */
export const mayExportScope = (me: Me, officeId?: string) => mayDo(me, 'export', { officeId });

/** Endorse or return: whom the table lets decide, except the person who submitted the plan. */
export const mayDecide = (me: Me, plan: Pick<WorkPlan, 'history'> & { officeId?: string }) => mayDecideOnPlan(permissionSubject(me), plan);
/** A reviewer looking at a plan she submitted herself (as its focal point). */
export const submittedByMe = (me: Me, plan: Pick<WorkPlan, 'history'> & { officeId?: string }) =>
  mayDo(me, 'decide-plan', { officeId: plan.officeId }) && !mayDecide(me, plan);

/** Objectives, activities and targets change only in the office's own draft or returned plan. */
export function mayEditPlan(me: Me, plan: { officeId: string; status: PlanStatus }): boolean {
  return mayDo(me, 'edit-plan', { officeId: plan.officeId }) && EDITABLE_PLAN_STATUSES.includes(plan.status);
}

/** Check-ins: the target's owner or the office's focal point, on any plan that is not archived. */
export function mayCheckIn(me: Me, target: { owner: string }, officeId: string, planStatus: PlanStatus): boolean {
  return mayDo(me, 'check-in', { officeId, owner: target.owner }) && REPORTABLE_PLAN_STATUSES.includes(planStatus);
}

/** The Gender Unit's queue of progress reports to accept or return. */
export const mayReviewReports = (me: Me) => mayDoAnywhere(me, 'review-report');
/** The periods view: creating cycles and closing periods. */
export const mayManagePeriods = (me: Me) => mayDoAnywhere(me, 'create-cycle') || mayDoAnywhere(me, 'close-period');
export const mayCreateCycle = (me: Me) => mayDo(me, 'create-cycle');
export const mayClosePeriod = (me: Me) => mayDo(me, 'close-period');
/** Starting an office's report for a period: its focal points. */
export const mayStartReport = (me: Me, officeId: string) => mayDo(me, 'draft-report', { officeId });

/** The narrative and lines change only in the office's own draft or returned report of an open period. */
export function mayEditReport(me: Me, view: Pick<ReportView, 'report' | 'period'>): boolean {
  return (
    mayDo(me, 'draft-report', { officeId: view.report.officeId }) && EDITABLE_REPORT_STATUSES.includes(view.report.status) && view.period.status === 'open'
  );
}

export function maySubmitReport(me: Me, view: Pick<ReportView, 'report' | 'period'>): boolean {
  return (
    mayDo(me, 'submit-report', { officeId: view.report.officeId }) && EDITABLE_REPORT_STATUSES.includes(view.report.status) && view.period.status === 'open'
  );
}

/** Accept or return: whom the table lets review, never the person who submitted the report. */
export function mayDecideReport(me: Me, view: Pick<ReportView, 'report' | 'period'>): boolean {
  const submitter = reportSubmitter(view.report);
  const own = submitter !== undefined && submitter.toLowerCase() === me.user.email.toLowerCase();
  return mayDo(me, 'review-report', { officeId: view.report.officeId }) && view.report.status === 'submitted' && view.period.status === 'open' && !own;
}
