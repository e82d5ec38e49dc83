// Who may export, as ONE table of cases read twice: by the server (a real download of
// GET /api/export/action-plan.xlsx as each person) and by the tab (src/tab/app/roles.ts over
// the person's own GET /api/me). The tab offers exactly what the server would carry out.

import type { Me } from '../../src/contract';
import { mayDecide, mayExport, mayExportScope, submittedByMe } from '../../src/tab/app/roles';
import { buildFixture, type Fixture } from '../api/fixture';
import { startApi, USERS, type ApiHarness } from '../support/api-harness';

type Scope = 'department' | 'office A' | 'office B';

/** [who, what they export, allowed] */
const CASES: readonly (readonly [keyof typeof USERS, Scope, boolean])[] = [
  ['advisor', 'department', true],
  ['advisor', 'office A', true],
  ['advisor', 'office B', true],
  ['focalA', 'department', false],
  ['focalA', 'office A', true],
  ['focalA', 'office B', false],
  ['focalB', 'office A', false],
  ['focalB', 'office B', true],
  ['viewer', 'department', false],
  ['viewer', 'office A', false],
  ['admin', 'department', false],
  ['admin', 'office A', false],
  ['owner', 'department', false],
  ['owner', 'office A', false],
  ['stranger', 'department', false],
  ['stranger', 'office B', false],
];

describe('who may export (one table, server and tab)', () => {
  let h: ApiHarness;
  let f: Fixture;
  beforeAll(async () => {
    h = await startApi();
    f = await buildFixture(h);
  });
  afterAll(() => h.close());

  const office = (scope: Scope) => (scope === 'office A' ? f.officeA : scope === 'office B' ? f.officeB : undefined);
  const me = async (who: keyof typeof USERS): Promise<Me> => (await h.request('GET', '/api/me', { as: USERS[who] })).body;

  it.each(CASES)('server: %s exporting the %s → %s', async (who, scope, allowed) => {
    const code = office(scope)?.code;
    const res = await h.request('GET', `/api/export/action-plan.xlsx${code ? `?office=${code}` : ''}`, { as: USERS[who] });
    expect(res.status).toBe(allowed ? 200 : 403);
  });

  it.each(CASES)('tab: %s exporting the %s → %s', async (who, scope, allowed) => {
    expect(mayExportScope(await me(who), office(scope)?.id)).toBe(allowed);
  });

  it.each([...new Set(CASES.map(([who]) => who))])('tab: shows the export view to %s exactly when some case of the table allows it', async (who) => {
    const anyAllowed = CASES.some(([w, , allowed]) => w === who && allowed);
    expect(mayExport(await me(who))).toBe(anyAllowed);
  });
});

describe('who may endorse or return a plan (the tab offers what the workflow allows)', () => {
  const me = (email: string, roles: Me['roles']): Me => ({ user: { id: email, email, name: email }, roles, offices: [], ownsTargets: false, authMode: 'dev' });
  const submittedBy = (by: string) => ({ history: [{ status: 'submitted' as const, by, at: '2026-11-01T09:00:00.000Z', comment: null }] });

  it('offers the decision to a Gender Unit member who did not submit the plan', () => {
    expect(mayDecide(me('gu@example.org', ['gender-unit']), submittedBy('focal@example.org'))).toBe(true);
  });

  it('withholds it from the member who submitted the plan herself, whatever the case of her e-mail', () => {
    const advisor = me('gu@example.org', ['gender-unit']);
    expect(mayDecide(advisor, submittedBy('GU@example.org'))).toBe(false);
    expect(submittedByMe(advisor, submittedBy('GU@example.org'))).toBe(true);
  });

  it('withholds it from anyone outside the Gender Unit', () => {
    expect(mayDecide(me('viewer@example.org', ['viewer', 'admin']), submittedBy('focal@example.org'))).toBe(false);
  });
});
