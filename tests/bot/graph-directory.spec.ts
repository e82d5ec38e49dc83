// The production directory against a local Graph double: roles from app-role assignments and
// mapped groups (as the API maps token claims), the members of a role, object ids by e-mail.

import { graphDirectory } from '../../src/bot/graph-directory';
import { DEFAULT_ROLE_MAPPING } from '../../src/services/identity';
import type { Directory } from '../../src/services/directory';
import { startFakeGraph, type FakeGraph } from '../fakes/bot-graph';

const CLIENT_ID = 'aaaaaaaa-0000-4000-8000-000000000001';
const VIEWERS_GROUP = '0b0b0b0b-1111-4222-8333-444444444444';
const ADVISOR = {
  id: 'oid-advisor',
  userPrincipalName: 'Advisor@dpko.example.org',
  displayName: "Amina O'Neil Diallo",
  appRoles: ['role-gender-unit', 'role-admin'],
  groups: [],
};
const MANAGER = { id: 'oid-manager', userPrincipalName: 'manager@dpko.example.org', appRoles: [], groups: [VIEWERS_GROUP] };
const OFFICER = { id: 'oid-officer', userPrincipalName: 'officer@dpko.example.org', displayName: 'Olga Petrenko', appRoles: [], groups: [] };
const DEPUTY = { id: 'oid-deputy', userPrincipalName: 'deputy@dpko.example.org', appRoles: [], groups: ['gu-group'] };

describe('Graph directory', () => {
  let graph: FakeGraph;
  let directory: Directory;
  beforeAll(async () => {
    graph = await startFakeGraph(CLIENT_ID, [ADVISOR, MANAGER, OFFICER, DEPUTY], [{ groupId: 'gu-group', appRoleId: 'role-gender-unit' }]);
    directory = graphDirectory({
      graphEndpoint: graph.graphEndpoint,
      clientId: CLIENT_ID,
      token: async () => graph.token,
      roleMapping: { ...DEFAULT_ROLE_MAPPING, [VIEWERS_GROUP]: 'viewer' },
    });
  });
  afterAll(async () => {
    await graph.close();
  });

  it('maps app-role assignments to product roles, following Graph paging', async () => {
    expect((await directory.rolesOf({ email: 'advisor@dpko.example.org', aadObjectId: 'oid-advisor' })).sort()).toEqual(['admin', 'gender-unit']);
  });

  it('maps membership of a configured group, as the API maps a groups claim', async () => {
    expect(await directory.rolesOf({ email: 'manager@dpko.example.org', aadObjectId: null })).toEqual(['viewer']);
  });

  it('gives no role to someone without assignments, or unknown to Entra', async () => {
    expect(await directory.rolesOf({ email: 'officer@dpko.example.org', aadObjectId: 'oid-officer' })).toEqual([]);
    expect(await directory.rolesOf({ email: 'nobody@dpko.example.org', aadObjectId: null })).toEqual([]);
  });

  it('lists the members of a role, directly assigned or through an assigned group', async () => {
    expect(await directory.membersOf('gender-unit')).toEqual(['advisor@dpko.example.org', 'deputy@dpko.example.org']);
  });

  it('finds the object id behind an e-mail, or null', async () => {
    expect(await directory.objectIdOf('officer@dpko.example.org')).toBe('oid-officer');
    expect(await directory.objectIdOf('nobody@dpko.example.org')).toBeNull();
  });

  it('gives display names by e-mail, leaving out whoever Entra does not know', async () => {
    const names = await directory.namesOf(['ADVISOR@dpko.example.org', 'officer@dpko.example.org', 'nobody@dpko.example.org']);
    expect([...names]).toEqual([
      ['advisor@dpko.example.org', "Amina O'Neil Diallo"],
      ['officer@dpko.example.org', 'Olga Petrenko'],
    ]);
  });

  it('falls back to the e-mail for a user without a display name', async () => {
    expect(await directory.namesOf(['manager@dpko.example.org'])).toEqual(new Map([['manager@dpko.example.org', 'manager@dpko.example.org']]));
  });

  it('searches people by the start of a name or e-mail, quotes included', async () => {
    expect(await directory.search('petr', 10)).toEqual([{ email: 'officer@dpko.example.org', name: 'Olga Petrenko' }]);
    expect(await directory.search("amina o'n", 10)).toEqual([{ email: 'advisor@dpko.example.org', name: "Amina O'Neil Diallo" }]);
    expect(await directory.search('zz', 10)).toEqual([]);
    expect(await directory.search('   ', 10)).toEqual([]);
  });

  it('caches answers instead of asking Graph every time', async () => {
    await directory.rolesOf({ email: 'officer@dpko.example.org', aadObjectId: 'oid-officer' });
    const before = graph.requests.length;
    await directory.rolesOf({ email: 'officer@dpko.example.org', aadObjectId: 'oid-officer' });
    expect(graph.requests.length).toBe(before);
  });
});
