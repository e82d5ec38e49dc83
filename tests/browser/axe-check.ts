// How the browser suites run axe: the WCAG 2.x A and AA rules, serious and critical
// violations only, one line per node, tabster's focus sentinels set aside. Axe runs in the
// page itself (legacy mode): the default mode opens a blank page for every check to merge the
// results of cross-origin frames, which doubled each check's time; the tab has no frames,
// which seriousViolations() asserts, so nothing goes unchecked.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules of the WCAG set above whose outcome depends on colours, i.e. on the theme: axe
 * tags them cat.color. Every other rule reads the DOM (names, roles, labels, structure, focus
 * order), which the theme does not change: a theme is Fluent tokens, CSS custom properties
 * only (src/tab/host/theme.ts). A test in accessibility.spec.ts keeps this list equal to axe's.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Fluent's focus manager (tabster) puts invisible <i data-tabster-dummy tabindex=0 aria-hidden>
 * sentinels around focus groups such as the charts; they hand focus on at once and are hidden
 * on purpose so that screen readers skip them. axe's aria-hidden-focus flags them: a known
 * false positive that Microsoft's Accessibility Insights suppresses the same way
 * (microsoft/tabster#288, microsoft/accessibility-insights-web#7605). Only that rule on those
 * sentinels is set aside; every other node still counts.
 */
const isTabsterSentinel = (rule: string, html: string) => rule === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

export type AxeRules = 'all' | 'colour';

/** The axe checker for the page: every WCAG rule, or only the colour rules. */
export function axeFor(page: Page, rules: AxeRules = 'all'): AxeBuilder {
  const builder = new AxeBuilder({ page }).setLegacyMode();
  return rules === 'all' ? builder.withTags(WCAG) : builder.withRules(COLOUR_RULES);
}

/** The serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page, rules: AxeRules = 'all'): Promise<string[]> {
  // Legacy mode checks the page and its same-origin frames only: say so if frames ever appear.
  expect(page.frames().map((f) => f.url())).toEqual([page.url()]);
  const result = await axeFor(page, rules).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .filter((n) => !isTabsterSentinel(v.id, n.html))
        .map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`),
    );
}
