// A local HTTPS double of the few Microsoft Graph calls the production directory makes: the
// app's service principal and its app roles, a user's app-role assignments (paged), group
// membership checks, the role's assignees, group members and user look-ups.

import https from 'node:https';
import { testTls } from '../support/tls';

export interface GraphUser {
  id: string;
  userPrincipalName: string;
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

export async function startFakeGraph(clientId: string, users: GraphUser[], groupAssignments: { groupId: string; appRoleId: string }[] = []): Promise<FakeGraph> {
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
        return send(200, { value: all.slice(0, 1), ...(all.length > 1 ? { '@odata.nextLink': `${base}/users/${user.id}/appRoleAssignments?$skiptoken=2` } : {}) });
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
      m = /^\/v1\.0\/users\/([^/]+)$/.exec(path);
      if (m) {
        const user = find(m[1]!);
        return user ? send(200, { id: user.id, userPrincipalName: user.userPrincipalName, mail: user.userPrincipalName }) : send(404, { error: { code: 'Request_ResourceNotFound' } });
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
