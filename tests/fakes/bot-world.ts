// The small department the bot and reminder tests share, written straight into a store:
// offices OA (focal point A) and OB (focal point B), an endorsed plan each, and targets that
// are overdue, due soon, on time and achieved, owned by the people of tests/support.

import { addDays, dayOf } from '../../src/domain/dates';
import type { NewRecord } from '../../src/domain/model';
import type { DirectoryEntry } from '../../src/services/directory';
import type { PlanStore } from '../../src/store/plan-store';
import { USERS } from '../support/api-harness';
import { activity, commitOf, objective, office, plan, target } from '../support/factories';

export const PEOPLE: DirectoryEntry[] = [
  { email: USERS.advisor, name: 'Gender Advisor', roles: ['gender-unit'] },
  { email: USERS.viewer, name: 'Senior Manager', roles: ['viewer'] },
  { email: USERS.admin, name: 'Administrator', roles: ['admin'] },
  { email: USERS.focalA, name: 'Focal Point A', roles: [] },
  { email: USERS.focalB, name: 'Focal Point B', roles: [] },
  { email: USERS.owner, name: 'Target Owner', roles: [] },
  { email: USERS.stranger, name: 'Stranger', roles: [] },
];

export interface World {
  officeA: NewRecord<'office'>;
  officeB: NewRecord<'office'>;
  planA: NewRecord<'plan'>;
  planB: NewRecord<'plan'>;
  /** Owner's, 10 days overdue. */
  overdueA: NewRecord<'target'>;
  /** Focal point A's, due in 3 days. */
  dueSoonA: NewRecord<'target'>;
  /** Owner's, achieved after its due date. */
  achievedA: NewRecord<'target'>;
  /** Focal point B's, 40 days overdue. */
  overdueB: NewRecord<'target'>;
  /** Owner's in office B, due in 60 days. */
  laterB: NewRecord<'target'>;
}

export async function seedWorld(
  store: PlanStore,
  now: Date,
  over: { planStatus?: 'endorsed' | 'submitted' | 'draft'; digestChannelA?: string | null } = {},
): Promise<World> {
  const today = dayOf(now);
  const officeA = office({ code: 'OA', name: 'Office A', focalPoints: [USERS.focalA], digestChannelId: over.digestChannelA ?? null });
  const officeB = office({ code: 'OB', name: 'Office B', focalPoints: [USERS.focalB] });
  const history = [{ status: 'submitted' as const, by: USERS.focalA, at: `${addDays(today, -60)}T10:00:00.000Z`, comment: null }];
  const planA = plan(officeA.id, { status: over.planStatus ?? 'endorsed', title: 'Office A work plan', history });
  const planB = plan(officeB.id, { status: over.planStatus ?? 'endorsed', title: 'Office B work plan', history });
  const objA = objective(planA.id, { title: 'Women in field operations' });
  const objB = objective(planB.id, { title: 'Gender-responsive policing' });
  const actA = activity(planA.id, objA.id);
  const actB = activity(planB.id, objB.id);
  const overdueA = target(planA.id, actA.id, {
    ref: '1.1.a',
    description: 'Contingents trained',
    owner: USERS.owner,
    dueDate: addDays(today, -10),
    status: 'on-track',
    progress: 40,
  });
  const dueSoonA = target(planA.id, actA.id, {
    ref: '1.1.b',
    description: 'Guidance issued',
    owner: USERS.focalA,
    dueDate: addDays(today, 3),
    status: 'not-started',
  });
  const achievedA = target(planA.id, actA.id, {
    ref: '1.1.c',
    description: 'Roster built',
    owner: USERS.owner,
    dueDate: addDays(today, -20),
    status: 'achieved',
    progress: 100,
  });
  const overdueB = target(planB.id, actB.id, {
    ref: '1.1.a',
    description: 'Police advisers deployed',
    owner: USERS.focalB,
    dueDate: addDays(today, -40),
    status: 'at-risk',
    progress: 20,
  });
  const laterB = target(planB.id, actB.id, {
    ref: '1.1.b',
    description: 'Vetting guidance',
    owner: USERS.owner,
    dueDate: addDays(today, 60),
    status: 'on-track',
    progress: 10,
  });
  await store.commit(
    commitOf([
      { op: 'create', entity: 'office', record: officeA },
      { op: 'create', entity: 'office', record: officeB },
    ]),
  );
  await store.commit(
    commitOf([
      { op: 'create', entity: 'plan', record: planA },
      { op: 'create', entity: 'plan', record: planB },
      { op: 'create', entity: 'objective', record: objA },
      { op: 'create', entity: 'objective', record: objB },
      { op: 'create', entity: 'activity', record: actA },
      { op: 'create', entity: 'activity', record: actB },
      ...[overdueA, dueSoonA, achievedA, overdueB, laterB].map((record) => ({ op: 'create' as const, entity: 'target' as const, record })),
    ]),
  );
  return { officeA, officeB, planA, planB, overdueA, dueSoonA, achievedA, overdueB, laterB };
}
