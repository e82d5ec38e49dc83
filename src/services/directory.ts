// The directory port: product roles for callers that carry no token claims (the bot only
// knows a Teams user's Entra object id and e-mail), the members of a role (who "the Gender
// Unit" is, for escalations and digests), and the object id behind an e-mail (to open a 1:1
// chat for a reminder). Dev mode uses the demo users; production looks the same facts up in
// Entra ID (app-role assignments and groups, mapped with the same ROLE_MAPPING as the API).

import type { Person } from '../contract/people';
import type { ProductRole } from './identity';

export interface Directory {
  rolesOf(person: { email: string; aadObjectId: string | null }): Promise<ProductRole[]>;
  /** Lower-case e-mails of everyone holding the role. */
  membersOf(role: ProductRole): Promise<string[]>;
  objectIdOf(email: string): Promise<string | null>;
  /** Display names by lower-case e-mail; whoever the directory does not know is left out (show the e-mail then). */
  namesOf(emails: readonly string[]): Promise<Map<string, string>>;
  /** Up to `limit` people whose name or e-mail starts with `text` (any word of the name), for a people picker. */
  search(text: string, limit: number): Promise<Person[]>;
}

/** Someone as a person appears in the product (the contract's shape). */
export type { Person };

/** True when a word of the name, or the e-mail, starts with `text` (case- and accent-insensitive). */
export function matchesPerson(person: Person, text: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = fold(text.trim());
  if (!wanted) return false;
  return (
    fold(person.email).startsWith(wanted) ||
    fold(person.name)
      .split(/[\s'’-]+/)
      .some((w) => w.startsWith(wanted)) ||
    fold(person.name).startsWith(wanted)
  );
}

export interface DirectoryEntry {
  email: string;
  name: string;
  roles: readonly ProductRole[];
  aadObjectId?: string | null;
}

/** A fixed list of people: the demo users in dev mode, or a test's cast. */
export function staticDirectory(entries: readonly DirectoryEntry[]): Directory {
  const byEmail = new Map(entries.map((e) => [e.email.toLowerCase(), e]));
  const byObjectId = new Map(entries.flatMap((e) => (e.aadObjectId ? [[e.aadObjectId.toLowerCase(), e] as const] : [])));
  return {
    async rolesOf({ email, aadObjectId }) {
      const entry = (aadObjectId ? byObjectId.get(aadObjectId.toLowerCase()) : undefined) ?? byEmail.get(email.toLowerCase());
      return entry ? [...entry.roles] : [];
    },
    async membersOf(role) {
      return entries.filter((e) => e.roles.includes(role)).map((e) => e.email.toLowerCase());
    },
    async objectIdOf(email) {
      return byEmail.get(email.toLowerCase())?.aadObjectId ?? null;
    },
    async namesOf(emails) {
      const names = new Map<string, string>();
      for (const e of emails) {
        const entry = byEmail.get(e.toLowerCase());
        if (entry) names.set(e.toLowerCase(), entry.name);
      }
      return names;
    },
    async search(text, limit) {
      return entries
        .map((e) => ({ email: e.email.toLowerCase(), name: e.name }))
        .filter((p) => matchesPerson(p, text))
        .sort((a, b) => a.name.localeCompare(b.name))
        .slice(0, limit);
    },
  };
}
