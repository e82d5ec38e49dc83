// The answer to each command, computed through the same services as the HTTP API (so the same
// permissions apply) and rendered as Adaptive Cards that link into the tab.

import { MessageActivityInput } from '@microsoft/teams.api';
import type { AdaptiveCard } from '@microsoft/teams.cards';
import { TARGET_PAGE_MAX, type TargetSummary } from '../contract/targets';
import { CLOSED_TARGET_STATUSES } from '../domain/catalogues';
import { DomainError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../domain/errors';
import { today, type ServiceContext } from '../services/context';
import { dashboard } from '../services/dashboard';
import { listOffices } from '../services/offices';
import type { Actor } from '../services/identity';
import { getPlanTree, listPlans } from '../services/plans';
import { queryTargets } from '../services/progress';
import { helpCard, LIST_LIMIT, noticeCard, officeStatusCard, departmentStatusCard, planCard, targetListCard } from './cards/summary-cards';
import { plural, targetCard } from './cards/target-card';
import type { Command } from './commands';
import type { TabLinkSettings } from './deep-links';
import { dueThisPeriodAnswer, reportStatusCards } from './report-answers';
import { scorecardCards } from './scorecard-answers';

/** A carousel holds this many target cards; the rest are in the tab. */
export const CAROUSEL_LIMIT = 10;

export interface AnswerDeps {
  ctx: ServiceContext;
  links: TabLinkSettings;
}

const cardMessage = (...cards: AdaptiveCard[]) => {
  const message = new MessageActivityInput();
  for (const card of cards) message.addCard('adaptive', card);
  return message;
};

export async function answer(deps: AnswerDeps, actor: Actor, command: Command): Promise<MessageActivityInput> {
  const { links } = deps;
  try {
    switch (command.name) {
      case 'help':
        return cardMessage(helpCard(links));
      case 'unknown':
        return cardMessage(helpCard(links, command.hint ?? `I did not understand "${command.text}".`));
      case 'my-targets':
        return await myTargets(deps, actor);
      case 'overdue':
        return await overdue(deps, actor, command.office);
      case 'status':
        return await status(deps, actor, command.office);
      case 'plan':
        return await plan(deps, actor, command.office);
      case 'report-status':
        return cardMessage(...(await reportStatusCards(deps, actor, command.office)));
      case 'due-this-period':
        return cardMessage(await dueThisPeriodAnswer(deps, actor, await everyTarget(deps.ctx, actor, { owner: 'me' })));
      case 'scorecard':
        return cardMessage(...(await scorecardCards(deps, actor, command.office, () => everyTarget(deps.ctx, actor, { owner: 'me' }))));
    }
  } catch (error) {
    return cardMessage(noticeCard(await explain(deps, error, actor), links, 'attention'));
  }
}

async function myTargets({ ctx, links }: AnswerDeps, actor: Actor): Promise<MessageActivityInput> {
  const mine = (await everyTarget(ctx, actor, { owner: 'me' })).filter((t) => !CLOSED_TARGET_STATUSES.includes(t.status));
  if (mine.length === 0) return cardMessage(noticeCard('You own no open targets.', links));
  const day = today(ctx);
  const shown = mine.slice(0, CAROUSEL_LIMIT);
  const names = await ctx.directory.namesOf(shown.map((t) => t.owner));
  const cards = shown.map((t) => targetCard({ target: t, officeCode: t.officeCode, officeName: '', today: day, mayReport: true, names }, links));
  const overdueCount = mine.filter((t) => t.overdue).length;
  const message = cardMessage(...cards).withAttachmentLayout('carousel');
  const more = mine.length > cards.length ? ` Showing the first ${cards.length}; the rest are in the tab.` : '';
  return message.withText(`You own ${plural(mine.length, 'open target')}, ${overdueCount} overdue.${more}`);
}

async function overdue({ ctx, links }: AnswerDeps, actor: Actor, office: string | null): Promise<MessageActivityInput> {
  const targets = await everyTarget(ctx, actor, { overdue: 'true', ...(office ? { office } : {}) });
  const where = office ? ` in ${office}` : '';
  if (targets.length === 0) return cardMessage(noticeCard(`No overdue targets${where}.`, links));
  const names = await ctx.directory.namesOf(targets.slice(0, LIST_LIMIT).map((t) => t.owner));
  return cardMessage(targetListCard(`Overdue targets${where}`, targets, today(ctx), links, { kind: 'view', view: 'dashboard' }, names));
}

/** Every page of a target query: an owner's targets or the overdue, which the answers count whole. */
async function everyTarget(ctx: ServiceContext, actor: Actor, query: Record<string, string>): Promise<TargetSummary[]> {
  const targets: TargetSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await queryTargets(ctx, actor, { ...query, limit: String(TARGET_PAGE_MAX), ...(cursor ? { cursor } : {}) });
    targets.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return targets;
}

async function status({ ctx, links }: AnswerDeps, actor: Actor, office: string | null): Promise<MessageActivityInput> {
  const d = await dashboard(ctx, actor);
  if (!office) return cardMessage(departmentStatusCard(d.cycle, d.department, d.offices, links));
  const line = d.offices.find((o) => o.code === office);
  if (!line) throw new NotFoundError('office', office);
  const overdue = d.overdue.filter((t) => t.officeCode === office);
  const names = await ctx.directory.namesOf(overdue.slice(0, LIST_LIMIT).map((t) => t.owner));
  return cardMessage(officeStatusCard(line, overdue, links, names));
}

async function plan({ ctx, links }: AnswerDeps, actor: Actor, office: string): Promise<MessageActivityInput> {
  const plans = await listPlans(ctx, actor, { office });
  const latest = [...plans].sort((a, b) => (a.cycle < b.cycle ? 1 : -1))[0];
  if (!latest) return cardMessage(noticeCard(`${office} has no work plan yet.`, links));
  return cardMessage(planCard(office, await getPlanTree(ctx, actor, latest.id), links));
}

/** What to tell the user when a service refused: the same reasons the API gives. */
export async function explain({ ctx }: Pick<AnswerDeps, 'ctx'>, error: unknown, actor: Actor): Promise<string> {
  if (error instanceof NotFoundError && error.entity === 'office') {
    const codes = (await listOffices(ctx, actor)).map((o) => o.code).join(', ');
    return `There is no office with code ${error.id}. The offices are: ${codes}.`;
  }
  if (error instanceof ValidationError) return `${error.message}: ${error.problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`;
  if (error instanceof ForbiddenError || error instanceof UnauthenticatedError || error instanceof DomainError) return error.message;
  throw error;
}
