// The port through which reminders leave: deliver one planned reminder to a stored
// conversation (at the service URL captured when the app was installed), open a 1:1 chat with
// someone who never talked to the bot, and tell a final failure from one worth retrying.
// The bot implements it (src/bot/reminder-outbox.ts): what a reminder looks like in Teams and
// how it travels are the bot's business; which reminder goes to whom, once, is ours.

import type { Office, Target, WorkPlan } from '../domain/model';
import type { Period, ProgressReport } from '../domain/monitoring';
import type { PeopleNames } from '../domain/people';
import type { RemedialAction } from '../domain/scorecard';
import type { PlannedReminder } from './reminder';
import type { DeliveryFailure } from './throttle';

export interface ConversationAddress {
  serviceUrl: string;
  conversationId: string;
}

/** What a reminder is about, read by the sweep, for the message that carries it. */
export interface ReminderFacts {
  today: string;
  target?: Target;
  plan?: WorkPlan;
  office?: Pick<Office, 'code' | 'name' | 'focalPoints'>;
  /** For a period report's reminder: the period, and the report once the office has begun it. */
  period?: Pick<Period, 'id' | 'label' | 'reportDue'>;
  report?: Pick<ProgressReport, 'id' | 'status' | 'submittedBy' | 'submittedAt' | 'returnComment'>;
  /** For a remedial action's reminder: the action, and the (closed) period its scorecard rates. */
  remedial?: { action: RemedialAction; period: Pick<Period, 'id' | 'label'> | null };
  /** Display names of the people the message names (the owner; in a digest, who was not reached). */
  names?: PeopleNames;
}

export interface Outbox {
  /**
   * Sends the reminder's message; the message carries the reminder's idempotency key, so that
   * any message can be traced to its ledger row. Resolves with the id of the activity sent.
   */
  sendReminder(to: ConversationAddress, reminder: PlannedReminder, facts: ReminderFacts): Promise<{ id: string }>;
  /** Opens (or reopens) the personal chat between the bot and a user; returns its conversation id. */
  createPersonalConversation(input: { serviceUrl: string; tenantId: string; userAadId: string }): Promise<string>;
  classify(error: unknown): DeliveryFailure;
}
