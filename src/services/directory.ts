// The directory port: product roles for callers that carry no token claims (the bot only
// knows a Teams user's Entra object id and e-mail), the members of a role (who "the Gender
// Unit" is, for escalations and digests), and the object id behind an e-mail (to open a 1:1
// chat for a reminder). Dev mode uses the demo users; production looks the same facts up in
// Entra ID (app-role assignments and groups, mapped with the same ROLE_MAPPING as the API).

import type { ProductRole } from './identity';

export interface Directory {
  rolesOf(person: { email: string; aadObjectId: string | null }): Promise<ProductRole[]>;
  /** Lower-case e-mails of everyone holding the role. */
  membersOf(role: ProductRole): Promise<string[]>;
  objectIdOf(email: string): Promise<string | null>;
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
  const byObjectId = new Map(entries.filter((e) => e.aadObjectId).map((e) => [e.aadObjectId!.toLowerCase(), e]));
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
  };
}
