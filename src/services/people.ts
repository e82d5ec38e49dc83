// People as the product shows them: directory search for the tab's people picker, and display
// names for the e-mails on screen. Anyone who may read plans may look people up; nobody else,
// so a stranger cannot use the route to list the organisation.

import { peopleNamesInput, peopleSearchInput } from '../contract/people';
import { parse } from '../domain/schemas';
import { authorize, type ServiceContext } from './context';
import type { Person } from './directory';
import type { Actor } from './identity';

/** People whose name (any word) or e-mail starts with the text, best known first as the directory orders them. */
export async function searchPeople(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Person[]> {
  await authorize(ctx, actor, 'read-people');
  const { q, limit } = parse(peopleSearchInput, input, 'query');
  return ctx.directory.search(q, limit);
}

/** The display names the directory knows for these e-mails; the unknown ones are left out (show the e-mail then). */
export async function namesOf(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Person[]> {
  await authorize(ctx, actor, 'read-people');
  const { email: emails } = parse(peopleNamesInput, input, 'query');
  const unique = [...new Set(emails)];
  const names = await ctx.directory.namesOf(unique);
  return unique.flatMap((e) => {
    const name = names.get(e);
    return name ? [{ email: e, name }] : [];
  });
}
