// People as the product shows them: by display name from the directory, by e-mail only where
// the directory knows no name. The names are looked up once per answer or document and handed
// to whatever renders it.

/** Display names by lower-case e-mail. */
export type PeopleNames = ReadonlyMap<string, string>;

export const NO_NAMES: PeopleNames = new Map();

/** The person's display name, or the e-mail when none is known. */
export function nameOf(names: PeopleNames, email: string): string {
  return names.get(email.toLowerCase()) ?? email;
}
