// How the browser suites run axe: the WCAG 2.x A and AA rules, serious and critical
// violations only, one line per node, tabster's focus sentinels set aside.
//
// axe-core runs in the page itself through its own API (axe.run), put into each document once.
// @axe-core/playwright did the same with two costs that made a third of the browser suites' time
// (measured 2026-12-05, docs/benchmarks.md): it evaluated axe's 600 KB source twice per check,
// and sent back every node of every passing rule. The tab has no frames, which
// seriousViolations() asserts, so checking the top document alone leaves nothing unchecked.

import axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
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

// What runs in the page is written as expressions: this project type-checks its tests without
// the DOM's types, which the server must never see.

/** True once axe is in the page's current document. */
const AXE_PRESENT = "typeof window.axe?.run === 'function'";

/**
 * Resolves when the page's transitions have ended (Fluent's dialogs fade and slide in through
 * the Web Animations API): a contrast measured mid-fade is one nobody reads. Animations without
 * an end (a spinner) are not waited for.
 */
const TRANSITIONS_ENDED = `Promise.all(document.getAnimations()
  .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
  .map((a) => a.finished.catch(() => undefined))).then(() => true)`;

/**
 * Runs axe on the page once its transitions have ended: every WCAG rule, or only the colour
 * rules. axe is put into the document the first time it is checked (a navigation starts a new
 * one). With `everyOutcome`, passing, incomplete and inapplicable rules come back too (one node
 * each); otherwise only the violations, with all their nodes.
 */
export async function runAxe(page: Page, rules: AxeRules = 'all', { everyOutcome = false } = {}): Promise<AxeResults> {
  if (!(await page.evaluate<boolean>(`${TRANSITIONS_ENDED}.then(() => ${AXE_PRESENT})`))) await page.evaluate(axe.source);
  const options: RunOptions = {
    runOnly: rules === 'all' ? { type: 'tag', values: WCAG } : { type: 'rule', values: COLOUR_RULES },
    ...(everyOutcome ? {} : { resultTypes: ['violations'] }),
  };
  // The result comes back as one JSON string: as an object, Playwright serialises and checks it
  // value by value on both sides of its protocol, 50 ms of the test's CPU and 80 ms of the
  // browser's per check of the dashboard (docs/benchmarks.md).
  return JSON.parse(await page.evaluate<string>(`window.axe.run(document, ${JSON.stringify(options)}).then((result) => JSON.stringify(result))`)) as AxeResults;
}

/** The serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page, rules: AxeRules = 'all'): Promise<string[]> {
  // Only the top document is checked: say so if frames ever appear.
  expect(page.frames().map((f) => f.url())).toEqual([page.url()]);
  const result = await runAxe(page, rules);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .filter((n) => !isTabsterSentinel(v.id, n.html))
        .map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`),
    );
}
