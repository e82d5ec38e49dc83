// People: directory search for the people picker and display names for e-mails (GET /api/people).

import { z } from 'zod';
import { contractSchemas } from './registry';
import { email } from '../domain/schemas';

/** At most this many people per search: a picker shows a short list, never a directory dump. */
export const PEOPLE_SEARCH_MAX = 20;

export const peopleSearchInput = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(PEOPLE_SEARCH_MAX, `must be at most ${PEOPLE_SEARCH_MAX}`)
    .default(10),
});

export const peopleNamesInput = z.strictObject({
  email: z.array(email).min(1, 'name at least one e-mail').max(200, 'must name at most 200 e-mails'),
});

/** The query of GET /api/people: either a search (q, limit) or names for e-mails (email, repeated). */
export const peopleQuery = z.strictObject({
  q: peopleSearchInput.shape.q.optional(),
  limit: peopleSearchInput.shape.limit.optional(),
  email: z.union([email, peopleNamesInput.shape.email]).optional(),
});

/** Someone as a person appears in the product: the display name, and the e-mail that identifies them. */
export const person = z.object({ email: z.string(), name: z.string() }).register(contractSchemas, { id: 'Person' });
export type Person = z.infer<typeof person>;

export const people = z.object({ people: z.array(person) }).register(contractSchemas, { id: 'People' });
export type People = z.infer<typeof people>;
