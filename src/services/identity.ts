// Who is calling. An Identity comes from the edge (a validated Entra token, the dev header,
// the bot's activity); roles come from app-role claims through the configured mapping, office
// membership from the Offices data, ownership from the targets themselves.

import type { ProductRole } from '../domain/roles';

// The roles themselves are domain data (src/domain/roles.ts), read by configuration too.
export { DEFAULT_ROLE_MAPPING, PRODUCT_ROLES, rolesFromClaims, type ProductRole, type RoleMapping } from '../domain/roles';

export interface Identity {
  /** Entra object id when known, else the e-mail. */
  readonly id: string;
  /** Lower-case e-mail / UPN: what focal-point lists and target owners name. */
  readonly email: string;
  readonly name: string;
  readonly roles: readonly ProductRole[];
}

/** An identity with what the data says about it, resolved once per request. */
export interface Actor extends Identity {
  /** Offices whose focal point this person is. */
  readonly focalOfficeIds: readonly string[];
}
