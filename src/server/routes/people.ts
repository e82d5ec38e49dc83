// People: directory search for the tab's people picker (GET /api/people?q=) and display names
// for the e-mails a view shows (GET /api/people?email=a&email=b), one request per screen.

import { Router } from 'express';
import { ValidationError } from '../../domain/errors';
import type { ServiceContext } from '../../services/context';
import { namesOf, searchPeople } from '../../services/people';
import { actorOf } from '../http';

export function peopleRoutes(ctx: ServiceContext): Router {
  const router = Router();

  router.get('/people', async (req, res) => {
    const { q, email, limit, ...rest } = req.query;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) {
      throw new ValidationError(
        'Invalid query',
        unknown.map((field) => ({ field, code: 'unknown-field', message: 'is not a known field' })),
      );
    }
    if (email !== undefined && (q !== undefined || limit !== undefined)) {
      throw new ValidationError('Invalid query', [
        { field: 'email', code: 'exclusive', params: { other: 'q' }, message: 'ask either for names (email) or for a search (q), not both' },
      ]);
    }
    const people =
      email !== undefined
        ? await namesOf(ctx, actorOf(res), { email: Array.isArray(email) ? email : [email] })
        : await searchPeople(ctx, actorOf(res), { q, limit });
    res.set('Cache-Control', 'private, no-cache').json({ people });
  });

  return router;
}
