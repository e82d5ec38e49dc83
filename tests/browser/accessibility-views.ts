// Every view of the tab, its dialogs and conflict views included, checked with axe in one
// theme: the steps of accessibility.spec.ts (light, every rule) and
// accessibility-colours.spec.ts (dark and high contrast, the colour rules). One list of views
// for both, so that every view checked in one theme is checked in the others.

import type { BrowserContext, Page } from 'playwright-core';
import { COLOUR_RULES, seriousViolations, type AxeRules } from './axe-check';
import { PEOPLE, tabUrl, type TabFixture, type TabPageOptions } from './tab-server';

export type Theme = NonNullable<TabPageOptions['theme']>;

async function settled(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  // A view may show several parts loading at once (the dashboard, the export): until none is.
  await page.getByText('Loading…').first().waitFor({ state: 'detached' });
}

export function checkEveryView(app: TabFixture, theme: Theme, rules: AxeRules): void {
  describe(`accessibility in the ${theme} theme (${rules === 'all' ? 'every WCAG A and AA rule' : `colour rules: ${COLOUR_RULES.join(', ')}`})`, () => {
    let context: BrowserContext;
    let page: Page;
    const go = async (as: string | undefined, hash: string) => {
      await page.goto(tabUrl(app.server, { as, theme, hash }));
      if (as) await page.getByText(/^Signed in as/).waitFor();
    };

    // A fresh browser context per theme, as a person opening the tab in that theme would have.
    beforeAll(async () => {
      context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it('has no serious violation on the sign-in picker', async () => {
      await page.goto(tabUrl(app.server, { theme }));
      await settled(page, 'Sign in as');
      expect(await seriousViolations(page, rules)).toEqual([]);
    });

    it('has no serious violation on My targets and its check-in dialog', async () => {
      await go(PEOPLE.ousgOwner, '/targets');
      await settled(page, 'My targets');
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page
        .getByRole('button', { name: /^Check in on target/ })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      await page.getByRole('textbox', { name: 'Evidence link' }).fill('not a link');
      await page.getByText('Enter a web link starting with https://').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
    });

    it('has no serious violation on the office work plans and an editable plan with its editor and conflict view', async () => {
      await go(PEOPLE.omsFocal, '/plans');
      await settled(page, 'Office work plans');
      expect(await seriousViolations(page, rules)).toEqual([]);

      const planId = await app.server.planIdOf('OMS');
      await go(PEOPLE.omsFocal, `/plans/${planId}`);
      await page.getByRole('heading', { level: 1, name: /Office of Mission Support/ }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);

      // The search over the plan, with filters on and a target's means of verification open.
      await page.getByRole('searchbox', { name: 'Search the plan' }).fill('2.');
      await page.getByRole('checkbox', { name: 'Overdue only' }).check();
      await page
        .getByRole('status')
        .filter({ hasText: /targets match/ })
        .waitFor();
      await page
        .getByRole('button', { name: /^Means of verification of target/ })
        .first()
        .click();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('button', { name: 'Clear the search' }).click();

      await page.getByRole('button', { name: 'Edit target 2.1.a' }).click();
      // The people picker, open with its suggestions.
      const owner = page.getByRole('dialog').getByRole('combobox', { name: 'Owner' });
      await owner.fill('pri');
      await page.getByRole('option', { name: /Priya Raghavan/ }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await owner.press('Escape');
      // The delete confirmation.
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('alertdialog').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('alertdialog').waitFor({ state: 'hidden' });

      const description = page.getByRole('textbox', { name: 'Target', exact: true });
      await description.fill('');
      await page.getByText('Required').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);

      // Someone else saves the same target meanwhile: the save turns into the conflict view.
      const tree = (await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body;
      const target = tree.objectives[1].activities[0].targets[0];
      await app.server.api(PEOPLE.omsFocal, 'PATCH', `/api/targets/${target.id}`, { unit: `changed in ${theme}` }, { 'if-match': `"${target.version}"` });
      await description.fill(`Edited in the ${theme} theme`);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('button', { name: 'Keep my changes' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    });

    it('has no serious violation on the reminder settings, with errors and with the conflict view', async () => {
      await go(PEOPLE.advisor, '/settings');
      await settled(page, 'Reminder settings');
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('spinbutton', { name: 'Tell the Gender Unit after … days overdue' }).fill('2');
      await page.getByText('Must be later than the escalation to the focal points').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);

      const read = await app.server.api(PEOPLE.advisor, 'GET', '/api/reminder-policy');
      await app.server.api(PEOPLE.advisor, 'PUT', '/api/reminder-policy', { ...read.body, dueSoonDays: read.body.dueSoonDays + 1 }, { 'if-match': read.etag! });
      await page.getByRole('spinbutton', { name: 'Tell the Gender Unit after … days overdue' }).fill('60');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
    });

    it('has no serious violation on the scorecard criteria, with a threshold out of order, a criterion switched off and the conflict view', async () => {
      await go(PEOPLE.advisor, '/settings');
      // The same address as the step before: load it afresh, so that the criteria are read now.
      await page.reload();
      await page.getByRole('tab', { name: 'Scorecard criteria' }).click();
      await settled(page, 'Scorecard criteria');
      expect(await seriousViolations(page, rules)).toEqual([]);
      const group = page.getByRole('group', { name: 'Targets achieved or on track', exact: true });
      await group.getByRole('textbox', { name: 'Meets from' }).fill('-1');
      await group.getByText(/^Must be at least/).waitFor();
      await page.getByRole('group', { name: 'Milestones met', exact: true }).getByRole('switch', { name: 'Used in the ratings' }).click();
      expect(await seriousViolations(page, rules)).toEqual([]);

      const read = await app.server.api(PEOPLE.advisor, 'GET', '/api/scorecard-criteria');
      const theirs = (read.body.criteria as { id: string; exceeds: number }[]).map((c) => (c.id === 'focal-point' ? { ...c, exceeds: c.exceeds + 1 } : c));
      await app.server.api(PEOPLE.advisor, 'PUT', '/api/scorecard-criteria', { criteria: theirs }, { 'if-match': read.etag! });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await group.getByRole('textbox', { name: 'Approaches from' }).fill('35');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('button', { name: 'Take the saved version' }).click();
    });

    it('has no serious violation on Reporting: a draft report with a wrong figure and its conflict view, and a returned report', async () => {
      const reports = (await app.server.api(PEOPLE.advisor, 'GET', '/api/reports')).body as { id: string; officeCode: string; status: string }[];
      const offices = (await app.server.api(PEOPLE.advisor, 'GET', '/api/offices')).body as { code: string; focalPoints: string[] }[];
      const focalOf = (code: string | undefined) => offices.find((o) => o.code === code)?.focalPoints[0];
      const draft = reports.find((r) => r.status === 'draft');
      const returned = reports.find((r) => r.status === 'returned');
      const focal = focalOf(draft?.officeCode);
      if (!draft || !returned || !focal) throw new Error('the demo data has no draft or no returned report');

      await go(focal, `/reports/${draft.id}`);
      await settled(page, 'Reporting');
      await page.getByRole('textbox', { name: 'Summary' }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      const value = page.getByRole('textbox', { name: /^Value of target / }).first();
      await value.fill('lots');
      await page.getByText('Enter a number').first().waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await value.fill('');

      // Someone saves the report meanwhile: the save turns into the conflict view.
      const read = await app.server.api(focal, 'GET', `/api/reports/${draft.id}`);
      await app.server.api(focal, 'PATCH', `/api/reports/${draft.id}`, { nextSteps: `Changed in the ${theme} theme` }, { 'if-match': read.etag ?? '' });
      await page.getByRole('textbox', { name: 'Summary' }).fill(`Edited in the ${theme} theme`);
      await page.getByRole('button', { name: 'Save the report' }).click();
      await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('button', { name: 'Take the saved version' }).click();

      await go(focalOf(returned.officeCode), `/reports/${returned.id}`);
      await settled(page, 'Reporting');
      await page.getByText('Returned by the Gender Unit').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
    });

    it('has no serious violation on the report review, side by side with the previous period, and on the periods with their dialogs', async () => {
      await go(PEOPLE.advisor, '/report-review');
      await settled(page, 'Report review');
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page
        .getByRole('link', { name: /^Open the report of / })
        .first()
        .click();
      await page.getByRole('heading', { level: 2, name: 'Decision' }).waitFor();
      await page.getByText('Loading…').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: /^Return the report of / }).click();
      await page.getByText('Say what the office should change').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);

      await go(PEOPLE.advisor, '/periods');
      await settled(page, 'Reporting periods');
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('button', { name: 'New cycle' }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: 'Code' }).fill('2009-2008');
      await page.getByRole('dialog').getByText('Must end after it starts').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: /^Close the period / }).click();
      await page.getByRole('alertdialog').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('alertdialog').waitFor({ state: 'hidden' });
      // The pointer rests where the dialog was: move it off, so that the next view opens without a row under the mouse.
      await page.mouse.move(0, 0);
    });

    it('has no serious violation on Review, the Dashboard with its trends and scorecard heat map (detail and table view), and Export', async () => {
      await go(PEOPLE.advisor, '/review');
      await settled(page, 'Review');
      expect(await seriousViolations(page, rules)).toEqual([]);

      await page.evaluate(`location.hash = '/dashboard'`);
      await settled(page, 'Dashboard');
      await page.getByRole('heading', { level: 2, name: 'Overdue targets over time' }).waitFor();
      // The trends per period with a data table open, and the scorecard's heat map.
      await page.getByRole('heading', { level: 2, name: 'Milestones met per office' }).waitFor();
      const grid = page.getByRole('grid', { name: /^Ratings of each office by criterion/ });
      await grid.waitFor();
      await page.getByText('Show the data').last().click();
      expect(await seriousViolations(page, rules)).toEqual([]);
      // A rating's detail, then the scorecard as a table.
      await grid.locator('[data-cell="1:0"]').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'Show as a table' }).click();
      await page.getByRole('table', { name: /^Ratings of each office by criterion/ }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);

      await page.evaluate(`location.hash = '/export'`);
      await settled(page, 'Export');
      await page.getByRole('combobox', { name: 'Reporting period' }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
    });

    // A closing dialog gives the page back to assistive technology (aria-hidden off #root) a moment
    // after it has gone; a view opened before that would stay hidden, so the steps below wait for it.
    const released = () => page.locator('#root:not([aria-hidden])').waitFor({ state: 'attached' });

    it("has no serious violation on a plan's life: the new-plan dialog, the title editor and its conflict, an amendment with its revisions and changes, the next-cycle preview, the archive confirmation and an archived plan", async () => {
      await go(PEOPLE.advisor, '/plans');
      await settled(page, 'Office work plans');
      await page.getByRole('button', { name: 'New work plan' }).click();
      await page.getByRole('dialog', { name: 'New work plan' }).getByRole('combobox', { name: 'Office' }).selectOption({ label: 'Mine Action Service' });
      await page.getByRole('dialog').getByRole('combobox', { name: 'Cycle' }).selectOption('2006-2007');
      await page
        .getByRole('dialog')
        .getByText(/already has a work plan/)
        .waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await released();

      // The title editor, then the conflict when someone renamed the plan meanwhile.
      const omsPlan = await app.server.planIdOf('OMS');
      await go(PEOPLE.omsFocal, `/plans/${omsPlan}`);
      await page.getByRole('button', { name: 'Edit the title of the plan' }).click();
      await page.getByRole('textbox', { name: 'Title of the plan' }).fill('');
      await page.getByText('Required').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      const read = await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${omsPlan}`);
      await app.server.api(PEOPLE.omsFocal, 'PATCH', `/api/plans/${omsPlan}`, { title: `${read.body.title} (${theme})` }, { 'if-match': read.etag ?? '' });
      await page.getByRole('textbox', { name: 'Title of the plan' }).fill(`Renamed in the ${theme} theme`);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('button', { name: 'Keep my title' }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('button', { name: 'Take the saved version' }).click();

      // An amendment in progress (started once, by the first theme), its endorsed revision and what changed.
      const ooPlan = await app.server.planIdOf('OO');
      const oo = await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${ooPlan}`);
      if (oo.body.status === 'endorsed') await app.server.api(PEOPLE.advisor, 'POST', `/api/plans/${ooPlan}/amend`, {}, { 'if-match': oo.etag ?? '' });
      await go(PEOPLE.advisor, `/plans/${ooPlan}`);
      await page.getByTestId('amendment-notice').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await go(PEOPLE.advisor, `/plans/${ooPlan}?revision=1`);
      await page.getByTestId('revision-notice').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await go(PEOPLE.advisor, `/plans/${ooPlan}/changes`);
      await settled(page, 'What changed');
      expect(await seriousViolations(page, rules)).toEqual([]);

      // The next cycle's preview and the archive confirmation (both cancelled).
      const mdPlan = await app.server.planIdOf('MD');
      await go(PEOPLE.advisor, `/plans/${mdPlan}`);
      await page.getByRole('button', { name: 'Start the next cycle' }).click();
      await page
        .getByRole('dialog')
        .getByRole('table', { name: /^Copied/ })
        .waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await released();
      await page.getByRole('button', { name: 'Archive' }).click();
      await page.getByRole('alertdialog').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('alertdialog').waitFor({ state: 'hidden' });
      await released();

      // An archived plan (archived once, by the first theme).
      const pbpsPlan = await app.server.planIdOf('PBPS');
      const pbps = await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${pbpsPlan}`);
      if (pbps.body.status === 'endorsed') await app.server.api(PEOPLE.advisor, 'POST', `/api/plans/${pbpsPlan}/archive`, {}, { 'if-match': pbps.etag ?? '' });
      await go(PEOPLE.advisor, `/plans/${pbpsPlan}`);
      await page.getByTestId('archived-notice').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
    });

    it('has no serious violation on the planning process: findings with a filter and the finding dialog, workshops with the workshop and participants dialogs (named people included), and the figures', async () => {
      await go(PEOPLE.advisor, '/process');
      await settled(page, 'Planning process');
      await page.locator('tr[data-finding]').first().waitFor();
      await page.getByRole('checkbox', { name: 'Not yet addressed by an objective' }).check();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('button', { name: 'New finding' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
      await page.getByRole('dialog').getByText('Required').first().waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await released();

      await page.getByRole('tab', { name: 'Workshops' }).click();
      await page.locator('tr[data-workshop]').first().waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page
        .getByRole('button', { name: /^Edit the / })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await released();
      await page
        .getByRole('button', { name: /^Participants of the / })
        .first()
        .click();
      await page.getByRole('dialog').getByRole('button', { name: 'Add a group' }).click();
      expect(await seriousViolations(page, rules)).toEqual([]);
      // The pilot lists people by name too: a new, blank one refused on Save shows its problems on its fields.
      await page.getByRole('dialog').getByRole('textbox', { name: 'Name, person 1' }).waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Add a person' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Save the participants' }).click();
      await page.getByRole('dialog').getByText('Required').first().waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await released();

      await page.getByRole('tab', { name: 'Figures' }).click();
      await page.getByRole('table', { name: 'Participants by level and sex, per office' }).waitFor();
      expect(await seriousViolations(page, rules)).toEqual([]);
    });
  });
}
