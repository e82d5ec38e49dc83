// A local HTTPS double of the few Microsoft Graph calls the production directory makes: the
// app's service principal and its app roles, a user's app-role assignments (paged), group
// membership checks, the role's assignees, group members and user look-ups.

import https from 'node:https';
import { testTls } from '../support/tls';

export interface GraphUser {
  id: string;
  userPrincipalName: string;
  displayName?: string;
  appRoles: string[];
  groups: string[];
}

export interface FakeGraph {
  graphEndpoint: string;
  token: string;
  requests: string[];
  close(): Promise<void>;
}

export const APP_ROLES = [
  { id: 'role-gender-unit', value: 'GenderUnit' },
  { id: 'role-viewer', value: 'Viewer' },
  { id: 'role-admin', value: 'Admin' },
];

export async function startFakeGraph(
  clientId: string,
  users: GraphUser[],
  groupAssignments: { groupId: string; appRoleId: string }[] = [],
): Promise<FakeGraph> {
  const token = 'graph-app-token';
  const requests: string[] = [];
  const find = (idOrUpn: string) => users.find((u) => u.id === idOrUpn || u.userPrincipalName.toLowerCase() === idOrUpn.toLowerCase());
  const server = https.createServer(testTls(), (req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const url = decodeURIComponent(req.url ?? '');
      requests.push(`${req.method} ${url}`);
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { error: { code: 'InvalidAuthenticationToken' } });
      const path = url.split('?')[0]!;
      const base = `https://localhost:${(server.address() as { port: number }).port}/v1.0`;
      if (path === `/v1.0/servicePrincipals(appId='${clientId}')`) return send(200, { id: 'sp-1', appRoles: APP_ROLES });
      let m = /^\/v1\.0\/users\/([^/]+)\/appRoleAssignments$/.exec(path);
      if (m) {
        const user = find(m[1]!);
        if (!user) return send(404, { error: { code: 'Request_ResourceNotFound' } });
        const all = user.appRoles.map((appRoleId) => ({ appRoleId }));
        // Two pages when there is more than one, so that paging is exercised.
        if (url.includes('$skiptoken=2')) return send(200, { value: all.slice(1) });
        return send(200, {
          value: all.slice(0, 1),
          ...(all.length > 1 ? { '@odata.nextLink': `${base}/users/${user.id}/appRoleAssignments?$skiptoken=2` } : {}),
        });
      }
      m = /^\/v1\.0\/users\/([^/]+)\/checkMemberGroups$/.exec(path);
      if (m && req.method === 'POST') {
        const user = find(m[1]!);
        if (!user) return send(404, { error: { code: 'Request_ResourceNotFound' } });
        const asked = (JSON.parse(raw) as { groupIds: string[] }).groupIds;
        return send(200, { value: asked.filter((g) => user.groups.includes(g)) });
      }
      if (path === '/v1.0/servicePrincipals/sp-1/appRoleAssignedTo') {
        return send(200, {
          value: [
            ...users.flatMap((u) => u.appRoles.map((appRoleId) => ({ principalId: u.id, principalType: 'User', appRoleId }))),
            ...groupAssignments.map((g) => ({ principalId: g.groupId, principalType: 'Group', appRoleId: g.appRoleId })),
          ],
        });
      }
      m = /^\/v1\.0\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user$/.exec(path);
      if (m) return send(200, { value: users.filter((u) => u.groups.includes(m![1]!)).map((u) => ({ userPrincipalName: u.userPrincipalName })) });
      if (path === '/v1.0/users') {
        try {
          return send(200, { value: searchUsers(users, url) });
        } catch (error) {
          return send(400, { error: { code: 'BadRequest', message: (error as Error).message } });
        }
      }
      m = /^\/v1\.0\/users\/([^/]+)$/.exec(path);
      if (m) {
        const user = find(m[1]!);
        return user ? send(200, userResource(user)) : send(404, { error: { code: 'Request_ResourceNotFound' } });
      }
      send(404, { error: { code: 'NotFound', message: url } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    graphEndpoint: `https://localhost:${(server.address() as { port: number }).port}`,
    token,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const userResource = (u: GraphUser) => ({ id: u.id, userPrincipalName: u.userPrincipalName, mail: u.userPrincipalName, displayName: u.displayName ?? null });

/**
 * GET /users?$filter=startswith(f,'x') or … &$top=N, as Graph answers it: case-insensitive
 * prefix matches on the named properties ('' inside the literal is a quote); other filters
 * are refused as Graph refuses an unsupported query.
 */
function searchUsers(users: GraphUser[], url: string): unknown[] {
  const params = new URLSearchParams(url.split('?')[1] ?? '');
  const filter = params.get('$filter') ?? '';
  const clauses = [...filter.matchAll(/startswith\((\w+),'((?:[^']|'')*)'\)/g)].map((m) => ({ field: m[1]!, prefix: m[2]!.replace(/''/g, "'").toLowerCase() }));
  if (clauses.length === 0) throw new Error(`unsupported $filter: ${filter}`);
  const top = Number(params.get('$top') ?? 100);
  const valueOf = (u: GraphUser, field: string) => {
    const resource = userResource(u) as Record<string, unknown>;
    const name = u.displayName ?? '';
    const extra: Record<string, string> = { givenName: name.split(' ')[0] ?? '', surname: name.split(' ').slice(1).join(' ') };
    return String(resource[field] ?? extra[field] ?? '').toLowerCase();
  };
  return users
    .filter((u) => clauses.some((c) => valueOf(u, c.field).startsWith(c.prefix)))
    .slice(0, top)
    .map(userResource);
}
