// References the server assigns (1, 1.2, 1.2.a) stay unique when two instances of the app —
// two SqliteStore connections on one database file — add items to the same parent at once:
// both writes succeed with distinct references, and nobody sees a spurious 409.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConflictError } from '../../src/domain/errors';
import { resolveActor, serviceContext, type ServiceContext } from '../../src/services/context';
import { createActivity, createObjective, createTarget } from '../../src/services/plan-items';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { commitOf, smallPlanChanges } from '../support/factories';
import { NOW } from '../support/api-harness';

const FOCAL = 'focal@example.org';

describe('server-assigned references under concurrent writers', () => {
  let dir: string;
  let stores: SqliteStore[];
  let world: ReturnType<typeof smallPlanChanges>;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refs-'));
    const file = path.join(dir, 'shared.db');
    stores = [new SqliteStore({ path: file }), new SqliteStore({ path: file })];
    world = smallPlanChanges();
    await stores[0]!.commit(commitOf([...world.officeChanges, ...world.planChanges]));
  });
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** One service context and focal-point actor per instance. */
  async function instances(): Promise<{ ctx: ServiceContext; actor: Awaited<ReturnType<typeof resolveActor>> }[]> {
    return Promise.all(
      stores.map(async (store) => {
        const ctx = serviceContext(store, () => NOW);
        return { ctx, actor: await resolveActor(ctx, { id: FOCAL, email: FOCAL, name: 'Focal', roles: [] }) };
      }),
    );
  }

  const targetBody = { description: 'Trained', indicator: 'Share', dueDate: '2026-12-31', owner: FOCAL };

  it('gives two targets added to one activity at once distinct references', async () => {
    const [a, b] = await instances();
    const created = await Promise.all([
      createTarget(a!.ctx, a!.actor, world.activity.id, targetBody),
      createTarget(b!.ctx, b!.actor, world.activity.id, targetBody),
    ]);
    expect(created.map((t) => t.ref).sort()).toEqual(['1.1.b', '1.1.c']);
  });

  it('gives eight targets added by two instances at once eight distinct references', async () => {
    const both = await instances();
    const created = await Promise.all(Array.from({ length: 8 }, (_, i) => createTarget(both[i % 2]!.ctx, both[i % 2]!.actor, world.activity.id, targetBody)));
    expect(new Set(created.map((t) => t.ref)).size).toBe(8);
  });

  it('gives two objectives and two activities added at once distinct references', async () => {
    const [a, b] = await instances();
    const objectiveBody = { title: 'Objective', pillar: 'participation', paragraphs: [4], functionalArea: 'military' };
    const objectives = await Promise.all([
      createObjective(a!.ctx, a!.actor, world.plan.id, objectiveBody),
      createObjective(b!.ctx, b!.actor, world.plan.id, objectiveBody),
    ]);
    expect(objectives.map((o) => o.ref).sort()).toEqual(['2', '3']);
    const activities = await Promise.all([
      createActivity(a!.ctx, a!.actor, world.objective.id, { title: 'A' }),
      createActivity(b!.ctx, b!.actor, world.objective.id, { title: 'B' }),
    ]);
    expect(activities.map((x) => x.ref).sort()).toEqual(['1.2', '1.3']);
  });

  it('still refuses a reference the caller chose when another writer took it first', async () => {
    const [a, b] = await instances();
    const results = await Promise.allSettled([
      createTarget(a!.ctx, a!.actor, world.activity.id, { ...targetBody, ref: '1.1.z' }),
      createTarget(b!.ctx, b!.actor, world.activity.id, { ...targetBody, ref: '1.1.z' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = results.find((r) => r.status === 'rejected');
    expect(refusal?.status === 'rejected' && refusal.reason).toBeInstanceOf(ConflictError);
  });
});
