// The Bot Connector double for tests: the shared core (src/bench/bot-connector-double.ts)
// served over HTTPS with the loopback test CA, plus a Bot Framework channel key that signs
// real RS256 activity tokens, so the Teams SDK's own validator is tested unmodified.

import { BotConnectorDouble, type MemberRecord } from '../../src/bench/bot-connector-double';
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
