// The channel tab's pure logic: what its configuration page saves for an office (Teams'
// pages.config.setConfig payload), which office a saved tab shows, and which of an office's
// plans is its current one.

import type { TabInstanceConfig } from '../../host/tab-instance';

const ENTITY_PREFIX = 'office-';

/** The tab that shows one office's current plan: its id, the page Teams frames and the one it opens in a browser. */
export function channelTabConfig(code: string, origin: string, displayName: (code: string) => string): TabInstanceConfig {
  const url = `${origin}/index.html#/offices/${encodeURIComponent(code)}`;
  return { entityId: `${ENTITY_PREFIX}${code}`, contentUrl: url, websiteUrl: url, suggestedDisplayName: displayName(code) };
}

/** The office code of a saved channel tab ("office-MD" → "MD"), when Teams reopens its configuration. */
export function officeOfEntityId(entityId: string | undefined): string | undefined {
  return entityId?.startsWith(ENTITY_PREFIX) && entityId.length > ENTITY_PREFIX.length ? entityId.slice(ENTITY_PREFIX.length) : undefined;
}

/**
 * An office's current plan: the one of the newest cycle. Cycles are a year or a span of years
 * ("2026", "2025-2026"), so comparing the text orders them by their first year, then by span.
 */
export function currentPlan<P extends { cycle: string }>(plans: readonly P[]): P | undefined {
  let newest: P | undefined;
  for (const plan of plans) if (!newest || plan.cycle > newest.cycle) newest = plan;
  return newest;
}
