// GET|PUT /api/reminder-policy: the Gender Unit reads the policy with its defaults and changes
// it with If-Match; everyone else is refused; bad input is refused field by field and writes
// nothing; every change is in the audit trail with who made it and what it was before.

import { DEFAULT_REMINDER_POLICY } from '../../src/domain/reminder-policy';
import { USERS, type ApiResponse } from '../support/api-harness';
import { expectProblem, expectStatus, useApiFixture } from './fixture';

describe('/api/reminder-policy', () => {
  const { h } = useApiFixture({ world: false });

  const get = (as: string = USERS.advisor) => h.request('GET', '/api/reminder-policy', { as });
  const put = (body: unknown, etag: string | null, as: string = USERS.advisor) =>
    h.request('PUT', '/api/reminder-policy', { as, body, headers: etag === null ? {} : { 'If-Match': etag } });
  const audit = () => h.request('GET', '/api/audit?entity=setting&id=reminder-policy', { as: USERS.advisor });

  /** Asserts the refusal and that neither the policy nor its version moved. */
  async function refusedWithoutChange(send: () => Promise<ApiResponse>, status: number, field?: string): Promise<ApiResponse> {
    const before = await get();
    const res = await send();
    expectProblem(res, status, field);
    const after = await get();
    expect({ body: after.body, etag: after.headers.get('etag') }).toEqual({ body: before.body, etag: before.headers.get('etag') });
    return res;
  }

  describe('GET', () => {
    it('answers the defaults with ETag "0" while no policy is stored', async () => {
      const res = expectStatus(await get(), 200);
      expect(res.body).toEqual(DEFAULT_REMINDER_POLICY);
      expect(res.headers.get('etag')).toBe('"0"');
    });

    it.each([
      ['a viewer', USERS.viewer],
      ['an administrator', USERS.admin],
      ['a focal point', USERS.focalA],
      ['a target owner', USERS.owner],
      ['a stranger', USERS.stranger],
    ])('refuses %s with 403', async (_who, as) => {
      expectProblem(await get(as), 403);
    });

    it('refuses a caller without identity with 401', async () => {
      expectProblem(await h.request('GET', '/api/reminder-policy'), 401);
    });
  });

  describe('PUT', () => {
    it('stores a whole policy, filling what it leaves out with defaults, and answers it with the new ETag', async () => {
      const res = expectStatus(await put({ dueSoonDays: 3, sendWindow: { startHour: 8, endHour: 18 }, defaultTimeZone: 'Europe/Zurich' }, '"0"'), 200);
      expect(res.body).toEqual({ ...DEFAULT_REMINDER_POLICY, dueSoonDays: 3, sendWindow: { startHour: 8, endHour: 18 }, defaultTimeZone: 'Europe/Zurich' });
      expect(res.headers.get('etag')).toBe('"1"');
      const read = await get();
      expect(read.body).toEqual(res.body);
      expect(read.headers.get('etag')).toBe('"1"');
    });

    it('replaces the whole policy: a field left out goes back to its default', async () => {
      expectStatus(await put({ dueSoonDays: 3, overdueEveryDays: 5 }, '"0"'), 200);
      const res = expectStatus(await put({ overdueEveryDays: 5 }, '"1"'), 200);
      expect(res.body.dueSoonDays).toBe(DEFAULT_REMINDER_POLICY.dueSoonDays);
      expect(res.headers.get('etag')).toBe('"2"');
    });

    it('requires If-Match (428) and writes nothing without it', async () => {
      await refusedWithoutChange(() => put({ dueSoonDays: 3 }, null), 428);
    });

    it('refuses a stale If-Match with 412, the current policy and its ETag', async () => {
      expectStatus(await put({ dueSoonDays: 3 }, '"0"'), 200);
      const res = await refusedWithoutChange(() => put({ dueSoonDays: 9 }, '"0"'), 412);
      expect(res.body.current).toEqual({ ...DEFAULT_REMINDER_POLICY, dueSoonDays: 3 });
      expect(res.headers.get('etag')).toBe('"1"');
    });

    it('refuses a tag from the future (or from another record) with 412 while none is stored', async () => {
      const res = await refusedWithoutChange(() => put({ dueSoonDays: 9 }, '"7"'), 412);
      expect(res.body.current).toEqual(DEFAULT_REMINDER_POLICY);
      expect(res.headers.get('etag')).toBe('"0"');
    });

    it('treats an If-Match that is no ETag of this API as stale (412), as RFC 9110 says of a tag that does not match', async () => {
      await refusedWithoutChange(() => put({ dueSoonDays: 3 }, 'yesterday'), 412);
    });

    it.each([
      ['quiet hours inverted (the window ends before it starts)', { sendWindow: { startHour: 17, endHour: 9 } }, 'sendWindow.endHour'],
      ['an unknown time zone', { defaultTimeZone: 'Mars/Olympus_Mons' }, 'defaultTimeZone'],
      [
        'a time zone IANA does not have (Geneva keeps Zurich time)',
        { timeZones: { 'owner@dpko.example.org': 'Europe/Geneva' } },
        'timeZones.owner@dpko.example.org',
      ],
      ['a negative number of days', { dueSoonDays: -1 }, 'dueSoonDays'],
      ['days written as text', { overdueEveryDays: '7' }, 'overdueEveryDays'],
      ['a weekday that does not exist', { workingDays: [1, 8] }, 'workingDays.1'],
      ['no working day at all', { workingDays: [] }, 'workingDays'],
      [
        'the Gender Unit hearing before the focal points',
        { escalateToFocalPointAfterDays: 30, escalateToGenderUnitAfterDays: 14 },
        'escalateToGenderUnitAfterDays',
      ],
      ['a field the policy does not have', { quietHours: '22-7' }, ''],
      ['a recipient that is not an e-mail', { genderUnit: { recipients: ['the gender unit'] } }, 'genderUnit.recipients.0'],
    ])('refuses %s with 400 naming the field, and writes nothing', async (_what, body, field) => {
      const res = await refusedWithoutChange(() => put(body, '"0"'), 400);
      if (field) expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      else expect(res.body.errors.length).toBeGreaterThan(0);
    });

    it.each([
      ['a viewer', USERS.viewer],
      ['an administrator', USERS.admin],
      ['a focal point', USERS.focalA],
      ['a target owner', USERS.owner],
      ['a stranger', USERS.stranger],
    ])('refuses %s with 403 and writes nothing', async (_who, as) => {
      await refusedWithoutChange(() => put({ dueSoonDays: 1 }, '"0"', as), 403);
    });
  });

  describe('audit', () => {
    it('records who changed the policy, with the policy before and after', async () => {
      expectStatus(await put({ dueSoonDays: 3 }, '"0"'), 200);
      expectStatus(await put({ dueSoonDays: 5 }, '"1"'), 200);
      const events = expectStatus(await audit(), 200).body as { actor: string; action: string; before: any; after: any }[];
      expect(events).toHaveLength(2);
      const update = events.find((e) => e.action === 'update');
      const create = events.find((e) => e.action === 'create');
      expect(create).toMatchObject({ actor: USERS.advisor, before: null });
      expect(create?.after.value.dueSoonDays).toBe(3);
      expect(update).toMatchObject({ actor: USERS.advisor });
      expect(update?.before.value.dueSoonDays).toBe(3);
      expect(update?.after.value.dueSoonDays).toBe(5);
    });

    it('records nothing for a refused change', async () => {
      await put({ dueSoonDays: -1 }, '"0"');
      await put({ dueSoonDays: 3 }, null);
      expect(expectStatus(await audit(), 200).body).toEqual([]);
    });
  });
});
