// People as the product shows them: directory search for the tab's people picker, and display
// names for the e-mails on screen. Anyone who may read plans may look people up; nobody else,
// so a stranger cannot use the route to list the organisation.

import { z } from 'zod';
import { email, parse } from '../domain/schemas';
import { requireReader, type ServiceContext } from './context';
import type { Person } from './directory';
import type { Actor } from './identity';

/** At most this many people per search: a picker shows a short list, never a directory dump. */
export const PEOPLE_SEARCH_MAX = 20;

export const peopleSearchInput = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(PEOPLE_SEARCH_MAX, `must be at most ${PEOPLE_SEARCH_MAX}`).default(10),
});

export const peopleNamesInput = z.strictObject({
  email: z.array(email).min(1, 'name at least one e-mail').max(200, 'must name at most 200 e-mails'),
});

/** People whose name (any word) or e-mail starts with the text, best known first as the directory orders them. */
export async function searchPeople(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Person[]> {
  await requireReader(ctx, actor);
  const { q, limit } = parse(peopleSearchInput, input, 'query');
  return ctx.directory.search(q, limit);
}

/** The display names the directory knows for these e-mails; the unknown ones are left out (show the e-mail then). */
export async function namesOf(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Person[]> {
  await requireReader(ctx, actor);
  const { email: emails } = parse(peopleNamesInput, input, 'query');
  const unique = [...new Set(emails)];
  const names = await ctx.directory.namesOf(unique);
  return unique.flatMap((e) => {
    const name = names.get(e);
    return name ? [{ email: e, name }] : [];
  });
}
