// What every view needs once the user is signed in: the API client, who they are, the
// catalogues for pickers, and where the tab runs.

import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Catalogue, Me } from '../../contract';
import type { HostContext } from '../host/teams-host';
import type { PeopleNames } from '../people/people-names';

export interface AppServices {
  api: ApiClient;
  me: Me;
  catalogue: Catalogue;
  host: HostContext;
  /** Display names of the people on screen, shared by every view. */
  people: PeopleNames;
  /** Dev mode: back to the "sign in as" picker. */
  switchUser?: () => void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside the signed-in app');
  return services;
}
