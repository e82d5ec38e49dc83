// What the signed-in user may do, as the tab shows it. The server enforces the same rules
// (src/services/access.ts); the tab only hides what would be refused.

import type { Me, PlanStatus } from '../api/api-types';

export const isGenderUnit = (me: Me) => me.roles.includes('gender-unit');
export const mayExport = (me: Me) => me.roles.some((r) => r === 'gender-unit' || r === 'admin' || r === 'viewer');
export const isFocalPointOf = (me: Me, officeId: string) => me.offices.some((o) => o.id === officeId);

const EDITABLE: readonly PlanStatus[] = ['draft', 'returned'];

/** Objectives, activities and targets change only in the office's own draft or returned plan. */
export function mayEditPlan(me: Me, plan: { officeId: string; status: PlanStatus }): boolean {
  return isFocalPointOf(me, plan.officeId) && EDITABLE.includes(plan.status);
}

/** Check-ins: the target's owner or the office's focal point, on any plan that is not archived. */
export function mayCheckIn(me: Me, target: { owner: string }, officeId: string, planStatus: PlanStatus): boolean {
  return planStatus !== 'archived' && (target.owner === me.user.email || isFocalPointOf(me, officeId));
}
