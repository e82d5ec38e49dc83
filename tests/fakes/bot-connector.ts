// The Bot Connector double, the one the tests and the reminder bench share: a local stand-in
// for the Microsoft services a Teams bot talks to. The Bot Connector REST API (post an
// activity, open a conversation, look up a member), the Bot Framework's OpenID metadata and
// signing keys (so that tokens it signs validate in the SDK as Teams' own would), and an
// Entra ID token endpoint (client credentials). It records everything and can be told to
// answer 429, 403, 5xx… startFakeTeams serves it over HTTPS with the loopback test CA and a
// channel key that signs real RS256 activity tokens, so the Teams SDK's own validator is
// tested unmodified.

import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { testTls } from '../support/tls';
import { signingKey, signToken, type SigningKey } from './entra';

export const BOT_TENANT = '11111111-2222-3333-4444-555555555555';
export const BOT_CLIENT_ID = 'bbbbbbbb-0000-4000-8000-000000000001';
export const BOT_CLIENT_SECRET = 'test-secret-not-a-real-one';

export interface FakeTeams {
  double: BotConnectorDouble;
  channelKey: SigningKey;
  /** A Bot Framework token as Teams would send it with an activity. */
  activityToken(options?: ActivityTokenOptions): Promise<string>;
  close(): Promise<void>;
}

export interface ActivityTokenOptions {
  serviceUrl?: string;
  audience?: string;
  issuer?: string;
  key?: SigningKey;
  expiresIn?: number;
}

// Generating an RSA key takes a while; one channel key serves every double in a test file.
let channelKeyOnce: Promise<SigningKey> | undefined;

export async function startFakeTeams(members: readonly MemberRecord[] = [], { requireToken = true } = {}): Promise<FakeTeams> {
  const channelKey = await (channelKeyOnce ??= signingKey('bf-channel-key'));
  const double = await new BotConnectorDouble({
    tls: testTls(),
    tenantId: BOT_TENANT,
    clientId: BOT_CLIENT_ID,
    clientSecret: BOT_CLIENT_SECRET,
    channelKeys: [channelKey.publicJwk],
    requireToken,
  }).start();
  for (const m of members) double.addMember(m);
  return {
    double,
    channelKey,
    activityToken: ({ serviceUrl = double.serviceUrl, audience = BOT_CLIENT_ID, issuer = double.channelIssuer, key = channelKey, expiresIn } = {}) =>
      signToken({ key, issuer, audience, expiresIn, claims: { serviceurl: serviceUrl, appid: BOT_CLIENT_ID } }),
    close: () => double.close(),
  };
}

/** JSON as the double received it: the tests and the bench read into it freely. */
export type Payload = Record<string, any>;

export interface MemberRecord {
  id: string;
  aadObjectId?: string;
  name?: string;
  email?: string;
  userPrincipalName?: string;
}

export interface RecordedActivity {
  conversationId: string;
  activity: Payload;
  /** ms since the epoch */
  at: number;
  authorization: string | undefined;
}

export interface ConnectorRequest {
  method: string;
  path: string;
  conversationId: string | null;
  body: Payload | undefined;
  at: number;
}

/** A scripted answer; undefined lets the double answer normally. */
export type Fault = { status: number; headers?: Record<string, string>; body?: unknown } | undefined;

export interface BotConnectorDoubleOptions {
  tls?: { key: Buffer; cert: Buffer };
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Public JWKs published as the Bot Framework channel's signing keys. */
  channelKeys?: Record<string, unknown>[];
  /** Refuse Bot Connector calls without a token from this double's token endpoint. */
  requireToken?: boolean;
}

export class BotConnectorDouble {
  url = '';
  readonly activities: RecordedActivity[] = [];
  readonly conversationsCreated: Payload[] = [];
  /** Every Bot Connector call, answered or faulted, in arrival order. */
  readonly requests: (ConnectorRequest & { status: number })[] = [];
  tokensIssued = 0;
  readonly members = new Map<string, MemberRecord>();
  /** Fault injection: consulted before every Bot Connector call. */
  fault: (request: ConnectorRequest) => Fault = () => undefined;
  private server: http.Server | undefined;
  private readonly issued = new Set<string>();
  private sequence = 0;

  constructor(private readonly options: BotConnectorDoubleOptions) {}

  /** The issuer the Bot Framework tokens it signs carry (configure it as the bot's token issuer). */
  get channelIssuer(): string {
    return `${this.url}/botframework`;
  }
  get openIdMetadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }
  /** The Bot Connector base URL that activities carry as serviceUrl. */
  get serviceUrl(): string {
    return `${this.url}/teams`;
  }

  addMember(member: MemberRecord): void {
    this.members.set(member.id, member);
  }

  activitiesTo(conversationId: string): RecordedActivity[] {
    return this.activities.filter((a) => a.conversationId === conversationId);
  }

  async start(): Promise<this> {
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => void this.handle(req, res);
    const server = this.options.tls ? https.createServer(this.options.tls, handler) : http.createServer(handler);
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    this.url = `${this.options.tls ? 'https' : 'http'}://${this.options.tls ? 'localhost' : '127.0.0.1'}:${port}`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0] ?? '';
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body === undefined ? undefined : JSON.stringify(body));
    };
    const tenant = this.options.tenantId;
    if (req.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
      return send(200, { issuer: this.channelIssuer, jwks_uri: `${this.url}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    }
    if (req.method === 'GET' && path === '/v1/.well-known/keys') return send(200, { keys: this.options.channelKeys ?? [] });
    if (req.method === 'GET' && path === `/${tenant}/v2.0/.well-known/openid-configuration`) {
      const base = `${this.url}/${tenant}`;
      return send(200, {
        issuer: `${base}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/oauth2/v2.0/token`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'token'],
      });
    }
    if (req.method === 'POST' && path === `/${tenant}/oauth2/v2.0/token`) return this.token(new URLSearchParams(raw), send);
    if (path.startsWith('/teams/v3/')) return this.connector(req, path.slice('/teams'.length), raw, send);
    send(404, { error: { code: 'NotFound', message: `${req.method} ${path}` } });
  }

  private token(form: URLSearchParams, send: (status: number, body?: unknown) => void): void {
    if (
      form.get('grant_type') !== 'client_credentials' ||
      form.get('client_id') !== this.options.clientId ||
      form.get('client_secret') !== this.options.clientSecret
    ) {
      return send(401, { error: 'invalid_client', error_description: 'client id or secret not accepted' });
    }
    // The SDK decodes (without verifying) the bot's token to read its expiry: it must be a JWT.
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: form.get('scope')?.replace(/\/\.default$/, ''),
      appid: this.options.clientId,
      tid: this.options.tenantId,
      iat: now,
      exp: now + 3599,
      jti: `${++this.tokensIssued}-${Math.random().toString(36).slice(2)}`,
    };
    const token = [{ alg: 'RS256', typ: 'JWT' }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.double';
    this.issued.add(token);
    send(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
  }

  private connector(
    req: http.IncomingMessage,
    path: string,
    raw: string,
    send: (status: number, body?: unknown, headers?: Record<string, string>) => void,
  ): void {
    const body = (raw ? safeJson(raw) : undefined) as Payload | undefined;
    const match = /^\/v3\/conversations(?:\/([^/]+)(\/.*)?)?$/.exec(path);
    const decoded = match?.[1] ? safeDecode(match[1]) : null;
    const conversationId = decoded ?? null;
    const request: ConnectorRequest = { method: req.method ?? '', path, conversationId, body, at: Date.now() };
    const reply = (status: number, payload?: unknown, headers?: Record<string, string>) => {
      this.requests.push({ ...request, status });
      send(status, payload, headers);
    };
    // A path with a malformed %-escape is refused as a real front door would, not thrown on.
    if (decoded === undefined) return reply(400, { error: { code: 'BadRequest', message: 'malformed conversation id in the path' } });
    const authorization = req.headers.authorization;
    if (this.options.requireToken && !(authorization?.startsWith('Bearer ') && this.issued.has(authorization.slice(7)))) {
      return reply(401, { error: { code: 'Unauthorized', message: 'no valid bot token' } });
    }
    const fault = this.fault(request);
    if (fault) return reply(fault.status, fault.body ?? { error: { code: `Status${fault.status}`, message: 'scripted by the test' } }, fault.headers);
    const rest = match?.[2] ?? '';
    if (req.method === 'POST' && conversationId && rest === '/activities') {
      this.activities.push({ conversationId, activity: body ?? {}, at: request.at, authorization });
      return reply(201, { id: `activity-${++this.sequence}` });
    }
    if (req.method === 'POST' && !conversationId) {
      const id = `a:created-${++this.sequence}`;
      this.conversationsCreated.push({ id, ...body });
      return reply(201, { id, activityId: null, serviceUrl: this.serviceUrl });
    }
    const member = /^\/members\/([^/]+)$/.exec(rest);
    if (req.method === 'GET' && member) {
      const found = this.members.get(safeDecode(member[1]!) ?? '');
      return found ? reply(200, found) : reply(404, { error: { code: 'MemberNotFoundInConversation', message: 'no such member' } });
    }
    if (req.method === 'GET' && rest === '/members') return reply(200, [...this.members.values()]);
    reply(404, { error: { code: 'NotFound', message: `${req.method} ${path}` } });
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      .on('error', reject);
  });
}

/** The decoded path segment, or undefined where its %-escapes are malformed. */
function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
