// What the tab refuses and how it speaks: a focal point cannot edit another office's plan,
// user-written text never becomes markup, the page runs under its Content-Security-Policy,
// outside Teams it takes the browser's theme as the person switches it, and a French browser
// gets French labels, dates and numbers.

import type { Page } from 'playwright-core';
import { openTab, PEOPLE, useTabServer } from './tab-server';

jest.setTimeout(90_000);

const app = useTabServer();

describe('access in the tab', () => {
  it("does not open another office's editor for a focal point", async () => {
    const ooPlan = await app.server.planIdOf('OO');
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.unmasFocal, hash: `/plans/${ooPlan}` });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: /Office of Operations/ }).waitFor();
    await page.getByTestId('read-only-notice').getByText('Only the focal point of Office of Operations can change it.').waitFor();
    await page.getByRole('list', { name: 'Objectives, activities and targets' }).getByRole('listitem').first().waitFor();
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add objective' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Submit for review' }).count()).toBe(0);

    // And the server refuses the write the tab does not offer.
    const tree = (await app.server.api(PEOPLE.unmasFocal, 'GET', `/api/plans/${ooPlan}`)).body;
    const target = tree.objectives[0].activities[0].targets[0];
    const refused = await app.server.api(PEOPLE.unmasFocal, 'PATCH', `/api/targets/${target.id}`, { unit: 'x' }, { 'if-match': `"${target.version}"` });
    expect(refused.status).toBe(403);
  });

  it('shows user-written text as text, never as markup', async () => {
    const planId = await app.server.planIdOf('UNMAS');
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.unmasFocal, hash: `/plans/${planId}` });
    const page = tab.page;
    await page.getByRole('button', { name: 'Edit target 1.2.a' }).click();
    const markup = '<img src=x onerror="document.title=1"><b id="injected">bold</b>';
    await page.getByRole('textbox', { name: 'Target', exact: true }).fill(markup);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('list', { name: 'Objectives, activities and targets' }).getByText(markup).waitFor();
    expect(await page.locator('#injected').count()).toBe(0);
    expect(await page.title()).toBe('1325 Action Plan');
  });
});

describe('the content security policy', () => {
  it('lets only Teams, Outlook and Microsoft 365 frame the tab, and the page has no inline script', async () => {
    const res = await fetch(`${app.server.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com https:\/\/\*\.teams\.microsoft\.com .*https:\/\/outlook\.office\.com/);
    const html = await res.text();
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => / src="/.test(tag))).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it('runs every view without a policy violation', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/dashboard' });
    const page = tab.page;
    await page.getByRole('heading', { level: 2, name: 'Progress by office' }).waitFor();
    for (const [hash, heading] of [
      ['/review', 'Review'],
      ['/plans', 'Office work plans'],
      ['/targets', 'My targets'],
      ['/export', 'Export'],
    ]) {
      await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    expect(tab.problems).toEqual([]);
  });
});

describe('the theme outside Teams', () => {
  const themeShown = (page: Page) => page.locator('[data-theme]').first().getAttribute('data-theme');

  it("follows the browser's preferences as they change: dark, more contrast, forced colours, then light again", async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/targets' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'My targets' }).waitFor();
    // The page's background, on the element inside the theme's provider (src/tab/app/Root.tsx).
    const background = () => page.evaluate<string>(`getComputedStyle(document.querySelector('[data-theme] > div')).backgroundColor`);
    expect(await themeShown(page)).toBe('light');
    const light = await background();

    for (const [preferences, theme] of [
      [{ colorScheme: 'dark' }, 'dark'],
      [{ colorScheme: 'dark', contrast: 'more' }, 'contrast'],
      [{ colorScheme: 'light', contrast: 'no-preference', forcedColors: 'active' }, 'contrast'],
      [{ colorScheme: 'light', contrast: 'no-preference', forcedColors: 'none' }, 'light'],
    ] as const) {
      await page.emulateMedia(preferences);
      await page.locator(`[data-theme="${theme}"]`).waitFor({ state: 'attached' });
      if (theme === 'light') expect(await background()).toBe(light);
      else expect(await background()).not.toBe(light);
    }
    // The view stayed where it was, in the state it was: a theme is colours only.
    expect(page.url()).toContain('#/targets');
    expect(tab.problems).toEqual([]);
  });

  it('keeps the theme that ?theme= names, whatever the browser prefers', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/targets', theme: 'dark' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'My targets' }).waitFor();
    expect(await themeShown(page)).toBe('dark');
    // The page hears the change (as the tab's own listener would), then renders two frames:
    // a theme the tab followed would show by then. The query is kept on window: a list nobody
    // holds may be collected, and its listener with it.
    await page.evaluate(`window.contrastQuery = matchMedia('(prefers-contrast: more)');
      window.contrastHeard = new Promise((heard) =>
        contrastQuery.addEventListener('change', () => requestAnimationFrame(() => requestAnimationFrame(heard)), { once: true }));
      true`);
    await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
    await page.evaluate('window.contrastHeard');
    expect(await themeShown(page)).toBe('dark');
  });
});

describe('French', () => {
  it('shows French labels, dates and numbers in a French browser', async () => {
    const planId = await app.server.planIdOf('MD');
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, locale: 'fr-FR', hash: '/plans' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'Plans de travail des bureaux' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    for (const label of ['Mes cibles', 'Examen', 'Tableau de bord', 'Exportation', 'Paramètres']) {
      await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).waitFor();
    }
    await page.getByRole('columnheader', { name: 'Avancement' }).waitFor();
    await page.getByRole('table').getByText('Approuvé').first().waitFor();
    await page.getByRole('combobox', { name: 'État' }).selectOption({ label: 'Approuvé' });
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ sur 7 plans$/ })
      .waitFor();
    // Percentages with a comma and a space before the sign, as French writes them.
    await page
      .getByRole('cell', { name: /^\d+,\d\s%$/ })
      .first()
      .waitFor();

    await page.evaluate(`location.hash = '/plans/${planId}'`);
    await page
      .getByText(/Échéance \d{1,2} [a-zéû.]+ \d{4}/)
      .first()
      .waitFor();
    await page.getByText('Affaires militaires').first().waitFor();
    await page.getByRole('button', { name: 'Changer d’utilisateur' }).waitFor();
    expect(tab.problems).toEqual([]);
  });
});
