// AUTH_MODE=dev: the caller says who they are in the `x-dev-user` header. Only for a server
// bound to 127.0.0.1 (the composition root enforces that); roles come from a directory of
// known users (the demo users), everything else from the data as in production.

import { UnauthenticatedError } from '../../domain/errors';
import { email as emailSchema } from '../../domain/schemas';
import type { Identity, ProductRole } from '../../services/identity';
import type { Authenticator } from './authenticator';

export interface DirectoryEntry {
  email: string;
  name: string;
  roles: readonly ProductRole[];
}

export const DEV_USER_HEADER = 'x-dev-user';

export function devAuthenticator(directory: readonly DirectoryEntry[]): Authenticator {
  const byEmail = new Map(directory.map((u) => [u.email.toLowerCase(), u]));
  return {
    mode: 'dev',
    async authenticate(req) {
      const header = req.get(DEV_USER_HEADER);
      if (!header) throw new UnauthenticatedError(`Dev mode: say who you are with the ${DEV_USER_HEADER} header (an e-mail).`);
      const parsed = emailSchema.safeParse(header.trim());
      if (!parsed.success) throw new UnauthenticatedError(`The ${DEV_USER_HEADER} header must be an e-mail address.`);
      const known = byEmail.get(parsed.data);
      const identity: Identity = { id: parsed.data, email: parsed.data, name: known?.name ?? parsed.data, roles: known?.roles ?? [] };
      return identity;
    },
  };
}
