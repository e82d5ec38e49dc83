// GET /api/people: the people picker's directory search and the display names of the e-mails
// a view shows, for readers only, with clear 400s for bad queries.

import { USERS } from '../support/api-harness';
import { expectProblem, expectStatus, useApiFixture } from './fixture';

describe('GET /api/people', () => {
  // Focal points and an owner make the world's people readers.
  const { h } = useApiFixture({ per: 'file' });

  const get = (path: string, as: string = USERS.viewer) => h.request('GET', path, { as });

  describe('?q= (search)', () => {
    it('finds people by the start of any word of their name', async () => {
      const res = expectStatus(await get('/api/people?q=point'), 200);
      expect(res.body).toEqual({
        people: [
          { email: USERS.focalA, name: 'Focal Point A' },
          { email: USERS.focalB, name: 'Focal Point B' },
        ],
      });
    });

    it('finds people by the start of their e-mail, whatever the case', async () => {
      const res = expectStatus(await get('/api/people?q=ADVI'), 200);
      expect(res.body.people).toEqual([{ email: USERS.advisor, name: 'Gender Advisor' }]);
    });

    it('returns at most limit people', async () => {
      const res = expectStatus(await get('/api/people?q=f&limit=1'), 200);
      expect(res.body.people).toHaveLength(1);
    });

    it('answers an empty list when nobody matches', async () => {
      expect(expectStatus(await get('/api/people?q=zzz'), 200).body).toEqual({ people: [] });
    });

    it('lets a target owner (no role, no office) search too', async () => {
      expect(expectStatus(await get('/api/people?q=gender', USERS.owner), 200).body.people).toHaveLength(1);
    });
  });

  describe('?email= (names)', () => {
    it('gives the display names of the known e-mails and leaves the unknown out', async () => {
      const res = expectStatus(await get(`/api/people?email=${USERS.owner}&email=nobody@elsewhere.example&email=${USERS.advisor.toUpperCase()}`), 200);
      expect(res.body.people).toEqual([
        { email: USERS.owner, name: 'Target Owner' },
        { email: USERS.advisor, name: 'Gender Advisor' },
      ]);
    });

    it('accepts a single e-mail', async () => {
      expect(expectStatus(await get(`/api/people?email=${USERS.viewer}`), 200).body.people).toEqual([{ email: USERS.viewer, name: 'Senior Manager' }]);
    });
  });

  describe('refusals', () => {
    it('refuses a stranger with 403 before searching', async () => {
      expectProblem(await get('/api/people?q=gender', USERS.stranger), 403);
    });

    it('refuses a caller without identity with 401', async () => {
      expectProblem(await h.request('GET', '/api/people?q=gender'), 401);
    });

    it.each([
      ['no q at all', '/api/people', 'q'],
      ['a blank q', '/api/people?q=%20%20', 'q'],
      ['a q over 100 characters', `/api/people?q=${'a'.repeat(101)}`, 'q'],
      ['a limit over 20', '/api/people?q=a&limit=21', 'limit'],
      ['a limit that is not a number', '/api/people?q=a&limit=ten', 'limit'],
      ['an unknown parameter', '/api/people?q=a&office=A1', 'office'],
      ['an invalid e-mail', '/api/people?email=not-an-email', 'email.0'],
      ['names and a search at once', `/api/people?email=${USERS.owner}&q=a`, 'email'],
    ])('answers 400 naming the field for %s', async (_what, path, field) => {
      expectProblem(await get(path), 400, field);
    });

    it('answers 400 for more than 200 e-mails', async () => {
      const many = Array.from({ length: 201 }, (_, i) => `email=p${i}@dpko.example.org`).join('&');
      expectProblem(await get(`/api/people?${many}`), 400, 'email');
    });
  });
});
