// The Entra ID endpoints msal-node uses for app-only tokens: OpenID metadata (both the v2.0 and the
// OIDC-mode paths), instance discovery, the key set, and the client-credentials token endpoint
// with Entra's refusals (unknown tenant or client, wrong secret, a scope that is not {graph}/.default).

import { randomBytes, randomUUID } from 'node:crypto';
import type { FakeGraphCounters } from './router';
import type { Faults } from './faults';
import type { FakeGraphState } from './state';

export interface AuthorityRuntime {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  authorityHost: string;
  graphEndpoint: string;
  tokenLifetimeSeconds: number;
  faultTokenRequests: boolean;
  state: FakeGraphState;
  counters: FakeGraphCounters;
  faults: Faults;
  now(): Date;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const GENERIC_TENANTS = ['common', 'organizations', 'consumers'];

export function handleAuthority(rt: AuthorityRuntime, method: string, url: URL, headers: Record<string, string>, body: Buffer): HttpAnswer {
  const segments = url.pathname.split('/').filter(Boolean);
  const tenant = segments[0] ?? '';
  const rest = segments.slice(1).join('/');
  if (method === 'GET' && tenant === 'common' && rest === 'discovery/instance') return instanceDiscovery(rt, url);
  if (method === 'GET' && (rest === 'v2.0/.well-known/openid-configuration' || rest === '.well-known/openid-configuration'))
    return openIdConfiguration(rt, tenant);
  if (method === 'GET' && rest === 'discovery/v2.0/keys') {
    rt.counters.metadataRequests += 1;
    return json(200, { keys: [] });
  }
  if (method === 'POST' && rest === 'oauth2/v2.0/token') return token(rt, tenant, headers, body);
  return json(404, { error: 'not_found', error_description: `The double has no ${method} ${url.pathname}.` });
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store, no-cache', ...headers }, body };
}

function knownTenant(rt: AuthorityRuntime, tenant: string): boolean {
  return tenant.toLowerCase() === rt.tenantId.toLowerCase();
}

function openIdConfiguration(rt: AuthorityRuntime, tenant: string): HttpAnswer {
  rt.counters.metadataRequests += 1;
  const generic = GENERIC_TENANTS.includes(tenant.toLowerCase());
  if (!generic && !knownTenant(rt, tenant)) return entraError(rt, 400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found.`);
  const host = rt.authorityHost;
  // Like Entra, the generic tenants answer with a {tenantid} placeholder that msal substitutes.
  const issuerTenant = generic ? '{tenantid}' : rt.tenantId;
  return json(200, {
    token_endpoint: `${host}/${tenant}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${host}/${tenant}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${host}/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${rt.graphEndpoint}/oidc/userinfo`,
    authorization_endpoint: `${host}/${tenant}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${host}/${tenant}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${host}/${tenant}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'tid', 'ver', 'oid'],
    tenant_region_scope: 'WW',
    cloud_instance_name: new URL(host).hostname,
    msgraph_host: new URL(rt.graphEndpoint).host,
  });
}

function instanceDiscovery(rt: AuthorityRuntime, url: URL): HttpAnswer {
  rt.counters.metadataRequests += 1;
  const host = new URL(rt.authorityHost).host;
  let tenant = 'common';
  try {
    tenant = new URL(url.searchParams.get('authorization_endpoint') ?? '').pathname.split('/').filter(Boolean)[0] ?? tenant;
  } catch {
    // no or unparsable authorization_endpoint: answer for "common", as Entra does
  }
  return json(200, {
    tenant_discovery_endpoint: `${rt.authorityHost}/${tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  });
}

function token(rt: AuthorityRuntime, tenant: string, headers: Record<string, string>, body: Buffer): HttpAnswer {
  rt.counters.tokenRequests += 1;
  if (rt.faultTokenRequests) {
    const failure = rt.faults.pick();
    if (failure) {
      return entraError(rt, failure.status, 'temporarily_unavailable', 50196, 'The server is temporarily unable to service the request.', {
        'retry-after': String(failure.retryAfterSeconds ?? 0),
      });
    }
  }
  const form = new URLSearchParams(body.toString('utf8'));
  // msal-node posts the secret in the body; client_secret_basic is accepted as Entra does.
  const basic = /^Basic\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
  const [basicId, basicSecret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent) : [];
  const clientId = form.get('client_id') ?? basicId;
  const secret = form.get('client_secret') ?? basicSecret;
  const scope = (form.get('scope') ?? '').trim();
  const wanted = `${rt.graphEndpoint}/.default`;
  if (!knownTenant(rt, tenant)) return entraError(rt, 400, 'invalid_request', 90002, `Tenant '${tenant}' not found.`);
  if (form.get('grant_type') !== 'client_credentials')
    return entraError(rt, 400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
  if (clientId !== rt.clientId)
    return entraError(rt, 400, 'unauthorized_client', 700016, `Application with identifier '${clientId ?? ''}' was not found in the directory.`);
  if (!secret)
    return entraError(rt, 401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  if (secret !== rt.clientSecret)
    return entraError(
      rt,
      401,
      'invalid_client',
      7000215,
      'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
    );
  if (!scope.toLowerCase().endsWith('/.default') || scope.includes(' ')) {
    return entraError(
      rt,
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }
  if (scope.toLowerCase() !== wanted.toLowerCase()) {
    return entraError(rt, 400, 'invalid_resource', 500011, `The resource principal named ${scope.slice(0, -'/.default'.length)} was not found in the tenant.`);
  }
  const accessToken = `fake-graph.${randomBytes(32).toString('base64url')}`;
  rt.state.accessTokens.set(accessToken, rt.now().getTime() + rt.tokenLifetimeSeconds * 1000);
  rt.counters.tokensIssued += 1;
  return json(200, { token_type: 'Bearer', expires_in: rt.tokenLifetimeSeconds, ext_expires_in: rt.tokenLifetimeSeconds, access_token: accessToken });
}

function entraError(rt: AuthorityRuntime, status: number, error: string, code: number, description: string, headers: Record<string, string> = {}): HttpAnswer {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = rt
    .now()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, 'Z');
  return json(
    status,
    {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${rt.authorityHost}/error?code=${code}`,
    },
    headers,
  );
}
