// The names of the people a view shows: the view names every e-mail it shows, one request
// fetches the names not known yet, and the view shows each person by name (the e-mail until
// the name arrives, and for whoever the directory does not know).

import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useApp } from '../app/app-context';

export type NameOf = (email: string | null | undefined) => string;

export function usePersonNames(emails: readonly (string | null | undefined)[]): NameOf {
  const { people } = useApp();
  const generation = useSyncExternalStore(people.subscribe, people.snapshot);
  const key = [...new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()))].sort().join('\n');
  useEffect(() => {
    if (key) void people.load(key.split('\n'));
  }, [people, key]);
  // A new function when names arrive, so memoised rows that take it re-render: `generation` is
  // a dependency on purpose although the function does not read it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((email) => (email ? (people.nameOf(email) ?? email) : ''), [people, generation]);
}
