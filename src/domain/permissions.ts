// Who may export and import, decided once over plain data so that the server
// (services/exports.ts, services/imports.ts) and the tab (tab/app/roles.ts) read the same
// rule: the tab shows an action exactly when the server would carry it out.

/** The part of a caller these rules look at: product roles and the offices whose focal point she is. */
export interface PermissionSubject {
  readonly roles: readonly string[];
  readonly focalOfficeIds: readonly string[];
}

const isGenderUnit = (s: PermissionSubject) => s.roles.includes('gender-unit');
const isFocalPointOf = (s: PermissionSubject, officeId: string) => s.focalOfficeIds.includes(officeId);

/**
 * Exporting the consolidated plan: the Gender Unit exports the whole department (no office)
 * or any office; an office's focal point exports that office alone. Viewers, target owners
 * and administrators without the Gender Unit role do not export.
 */
export function mayExport(subject: PermissionSubject, officeId?: string): boolean {
  if (isGenderUnit(subject)) return true;
  return officeId !== undefined && isFocalPointOf(subject, officeId);
}

/** Whether there is anything at all the subject may export: what decides if the tab offers exports. */
export function mayExportAnything(subject: PermissionSubject): boolean {
  return mayExport(subject) || subject.focalOfficeIds.some((id) => mayExport(subject, id));
}

/**
 * Endorsing or returning a submitted plan: the Gender Unit, but never whoever submitted it
 * (separation of duties, whatever other roles she holds). The server's workflow
 * (domain/workflow.ts) refuses the same people with the reason.
 */
export function mayDecideOnPlan(subject: PermissionSubject, email: string, submitter: string | undefined): boolean {
  return isGenderUnit(subject) && (submitter === undefined || submitter.toLowerCase() !== email.toLowerCase());
}

/**
 * Importing an office's work plan from Excel: its focal points, and administrators (the CLI
 * runs as the system administrator). Without an office: whether the subject may import into
 * some office — who is given the blank template.
 */
export function mayImport(subject: PermissionSubject, officeId?: string): boolean {
  if (subject.roles.includes('admin')) return true;
  return officeId === undefined ? subject.focalOfficeIds.length > 0 : isFocalPointOf(subject, officeId);
}
