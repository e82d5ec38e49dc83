// The bot's other answers as Adaptive Cards: help, a list of targets, the status of the
// department or an office, a plan at a glance, and plain notices. Each links into the tab.

import { AdaptiveCard, Column, ColumnSet, Fact, FactSet, OpenUrlAction, TextBlock, type CardElement } from '@microsoft/teams.cards';
import type { Rollup } from '../../domain/derive';
import type { PlanTree } from '../../domain/derive';
import type { TargetSummary } from '../../contract/targets';
import { tabDeepLink, type TabItem, type TabLinkSettings } from '../deep-links';
import { PLAN_STATUS_LABELS, TARGET_STATUS_LABELS, type PlanStatus } from '../../domain/catalogues';
import { OFFICE_STAGE_LABELS, type OfficeStage } from '../../domain/derive';
import { nameOf, type PeopleNames } from '../../domain/people';
import { dueText, plural } from './target-card';

/** Lists longer than this are cut, with a link to the whole list in the tab. */
export const LIST_LIMIT = 15;

export const COMMAND_HELP: readonly (readonly [string, string])[] = [
  ['my targets', 'the targets you own, with a form to update each'],
  ['overdue [office]', 'overdue targets, most overdue first (e.g. "overdue MD")'],
  ['status [office]', 'progress of the department or of one office'],
  ['plan <office>', 'an office\'s work plan at a glance (e.g. "plan UNMAS")'],
  ['report status [office]', 'your office\'s progress report for the period being reported on (e.g. "report status OO")'],
  ['what is due this period', 'your targets with a milestone or a due date in this period'],
  ['scorecard [office]', 'your office\'s ratings and open remedial actions for the last closed period (e.g. "scorecard OO")'],
  ['help', 'this list'],
];

const open = (links: TabLinkSettings, item: TabItem, title = 'Open in the action plan') => new OpenUrlAction(tabDeepLink(links, item), { title });
const heading = (text: string) => new TextBlock(text, { weight: 'Bolder', size: 'Medium', wrap: true });
const line = (text: string, subtle = false) => new TextBlock(text, { wrap: true, isSubtle: subtle, spacing: 'Small' });

export function helpCard(links: TabLinkSettings, intro?: string): AdaptiveCard {
  return new AdaptiveCard(
    ...(intro ? [line(intro)] : []),
    heading('1325 Action Plan: what I can do'),
    new FactSet(...COMMAND_HELP.map(([command, meaning]) => new Fact(command, meaning))),
    line('In a channel, mention me first (e.g. "@Action Plan overdue").', true),
  ).withActions(open(links, { kind: 'home' }));
}

export function noticeCard(text: string, links: TabLinkSettings, tone: 'default' | 'attention' = 'default'): AdaptiveCard {
  return new AdaptiveCard(new TextBlock(text, { wrap: true, color: tone === 'attention' ? 'Attention' : 'Default' })).withActions(
    open(links, { kind: 'home' }),
  );
}

export function targetListCard(
  title: string,
  targets: readonly TargetSummary[],
  today: string,
  links: TabLinkSettings,
  more: TabItem,
  names: PeopleNames,
): AdaptiveCard {
  const shown = targets.slice(0, LIST_LIMIT);
  const rows: CardElement[] = shown.map((t) =>
    new ColumnSet()
      .withColumns(
        new Column(new TextBlock(`${t.officeCode} ${t.ref}`, { weight: 'Bolder', wrap: true })).withWidth('auto'),
        new Column(
          new TextBlock(t.description, { wrap: true, maxLines: 2 }),
          new TextBlock(`${dueText(t, today)} · ${TARGET_STATUS_LABELS[t.status]} · ${t.progress}% · ${nameOf(names, t.owner)}`, {
            wrap: true,
            isSubtle: true,
            spacing: 'None',
          }),
        ).withWidth('stretch'),
      )
      .withSelectAction(new OpenUrlAction(tabDeepLink(links, { kind: 'target', planId: t.planId, targetId: t.id }))),
  );
  const footer = targets.length > shown.length ? [line(`…and ${targets.length - shown.length} more in the tab.`, true)] : [];
  return new AdaptiveCard(heading(`${title} (${targets.length})`), ...rows, ...footer).withActions(open(links, more));
}

export interface OfficeStatusLine {
  code: string;
  planId: string | null;
  name: string;
  planStatus: PlanStatus | null;
  stage: OfficeStage;
  rollup: Rollup;
}

export function departmentStatusCard(cycle: string | null, department: Rollup, offices: readonly OfficeStatusLine[], links: TabLinkSettings): AdaptiveCard {
  return new AdaptiveCard(
    heading(`Department${cycle ? `, cycle ${cycle}` : ''}: ${progressText(department)}`),
    line(rollupText(department)),
    new FactSet(
      ...offices.map((o) => new Fact(o.code, `${planStatusText(o.planStatus)} · ${progressText(o.rollup)} · ${plural(o.rollup.overdue, 'overdue target')}`)),
    ),
  ).withActions(open(links, { kind: 'view', view: 'dashboard' }));
}

export function officeStatusCard(
  office: OfficeStatusLine,
  overdue: readonly { ref: string; description: string; daysOverdue: number; owner: string }[],
  links: TabLinkSettings,
  names: PeopleNames,
): AdaptiveCard {
  return new AdaptiveCard(
    heading(`${office.code}, ${office.name}: ${progressText(office.rollup)}`),
    new FactSet(
      new Fact('Plan', planStatusText(office.planStatus)),
      new Fact('Stage', OFFICE_STAGE_LABELS[office.stage]),
      new Fact('Targets', rollupText(office.rollup)),
    ),
    ...overdue.slice(0, LIST_LIMIT).map((t) => line(`⚠ ${t.ref} ${t.description} (overdue ${plural(t.daysOverdue, 'day')}, ${nameOf(names, t.owner)})`)),
  ).withActions(open(links, office.planId ? { kind: 'plan', planId: office.planId } : { kind: 'view', view: 'plans' }));
}

export function planCard(officeCode: string, tree: PlanTree, links: TabLinkSettings): AdaptiveCard {
  return new AdaptiveCard(
    heading(`${officeCode}: ${tree.title}`),
    new FactSet(
      new Fact('Cycle', tree.cycle),
      new Fact('Status', PLAN_STATUS_LABELS[tree.status]),
      new Fact('Progress', progressText(tree.rollup)),
      new Fact('Targets', rollupText(tree.rollup)),
      new Fact('Completeness', `${tree.completeness.score}%`),
      ...(tree.reviewComment ? [new Fact('Review comment', tree.reviewComment)] : []),
    ),
    ...tree.objectives.map((o) => line(`${o.ref}. ${o.title} (${progressText(o.rollup)}, ${plural(o.rollup.targets, 'target')})`)),
  ).withActions(open(links, { kind: 'plan', planId: tree.id }));
}

const planStatusText = (status: PlanStatus | null) => (status === null ? 'No plan yet' : PLAN_STATUS_LABELS[status]);

const progressText = (r: Rollup) => (r.progress === null ? 'no progress yet' : `${r.progress}% complete`);

function rollupText(r: Rollup): string {
  const parts = [
    plural(r.targets, 'target'),
    `${r.byStatus.achieved} achieved`,
    `${r.byStatus['on-track']} on track`,
    `${r.byStatus['at-risk']} at risk`,
    `${r.byStatus['off-track']} off track`,
    `${r.overdue} overdue`,
  ];
  return parts.join(' · ');
}
