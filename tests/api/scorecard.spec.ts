// The office scorecard over HTTP, in order, on one server whose clock moves: the criteria
// (GU, If-Match), a period rated live while open and stored once it is closed (the ratings
// checked against the rules on the monitoring world's data, and unmoved by later changes), an
// override (justified, audited, shown as overridden), remedial actions for ratings below
// "meets" and their lifecycle, and every refusal: permission, bad input, stale and missing
// If-Match, each leaving the stored records as they were; last, criteria stored before the
// workshop criterion was added, which still read.

import { scorecardCriteria, scorecardList, scorecardView, remedialActionView } from '../../src/contract';
import { DEFAULT_CRITERIA, SCORECARD_CRITERIA_SETTING } from '../../src/domain/scorecard-criteria';
import { commitOf } from '../support/factories';
import { USERS, type ApiResponse } from '../support/api-harness';
import { openSharePointStore } from '../support/sharepoint';
import { expectProblem, expectStatus, useApiFixture, type ApiFixtureOptions } from './fixture';
import { act, buildMonitoringWorld, checkIn, close, movableClock, monitoringAuthenticator, Q1, Q2, startReport } from './monitoring-fixture';

describeScorecard('SQLite', {});
describeScorecard('SharePoint on the Graph double', {
  async openStore() {
    const { fake, store } = await openSharePointStore();
    return {
      store,
      name: 'sharepoint',
      async close() {
        await store.close();
        await fake.close();
      },
    };
  },
});

function describeScorecard(storeName: string, options: Pick<ApiFixtureOptions, 'openStore'>): void {
  describe(`the office scorecard (${storeName})`, () => {
    const clock = movableClock('2006-01-05');
    const { h, f } = useApiFixture({ ...options, per: 'file', clock: clock.now, authenticator: monitoringAuthenticator() });
    let cardA = '';
    let etagA = '';
    let actionId = '';
    let actionEtag = '';

    const get = (path: string, as: string = USERS.advisor) => h.request('GET', path, { as });
    const scorecards = async (query: string, as: string = USERS.viewer) =>
      scorecardList.parse(expectStatus(await get(`/api/scorecards?${query}`, as), 200).body);
    const ratingsOf = (card: { ratings: { criterion: string; value: number | null; computed: string }[] }) =>
      Object.fromEntries(card.ratings.map((r) => [r.criterion, [r.value, r.computed]]));
    const override = (id: string, criterion: string, body: unknown, as: string = USERS.advisor, etag: string | null = etagA) =>
      h.request('PATCH', `/api/scorecards/${id}/ratings/${criterion}`, { as, body, headers: etag === null ? {} : { 'If-Match': etag } });
    const openAction = (body: Record<string, unknown>, as: string = USERS.advisor) =>
      h.request('POST', `/api/scorecards/${cardA}/remedial-actions`, {
        as,
        body: { criterion: 'milestones-met', steps: 'Review milestones with owners monthly', due: '2006-06-30', responsible: USERS.focalA, ...body },
      });
    const patchAction = (body: unknown, as: string, etag: string | null = actionEtag) =>
      h.request('PATCH', `/api/remedial-actions/${actionId}`, { as, body, headers: etag === null ? {} : { 'If-Match': etag } });
    const storedCard = async () => h.store.get('scorecard', cardA);
    /** A held workshop of one office, its participants recorded, as the focal point or the Gender Unit would. */
    const heldWorkshop = async (office: string, start: string, participants: unknown) => {
      const res = expectStatus(
        await h.request('POST', '/api/workshops', { as: USERS.advisor, body: { kind: 'office', offices: [office], start, status: 'held' } }),
        201,
      );
      const etag = res.headers.get('etag') ?? '';
      expectStatus(
        await h.request('PUT', `/api/workshops/${res.body.id}/participants`, { as: USERS.advisor, body: participants, headers: { 'If-Match': etag } }),
        200,
      );
    };

    beforeAll(async () => {
      const w = await buildMonitoringWorld(h, f);
      clock.set('2006-03-20');
      expectStatus(await checkIn(h, w.sexTarget, { date: '2006-03-20', women: 6, men: 6 }), 201);
      expectStatus(await checkIn(h, w.numberTarget, { date: '2006-03-20', value: 3, status: 'at-risk' }, USERS.focalA), 201);
      clock.set('2006-04-03');
      const report = (await startReport(h, Q1, f.officeA.code)).body.report.id;
      clock.set('2006-04-05');
      expectStatus(await act(h, report, 'submit', USERS.focalA), 200);
      expectStatus(await act(h, report, 'accept', USERS.advisor), 200);
      // Office A's workshop in February brought military staff (its plan's one functional area)
      // and a trainer by name; office B's was held only on 1-2 April, after the quarter.
      await heldWorkshop(f.officeA.code, '2006-02-06', {
        groups: [{ level: 'professional', function: 'military', women: 2, men: 3 }],
        named: [{ name: 'Ana Souza', level: 'senior-management', function: 'training', sex: 'female' }],
      });
      await heldWorkshop(f.officeB.code, '2006-04-01', { groups: [{ level: 'professional', function: 'military', women: 4, men: 4 }] });
    });

    describe('the criteria', () => {
      it('are the defaults with their rules, ETag "0", for the Gender Unit only', async () => {
        const res = expectStatus(await get('/api/scorecard-criteria'), 200);
        expect(res.headers.get('etag')).toBe('"0"');
        const body = scorecardCriteria.parse(res.body);
        expect(body.criteria).toEqual(DEFAULT_CRITERIA);
        expect(body.rules['targets-overdue']).toMatchObject({ label: 'Targets overdue', unit: 'percent', better: 'lower' });
        for (const as of [USERS.viewer, USERS.focalA, USERS.admin]) expectProblem(await get('/api/scorecard-criteria', as), 403);
      });

      it('are set with If-Match, and a stale or missing tag or a focal point is refused, changing nothing', async () => {
        const criteria = DEFAULT_CRITERIA.map((c) => (c.id === 'focal-point' ? { ...c, exceeds: 3 } : c));
        expectProblem(await h.request('PUT', '/api/scorecard-criteria', { as: USERS.advisor, body: { criteria } }), 428);
        expectProblem(await h.request('PUT', '/api/scorecard-criteria', { as: USERS.focalA, body: { criteria }, headers: { 'If-Match': '"0"' } }), 403);
        const saved = expectStatus(
          await h.request('PUT', '/api/scorecard-criteria', { as: USERS.advisor, body: { criteria }, headers: { 'If-Match': '"0"' } }),
          200,
        );
        expect(saved.headers.get('etag')).toBe('"1"');
        const stale = await h.request('PUT', '/api/scorecard-criteria', {
          as: USERS.advisor,
          body: { criteria: DEFAULT_CRITERIA },
          headers: { 'If-Match': '"0"' },
        });
        expectProblem(stale, 412);
        expect(stale.headers.get('etag')).toBe('"1"');
        expect(stale.body.current.criteria.find((c: { id: string }) => c.id === 'focal-point').exceeds).toBe(3);
      });

      it('refuses thresholds out of order and a criterion left out, naming the field', async () => {
        const wrong = DEFAULT_CRITERIA.map((c) => (c.id === 'targets-on-course' ? { ...c, meets: 20 } : c));
        expectProblem(
          await h.request('PUT', '/api/scorecard-criteria', { as: USERS.advisor, body: { criteria: wrong }, headers: { 'If-Match': '"1"' } }),
          400,
          'criteria.2.meets',
        );
        expectProblem(
          await h.request('PUT', '/api/scorecard-criteria', {
            as: USERS.advisor,
            body: { criteria: DEFAULT_CRITERIA.slice(1) },
            headers: { 'If-Match': '"1"' },
          }),
          400,
          'criteria',
        );
        expect(expectStatus(await get('/api/scorecard-criteria'), 200).headers.get('etag')).toBe('"1"');
      });
    });

    describe('ratings', () => {
      it('are computed live for the open period, with no id to override', async () => {
        clock.set('2006-04-10');
        const list = await scorecards(`period=${Q1}`);
        expect(list).toMatchObject({ period: { id: Q1, label: '2006 Q1', status: 'open' }, source: 'live' });
        expect(list.scorecards.map((c) => [c.office.code, c.id, c.source])).toEqual([
          [f.officeA.code, null, 'live'],
          [f.officeB.code, null, 'live'],
        ]);
        expect(await h.store.listScorecards({ periodId: Q1 })).toEqual([]);
      });

      it('are rated by the rules from the snapshot once the period is closed, and stored', async () => {
        clock.set('2006-04-20');
        expectStatus(await close(h, Q1, { force: true }), 200);
        const list = await scorecards(`period=${Q1}`);
        expect(list.source).toBe('stored');
        const [a, b] = list.scorecards;
        if (!a || !b) throw new Error('two scorecards expected');
        cardA = a.id ?? '';
        etagA = `"${a.version}"`;
        expect(a.office.code).toBe(f.officeA.code);
        // Office A: endorsed 4 days into the cycle; report 10 days early; one of two targets on
        // track (the other at risk); none overdue; 13 ≥ 10 met, 3 < 5 missed; women and men given
        // for its one sex-disaggregated target; one focal point (exceeds needs 3 now); the plan's
        // one functional area (military) at its February workshop.
        expect(ratingsOf(a)).toEqual({
          'plan-endorsed': [4, 'meets'],
          'report-on-time': [-10, 'exceeds'],
          'targets-on-course': [50, 'approaches'],
          'targets-overdue': [0, 'exceeds'],
          'milestones-met': [50, 'approaches'],
          'sex-disaggregated': [100, 'exceeds'],
          'focal-point': [1, 'meets'],
          'workshop-functions': [100, 'exceeds'],
        });
        expect(a.ratings.find((r) => r.criterion === 'milestones-met')).toMatchObject({
          ratingLabel: 'Approaches requirements',
          overridden: false,
          needsRemedialAction: true,
        });
        // Office B: no report by the due date; its only target not started; no milestones or sex
        // figures asked; its workshop held after the quarter, so none by its end.
        expect(ratingsOf(b)).toEqual({
          'plan-endorsed': [4, 'meets'],
          'report-on-time': [null, 'missing'],
          'targets-on-course': [0, 'missing'],
          'targets-overdue': [0, 'exceeds'],
          'milestones-met': [null, 'not-applicable'],
          'sex-disaggregated': [null, 'not-applicable'],
          'focal-point': [1, 'meets'],
          'workshop-functions': [null, 'missing'],
        });
        expect(b.ratings.find((r) => r.criterion === 'workshop-functions')).toMatchObject({
          label: 'Workshop with staff from all functions',
          unit: 'percent',
          ratingLabel: 'Missing',
          needsRemedialAction: true,
        });
        expect((await scorecards(`period=${Q1}&office=${f.officeB.code}`)).scorecards.map((c) => c.office.code)).toEqual([f.officeB.code]);
      });

      it('never move after the close: not with new criteria, new focal points, nor a workshop recorded later', async () => {
        const before = await scorecards(`period=${Q1}`);
        await heldWorkshop(f.officeB.code, '2006-03-06', { groups: [{ level: 'senior-management', function: 'military', women: 1, men: 1 }] });
        const strict = DEFAULT_CRITERIA.map((c) => ({ ...c, approaches: c.exceeds, meets: c.exceeds }));
        expectStatus(await h.request('PUT', '/api/scorecard-criteria', { as: USERS.advisor, body: { criteria: strict }, headers: { 'If-Match': '"1"' } }), 200);
        const officeA = expectStatus(await get(`/api/offices`), 200).body.find((o: { code: string }) => o.code === f.officeA.code);
        expectStatus(
          await h.request('PATCH', `/api/offices/${officeA.id}`, {
            as: USERS.advisor,
            body: { focalPoints: [] },
            headers: { 'If-Match': `"${officeA.version}"` },
          }),
          200,
        );
        expect(await scorecards(`period=${Q1}`)).toEqual(before);
        expectStatus(
          await h.request('PATCH', `/api/offices/${officeA.id}`, {
            as: USERS.advisor,
            body: { focalPoints: [USERS.focalA] },
            headers: { 'If-Match': `"${officeA.version + 1}"` },
          }),
          200,
        );
      });

      it('refuses a query without a period, with a malformed office, or for a period or office that does not exist', async () => {
        expectProblem(await get('/api/scorecards'), 400, 'period');
        expectProblem(await get(`/api/scorecards?period=${Q1}&office=bad`), 400, 'office');
        expectProblem(await get('/api/scorecards?period=2006-2007_2099-Q1'), 404);
        expectProblem(await get(`/api/scorecards?period=${Q1}&office=ZZ9`), 404);
        expectProblem(await get(`/api/scorecards?period=${Q1}`, USERS.stranger), 403);
      });
    });

    describe('an override', () => {
      it('is the Gender Unit`s alone: focal points and viewers are refused, and nothing changes', async () => {
        const body = { rating: 'meets', justification: 'Second target re-planned with DPKO approval' };
        for (const as of [USERS.focalA, USERS.viewer, USERS.admin]) expectProblem(await override(cardA, 'targets-on-course', body, as), 403);
        expect((await storedCard())?.version).toBe(1);
      });

      it('refuses bad input naming the field: a blank justification, an unknown rating or criterion', async () => {
        expectProblem(await override(cardA, 'targets-on-course', { rating: 'meets', justification: ' \u200b ' }), 400, 'justification');
        expectProblem(await override(cardA, 'targets-on-course', { rating: 'great', justification: 'Why not' }), 400, 'rating');
        expectProblem(await override(cardA, 'targets-on-course', { rating: 'meets' }), 400, 'justification');
        expectProblem(await override(cardA, 'charm', { rating: 'meets', justification: 'Why not' }), 400, 'criterion');
        expectProblem(await override('no-such-card', 'targets-on-course', { rating: 'meets', justification: 'Why not' }), 404);
        expect((await storedCard())?.version).toBe(1);
      });

      it('needs If-Match, and a stale one gets the scorecard as it is now', async () => {
        const body = { rating: 'meets', justification: 'Second target re-planned with DPKO approval' };
        expectProblem(await override(cardA, 'targets-on-course', body, USERS.advisor, null), 428);
        const stale = await override(cardA, 'targets-on-course', body, USERS.advisor, '"7"');
        expectProblem(stale, 412);
        expect({ etag: stale.headers.get('etag'), id: stale.body.current.id }).toEqual({ etag: etagA, id: cardA });
      });

      it('is kept beside the computed rating, shown as overridden with who and why, and audited', async () => {
        clock.set('2006-04-22');
        const res = expectStatus(
          await override(cardA, 'targets-on-course', { rating: 'meets', justification: 'Second target re-planned with DPKO approval' }),
          200,
        );
        const view = scorecardView.parse(res.body);
        expect(res.headers.get('etag')).toBe('"2"');
        etagA = '"2"';
        expect(view.ratings.find((r) => r.criterion === 'targets-on-course')).toMatchObject({
          computed: 'approaches',
          rating: 'meets',
          ratingLabel: 'Meets requirements',
          overridden: true,
          needsRemedialAction: false,
          override: {
            rating: 'meets',
            justification: 'Second target re-planned with DPKO approval',
            by: USERS.advisor,
            byName: 'Gender Advisor',
            at: '2006-04-22T09:00:00.000Z',
          },
        });
        const audit = expectStatus(await get(`/api/audit?entity=scorecard&id=${encodeURIComponent(cardA)}`), 200).body;
        expect(audit.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
        expect(audit.map((e: { actor: string }) => e.actor)).toEqual([USERS.advisor, 'scorecard@action-plan']);
      });
    });

    describe('remedial actions', () => {
      it('are opened by the Gender Unit for a rating below "meets" only', async () => {
        const res = expectStatus(await openAction({}), 201);
        const action = remedialActionView.parse(res.body);
        actionId = action.id;
        actionEtag = res.headers.get('etag') ?? '';
        expect(action).toMatchObject({
          criterion: 'milestones-met',
          status: 'open',
          statusLabel: 'Open',
          responsibleName: 'Focal Point A',
          officeId: expect.any(String),
          resources: null,
          version: 1,
        });
        for (const criterion of ['plan-endorsed', 'targets-on-course']) {
          const refused = await openAction({ criterion });
          expectProblem(refused, 409);
          expect(refused.body).toMatchObject({ code: 'rating-not-below-meets', params: { criterion, rating: 'meets' } });
        }
      });

      it('refuses focal points and viewers opening one, and bad input naming the field, adding nothing', async () => {
        for (const as of [USERS.focalA, USERS.viewer]) expectProblem(await openAction({}, as), 403);
        expectProblem(await openAction({ steps: '   ' }), 400, 'steps');
        expectProblem(await openAction({ due: '2006-02-30' }), 400, 'due');
        expectProblem(await openAction({ responsible: 'not an e-mail' }), 400, 'responsible');
        expectProblem(await openAction({ criterion: 'charm' }), 400, 'criterion');
        expectProblem(await openAction({ owner: USERS.focalA }), 400, 'owner');
        expect(await h.store.listRemedialActions({ scorecardId: cardA })).toHaveLength(1);
      });

      it('show under their criterion on the scorecard', async () => {
        const [a] = (await scorecards(`period=${Q1}&office=${f.officeA.code}`)).scorecards;
        expect(a?.ratings.find((r) => r.criterion === 'milestones-met')?.remedialActions.map((x) => x.id)).toEqual([actionId]);
        expect(a?.ratings.find((r) => r.criterion === 'report-on-time')?.remedialActions).toEqual([]);
      });

      it('are carried out by the office`s focal points: steps and status, with If-Match', async () => {
        const res = expectStatus(await patchAction({ status: 'in-progress', steps: 'Monthly review with owners; first one held' }, USERS.focalA), 200);
        expect(res.body).toMatchObject({ status: 'in-progress', statusLabel: 'In progress', steps: 'Monthly review with owners; first one held', version: 2 });
        expect(res.headers.get('etag')).toBe('"2"');
        actionEtag = '"2"';
      });

      it('keep the due date, responsible and resources the Gender Unit`s, and other offices out', async () => {
        const refused = await patchAction({ due: '2006-12-31' }, USERS.focalA);
        expectProblem(refused, 403);
        expect(refused.body.detail).toContain('due');
        for (const as of [USERS.focalB, USERS.viewer]) expectProblem(await patchAction({ status: 'done' }, as), 403);
        const res = expectStatus(await patchAction({ due: '2006-09-30', responsible: USERS.focalB, resources: 'One P-3 for two months' }, USERS.advisor), 200);
        expect(res.body).toMatchObject({
          due: '2006-09-30',
          responsibleName: 'Focal Point B',
          resources: 'One P-3 for two months',
          status: 'in-progress',
          version: 3,
        });
        actionEtag = '"3"';
      });

      it('refuses a missing or stale If-Match and bad input, changing nothing', async () => {
        expectProblem(await patchAction({ status: 'done' }, USERS.focalA, null), 428);
        const stale = await patchAction({ status: 'done' }, USERS.focalA, '"1"');
        expectProblem(stale, 412);
        expect({ etag: stale.headers.get('etag'), status: stale.body.current.status }).toEqual({ etag: '"3"', status: 'in-progress' });
        expectProblem(await patchAction({ status: 'finished' }, USERS.focalA), 400, 'status');
        expectProblem(await patchAction({ steps: '' }, USERS.focalA), 400, 'steps');
        expectProblem(
          await h.request('PATCH', '/api/remedial-actions/no-such-action', { as: USERS.advisor, body: { status: 'done' }, headers: { 'If-Match': '"1"' } }),
          404,
        );
        expect(await h.store.get('remedialAction', actionId)).toMatchObject({ version: 3, status: 'in-progress' });
      });

      it('are done at the end, audited under the office', async () => {
        expectStatus(await patchAction({ status: 'done' }, USERS.focalA), 200);
        const audit: ApiResponse = expectStatus(await get(`/api/audit?entity=remedialAction&id=${actionId}`, USERS.focalA), 200);
        expect(audit.body.map((e: { actor: string }) => e.actor)).toEqual([USERS.focalA, USERS.advisor, USERS.focalA, USERS.advisor]);
      });
    });

    describe('criteria stored before the workshop criterion', () => {
      it('still read, the new one at its default, rating the open period; a PUT must name it, and the closed period stays as rated', async () => {
        const before = await scorecards(`period=${Q1}`);
        const setting = await h.store.get('setting', SCORECARD_CRITERIA_SETTING);
        if (!setting) throw new Error('the criteria were stored above');
        // The set as the release before the workshop criterion saved it: seven criteria, one tuned.
        const older = DEFAULT_CRITERIA.filter((c) => c.id !== 'workshop-functions').map((c) => (c.id === 'focal-point' ? { ...c, exceeds: 3 } : c));
        await h.store.commit(commitOf([{ op: 'update', entity: 'setting', id: setting.id, expectedVersion: setting.version, patch: { value: older } }]));
        const etag = `"${setting.version + 1}"`;
        const read = expectStatus(await get('/api/scorecard-criteria'), 200);
        expect(read.headers.get('etag')).toBe(etag);
        expect(scorecardCriteria.parse(read.body).criteria).toEqual([...older, DEFAULT_CRITERIA.find((c) => c.id === 'workshop-functions')]);
        const [live] = (await scorecards(`period=${Q2}&office=${f.officeA.code}`)).scorecards;
        expect(live?.ratings.map((r) => r.criterion)).toContain('workshop-functions');
        const refused = await h.request('PUT', '/api/scorecard-criteria', { as: USERS.advisor, body: { criteria: older }, headers: { 'If-Match': etag } });
        expectProblem(refused, 400, 'criteria');
        expect(JSON.stringify(refused.body)).toContain('workshop-functions');
        expect(expectStatus(await get('/api/scorecard-criteria'), 200).headers.get('etag')).toBe(etag);
        const whole = scorecardCriteria.parse(read.body).criteria;
        expectStatus(await h.request('PUT', '/api/scorecard-criteria', { as: USERS.advisor, body: { criteria: whole }, headers: { 'If-Match': etag } }), 200);
        expect(await scorecards(`period=${Q1}`)).toEqual(before);
      });
    });
  });
}
