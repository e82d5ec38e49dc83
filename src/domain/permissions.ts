// Who may do what, as ONE table: for every user action, the roles that may take it and the
// scopes in which they may. The services (services/access.ts) and the tab (tab/app/roles.ts)
// decide only through `may`, so the tab offers exactly what the server carries out, and
// docs/api.md shows the same table (a test keeps it in step).

import type { WorkPlan } from './model';
import { PRODUCT_ROLES } from './roles';
import { submitterOf } from './workflow';

/**
 * Who holds a grant: the product roles (from Entra ID app roles), then the relations of a
 * person to the data: focal point of an office, owner of a target, or merely signed in.
 */
export const PERMISSION_ROLES = [...PRODUCT_ROLES, 'focal-point', 'target-owner', 'signed-in'] as const;
export type PermissionRole = (typeof PERMISSION_ROLES)[number];

/**
 * Where an action lands, seen from the person taking it: the department as a whole (no
 * office), an office she is focal point of, any other office, or a target she owns.
 */
export const SCOPES = ['department', 'own-office', 'other-office', 'own-target'] as const;
export type Scope = (typeof SCOPES)[number];

/** Every user action a service guards. */
export const ACTIONS = [
  'read',
  'read-people',
  'read-audit',
  'manage-offices',
  'create-plan',
  'edit-plan',
  'submit-plan',
  'decide-plan',
  'amend-plan',
  'check-in',
  'export',
  'save-export',
  'import',
  'manage-reminder-policy',
  'follow-up-reminders',
  'create-cycle',
  'close-period',
  'read-reports',
  'draft-report',
  'submit-report',
  'review-report',
  'read-scorecards',
  'rate-offices',
  'update-remedial-action',
  'manage-process',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What each action means, in the words of the docs. */
export const ACTION_LABELS: Readonly<Record<Action, string>> = {
  read: 'read offices, plans, targets, check-ins and the dashboard',
  'read-people': 'look people up (people picker, display names)',
  'read-audit': 'read the audit trail',
  'manage-offices': 'create and change offices',
  'create-plan': "start an office's work plan",
  'edit-plan': 'change a work plan, its objectives, activities and targets',
  'submit-plan': 'submit a work plan for review',
  'decide-plan': 'endorse, return or archive a work plan (never one she submitted)',
  'amend-plan': 'open an amendment of an endorsed work plan (a new revision in draft)',
  'check-in': 'post a check-in on a target',
  export: 'export the consolidated plan (xlsx, docx)',
  'save-export': 'file an export in the document library',
  import: 'import a work plan from Excel (and get the template)',
  'manage-reminder-policy': 'read and set the reminder policy',
  'follow-up-reminders': 'list reminders that did not arrive',
  'create-cycle': 'create a reporting cycle and its periods',
  'close-period': 'close a reporting period and freeze its snapshot',
  'read-reports': 'read progress reports, periods, snapshots and trends',
  'draft-report': "start and edit an office's progress report",
  'submit-report': "submit an office's progress report for review",
  'review-report': 'accept or return a progress report (never one she submitted)',
  'read-scorecards': 'read the office scorecards and their remedial actions',
  'rate-offices': 'set the scorecard criteria, override a rating, open a remedial action',
  'update-remedial-action': "change a remedial action (an office's focal points: its steps and status)",
  'manage-process': 'record needs-assessment findings and workshops with their participants (department-wide ones and the pilot: the Gender Unit)',
};

type Grants = Readonly<Partial<Record<PermissionRole, readonly Scope[]>>>;

const ANYWHERE = SCOPES;
const READERS: Grants = { 'gender-unit': ANYWHERE, admin: ANYWHERE, viewer: ANYWHERE, 'focal-point': ANYWHERE, 'target-owner': ANYWHERE };
const OWN_OFFICE: readonly Scope[] = ['own-office'];

/** The table: action → role → the scopes in which that role may take the action. Whatever is not listed is refused. */
export const PERMISSIONS: Readonly<Record<Action, Grants>> = {
  read: READERS,
  'read-people': READERS,
  'read-audit': { 'gender-unit': ANYWHERE, admin: ANYWHERE, 'focal-point': OWN_OFFICE },
  'manage-offices': { 'gender-unit': ANYWHERE, admin: ANYWHERE },
  'create-plan': { 'gender-unit': ANYWHERE, 'focal-point': OWN_OFFICE },
  'edit-plan': { 'focal-point': OWN_OFFICE },
  'submit-plan': { 'focal-point': OWN_OFFICE },
  'decide-plan': { 'gender-unit': ANYWHERE },
  // Plans through their whole life (issue 16): the office or the Gender Unit reopens an endorsed plan.
  'amend-plan': { 'gender-unit': ANYWHERE, 'focal-point': OWN_OFFICE },
  'check-in': { 'focal-point': OWN_OFFICE, 'target-owner': ['own-target'] },
  export: { 'gender-unit': ANYWHERE, 'focal-point': OWN_OFFICE },
  'save-export': { 'gender-unit': ANYWHERE },
  // Administrators import too: the CLI runs as the system administrator.
  import: { admin: ANYWHERE, 'focal-point': OWN_OFFICE },
  // The policy is the Gender Unit's (DESIGN's role table); administrators run the app, not its rules.
  'manage-reminder-policy': { 'gender-unit': ANYWHERE },
  'follow-up-reminders': { 'gender-unit': ANYWHERE, admin: ANYWHERE },
  // Monitoring (issue 14). A cycle is set-up, like offices: administrators may create one.
  // Closing a period and reviewing reports are the Gender Unit's judgement, as deciding on plans is.
  'create-cycle': { 'gender-unit': ANYWHERE, admin: ANYWHERE },
  'close-period': { 'gender-unit': ANYWHERE },
  'read-reports': READERS,
  'draft-report': { 'focal-point': OWN_OFFICE },
  'submit-report': { 'focal-point': OWN_OFFICE },
  'review-report': { 'gender-unit': ANYWHERE },
  // The office scorecard (issue 15): rating offices is the Gender Unit's judgement; an office's
  // focal points carry out its remedial actions, so they report their steps and status.
  'read-scorecards': READERS,
  'rate-offices': { 'gender-unit': ANYWHERE },
  'update-remedial-action': { 'gender-unit': ANYWHERE, 'focal-point': OWN_OFFICE },
  // The planning process (issue 16): the Gender Unit organises it; an office's focal point records
  // her office's findings and workshop. Department-wide findings and the pilot have no office: the Gender Unit's.
  'manage-process': { 'gender-unit': ANYWHERE, 'focal-point': OWN_OFFICE },
};

/** One cell of the table. */
export function allows(role: PermissionRole, action: Action, scope: Scope): boolean {
  return PERMISSIONS[action][role]?.includes(scope) ?? false;
}

/** The part of a person these rules look at: the server's Actor and the tab's GET /api/me both give it. */
export interface PermissionSubject {
  readonly email: string;
  readonly roles: readonly string[];
  /** Offices whose focal point she is. */
  readonly focalOfficeIds: readonly string[];
  /** Whether she owns any target; left out where nobody looked it up (then only `owner` of the thing counts). */
  readonly ownsTargets?: boolean;
}

/** What an action is on: an office's plan or item (its office), a target (and its owner); nothing for the department. */
export interface PermissionObject {
  readonly officeId?: string;
  readonly owner?: string;
}

/** The scopes a thing falls in for this person: a target she owns in another office is both other-office and own-target. */
export function scopesOf(subject: PermissionSubject, object: PermissionObject = {}): Scope[] {
  const scopes: Scope[] = [];
  if (object.officeId === undefined) scopes.push('department');
  else scopes.push(subject.focalOfficeIds.includes(object.officeId) ? 'own-office' : 'other-office');
  if (object.owner !== undefined && samePerson(object.owner, subject.email)) scopes.push('own-target');
  return scopes;
}

/** Whether the person holds the role where the scope lands (the relations are read off her data). */
function holds(subject: PermissionSubject, role: PermissionRole, scope: Scope): boolean {
  switch (role) {
    case 'focal-point':
      return subject.focalOfficeIds.length > 0;
    case 'target-owner':
      return subject.ownsTargets === true || scope === 'own-target';
    case 'signed-in':
      return true;
    default:
      return subject.roles.includes(role);
  }
}

/** The decision for one scope: some role she holds there is granted the action there. */
export function mayIn(subject: PermissionSubject, action: Action, scope: Scope): boolean {
  return PERMISSION_ROLES.some((role) => holds(subject, role, scope) && allows(role, action, scope));
}

/** THE decision: may this person take this action on this thing (the department when none is given)? */
export function may(subject: PermissionSubject, action: Action, object: PermissionObject = {}): boolean {
  return scopesOf(subject, object).some((scope) => mayIn(subject, action, scope));
}

/**
 * Whether there is anywhere at all she may take the action: the department, some other
 * office, one of her offices, one of her targets. What decides whether the tab offers a view.
 */
export function mayAnywhere(subject: PermissionSubject, action: Action): boolean {
  const reachable: Scope[] = ['department', 'other-office'];
  if (subject.focalOfficeIds.length > 0) reachable.push('own-office');
  if (subject.ownsTargets === true) reachable.push('own-target');
  return reachable.some((scope) => mayIn(subject, action, scope));
}

/**
 * Endorsing or returning a submitted plan: whom the table lets decide, but never whoever
 * submitted it (separation of duties, whatever other roles she holds). The server's workflow
 * (domain/workflow.ts) refuses the same people with the reason.
 */
export function mayDecideOnPlan(subject: PermissionSubject, plan: Pick<WorkPlan, 'history'> & { officeId?: string }): boolean {
  const submitter = submitterOf(plan);
  return may(subject, 'decide-plan', { officeId: plan.officeId }) && (submitter === undefined || !samePerson(submitter, subject.email));
}

function samePerson(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
