// The bot's answer to "scorecard", through the same services as GET /api/scorecards: the last
// closed period's ratings of the asker's offices (those she is a focal point of, or owns
// targets in), overrides marked, with their open remedial actions. Someone of no office (the
// Gender Unit, senior management) gets the department at a glance, one line per office, and is
// told to name an office for its detail: the Gender Unit looks after every office, so guessing
// one would be wrong, and a card per office would flood the chat.

import type { AdaptiveCard } from '@microsoft/teams.cards';
import type { TargetSummary } from '../contract/targets';
import { NotFoundError } from '../domain/errors';
import { today, type ServiceContext } from '../services/context';
import type { Actor } from '../services/identity';
import { listPeriods, type PeriodSummary } from '../services/monitoring/periods';
import { listOffices } from '../services/offices';
import { listScorecards } from '../services/scorecard/scorecards';
import { departmentScorecardCard, officeScorecardCard } from './cards/scorecard-cards';
import { noticeCard } from './cards/summary-cards';
import type { TabLinkSettings } from './deep-links';

export interface ScorecardAnswerDeps {
  ctx: ServiceContext;
  links: TabLinkSettings;
}

/** A scorecard for at most this many offices at once (a focal point of several). */
const OFFICES_AT_ONCE = 5;

/** The closed period that ended last: scorecards are kept for closed periods only (the open one is rated live in the tab). */
export function lastClosedPeriod<P extends Pick<PeriodSummary, 'end' | 'status' | 'closedAt'>>(periods: readonly P[]): P | undefined {
  return periods
    .filter((p) => p.status === 'closed')
    .sort((a, b) => (a.end === b.end ? (b.closedAt ?? '').localeCompare(a.closedAt ?? '') : b.end.localeCompare(a.end)))[0];
}

/**
 * "scorecard [office]". `myTargets` gives the asker's targets, whose offices count as hers,
 * read only when she names no office.
 */
export async function scorecardCards(
  { ctx, links }: ScorecardAnswerDeps,
  actor: Actor,
  office: string | null,
  myTargets: () => Promise<readonly TargetSummary[]>,
): Promise<AdaptiveCard[]> {
  const offices = await listOffices(ctx, actor);
  if (office && !offices.some((o) => o.code === office)) throw new NotFoundError('office', office);
  const period = lastClosedPeriod(await listPeriods(ctx, actor, {}));
  if (!period) {
    return [
      noticeCard(
        'No reporting period has been closed yet, so no office has a scorecard. The Gender Unit rates the offices when it closes a period; the open period is rated live on the dashboard.',
        links,
      ),
    ];
  }
  const ownedCodes = office ? new Set<string>() : new Set((await myTargets()).map((t) => t.officeCode));
  const wanted = office ? [office] : offices.filter((o) => actor.focalOfficeIds.includes(o.id) || ownedCodes.has(o.code)).map((o) => o.code);
  const list = await scorecardsOf(ctx, actor, period.id);
  if (!list)
    return [noticeCard(`There is no scorecard for ${period.label}: the period was closed without its snapshot, from which the offices are rated.`, links)];
  const day = today(ctx);
  if (wanted.length === 0) return [departmentScorecardCard(list, day, links)];
  return wanted.slice(0, OFFICES_AT_ONCE).map((code) => {
    const card = list.scorecards.find((c) => c.office.code === code);
    return card ? officeScorecardCard(card, list.period.label, day, links) : noticeCard(`${code} has no scorecard for ${period.label}.`, links);
  });
}

/** Every office's scorecard of the period; undefined when the period has no snapshot to rate from. */
async function scorecardsOf(ctx: ServiceContext, actor: Actor, periodId: string) {
  try {
    return await listScorecards(ctx, actor, { period: periodId });
  } catch (error) {
    if (error instanceof NotFoundError && error.entity === 'snapshot') return undefined;
    throw error;
  }
}
