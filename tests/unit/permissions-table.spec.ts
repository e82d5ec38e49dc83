// The permission table (src/domain/permissions.ts) read by its two readers, cell by cell: for
// every role × action × scope, the server (services/context.ts `authorize`, over the Actor it
// resolves from the store) and the tab (tab/app/roles.ts `mayDo`, over the person's own
// GET /api/me) decide the same, and both decide what the table's data says. Then a few cells
// over HTTP (the server really refuses what the table refuses), and the table in docs/api.md.

import fs from 'node:fs';
import path from 'node:path';
import { ForbiddenError } from '../../src/domain/errors';
import {
  ACTIONS,
  PERMISSION_ROLES,
  PERMISSIONS,
  SCOPES,
  allows,
  type Action,
  type PermissionObject,
  type PermissionRole,
  type Scope,
} from '../../src/domain/permissions';
import { PRODUCT_ROLES, type ProductRole } from '../../src/domain/roles';
import { devAuthenticator, type DirectoryEntry } from '../../src/server/auth/dev-authenticator';
import { authorize, resolveActor } from '../../src/services/context';
import type { Actor } from '../../src/services/identity';
import type { Me } from '../../src/contract';
import { mayDo, mayExport, mayManageReminders, mayReview } from '../../src/tab/app/roles';
import { addActivity, addObjective, addTarget, createOffice, createPlan, expectStatus, useApiFixture } from '../api/fixture';
import { DIRECTORY, startApi, USERS, type ApiHarness } from '../support/api-harness';

/** One person per role × scope: she holds the role, and the scope's thing is really hers where it says so. */
interface Persona {
  role: PermissionRole;
  scope: Scope;
  email: string;
  roles: ProductRole[];
}

const isProductRole = (role: PermissionRole): role is ProductRole => PRODUCT_ROLES.some((r) => r === role);

const PERSONAS: Persona[] = PERMISSION_ROLES.flatMap((role) =>
  SCOPES.map((scope) => ({ role, scope, email: `${role}.${scope}@example.org`, roles: isProductRole(role) ? [role] : [] })),
);
const OTHER_FOCAL = 'other.focal@example.org';

/** The roles a persona holds where her scope lands: her own, being signed in, and what the scope makes her. */
function heldRoles(p: Persona): PermissionRole[] {
  return [p.role, 'signed-in', ...(p.scope === 'own-office' ? ['focal-point' as const] : []), ...(p.scope === 'own-target' ? ['target-owner' as const] : [])];
}

/** A target is always in some office: her own target here sits in an office she does not serve. */
const scopesOfThing = (scope: Scope): Scope[] => (scope === 'own-target' ? ['other-office', 'own-target'] : [scope]);

/** What the table's data says, read without `may`: some role she holds is granted the action where the thing lies. */
function tableSays(p: Persona, action: Action): boolean {
  return heldRoles(p).some((role) => scopesOfThing(p.scope).some((scope) => PERMISSIONS[action][role]?.includes(scope)));
}

describe('the permission table, read by the server and by the tab', () => {
  let h: ApiHarness;
  const offices = { home: '', own: '', other: '' };
  const actors = new Map<string, Actor>();
  const mes = new Map<string, Me>();

  beforeAll(async () => {
    const entries: DirectoryEntry[] = PERSONAS.map((p) => ({ email: p.email, name: `${p.role} (${p.scope})`, roles: p.roles }));
    h = await startApi({ authenticator: devAuthenticator([...DIRECTORY, ...entries]) });
    const emailsWhere = (test: (p: Persona) => boolean) => PERSONAS.filter(test).map((p) => p.email);
    // Focal points serve HOME; whoever acts in her own office serves OWN; OTHER is nobody's here.
    offices.home = (
      await createOffice(
        h,
        'HOME',
        emailsWhere((p) => p.role === 'focal-point'),
      )
    ).id;
    offices.own = (
      await createOffice(
        h,
        'OWN',
        emailsWhere((p) => p.scope === 'own-office'),
      )
    ).id;
    offices.other = (await createOffice(h, 'OTHER', [OTHER_FOCAL])).id;
    const plan = await createPlan(h, OTHER_FOCAL, 'OTHER');
    const activity = await addActivity(h, (await addObjective(h, plan.id, {}, OTHER_FOCAL)).id, {}, OTHER_FOCAL);
    for (const owner of emailsWhere((p) => p.role === 'target-owner' || p.scope === 'own-target')) {
      await addTarget(h, activity.id, { owner }, OTHER_FOCAL);
    }
    for (const p of PERSONAS) {
      actors.set(p.email, await resolveActor(h.ctx, { id: p.email, email: p.email, name: p.email, roles: p.roles }));
      mes.set(p.email, expectStatus(await h.request('GET', '/api/me', { as: p.email }), 200).body);
    }
  });
  afterAll(() => h.close());

  function thingOf(p: Persona): PermissionObject {
    switch (p.scope) {
      case 'department':
        return {};
      case 'own-office':
        return { officeId: offices.own };
      case 'other-office':
        return { officeId: offices.other };
      case 'own-target':
        return { officeId: offices.other, owner: p.email };
    }
  }

  async function serverDecides(p: Persona, action: Action): Promise<boolean> {
    try {
      await authorize(h.ctx, actors.get(p.email) ?? fail(`no actor for ${p.email}`), action, thingOf(p));
      return true;
    } catch (error) {
      if (error instanceof ForbiddenError) return false;
      throw error;
    }
  }

  const cells = PERSONAS.flatMap((persona) => ACTIONS.map((action) => ({ persona, action, role: persona.role, scope: persona.scope })));

  it('enumerates the whole cross product: every role × action × scope', () => {
    expect(cells).toHaveLength(PERMISSION_ROLES.length * ACTIONS.length * SCOPES.length);
    expect(new Set(cells.map((c) => `${c.role}|${c.action}|${c.scope}`)).size).toBe(cells.length);
  });

  it.each(cells)('$role · $action · $scope: the tab and the server decide alike, as the table says', async ({ persona, action }) => {
    const expected = tableSays(persona, action);
    const tab = mayDo(mes.get(persona.email) ?? fail(`no GET /api/me for ${persona.email}`), action, thingOf(persona));
    expect({ server: await serverDecides(persona, action), tab }).toEqual({ server: expected, tab: expected });
  });

  it('offers the review and settings views to the Gender Unit alone, and the export view to the Gender Unit and focal points', () => {
    for (const p of PERSONAS) {
      const me = mes.get(p.email) ?? fail(`no GET /api/me for ${p.email}`);
      const genderUnit = p.roles.includes('gender-unit');
      expect({ who: p.email, review: mayReview(me), settings: mayManageReminders(me), export: mayExport(me) }).toEqual({
        who: p.email,
        review: genderUnit,
        settings: genderUnit,
        export: genderUnit || me.offices.length > 0,
      });
    }
  });

  it('lets every role take every action the table grants it, in the scope it grants (no cell is dead)', () => {
    for (const { persona, action, role, scope } of cells) {
      if (allows(role, action, scope)) expect(tableSays(persona, action)).toBe(true);
    }
  });
});

describe('the server refuses over HTTP what the table refuses', () => {
  const { h, f } = useApiFixture();

  /** A few cells, each with the request that takes the action as a person holding the role. */
  const CASES: { role: PermissionRole; action: Action; scope: Scope; as: string; send: () => Promise<{ status: number }>; ok: number }[] = [
    { role: 'viewer', action: 'edit-plan', scope: 'other-office', as: USERS.viewer, ok: 200, send: () => patchPlanA(USERS.viewer) },
    { role: 'focal-point', action: 'edit-plan', scope: 'other-office', as: USERS.focalB, ok: 200, send: () => patchPlanA(USERS.focalB) },
    { role: 'focal-point', action: 'edit-plan', scope: 'own-office', as: USERS.focalA, ok: 200, send: () => patchPlanA(USERS.focalA) },
    { role: 'target-owner', action: 'check-in', scope: 'own-target', as: USERS.owner, ok: 201, send: () => checkIn(USERS.owner) },
    { role: 'viewer', action: 'check-in', scope: 'other-office', as: USERS.viewer, ok: 201, send: () => checkIn(USERS.viewer) },
    {
      role: 'gender-unit',
      action: 'import',
      scope: 'department',
      as: USERS.advisor,
      ok: 200,
      send: () => h.request('GET', '/api/import/template.xlsx', { as: USERS.advisor }),
    },
    {
      role: 'admin',
      action: 'export',
      scope: 'department',
      as: USERS.admin,
      ok: 200,
      send: () => h.request('GET', '/api/export/action-plan.xlsx', { as: USERS.admin }),
    },
    {
      role: 'gender-unit',
      action: 'export',
      scope: 'department',
      as: USERS.advisor,
      ok: 200,
      send: () => h.request('GET', '/api/export/action-plan.xlsx', { as: USERS.advisor }),
    },
    {
      role: 'admin',
      action: 'manage-reminder-policy',
      scope: 'department',
      as: USERS.admin,
      ok: 200,
      send: () => h.request('GET', '/api/reminder-policy', { as: USERS.admin }),
    },
    // Monitoring (issue 14).
    { role: 'admin', action: 'create-cycle', scope: 'department', as: USERS.admin, ok: 201, send: () => createCycle(USERS.admin) },
    { role: 'viewer', action: 'create-cycle', scope: 'department', as: USERS.viewer, ok: 201, send: () => createCycle(USERS.viewer) },
    {
      role: 'viewer',
      action: 'read-reports',
      scope: 'department',
      as: USERS.viewer,
      ok: 200,
      send: () => h.request('GET', '/api/cycles', { as: USERS.viewer }),
    },
    {
      role: 'admin',
      action: 'close-period',
      scope: 'department',
      as: USERS.admin,
      ok: 200,
      send: () => h.request('POST', '/api/periods/2006-2007_2006-Q1/close', { as: USERS.admin, body: { force: true } }),
    },
    { role: 'focal-point', action: 'draft-report', scope: 'other-office', as: USERS.focalB, ok: 201, send: () => startReport(USERS.focalB) },
    { role: 'gender-unit', action: 'draft-report', scope: 'other-office', as: USERS.advisor, ok: 201, send: () => startReport(USERS.advisor) },
    // The office scorecard (issue 15). Reading is decided before the period is looked up (404 when granted).
    {
      role: 'viewer',
      action: 'read-scorecards',
      scope: 'department',
      as: USERS.viewer,
      ok: 404,
      send: () => h.request('GET', '/api/scorecards?period=no-such-period', { as: USERS.viewer }),
    },
    {
      role: 'gender-unit',
      action: 'rate-offices',
      scope: 'department',
      as: USERS.advisor,
      ok: 200,
      send: () => h.request('GET', '/api/scorecard-criteria', { as: USERS.advisor }),
    },
    {
      role: 'admin',
      action: 'rate-offices',
      scope: 'department',
      as: USERS.admin,
      ok: 200,
      send: () => h.request('GET', '/api/scorecard-criteria', { as: USERS.admin }),
    },
    {
      role: 'viewer',
      action: 'rate-offices',
      scope: 'department',
      as: USERS.viewer,
      ok: 200,
      send: () => h.request('GET', '/api/scorecard-criteria', { as: USERS.viewer }),
    },
  ];

  const patchPlanA = (as: string) =>
    h.request('PATCH', `/api/plans/${f.planA.id}`, { as, body: { title: 'Renamed plan' }, headers: { 'If-Match': f.planA.etag } });
  const checkIn = (as: string) => h.request('POST', `/api/targets/${f.target.id}/checkins`, { as, body: { status: 'on-track', percent: 20 } });
  const createCycle = (as: string) => h.request('POST', '/api/cycles', { as, body: { code: '2008-2009', periodicity: 'annual' } });
  const startReport = (as: string) => h.request('POST', '/api/reports', { as, body: { periodId: '2006-2007_2006-Q1', office: f.officeA.code } });

  it.each(CASES)('$role · $action · $scope ($as)', async ({ role, action, scope, send, ok }) => {
    const granted = allows(role, action, scope);
    expect((await send()).status).toBe(granted ? ok : 403);
  });

  it('covers refusals and grants alike', () => {
    const verdicts = new Set(CASES.map((c) => allows(c.role, c.action, c.scope)));
    expect(verdicts).toEqual(new Set([true, false]));
  });
});

describe('docs/api.md', () => {
  const label = (scopes: readonly Scope[] | undefined): string => {
    if (!scopes || scopes.length === 0) return '—';
    if (scopes.length === SCOPES.length) return 'anywhere';
    return scopes.join(', ');
  };

  /** The table as docs/api.md shows it, rendered from the data. */
  const rendered = [
    `| action | ${PERMISSION_ROLES.join(' | ')} |`,
    `|---|${PERMISSION_ROLES.map(() => '---').join('|')}|`,
    ...ACTIONS.map((action) => `| \`${action}\` | ${PERMISSION_ROLES.map((role) => label(PERMISSIONS[action][role])).join(' | ')} |`),
  ].join('\n');

  it('shows the permission table exactly as src/domain/permissions.ts holds it', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/api.md'), 'utf8');
    expect(doc).toContain(rendered);
  });
});

function fail(message: string): never {
  throw new Error(message);
}
