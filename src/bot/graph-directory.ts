// The directory in production: Microsoft Entra ID read through Microsoft Graph with the app's
// own (app-only) token. Roles are the app-role assignments on this app's service principal and
// the memberships of the groups named in ROLE_MAPPING, mapped exactly as the API maps token
// claims (rolesFromClaims). Answers are cached for a few minutes.
// Graph permissions: Application.Read.All (or the app's own service principal), User.Read.All,
// GroupMember.Read.All.

import { rolesFromClaims, type ProductRole, type RoleMapping } from '../services/identity';
import type { Directory, Person } from '../services/directory';

export interface GraphDirectoryOptions {
  /** e.g. https://graph.microsoft.com */
  graphEndpoint: string;
  /** This app's client id: its service principal holds the app roles. */
  clientId: string;
  /** An app-only token for Graph. */
  token: () => Promise<string>;
  roleMapping: RoleMapping;
  cacheMs?: number;
  clock?: () => number;
}

interface ServicePrincipal {
  id: string;
  appRoles: { id: string; value: string | null }[];
}

interface GraphPerson {
  displayName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
}

/** A directory user as a person: the mail address where there is one (the UPN otherwise), and the display name. */
function personOf(user: GraphPerson): Person | null {
  const email = (user.mail ?? user.userPrincipalName ?? '').toLowerCase();
  if (!email) return null;
  return { email, name: user.displayName?.trim() || email };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class GraphError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function graphDirectory(options: GraphDirectoryOptions): Directory {
  const base = `${options.graphEndpoint.replace(/\/+$/, '')}/v1.0`;
  const cacheMs = options.cacheMs ?? 5 * 60_000;
  const clock = options.clock ?? Date.now;
  /** A cache of one kind of answer, each kept for cacheMs; a failed look-up is not kept. */
  const memo = <T>() => {
    const cache = new Map<string, { value: Promise<T>; expires: number }>();
    return (key: string, load: () => Promise<T>): Promise<T> => {
      const hit = cache.get(key);
      if (hit && hit.expires > clock()) return hit.value;
      const value = load();
      cache.set(key, { value, expires: clock() + cacheMs });
      value.catch(() => cache.delete(key));
      return value;
    };
  };
  const cached = {
    servicePrincipal: memo<ServicePrincipal>(),
    name: memo<string | null>(),
    roles: memo<ProductRole[]>(),
    members: memo<string[]>(),
    search: memo<Person[]>(),
    objectId: memo<string | null>(),
  };
  const call = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(path.startsWith('https://') || path.startsWith('http://') ? path : `${base}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${await options.token()}`, accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
    if (!res.ok) throw new GraphError(res.status, `Graph ${init.method ?? 'GET'} ${path}: ${res.status}`);
    // Graph's JSON, in the shape the caller's endpoint documents (not checked field by field).
    return (await res.json()) as T;
  };
  /** Follows @odata.nextLink to the end. */
  const all = async <T>(path: string): Promise<T[]> => {
    const items: T[] = [];
    for (let next: string | undefined = path; next;) {
      const page: { value: T[]; '@odata.nextLink'?: string } = await call(next);
      items.push(...page.value);
      next = page['@odata.nextLink'];
    }
    return items;
  };
  const servicePrincipal = () =>
    cached.servicePrincipal('sp', () => call<ServicePrincipal>(`/servicePrincipals(appId='${encodeURIComponent(options.clientId)}')?$select=id,appRoles`));
  const groupIds = Object.keys(options.roleMapping).filter((k) => GUID.test(k));
  const appRoleValue = (sp: ServicePrincipal, id: string) => sp.appRoles.find((r) => r.id === id)?.value ?? null;
  const emailOf = (u: { userPrincipalName?: string | null; mail?: string | null }) => (u.userPrincipalName ?? u.mail ?? '').toLowerCase();

  const displayNameOf = (email: string) =>
    cached.name(`name:${email}`, async () => {
      try {
        return personOf(await call<GraphPerson>(`/users/${encodeURIComponent(email)}?$select=displayName,mail,userPrincipalName`))?.name ?? null;
      } catch (error) {
        if (error instanceof GraphError && error.status === 404) return null;
        throw error;
      }
    });

  const claimsOf = async (user: string): Promise<string[]> => {
    const sp = await servicePrincipal();
    const assignments = await all<{ appRoleId: string }>(
      `/users/${encodeURIComponent(user)}/appRoleAssignments?$filter=resourceId eq ${sp.id}&$select=appRoleId`,
    );
    const values = assignments.map((a) => appRoleValue(sp, a.appRoleId)).filter((v): v is string => !!v);
    if (groupIds.length === 0) return values;
    const groups = await call<{ value: string[] }>(`/users/${encodeURIComponent(user)}/checkMemberGroups`, {
      method: 'POST',
      body: JSON.stringify({ groupIds }),
    });
    return [...values, ...groups.value];
  };

  return {
    rolesOf({ email, aadObjectId }) {
      const user = aadObjectId ?? email;
      return cached.roles(`roles:${user.toLowerCase()}`, async () => {
        try {
          return rolesFromClaims(await claimsOf(user), options.roleMapping);
        } catch (error) {
          if (error instanceof GraphError && error.status === 404) return [];
          throw error;
        }
      });
    },
    membersOf(role: ProductRole) {
      return cached.members(`members:${role}`, async () => {
        const sp = await servicePrincipal();
        const claims = Object.entries(options.roleMapping)
          .filter(([, r]) => r === role)
          .map(([claim]) => claim);
        const roleIds = new Set(sp.appRoles.filter((r) => r.value && claims.includes(r.value)).map((r) => r.id));
        const assigned = (
          await all<{ principalId: string; principalType: string; appRoleId: string }>(
            `/servicePrincipals/${sp.id}/appRoleAssignedTo?$select=principalId,principalType,appRoleId`,
          )
        ).filter((a) => roleIds.has(a.appRoleId));
        const users = await Promise.all(
          assigned
            .filter((a) => a.principalType === 'User')
            .map((a) => call<{ userPrincipalName?: string; mail?: string }>(`/users/${a.principalId}?$select=userPrincipalName,mail`)),
        );
        const groups = [...assigned.filter((a) => a.principalType === 'Group').map((a) => a.principalId), ...claims.filter((c) => GUID.test(c))];
        const members = await Promise.all(
          groups.map((g) =>
            all<{ userPrincipalName?: string; mail?: string }>(`/groups/${g}/transitiveMembers/microsoft.graph.user?$select=userPrincipalName,mail`),
          ),
        );
        return [...new Set([...users, ...members.flat()].map(emailOf).filter(Boolean))].sort();
      });
    },
    async namesOf(emails) {
      const names = new Map<string, string>();
      const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
      // A few look-ups at a time: an export names a few dozen owners, each cached afterwards.
      for (let i = 0; i < wanted.length; i += 8) {
        const batch = wanted.slice(i, i + 8);
        const found = await Promise.all(batch.map((email) => displayNameOf(email)));
        batch.forEach((email, j) => {
          const name = found[j];
          if (name) names.set(email, name);
        });
      }
      return names;
    },
    search(text, limit) {
      const q = text.trim().replace(/'/g, "''");
      if (!q) return Promise.resolve([]);
      const top = Math.max(1, Math.min(limit, 50));
      const filter = ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'].map((f) => `startswith(${f},'${q}')`).join(' or ');
      return cached.search(`search:${q.toLowerCase()}:${top}`, async () => {
        const page = await call<{ value: GraphPerson[] }>(
          `/users?$filter=${encodeURIComponent(filter)}&$select=displayName,mail,userPrincipalName&$top=${top}`,
        );
        return page.value.map(personOf).filter((p): p is Person => p !== null);
      });
    },
    objectIdOf(email) {
      return cached.objectId(`oid:${email.toLowerCase()}`, async () => {
        try {
          return (await call<{ id: string }>(`/users/${encodeURIComponent(email)}?$select=id`)).id;
        } catch (error) {
          if (error instanceof GraphError && error.status === 404) return null;
          throw error;
        }
      });
    },
  };
}
