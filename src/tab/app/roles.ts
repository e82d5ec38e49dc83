// What the signed-in user may do, as the tab shows it. The server enforces the same rules
// (src/services/access.ts); the tab only hides what would be refused.

import { mayDecideOnPlan, mayExport as mayExportOf, mayExportAnything, type PermissionSubject } from '../../domain/permissions';
import { submitterOf } from '../../domain/workflow';
import type { Me, PlanStatus, WorkPlan } from '../api/api-types';

export const isGenderUnit = (me: Me) => me.roles.includes('gender-unit');
/** The export rule is the server's own (src/domain/permissions.ts), read over what GET /api/me says. */
export const permissionSubject = (me: Me): PermissionSubject => ({ roles: me.roles, focalOfficeIds: me.offices.map((o) => o.id) });
/** Whether the tab offers the export view at all: the Gender Unit, and focal points for their offices. */
export const mayExport = (me: Me) => mayExportAnything(permissionSubject(me));
/** Exporting the whole department (no office) or one office, given by id. */
export const mayExportScope = (me: Me, officeId?: string) => mayExportOf(permissionSubject(me), officeId);
export const isFocalPointOf = (me: Me, officeId: string) => me.offices.some((o) => o.id === officeId);

/** Endorse or return: the Gender Unit, except the person who submitted the plan. */
export const mayDecide = (me: Me, plan: Pick<WorkPlan, 'history'>) => mayDecideOnPlan(permissionSubject(me), me.user.email, submitterOf(plan));
/** A Gender Unit member looking at a plan she submitted herself (as its focal point). */
export const submittedByMe = (me: Me, plan: Pick<WorkPlan, 'history'>) => isGenderUnit(me) && !mayDecide(me, plan);

const EDITABLE: readonly PlanStatus[] = ['draft', 'returned'];

/** Objectives, activities and targets change only in the office's own draft or returned plan. */
export function mayEditPlan(me: Me, plan: { officeId: string; status: PlanStatus }): boolean {
  return isFocalPointOf(me, plan.officeId) && EDITABLE.includes(plan.status);
}

/** Check-ins: the target's owner or the office's focal point, on any plan that is not archived. */
export function mayCheckIn(me: Me, target: { owner: string }, officeId: string, planStatus: PlanStatus): boolean {
  return planStatus !== 'archived' && (target.owner === me.user.email || isFocalPointOf(me, officeId));
}
