// A local HTTPS double of the Microsoft Entra ID endpoints the API relies on: the tenant's
// signing keys at /{tenant}/discovery/v2.0/keys. It also signs tokens the way Entra does
// (RS256, kid in the header, v2.0 claims), so the production validator is tested unmodified.

import https from 'node:https';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { testTls } from '../support/tls';

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: Record<string, unknown>;
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' } };
}

export interface FakeEntra {
  /** The AUTHORITY_HOST to configure, e.g. https://localhost:4431 */
  authorityHost: string;
  tenantId: string;
  keys: SigningKey[];
  /** How often the key set was fetched. */
  jwksRequests: number;
  close(): Promise<void>;
}

export async function startFakeEntra(tenantId: string, keys: SigningKey[]): Promise<FakeEntra> {
  const fake: FakeEntra = { authorityHost: '', tenantId, keys, jwksRequests: 0, close: async () => undefined };
  const server = https.createServer(testTls(), (req, res) => {
    if (req.method === 'GET' && req.url === `/${tenantId}/discovery/v2.0/keys`) {
      fake.jwksRequests += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: fake.keys.map((k) => k.publicJwk) }));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not_found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.authorityHost = `https://localhost:${(server.address() as { port: number }).port}`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}

export interface TokenOptions {
  key: SigningKey;
  issuer: string;
  audience: string;
  claims?: JWTPayload;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
}

export async function signToken({ key, issuer, audience, claims = {}, expiresIn = 3600 }: TokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ver: '2.0', ...claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(now - 60)
    .setNotBefore(now - 60)
    .setExpirationTime(now + expiresIn)
    .sign(key.privateKey);
}
