// How the accessibility suites check a view: in one pass over the views, every state worth
// checking (a dialog open, a field in error, the conflict view) is checked in the three Teams
// themes in place: every WCAG A and AA rule in the light theme, the colour rules in the dark and
// high-contrast ones (a theme changes colours, not the DOM that the other rules read). The tab
// follows the browser's theme outside Teams as it follows Teams' inside, so the checks switch it
// through the browser's preferences (prefers-color-scheme, prefers-contrast), as a person
// switching theme with the tab open would. accessibility.spec.ts and
// accessibility-monitoring.spec.ts hold the views, half each, so that Jest's two workers share them.

import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations, type AxeRules } from './axe-check';
import { DEFAULT_VIEWPORT, REDUCED_MOTION, tabUrl, type TabFixture } from './tab-server';

export type Theme = 'light' | 'dark' | 'contrast';

/** The themes, each with the rules it is checked with. */
const THEMES: readonly (readonly [Theme, AxeRules])[] = [
  ['light', 'all'],
  ['dark', 'colour'],
  ['contrast', 'colour'],
];

/** What inEveryTheme() finds on a view without a problem. */
export const NO_VIOLATION: Readonly<Record<Theme, string[]>> = { light: [], dark: [], contrast: [] };

/** The browser preferences that make the tab show a theme (src/tab/host/theme.ts). */
function preferencesOf(theme: Theme) {
  return { colorScheme: theme === 'dark' ? 'dark' : 'light', contrast: theme === 'contrast' ? 'more' : 'no-preference' } as const;
}

export interface CheckedPage {
  /** The page, inside tests and hooks only. */
  readonly page: Page;
  /**
   * Opens the tab at `hash`, signed in as `as` (the sign-in picker without it): by following the
   * link in place when only the view changes, as a person would, and as a new document when the
   * address is the one shown (so that the view reads everything afresh).
   */
  go(as: string | undefined, hash: string): Promise<void>;
  /** Waits for a view's heading, then for every part of it that was loading. */
  settled(heading: string): Promise<void>;
  /**
   * Cancels the only open dialog (or alert dialog) and waits until it has gone and has given the
   * page back to assistive technology (aria-hidden off #root), a moment later: a view opened
   * before that would stay hidden.
   */
  cancel(role?: 'dialog' | 'alertdialog'): Promise<void>;
  /**
   * The serious violations on the page as it is now, in each theme (NO_VIOLATION when none),
   * starting with the theme the page is in and leaving it in the last one checked: a switch
   * redraws the whole page, and going back to light after every check was a quarter of them.
   */
  inEveryTheme(): Promise<Record<Theme, string[]>>;
}

/**
 * A browser context and page for the tests of a describe block, opened before the first test
 * and closed after the last, in the light theme with no contrast preference.
 */
export function useCheckedPage(app: TabFixture): CheckedPage {
  let context: BrowserContext | undefined;
  let current: Page | undefined;
  beforeAll(async () => {
    context = await app.browser.newContext({ viewport: DEFAULT_VIEWPORT, ...REDUCED_MOTION, ...preferencesOf('light') });
    current = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  const page = (): Page => {
    if (!current) throw new Error('useCheckedPage(): the page exists only inside tests and hooks');
    return current;
  };
  /** The theme the browser asks for now; a navigation keeps it. */
  let shown: Theme = 'light';
  const show = async (theme: Theme) => {
    if (theme !== shown) await page().emulateMedia(preferencesOf(theme));
    shown = theme;
    await page().locator(`[data-theme="${theme}"]`).waitFor({ state: 'attached' });
  };

  return {
    get page() {
      return page();
    },
    async go(as, hash) {
      const url = tabUrl(app.server, { as, hash });
      // The browser takes a link to the address shown for a jump within it: nothing would load.
      if (page().url() === url) await page().reload();
      else await page().goto(url);
      if (as)
        await page()
          .getByText(/^Signed in as/)
          .waitFor();
    },
    async settled(heading) {
      await page().getByRole('heading', { level: 1, name: heading }).waitFor();
      // A view may show several parts loading at once (the dashboard, the export): until none is.
      await page().getByText('Loading…').first().waitFor({ state: 'detached' });
    },
    async cancel(role = 'dialog') {
      await page().getByRole(role).getByRole('button', { name: 'Cancel' }).click();
      await page().getByRole(role).waitFor({ state: 'hidden' });
      await page().locator('#root:not([aria-hidden])').waitFor({ state: 'attached' });
    },
    async inEveryTheme() {
      const found: Record<Theme, string[]> = { light: [], dark: [], contrast: [] };
      const first = THEMES.findIndex(([theme]) => theme === shown);
      for (const [theme, rules] of [...THEMES.slice(first), ...THEMES.slice(0, first)]) {
        await show(theme);
        found[theme] = await seriousViolations(page(), rules);
      }
      return found;
    },
  };
}
