// What a reminder says. Target reminders are the target card itself (with the Update progress
// form for the owner and the office's focal points) under a line saying why it came; review
// reminders and the weekly digests are summary cards, period reports' reminders report cards
// (report-cards.ts), remedial actions' reminders scorecard cards (scorecard-cards.ts). All link into the tab.

import { MessageActivityInput } from '@microsoft/teams.api';
import { AdaptiveCard, Fact, FactSet, OpenUrlAction, TextBlock } from '@microsoft/teams.cards';
import { daysBetween } from '../../domain/dates';
import type { Target, WorkPlan } from '../../domain/model';
import { nameOf, NO_NAMES, type PeopleNames } from '../../domain/people';
import type { ReminderFacts } from '../../reminders/outbox';
import {
  isChannelRecipient,
  REMINDER_KIND_LABELS,
  ReportReminder,
  UNDELIVERED_STATUS_LABELS,
  type DigestSummary,
  type PlannedReminder,
  type ReminderKind,
} from '../../reminders/reminder';
import { tabDeepLink, type TabLinkSettings } from '../deep-links';
import { RemedialReminder } from '../../reminders/remedial-reminders';
import { reportReminderCard } from './report-cards';
import { remedialReminderCard } from './scorecard-cards';
import { plural, targetCard } from './target-card';

/**
 * The message that carries a reminder card: it alerts the recipient's activity feed, and the
 * card's id is the reminder's idempotency key, so that any message can be traced to its
 * ledger row.
 */
export function reminderMessage(r: PlannedReminder, card: AdaptiveCard): MessageActivityInput {
  return new MessageActivityInput('', { channelData: { notification: { alert: true } } }).addCard('adaptive', card.withId(r.key));
}

export function reminderCard(r: PlannedReminder, facts: ReminderFacts, links: TabLinkSettings): AdaptiveCard {
  if (facts.target && facts.office) {
    const t = facts.target;
    const mayReport = r.recipient === t.owner || facts.office.focalPoints.includes(r.recipient);
    const names = facts.names ?? NO_NAMES;
    const notice = { text: targetNotice(r, t, names), tone: r.kind === 'due-soon' ? ('default' as const) : ('attention' as const) };
    return targetCard({ target: t, officeCode: facts.office.code, officeName: facts.office.name, today: facts.today, mayReport, names, notice }, links);
  }
  if (r.kind === 'review-waiting' && facts.plan && facts.office) {
    return new AdaptiveCard(
      new TextBlock(`Waiting for review: ${facts.office.code}'s work plan`, { weight: 'Bolder', size: 'Medium', wrap: true }),
      new TextBlock(
        `"${facts.plan.title}" (${facts.plan.cycle}) was submitted ${plural(waitedDays(facts.plan, facts.today), 'day')} ago and still waits for the Gender Unit to endorse or return it.`,
        { wrap: true },
      ),
    ).withActions(new OpenUrlAction(tabDeepLink(links, { kind: 'plan', planId: facts.plan.id }), { title: 'Review the plan' }));
  }
  if (r instanceof ReportReminder) return reportReminderCard(r, facts, links);
  if (r instanceof RemedialReminder) return remedialReminderCard(r, facts, links);
  if (r.digest) return digestCard(r, r.digest, links, facts.names ?? NO_NAMES);
  return new AdaptiveCard(new TextBlock(`Reminder: ${r.kind}`, { wrap: true }));
}

function waitedDays(plan: WorkPlan, today: string): number {
  const submitted = plan.history.filter((h) => h.status === 'submitted').at(-1);
  return submitted ? daysBetween(submitted.at.slice(0, 10), today) : 0;
}

function targetNotice(r: PlannedReminder, t: Target, names: PeopleNames): string {
  switch (r.kind) {
    case 'due-soon':
      return `Reminder: this target falls due on ${t.dueDate}. How is it going?`;
    case 'overdue':
      return `Overdue by ${plural(r.daysOverdue, 'day')}: please report progress, or mark it achieved or dropped.`;
    case 'escalation-focal-point':
      return `For the focal point: ${nameOf(names, t.owner)}'s target is ${plural(r.daysOverdue, 'day')} overdue.`;
    case 'escalation-gender-unit':
      return `For the Gender Unit: this target is ${plural(r.daysOverdue, 'day')} overdue; the office's focal points were told.`;
    default:
      return 'Reminder';
  }
}

export function digestCard(r: PlannedReminder, digest: DigestSummary, links: TabLinkSettings, names: PeopleNames = NO_NAMES): AdaptiveCard {
  const department = r.kind === 'gender-unit-digest';
  const body = [
    new TextBlock(`${department ? 'Department' : (digest.offices[0]?.code ?? 'Office')}: week ${digest.week}`, {
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    }),
    new FactSet(
      ...digest.offices.map((o) => new Fact(o.code, `${plural(o.targets, 'target')} · ${o.achieved} achieved · ${o.overdue} overdue · ${o.dueSoon} due soon`)),
    ),
  ];
  if (department && digest.undelivered.length > 0) {
    body.push(
      new TextBlock(`Not delivered (${digest.undelivered.length}): please follow up by another route`, { weight: 'Bolder', color: 'Attention', wrap: true }),
      new FactSet(
        ...digest.undelivered
          .slice(0, 20)
          .map(
            (u) =>
              new Fact(recipientText(u.recipient, names), `${kindText(u.kind)}: ${UNDELIVERED_STATUS_LABELS[u.status]}${u.outcome ? ` (${u.outcome})` : ''}`),
          ),
      ),
    );
  }
  const item = department ? ({ kind: 'view', view: 'dashboard' } as const) : ({ kind: 'view', view: 'plans' } as const);
  return new AdaptiveCard(...body).withActions(new OpenUrlAction(tabDeepLink(links, item), { title: 'Open in the action plan' }));
}

/** A person by name; a channel as "channel …" (its id is all the ledger knows of it). */
function recipientText(recipient: string, names: PeopleNames): string {
  return isChannelRecipient(recipient) ? recipient.replace(/^channel:/, 'channel ') : nameOf(names, recipient);
}

/** Ledger rows carry the kind as stored text; a kind this version does not know is shown as it is. */
function kindText(kind: string): string {
  return isReminderKind(kind) ? REMINDER_KIND_LABELS[kind] : kind;
}

const isReminderKind = (kind: string): kind is ReminderKind => kind in REMINDER_KIND_LABELS;
