// Turns a request into an Identity, or refuses it. Two implementations: Entra bearer tokens
// (production) and the dev header (local only, never in entra mode).

import type { Request } from 'express';
import type { Identity } from '../../services/identity';

export interface Authenticator {
  readonly mode: 'dev' | 'entra';
  /** Throws UnauthenticatedError when the request carries no valid identity. */
  authenticate(req: Request): Promise<Identity>;
}
