// What the bot says about the office scorecards: the answer to "scorecard" (one office's ratings
// for the last closed period, overrides marked, and its open remedial actions; or the
// department at a glance) and the reminders of a remedial action due or overdue. Ratings and
// statuses read as words, people by name; every card opens the scorecard in the tab (the
// dashboard's heat map of offices × criteria).

import { AdaptiveCard, Fact, FactSet, OpenUrlAction, TextBlock, type CardElement } from '@microsoft/teams.cards';
import type { ScorecardList, ScorecardView } from '../../contract/scorecard';
import { daysBetween } from '../../domain/dates';
import { nameOf, NO_NAMES } from '../../domain/people';
import { REMEDIAL_STATUS_LABELS, type RemedialStatus } from '../../domain/scorecard';
import { CRITERION_RULES } from '../../domain/scorecard-criteria';
import type { ReminderFacts } from '../../reminders/outbox';
import { REMINDED_REMEDIAL_STATUSES, type RemedialReminder } from '../../reminders/remedial-reminders';
import { tabDeepLink, type TabLinkSettings } from '../deep-links';
import { plural } from './target-card';

/** An office's card lists at most this many open remedial actions; the rest are in the tab. */
const ACTIONS_SHOWN = 8;

/** The scorecard lives on the dashboard (heat map of offices × criteria, with each cell's remedial actions). */
export function openScorecardAction(links: TabLinkSettings): OpenUrlAction {
  return new OpenUrlAction(tabDeepLink(links, { kind: 'view', view: 'dashboard' }), { title: 'Open the scorecard' });
}

const heading = (text: string, attention = false) =>
  new TextBlock(text, { weight: 'Bolder', size: 'Medium', wrap: true, color: attention ? 'Attention' : 'Default' });
const isOpen = (status: RemedialStatus) => REMINDED_REMEDIAL_STATUSES.includes(status);

/** "On 2026-12-01 (5 days overdue)": the due date, and how late it is once past. */
function dueWithLateness(due: string, today: string): string {
  const late = daysBetween(due, today);
  return late > 0 ? `${due} (${plural(late, 'day')} overdue)` : due;
}

/** "scorecard" for one office: each criterion's rating in words (overrides marked), then its open remedial actions. */
export function officeScorecardCard(card: ScorecardView, periodLabel: string, today: string, links: TabLinkSettings): AdaptiveCard {
  const ratings = card.ratings.map((r) => new Fact(r.label, r.overridden ? `${r.ratingLabel} (overridden; computed: ${r.computedLabel})` : r.ratingLabel));
  const open = card.ratings.flatMap((r) => r.remedialActions.filter((a) => isOpen(a.status)).map((a) => ({ criterion: r.label, action: a })));
  const uncovered = card.ratings.filter((r) => r.needsRemedialAction && r.remedialActions.length === 0).map((r) => r.label);
  const body: CardElement[] = [
    heading(`${card.office.code}: scorecard for ${periodLabel}`),
    new TextBlock(card.office.name, { isSubtle: true, wrap: true, spacing: 'None' }),
    new FactSet(...ratings),
    new TextBlock(open.length === 0 ? 'No open remedial actions.' : `Open remedial actions (${open.length})`, { weight: 'Bolder', wrap: true }),
  ];
  for (const { criterion, action } of open.slice(0, ACTIONS_SHOWN)) {
    body.push(
      new TextBlock(`${criterion}: ${action.steps}`, { wrap: true, maxLines: 4 }),
      new FactSet(new Fact('Due', dueWithLateness(action.due, today)), new Fact('Responsible', action.responsibleName), new Fact('Status', action.statusLabel)),
    );
  }
  if (open.length > ACTIONS_SHOWN) body.push(new TextBlock(`…and ${open.length - ACTIONS_SHOWN} more in the tab.`, { isSubtle: true, wrap: true }));
  if (uncovered.length > 0) {
    body.push(new TextBlock(`Below "Meets requirements" with no remedial action yet: ${uncovered.join('; ')}.`, { isSubtle: true, wrap: true }));
  }
  return new AdaptiveCard(...body).withActions(openScorecardAction(links));
}

/** "scorecard" from someone of no office (the Gender Unit, senior management): every office on one line. */
export function departmentScorecardCard(list: ScorecardList, today: string, links: TabLinkSettings): AdaptiveCard {
  const lines = list.scorecards.map((card) => {
    const rated = card.ratings.filter((r) => r.rating !== 'not-applicable');
    const below = card.ratings.filter((r) => r.needsRemedialAction).length;
    const open = card.ratings.flatMap((r) => r.remedialActions).filter((a) => isOpen(a.status));
    const overdue = open.filter((a) => a.due < today).length;
    const overridden = card.ratings.filter((r) => r.overridden).length;
    const parts = [
      `${below} of ${rated.length} rated below "Meets requirements"`,
      plural(open.length, 'open remedial action'),
      ...(overdue > 0 ? [`${overdue} overdue`] : []),
      ...(overridden > 0 ? [`${overridden} overridden`] : []),
    ];
    return new Fact(card.office.code, parts.join(' · '));
  });
  return new AdaptiveCard(
    heading(`Office scorecards for ${list.period.label}`),
    new FactSet(...lines),
    new TextBlock('For one office\'s ratings and remedial actions, name it: "scorecard OO".', { isSubtle: true, wrap: true }),
  ).withActions(openScorecardAction(links));
}

/** A remedial action due soon or overdue, to its responsible person (or the office's focal points when it names nobody). */
export function remedialReminderCard(r: RemedialReminder, facts: ReminderFacts, links: TabLinkSettings): AdaptiveCard {
  const action = facts.remedial?.action;
  const code = facts.office?.code ?? '';
  const criterion = action ? CRITERION_RULES[action.criterion].label : '';
  const scorecard = `${code}'s scorecard${facts.remedial?.period ? ` for ${facts.remedial.period.label}` : ''}`;
  const overdue = r.kind === 'remedial-overdue';
  const title = overdue
    ? `Remedial action ${plural(r.daysOverdue, 'day')} overdue: ${code}, ${criterion}`
    : `Remedial action due on ${r.dueDate}: ${code}, ${criterion}`;
  const ask = overdue
    ? `It was due on ${r.dueDate}. Please carry out its steps, or ask the Gender Unit to move its date, and mark it done in the action plan.`
    : 'Please carry out its steps by then and mark it done in the action plan.';
  const why = r.toFocalPoint ? " The action names nobody responsible, so the office's focal points hear of it." : '';
  const lines = [
    new Fact('Office', facts.office ? `${facts.office.name} (${code})` : code),
    new Fact('Criterion', criterion),
    ...(action ? [new Fact('Steps', action.steps)] : []),
    new Fact('Due', r.dueDate),
    ...(action && !r.toFocalPoint ? [new Fact('Responsible', nameOf(facts.names ?? NO_NAMES, action.responsible))] : []),
    ...(action ? [new Fact('Status', REMEDIAL_STATUS_LABELS[action.status])] : []),
    ...(action?.resources ? [new Fact('Resources', action.resources)] : []),
  ];
  return new AdaptiveCard(
    heading(title, overdue),
    new TextBlock(`A remedial action of ${scorecard}. ${ask}${why}`, { wrap: true }),
    new FactSet(...lines),
  ).withActions(openScorecardAction(links));
}
