// The planning views of the tab, their dialogs and conflict views included, each state checked
// with axe in the light, dark and high-contrast themes (accessibility-views.ts): no serious or
// critical violation anywhere. The monitoring views are in accessibility-monitoring.spec.ts; the
// last test here keeps the list of colour rules, the ones checked in the dark and high-contrast
// themes, equal to axe's.

import type { Page } from 'playwright-core';
import { NO_VIOLATION, useCheckedPage } from './accessibility-views';
import { COLOUR_RULES, runAxe } from './axe-check';
import { openTab, PEOPLE, useTabServer } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();

describe('accessibility of the planning views in the light, dark and high-contrast themes', () => {
  const view = useCheckedPage(app);
  const { go, settled, cancel, inEveryTheme } = view;
  let page: Page;
  beforeEach(() => ({ page } = view));

  it('has no serious violation on the sign-in picker', async () => {
    await go(undefined, '');
    await settled('Sign in as');
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
  });

  it('has no serious violation on My targets and its check-in dialog', async () => {
    await go(PEOPLE.ousgOwner, '/targets');
    await settled('My targets');
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page
      .getByRole('button', { name: /^Check in on target/ })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('textbox', { name: 'Evidence link' }).fill('not a link');
    await page.getByText('Enter a web link starting with https://').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('has no serious violation on the office work plans and an editable plan with its editor and conflict view', async () => {
    await go(PEOPLE.omsFocal, '/plans');
    await settled('Office work plans');
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);

    const planId = await app.server.planIdOf('OMS');
    await go(PEOPLE.omsFocal, `/plans/${planId}`);
    await page.getByRole('heading', { level: 1, name: /Office of Mission Support/ }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);

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
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page.getByRole('button', { name: 'Clear the search' }).click();

    await page.getByRole('button', { name: 'Edit target 2.1.a' }).click();
    // The people picker, open with its suggestions.
    const owner = page.getByRole('dialog').getByRole('combobox', { name: 'Owner' });
    await owner.fill('pri');
    await page.getByRole('option', { name: /Priya Raghavan/ }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await owner.press('Escape');
    // The delete confirmation.
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    // Back to the editor, which stays open.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'hidden' });

    const description = page.getByRole('textbox', { name: 'Target', exact: true });
    await description.fill('');
    await page.getByText('Required').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);

    // Someone else saves the same target meanwhile: the save turns into the conflict view.
    const tree = (await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body;
    const target = tree.objectives[1].activities[0].targets[0];
    await app.server.api(PEOPLE.omsFocal, 'PATCH', `/api/targets/${target.id}`, { unit: 'changed meanwhile' }, { 'if-match': `"${target.version}"` });
    await description.fill('Edited here');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page.getByRole('button', { name: 'Keep my changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  });

  it("has no serious violation on a plan's life: the new-plan dialog, the title editor and its conflict, an amendment with its revisions and changes, the next-cycle preview, the archive confirmation and an archived plan", async () => {
    await go(PEOPLE.advisor, '/plans');
    await settled('Office work plans');
    await page.getByRole('button', { name: 'New work plan' }).click();
    await page.getByRole('dialog', { name: 'New work plan' }).getByRole('combobox', { name: 'Office' }).selectOption({ label: 'Mine Action Service' });
    await page.getByRole('dialog').getByRole('combobox', { name: 'Cycle' }).selectOption('2006-2007');
    await page
      .getByRole('dialog')
      .getByText(/already has a work plan/)
      .waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await cancel();

    // The title editor, then the conflict when someone renamed the plan meanwhile.
    const omsPlan = await app.server.planIdOf('OMS');
    await go(PEOPLE.omsFocal, `/plans/${omsPlan}`);
    await page.getByRole('button', { name: 'Edit the title of the plan' }).click();
    await page.getByRole('textbox', { name: 'Title of the plan' }).fill('');
    await page.getByText('Required').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    const read = await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${omsPlan}`);
    await app.server.api(
      PEOPLE.omsFocal,
      'PATCH',
      `/api/plans/${omsPlan}`,
      { title: `${read.body.title} (renamed meanwhile)` },
      { 'if-match': read.etag ?? '' },
    );
    await page.getByRole('textbox', { name: 'Title of the plan' }).fill('Renamed here');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Keep my title' }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page.getByRole('button', { name: 'Take the saved version' }).click();

    // An amendment in progress, its endorsed revision and what changed.
    const ooPlan = await app.server.planIdOf('OO');
    const oo = await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${ooPlan}`);
    await app.server.api(PEOPLE.advisor, 'POST', `/api/plans/${ooPlan}/amend`, {}, { 'if-match': oo.etag ?? '' });
    await go(PEOPLE.advisor, `/plans/${ooPlan}`);
    await page.getByTestId('amendment-notice').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await go(PEOPLE.advisor, `/plans/${ooPlan}?revision=1`);
    await page.getByTestId('revision-notice').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await go(PEOPLE.advisor, `/plans/${ooPlan}/changes`);
    await settled('What changed');
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);

    // The next cycle's preview and the archive confirmation (both cancelled).
    const mdPlan = await app.server.planIdOf('MD');
    await go(PEOPLE.advisor, `/plans/${mdPlan}`);
    await page.getByRole('button', { name: 'Start the next cycle' }).click();
    await page
      .getByRole('dialog')
      .getByRole('table', { name: /^Copied/ })
      .waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await cancel();
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('alertdialog').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await cancel('alertdialog');

    // An archived plan.
    const pbpsPlan = await app.server.planIdOf('PBPS');
    const pbps = await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${pbpsPlan}`);
    await app.server.api(PEOPLE.advisor, 'POST', `/api/plans/${pbpsPlan}/archive`, {}, { 'if-match': pbps.etag ?? '' });
    await go(PEOPLE.advisor, `/plans/${pbpsPlan}`);
    await page.getByTestId('archived-notice').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
  });

  it('has no serious violation on the planning process: findings with a filter and the finding dialog, workshops with the workshop and participants dialogs (named people included), and the figures', async () => {
    await go(PEOPLE.advisor, '/process');
    await settled('Planning process');
    await page.locator('tr[data-finding]').first().waitFor();
    await page.getByRole('checkbox', { name: 'Not yet addressed by an objective' }).check();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page.getByRole('button', { name: 'New finding' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').getByText('Required').first().waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await cancel();

    await page.getByRole('tab', { name: 'Workshops' }).click();
    await page.locator('tr[data-workshop]').first().waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page
      .getByRole('button', { name: /^Edit the / })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await cancel();
    await page
      .getByRole('button', { name: /^Participants of the / })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add a group' }).click();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    // The pilot lists people by name too: a new, blank one refused on Save shows its problems on its fields.
    await page.getByRole('dialog').getByRole('textbox', { name: 'Name, person 1' }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save the participants' }).click();
    await page.getByRole('dialog').getByText('Required').first().waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await cancel();

    await page.getByRole('tab', { name: 'Figures' }).click();
    await page.getByRole('table', { name: 'Participants by level and sex, per office' }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
  });
});

describe('the rules checked in every theme', () => {
  it('are all the colour rules among the WCAG A and AA rules that axe runs', async () => {
    const { page } = await openTab(app.browser, app.server, {});
    await page.getByRole('heading', { level: 1, name: 'Sign in as' }).waitFor();
    const result = await runAxe(page, 'all', { everyOutcome: true });
    const every = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable];
    // A rule appears once per outcome (passes on some nodes, incomplete on others): by name.
    const colourRules = new Set(every.filter((rule) => rule.tags.includes('cat.color')).map((rule) => rule.id));
    expect([...colourRules].sort()).toEqual([...COLOUR_RULES].sort());
  });
});
