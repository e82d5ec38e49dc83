// The target card: what the target asks for, when it is due, how far it has come, and (for
// its owner and the office's focal points) the "Update progress" form, an Action.Execute whose
// invoke the bot answers with this same card, refreshed.

import {
  AdaptiveCard,
  Choice,
  ChoiceSetInput,
  ExecuteAction,
  Fact,
  FactSet,
  NumberInput,
  OpenUrlAction,
  TextBlock,
  TextInput,
  type CardElement,
} from '@microsoft/teams.cards';
import { TARGET_STATUS_LABELS, TARGET_STATUSES } from '../../domain/catalogues';
import { daysBetween } from '../../domain/dates';
import type { Target } from '../../domain/model';
import { nameOf, NO_NAMES, type PeopleNames } from '../../domain/people';
import { tabDeepLink, type TabLinkSettings } from '../deep-links';

export const UPDATE_PROGRESS_VERB = 'updateProgress';

export interface TargetCardModel {
  target: Target;
  officeCode: string;
  officeName: string;
  today: string;
  mayReport: boolean;
  /** Display names by e-mail (the owner is shown by name). */
  names?: PeopleNames;
  /** A line above the card: why it was sent, or the outcome of an update. */
  notice?: { text: string; tone: 'good' | 'attention' | 'default' };
}

export function dueText(target: Pick<Target, 'dueDate' | 'status'>, today: string): string {
  if (target.status === 'achieved' || target.status === 'dropped') return `${target.dueDate} (${TARGET_STATUS_LABELS[target.status].toLowerCase()})`;
  const days = daysBetween(today, target.dueDate);
  if (days < 0) return `${target.dueDate}: overdue by ${plural(-days, 'day')}`;
  if (days === 0) return `${target.dueDate}: due today`;
  return `${target.dueDate}: due in ${plural(days, 'day')}`;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function targetCard(model: TargetCardModel, links: TabLinkSettings): AdaptiveCard {
  const { target: t } = model;
  const body: CardElement[] = [];
  if (model.notice) {
    body.push(
      new TextBlock(model.notice.text, {
        wrap: true,
        weight: 'Bolder',
        color: model.notice.tone === 'default' ? 'Default' : model.notice.tone === 'good' ? 'Good' : 'Attention',
      }),
    );
  }
  body.push(
    new TextBlock(`${model.officeCode} ${t.ref}: ${t.description}`, { wrap: true, weight: 'Bolder', size: 'Medium' }),
    new FactSet(
      new Fact('Indicator', t.indicator),
      new Fact('Target', targetValueText(t)),
      new Fact('Due', dueText(t, model.today)),
      new Fact('Status', TARGET_STATUS_LABELS[t.status]),
      new Fact('Progress', `${t.progress}%`),
      new Fact('Owner', nameOf(model.names ?? NO_NAMES, t.owner)),
      new Fact('Last check-in', t.lastCheckInAt ?? 'none yet'),
    ),
  );
  const card = new AdaptiveCard(...body);
  const open = new OpenUrlAction(tabDeepLink(links, { kind: 'target', planId: t.planId, targetId: t.id }), { title: 'Open in the action plan' });
  if (!model.mayReport) return card.withActions(open);
  card.withBody(...body, ...progressInputs(t));
  return card.withActions(new ExecuteAction({ title: 'Update progress', verb: UPDATE_PROGRESS_VERB, data: { targetId: t.id } }), open);
}

function progressInputs(t: Target): CardElement[] {
  return [
    new ChoiceSetInput(...TARGET_STATUSES.map((s) => new Choice({ title: TARGET_STATUS_LABELS[s], value: s })))
      .withId('status')
      .withOptions({ label: 'Status', value: t.status, isRequired: true, errorMessage: 'Choose a status' }),
    new NumberInput({ id: 'percent', label: 'Percent complete (0–100)', min: 0, max: 100, placeholder: String(t.progress) }),
    new NumberInput({
      id: 'value',
      label: `Value reached${t.unit ? ` (${t.unit})` : ''}`,
      placeholder: t.targetValue === null ? '' : `target ${t.targetValue}`,
    }),
    new TextInput({ id: 'note', label: 'Note', isMultiline: true, maxLength: 4000 }),
    new TextInput({ id: 'evidenceUrl', label: 'Evidence link', style: 'Url', maxLength: 2000, placeholder: 'https://…' }),
  ];
}

function targetValueText(t: Target): string {
  if (t.targetValue === null) return t.meansOfVerification ?? '—';
  const unit = t.unit ? ` ${t.unit}` : '';
  return t.baseline === null ? `${t.targetValue}${unit}` : `${t.targetValue}${unit} (baseline ${t.baseline}${unit})`;
}
