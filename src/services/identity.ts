// Who is calling. An Identity comes from the edge (a validated Entra token, the dev header,
// the bot's activity); roles come from app-role claims through the configured mapping, office
// membership from the Offices data, ownership from the targets themselves.

export const PRODUCT_ROLES = ['gender-unit', 'viewer', 'admin'] as const;
export type ProductRole = (typeof PRODUCT_ROLES)[number];

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

/** Maps app-role (or group) claim values to product roles, e.g. {"GenderUnit": "gender-unit"}. */
export type RoleMapping = Readonly<Record<string, ProductRole>>;

export const DEFAULT_ROLE_MAPPING: RoleMapping = {
  GenderUnit: 'gender-unit',
  Viewer: 'viewer',
  Admin: 'admin',
};

export function rolesFromClaims(claims: readonly string[], mapping: RoleMapping): ProductRole[] {
  const roles = new Set<ProductRole>();
  for (const claim of claims) {
    const role = mapping[claim];
    if (role) roles.add(role);
  }
  return [...roles];
}
