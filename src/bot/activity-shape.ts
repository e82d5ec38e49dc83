// What a Bot Framework activity must look like before the SDK and our handlers see it. The SDK
// casts the body to an Activity unchecked, so a body without a conversation, or with a number
// where the service URL goes, used to fail deep inside it as a 500. Only the fields the SDK
// and src/bot read are checked; everything else Teams sends passes through untouched.

import { z } from 'zod';
import { ValidationError } from '../domain/errors';
import { toFieldProblems } from '../domain/schemas';

const id = z.string().min(1, 'must not be empty').max(1000);
/**
 * The SDK puts the conversation id into the Bot Connector URL as it is (no escaping), so an id
 * that cannot stand in a URL path segment would fail the reply after the handlers ran. Real
 * ids ("a:1…", "19:…@thread.tacv2;messageid=…") never hold these characters.
 */
const conversationId = id.regex(/^[^\s/?#%\\]+$/, "must be a Bot Framework conversation id (no spaces, '/', '?', '#', '%' or '\\')");
const optionalString = z.string().max(100_000).optional();
/** An account (from, recipient, a member added or removed). */
const account = z.looseObject({ id, name: optionalString, aadObjectId: optionalString });
const entity = z.looseObject({ type: z.string() });

export const activityShape = z.looseObject({
  type: z.string().min(1, 'must name the activity type').max(100),
  id: optionalString,
  name: optionalString,
  action: optionalString,
  serviceUrl: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL of the Bot Connector' }).max(2000),
  channelId: id,
  from: account,
  recipient: account,
  conversation: z.looseObject({ id: conversationId, tenantId: optionalString, conversationType: optionalString, isGroup: z.boolean().optional() }),
  text: optionalString,
  textFormat: optionalString,
  locale: optionalString,
  timestamp: optionalString,
  localTimestamp: optionalString,
  localTimezone: optionalString,
  entities: z.array(entity).max(100).optional(),
  membersAdded: z.array(account).max(1000).optional(),
  membersRemoved: z.array(account).max(1000).optional(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id }).optional(),
      team: z.looseObject({ id }).optional(),
      channel: z.looseObject({ id }).optional(),
      eventType: optionalString,
    })
    .optional(),
});

/** The ValidationError naming every field of `body` that makes it no activity, or undefined when it is one. */
export function activityProblem(body: unknown): ValidationError | undefined {
  const result = activityShape.safeParse(body);
  return result.success ? undefined : new ValidationError('Malformed activity', toFieldProblems(result.error));
}
