// Product roles and how the claims of a sign-in map onto them. Plain data, so that the
// configuration (ROLE_MAPPING), the authenticators, the directory and the demo users all read
// the same list without reaching into the services.

export const PRODUCT_ROLES = ['gender-unit', 'viewer', 'admin'] as const;
export type ProductRole = (typeof PRODUCT_ROLES)[number];

/** Maps app-role (or group) claim values to product roles, e.g. {"GenderUnit": "gender-unit"}. */
export type RoleMapping = Readonly<Record<string, ProductRole>>;

export const DEFAULT_ROLE_MAPPING: RoleMapping = {
  GenderUnit: 'gender-unit',
  Viewer: 'viewer',
  Admin: 'admin',
};

export function isProductRole(value: string): value is ProductRole {
  return PRODUCT_ROLES.some((role) => role === value);
}

export function rolesFromClaims(claims: readonly string[], mapping: RoleMapping): ProductRole[] {
  const roles = new Set<ProductRole>();
  for (const claim of claims) {
    const role = mapping[claim];
    if (role) roles.add(role);
  }
  return [...roles];
}
