// AUTH_MODE=entra: bearer tokens issued by Microsoft Entra ID for this app's API, validated
// with jose: RS256 signature against the tenant's published keys (JWKS), issuer, audience,
// expiry, tenant and the delegated scope. Roles come from the app-role claims through the
// configured mapping.

import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import { UnauthenticatedError } from '../../domain/errors';
import { rolesFromClaims, type Identity, type RoleMapping } from '../../services/identity';
import type { Authenticator } from './authenticator';

export interface EntraOptions {
  tenantId: string;
  /** Accepted `aud` values: the app's client id and its Application ID URI. */
  audiences: readonly string[];
  authorityHost: string;
  roleMapping: RoleMapping;
  /** The delegated scope the tab asks for. */
  requiredScope: string;
}

export function entraAuthenticator(options: EntraOptions): Authenticator {
  const authority = `${options.authorityHost.replace(/\/+$/, '')}/${options.tenantId}`;
  const jwks = createRemoteJWKSet(new URL(`${authority}/discovery/v2.0/keys`), { cooldownDuration: 30_000 });
  const issuer = `${authority}/v2.0`;
  return {
    mode: 'entra',
    async authenticate(req) {
      const header = req.get('authorization') ?? '';
      const token = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header)?.[1];
      if (!token) throw new UnauthenticatedError('A bearer token from Microsoft Entra ID is required.');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          algorithms: ['RS256'],
          issuer,
          audience: [...options.audiences],
          requiredClaims: ['exp', 'iat', 'tid'],
          clockTolerance: 60,
        }));
      } catch (error) {
        throw new UnauthenticatedError(`The token was refused: ${reason(error)}.`);
      }
      if (payload.tid !== options.tenantId) throw new UnauthenticatedError('The token was refused: it is from another tenant.');
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (!scopes.includes(options.requiredScope)) {
        throw new UnauthenticatedError(`The token was refused: it lacks the ${options.requiredScope} scope.`);
      }
      return identityOf(payload, options.roleMapping);
    },
  };
}

function identityOf(payload: JWTPayload, mapping: RoleMapping): Identity {
  const text = (name: string) => {
    const value = payload[name];
    return typeof value === 'string' ? value : undefined;
  };
  const list = (name: string) => {
    const value = payload[name];
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  };
  const email = (text('preferred_username') ?? text('upn') ?? text('email') ?? '').toLowerCase();
  if (!email) throw new UnauthenticatedError('The token was refused: it names no user.');
  return {
    id: text('oid') ?? email,
    email,
    name: text('name') ?? email,
    roles: rolesFromClaims([...list('roles'), ...list('groups')], mapping),
  };
}

function reason(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'it has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `its ${error.claim} claim is not accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'its algorithm is not allowed';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no published key matches it';
  if (error instanceof joseErrors.JOSEError) return error.code;
  return 'the signing keys could not be fetched';
}
