// Screenshots of every view of the tab, light, dark and high contrast, for the README (docs/screenshots/).
// Not part of `npm test`: run `npm run screenshots`. It is a Jest file
// (named so that the test run skips it) because Jest already compiles the TypeScript of the
// server it starts.

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PEOPLE, tabUrl, useTabServer } from './tab-server';

jest.setTimeout(180_000);

const OUT = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const THEMES = ['light', 'dark', 'contrast'] as const;

const app = useTabServer();

beforeAll(() => {
  fs.mkdirSync(OUT, { recursive: true });
});

async function shoot(page: Page, name: string, theme: string): Promise<void> {
  await page.getByText('Loading…').first().waitFor({ state: 'detached' });
  // Let charts finish their entrance animation.
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(OUT, `${name}-${theme}.png`) });
}

/** The scorecard criteria in the settings: a criterion switched off, a threshold out of order for its direction. */
async function shootCriteria(page: Page, theme: string): Promise<void> {
  await page.getByRole('tab', { name: 'Scorecard criteria' }).click();
  await page.getByRole('heading', { level: 1, name: 'Scorecard criteria' }).waitFor();
  await page.getByRole('group', { name: 'Milestones met', exact: true }).getByRole('switch', { name: 'Used in the ratings' }).click();
  await page.getByRole('group', { name: 'Targets overdue', exact: true }).getByRole('textbox', { name: 'Exceeds up to' }).fill('15');
  await page.getByText('Must be at most 10').waitFor();
  await page.setViewportSize({ width: 1280, height: 1500 });
  // Typing scrolled the view down to the field: show it from its heading.
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await shoot(page, 'settings-criteria', theme);
  await page.setViewportSize({ width: 1280, height: 1100 });
}

describe.each(THEMES)('screenshots in the %s theme', (theme) => {
  it('takes one of every view', async () => {
    const page = await (await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })).newPage();
    const open = async (as: string | undefined, hash: string, heading: string | RegExp) => {
      await page.goto(tabUrl(app.server, { as, theme, hash }));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    };

    await open(undefined, '', 'Sign in as');
    await shoot(page, 'sign-in', theme);

    await open(PEOPLE.ousgOwner, '/targets', 'My targets');
    await shoot(page, 'my-targets', theme);
    await page
      .getByRole('button', { name: /^Check in on target/ })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, 'check-in', theme);

    await open(PEOPLE.omsFocal, '/plans', 'Office work plans');
    await shoot(page, 'work-plans', theme);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Endorsed' });
    await page.getByRole('columnheader', { name: 'Progress' }).click();
    await shoot(page, 'work-plans-filtered', theme);
    const planId = await app.server.planIdOf('OMS');
    await open(PEOPLE.omsFocal, `/plans/${planId}`, /Office of Mission Support/);
    await page.getByRole('button', { name: 'Means of verification of target 1.1.a' }).click();
    await shoot(page, 'work-plan', theme);
    await page.getByRole('searchbox', { name: 'Search the plan' }).fill('women');
    await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Priya Raghavan' });
    await page
      .getByRole('status')
      .filter({ hasText: /targets match/ })
      .waitFor();
    await shoot(page, 'work-plan-search', theme);
    await page.getByRole('button', { name: 'Clear the search' }).click();
    await page.getByRole('button', { name: 'Add objective' }).click();
    await page.getByRole('dialog').getByRole('combobox', { name: 'SCR 1325 paragraphs' }).click();
    await page.getByRole('menuitemcheckbox', { name: /^4 — / }).click();
    await shoot(page, 'paragraph-picker', theme);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Edit target 1.1.b' }).click();
    const owner = page.getByRole('dialog').getByRole('combobox', { name: 'Owner' });
    await page.getByRole('dialog').getByRole('textbox', { name: 'Target', exact: true }).waitFor();
    await owner.click();
    await owner.pressSequentially('pe');
    await page.getByRole('option', { name: /Olga Petrenko/ }).waitFor();
    await shoot(page, 'people-picker', theme);
    await owner.press('Escape');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').waitFor();
    await shoot(page, 'delete-confirm', theme);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Edit target 1.1.a' }).click();
    await page.getByRole('textbox', { name: 'Target', exact: true }).fill('Women are at least 40% of the candidates on every shortlist');
    await shoot(page, 'target-editor', theme);
    const tree = (await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body;
    const target = tree.objectives[0].activities[0].targets[0];
    await app.server.api(
      PEOPLE.omsFocal,
      'PATCH',
      `/api/targets/${target.id}`,
      { indicator: 'Share of women among shortlisted candidates' },
      { 'if-match': `"${target.version}"` },
    );
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
    await shoot(page, 'conflict', theme);
    await page.getByRole('button', { name: 'Take the saved version' }).click();

    await open(PEOPLE.advisor, '/review', 'Review');
    await shoot(page, 'review', theme);
    // The whole dashboard, then its trends per period and the scorecard's heat map up close.
    await page.setViewportSize({ width: 1280, height: 3400 });
    await open(PEOPLE.advisor, '/dashboard', 'Dashboard');
    await page.getByRole('heading', { level: 2, name: 'Overdue targets over time' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Milestones met per office' }).waitFor();
    await page.getByRole('grid', { name: /^Ratings of each office by criterion/ }).waitFor();
    await shoot(page, 'dashboard', theme);
    const card = (heading: string | RegExp) =>
      page
        .locator('div')
        .filter({ has: page.getByRole('heading', { level: 2, name: heading }) })
        .last();
    await card('Office scorecard').screenshot({ path: path.join(OUT, `dashboard-scorecard-${theme}.png`) });
    await card(/^Targets by status and overdue per period/).screenshot({ path: path.join(OUT, `dashboard-trend-${theme}.png`) });
    await card('Milestones met per office').screenshot({ path: path.join(OUT, `dashboard-milestones-${theme}.png`) });
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(PEOPLE.advisor, '/export', 'Export');
    await shoot(page, 'export', theme);
    await page.setViewportSize({ width: 1280, height: 1100 });
    await open(PEOPLE.advisor, '/settings', 'Reminder settings');
    await page.getByRole('spinbutton', { name: 'Tell the Gender Unit after … days overdue' }).fill('10');
    await page.getByText('Must be later than the escalation to the focal points').waitFor();
    await shoot(page, 'reminder-settings', theme);
    await page.getByRole('spinbutton', { name: 'Tell the Gender Unit after … days overdue' }).fill('45');
    const read = await app.server.api(PEOPLE.advisor, 'GET', '/api/reminder-policy');
    await app.server.api('sofia.lindqvist@dpko.example.org', 'PUT', '/api/reminder-policy', { ...read.body, dueSoonDays: 3 }, { 'if-match': read.etag! });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
    await shoot(page, 'reminder-settings-conflict', theme);
    await page.getByRole('button', { name: 'Take the saved version' }).click();
    await shootCriteria(page, theme);

    // Monitoring: an office's report (a draft, a returned one), the Gender Unit's review side by
    // side with the previous period, the periods and their close, a check-in of women and men.
    const reports = (await app.server.api(PEOPLE.advisor, 'GET', '/api/reports')).body as {
      id: string;
      officeCode: string;
      status: string;
      periodId: string;
    }[];
    const offices = (await app.server.api(PEOPLE.advisor, 'GET', '/api/offices')).body as { code: string; focalPoints: string[] }[];
    const focalOf = (code: string) => {
      const focal = offices.find((o) => o.code === code)?.focalPoints[0];
      if (!focal) throw new Error(`no focal point for ${code}`);
      return focal;
    };
    const draft = reports.find((r) => r.status === 'draft');
    const returned = reports.find((r) => r.status === 'returned');
    const submitted = reports.find((r) => r.status === 'submitted');
    if (!draft || !returned || !submitted) throw new Error('the demo data lacks a draft, returned or submitted report');
    await page.setViewportSize({ width: 1280, height: 1300 });
    await open(focalOf(draft.officeCode), `/reports/${draft.id}`, 'Reporting');
    await page.getByRole('textbox', { name: 'Summary' }).waitFor();
    await shoot(page, 'reporting-draft', theme);
    await open(focalOf(returned.officeCode), `/reports/${returned.id}`, 'Reporting');
    await page.getByText('Returned by the Gender Unit').waitFor();
    await shoot(page, 'reporting-returned', theme);
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(PEOPLE.advisor, '/report-review', 'Report review');
    await shoot(page, 'report-review-queue', theme);
    await page.setViewportSize({ width: 1440, height: 1300 });
    await open(PEOPLE.advisor, `/report-review?report=${submitted.id}`, 'Report review');
    await page.getByRole('heading', { level: 2, name: 'Decision' }).waitFor();
    await shoot(page, 'report-review', theme);
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(PEOPLE.advisor, '/periods', 'Reporting periods');
    await shoot(page, 'periods', theme);
    await page.getByRole('button', { name: /^Close the period / }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('checkbox').check();
    await shoot(page, 'period-close', theme);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await open(PEOPLE.omsFocal, `/plans/${planId}`, /Office of Mission Support/);
    await page.getByRole('button', { name: 'Edit target 1.1.a' }).click();
    await page.getByRole('dialog').getByRole('group', { name: 'Milestones' }).scrollIntoViewIfNeeded();
    await page.getByRole('dialog').getByRole('heading', { name: 'Check-in history of target 1.1.a' }).waitFor();
    await shoot(page, 'target-milestones', theme);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const targets = (await app.server.api(PEOPLE.advisor, 'GET', '/api/targets?limit=1000')).body as {
      items: { ref: string; owner: string; disaggregation?: string; lastCheckInAt: string | null }[];
    };
    const counted = targets.items.find((t) => t.disaggregation === 'sex' && t.lastCheckInAt !== null);
    if (!counted) throw new Error('the demo data has no sex-disaggregated target with check-ins');
    // A fresh page: the owner may be the focal point above, and the tab is opened anew, not by a change of hash.
    await page.goto('about:blank');
    await open(counted.owner, '/targets', 'My targets');
    await page
      .getByRole('button', { name: `Check in on target ${counted.ref}` })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Women' }).fill('12');
    await page.getByRole('dialog').getByRole('textbox', { name: 'Men', exact: true }).fill('9');
    await page.getByRole('dialog').getByRole('table').waitFor();
    await shoot(page, 'check-in-women-men', theme);
    await page.context().close();
  });

  it("takes one of each view of the planning process and of a plan's life", async () => {
    const page = await (await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })).newPage();
    const open = async (as: string, hash: string, heading: string | RegExp) => {
      // A fresh page each time: a change of hash right after a dialog closed could open the view hidden.
      await page.goto('about:blank');
      await page.goto(tabUrl(app.server, { as, theme, hash }));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    };
    await open(PEOPLE.advisor, '/process', 'Planning process');
    await page.locator('tr[data-finding]').first().waitFor();
    await shoot(page, 'process-findings', theme);
    await page.getByRole('button', { name: 'New finding' }).click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, 'process-finding-dialog', theme);
    await open(PEOPLE.advisor, '/process?section=workshops', 'Planning process');
    await page.locator('tr[data-workshop]').first().waitFor();
    await shoot(page, 'process-workshops', theme);
    await page
      .getByRole('button', { name: /^Edit the / })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, 'process-workshop-dialog', theme);
    await open(PEOPLE.advisor, '/process?section=workshops', 'Planning process');
    await page
      .getByRole('button', { name: /^Participants of the office workshop/ })
      .first()
      .click();
    // The people listed by name, below the groups counted.
    await page.getByRole('dialog').getByRole('table', { name: 'Named participants', exact: true }).scrollIntoViewIfNeeded();
    await shoot(page, 'process-participants', theme);
    await open(PEOPLE.advisor, '/process?section=figures', 'Planning process');
    await page.getByRole('table', { name: 'Participants by level and sex, per office' }).waitFor();
    await shoot(page, 'process-figures', theme);

    // An amendment of the Office of Operations' plan (started once, by the first theme).
    const ooPlan = await app.server.planIdOf('OO');
    const oo = await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${ooPlan}`);
    if (oo.body.status === 'endorsed') {
      const amended = await app.server.api(
        PEOPLE.advisor,
        'POST',
        `/api/plans/${ooPlan}/amend`,
        { comment: 'Mid-cycle review' },
        { 'if-match': oo.etag ?? '' },
      );
      const target = amended.body.objectives[0].activities[0].targets[0];
      await app.server.api(
        'claire.dubois@dpko.example.org',
        'PATCH',
        `/api/targets/${target.id}`,
        { description: 'Gender analysis in every mission planning process, reviewed twice a year', targetValue: 100 },
        { 'if-match': `"${target.version}"` },
      );
    }
    const mdPlan = await app.server.planIdOf('MD');
    await open(PEOPLE.advisor, `/plans/${mdPlan}`, /Military Division/);
    await page.getByRole('button', { name: 'Amend' }).click();
    await page.getByRole('alertdialog').waitFor();
    await shoot(page, 'plan-amend-confirm', theme);
    await open(PEOPLE.advisor, `/plans/${ooPlan}`, /Office of Operations/);
    await page.getByTestId('amendment-notice').waitFor();
    await shoot(page, 'plan-amend-draft', theme);
    await open(PEOPLE.advisor, `/plans/${ooPlan}/changes`, 'What changed');
    await page.getByRole('heading', { level: 2, name: /^Changed/ }).waitFor();
    await shoot(page, 'plan-amend-changes', theme);
    await open(PEOPLE.advisor, `/plans/${mdPlan}`, /Military Division/);
    await page.getByRole('button', { name: 'Start the next cycle' }).click();
    await page
      .getByRole('dialog')
      .getByRole('table', { name: /^Copied/ })
      .waitFor();
    await shoot(page, 'plan-next-cycle', theme);
    await open(PEOPLE.advisor, '/plans', 'Office work plans');
    await page.getByRole('button', { name: 'New work plan' }).click();
    await page.getByRole('dialog').getByRole('combobox', { name: 'Office' }).selectOption({ label: 'Mine Action Service' });
    await shoot(page, 'plan-new', theme);
    await page.context().close();
  });
});
