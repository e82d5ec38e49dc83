// The demo's scorecards: seeded into a real SQLite store, the last closed quarter is rated and
// stored through the scorecard services, one rating is overridden by the Gender Advisor with a
// justification (audited), and four remedial actions stand on ratings below "meets": one
// overdue, one due within the week, one later, one done, each with steps, resources and a
// responsible person shown by name, whatever day the demo is started on.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { daysBetween, dayOf } from '../../src/domain/dates';
import { buildDemoData, DEMO_USERS } from '../../src/demo/demo-data';
import { scorecardCards } from '../../src/bot/scorecard-answers';
import { GENDER_ADVISOR, officeStaff } from '../../src/demo/demo-users';
import { resolveActor, serviceContext } from '../../src/services/context';
import { staticDirectory } from '../../src/services/directory';
import type { Actor } from '../../src/services/identity';
import { listScorecards } from '../../src/services/scorecard/scorecards';
import { seedDataset } from '../../src/services/seed';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { readableText } from '../fakes/bot-activities';

const advisor: Actor = { id: GENDER_ADVISOR, email: GENDER_ADVISOR, name: 'Amina Diallo', roles: ['gender-unit'], focalOfficeIds: [] };
const nameOf = new Map(DEMO_USERS.map((u) => [u.email, u.name]));

/** Seeds the demo as of `now` into a fresh SQLite file and hands over its store and the data. */
async function withSeededDemo<T>(now: Date, check: (store: SqliteStore, data: ReturnType<typeof buildDemoData>) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-demo-'));
  const store = new SqliteStore({ path: path.join(dir, 'demo.db') });
  try {
    let n = 0;
    const data = buildDemoData(now, () => `id-${++n}`);
    await seedDataset(
      serviceContext(store, () => now, undefined, staticDirectory(DEMO_USERS)),
      data,
    );
    return await check(store, data);
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the demo scorecards', () => {
  it('stores the last closed quarter’s scorecards with four remedial actions on ratings below "meets", by display name', async () => {
    const now = new Date('2026-11-28T09:00:00Z');
    await withSeededDemo(now, async (store, data) => {
      const lastClose = data.monitoring.closes.at(-1);
      expect(lastClose).toBeDefined();
      const ctx = serviceContext(store, () => now, undefined, staticDirectory(DEMO_USERS));
      const list = await listScorecards(ctx, advisor, { period: lastClose?.periodId ?? '' });
      expect(list.source).toBe('stored');
      expect(list.scorecards).toHaveLength(data.offices.length);
      expect(await store.listScorecards({ periodId: lastClose?.periodId ?? '' })).toHaveLength(data.offices.length);

      const actions = list.scorecards.flatMap((card) =>
        card.ratings.flatMap((r) => r.remedialActions.map((a) => ({ office: card.office.code, rating: r.rating, needs: r.needsRemedialAction, ...a }))),
      );
      expect(actions.map((a) => `${a.office} ${a.criterion} ${a.status}`).sort()).toEqual([
        'MD sex-disaggregated open',
        'OMS plan-endorsed in-progress',
        'OO milestones-met done',
        'PBPS report-on-time open',
      ]);
      const today = dayOf(now);
      for (const a of actions) {
        expect(['missing', 'approaches']).toContain(a.rating);
        expect(a.needs).toBe(true);
        expect(a.steps.length).toBeGreaterThan(60);
        // People appear by name: every responsible person is a demo user, and the view names them.
        expect(a.responsibleName).toBe(nameOf.get(a.responsible));
        expect(a.responsibleName).not.toContain('@');
        expect(a.statusLabel).not.toBe(a.status);
      }
      const until = (office: string) => daysBetween(today, actions.find((a) => a.office === office)?.due ?? '');
      expect(until('OMS')).toBeLessThan(0);
      expect(until('PBPS')).toBeGreaterThanOrEqual(0);
      expect(until('PBPS')).toBeLessThanOrEqual(7);
      expect(until('MD')).toBeGreaterThan(7);
      expect(actions.find((a) => a.office === 'PBPS')?.steps).toContain(list.period.label);
      expect(actions.filter((a) => a.resources !== null).length).toBeGreaterThanOrEqual(3);
    });
  });

  it('shows one rating overridden by the Gender Advisor with a justification, and audits it', async () => {
    const now = new Date('2026-11-28T09:00:00Z');
    await withSeededDemo(now, async (store, data) => {
      const ctx = serviceContext(store, () => now, undefined, staticDirectory(DEMO_USERS));
      const list = await listScorecards(ctx, advisor, { period: data.monitoring.closes.at(-1)?.periodId ?? '' });
      const overridden = list.scorecards.flatMap((card) => card.ratings.filter((r) => r.overridden).map((r) => ({ office: card.office.code, ...r })));
      expect(overridden).toHaveLength(1);
      expect(overridden[0]).toMatchObject({
        office: 'OUSG',
        criterion: 'milestones-met',
        computed: 'approaches',
        rating: 'meets',
        needsRemedialAction: false,
        override: { by: GENDER_ADVISOR, byName: 'Amina Diallo', justification: expect.stringContaining('hiring freeze') },
      });
      const card = list.scorecards.find((c) => c.office.code === 'OUSG');
      const trail = await store.listAudit({ entity: 'scorecard', entityId: card?.id ?? '', limit: 10 });
      expect(trail.map((e) => `${e.action} ${e.actor}`)).toEqual([`update ${GENDER_ADVISOR}`, 'create scorecard@action-plan']);
    });
  });

  it('rates every office by its workshops held by the quarter’s end: a mix from exceeds to missing, the offices whose workshop came later missing', async () => {
    const now = new Date('2026-11-28T09:00:00Z');
    await withSeededDemo(now, async (store, data) => {
      const ctx = serviceContext(store, () => now, undefined, staticDirectory(DEMO_USERS));
      const periodId = data.monitoring.closes.at(-1)?.periodId ?? '';
      const end = data.monitoring.periods.find((p) => p.id === periodId)?.end ?? '';
      const list = await listScorecards(ctx, advisor, { period: periodId });
      const workshopOf = (officeId: string) => data.process?.workshops.find((w) => w.officeIds.includes(officeId));
      const ratings = list.scorecards.map((card) => ({
        office: card.office.code,
        heldByEnd: (workshopOf(card.office.id)?.end ?? '9999-12-31') <= end,
        rating: card.ratings.find((r) => r.criterion === 'workshop-functions'),
      }));
      expect(ratings.every((r) => r.rating !== undefined)).toBe(true);
      for (const r of ratings) {
        if (r.heldByEnd) expect(r.rating?.value).toBeGreaterThan(0);
        else expect(r.rating).toMatchObject({ value: null, rating: 'missing', needsRemedialAction: true });
      }
      const words = new Set(ratings.map((r) => r.rating?.rating));
      expect(words).toContain('exceeds');
      expect(words).toContain('missing');
      expect(ratings.filter((r) => r.heldByEnd).length).toBeGreaterThanOrEqual(3);
      expect(ratings.filter((r) => !r.heldByEnd).length).toBeGreaterThanOrEqual(1);
    });
  });

  it('answers the bot’s "scorecard" for a focal point with her office’s open remedial action, by name and status in words', async () => {
    const now = new Date('2026-11-28T09:00:00Z');
    await withSeededDemo(now, async (store) => {
      const ctx = serviceContext(store, () => now, undefined, staticDirectory(DEMO_USERS));
      const email = officeStaff('PBPS').focalPoints[0] ?? '';
      const user = DEMO_USERS.find((u) => u.email === email);
      // A focal point by the office's list, not by a role.
      const focal = await resolveActor(ctx, { id: email, email, name: user?.name ?? '', roles: user?.roles ?? [] });
      expect(focal.focalOfficeIds).toHaveLength(1);
      const links = { appId: null, entityId: 'plans', webUrl: 'http://127.0.0.1:3978/' };
      const text = readableText(await scorecardCards({ ctx, links }, focal, null, () => Promise.resolve([])));
      expect(text).toContain('PBPS: scorecard for');
      expect(text).toContain('Hand in the missing');
      expect(text).toContain(nameOf.get(email));
      expect(text).not.toContain(email);
      expect(text).toMatch(/\bOpen\b/);
      expect(text).not.toMatch(/\b(in-progress|report-on-time)\b/);
    });
  });

  it.each(['2026-01-10', '2026-04-01', '2026-06-30', '2026-09-15', '2027-03-31'])('seeds the same four remedial actions when started on %s', async (day) => {
    const now = new Date(`${day}T08:00:00Z`);
    await withSeededDemo(now, async (store) => {
      const actions = await store.listRemedialActions({});
      expect(actions.map((a) => `${a.criterion} ${a.status}`).sort()).toEqual([
        'milestones-met done',
        'plan-endorsed in-progress',
        'report-on-time open',
        'sex-disaggregated open',
      ]);
    });
  });
});
