// The server's reading of the permission table (src/domain/permissions.ts): every service
// refuses through `requirePermission`, with a reason the person can act on. The HTTP API, the
// bot and the CLI all reach the data through the services, so a rule enforced here is
// enforced everywhere.

import { ForbiddenError } from '../domain/errors';
import { may, type Action, type PermissionObject, type PermissionSubject } from '../domain/permissions';
import type { Actor } from './identity';

/** Why a refused person was refused, per action (the export and import services name the office). */
const REFUSALS: Readonly<Record<Action, string>> = {
  read: 'You have no role in the action plan; ask the Gender Unit for access.',
  'read-people': 'You have no role in the action plan; ask the Gender Unit for access.',
  'read-audit': 'Only the Gender Unit, administrators and focal points read the audit trail.',
  'manage-offices': 'Only the Gender Unit or an administrator manages offices.',
  'create-plan': "Only the office's focal point or the Gender Unit can start its work plan.",
  'edit-plan': "Only the office's focal point can change its work plan.",
  'submit-plan': "Only the office's focal point can change its work plan.",
  'decide-plan': 'Only the Gender Unit reviews, endorses, returns and archives plans.',
  'amend-plan': "Only the office's focal point or the Gender Unit can amend its endorsed work plan.",
  'check-in': "Only the target's owner or the office's focal point can report progress on it.",
  export: 'Only the Gender Unit exports the Departmental Action Plan; a focal point can export their own office with office=CODE.',
  'save-export': 'Only the Gender Unit saves the Departmental Action Plan to the document library.',
  import: "Only an office's focal point (or an administrator) imports work plans.",
  'manage-reminder-policy': 'Only the Gender Unit reads and sets the reminder policy.',
  'follow-up-reminders': 'Only the Gender Unit or an administrator follows up undelivered reminders.',
  'create-cycle': 'Only the Gender Unit or an administrator creates reporting cycles.',
  'close-period': 'Only the Gender Unit closes reporting periods.',
  'read-reports': 'You have no role in the action plan; ask the Gender Unit for access.',
  'draft-report': "Only the office's focal point can write its progress report.",
  'submit-report': "Only the office's focal point can submit its progress report.",
  'review-report': 'Only the Gender Unit accepts and returns progress reports.',
  'read-scorecards': 'You have no role in the action plan; ask the Gender Unit for access.',
  'rate-offices': 'Only the Gender Unit sets the scorecard criteria, overrides ratings and opens remedial actions.',
  'update-remedial-action': "Only the Gender Unit or the office's focal points change its remedial actions.",
  'manage-process':
    "Only the Gender Unit or the office's focal point records its findings and workshop; department-wide findings and the pilot are the Gender Unit's.",
};

/** Throws ForbiddenError unless the table lets the actor take the action on the thing (the department when none is given). */
export function requirePermission(actor: PermissionSubject, action: Action, object: PermissionObject = {}, reason: string = REFUSALS[action]): void {
  if (!may(actor, action, object)) throw new ForbiddenError(reason);
}

/** Audit trail: everything where the table allows it department-wide, else the offices where it allows it. */
export function auditScope(actor: Actor): { all: true } | { officeIds: readonly string[] } {
  if (may(actor, 'read-audit')) return { all: true };
  const officeIds = actor.focalOfficeIds.filter((officeId) => may(actor, 'read-audit', { officeId }));
  if (officeIds.length > 0) return { officeIds };
  throw new ForbiddenError(REFUSALS['read-audit']);
}
