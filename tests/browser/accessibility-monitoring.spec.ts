// The monitoring views of the tab (settings, reporting, review, periods, dashboard, export),
// their dialogs and conflict views included, each state checked with axe in the light, dark and
// high-contrast themes (accessibility-views.ts): no serious or critical violation anywhere. The
// planning views are in accessibility.spec.ts; a file each, so that Jest's two workers share them.

import type { Page } from 'playwright-core';
import { NO_VIOLATION, useCheckedPage } from './accessibility-views';
import { PEOPLE, useTabServer } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();

describe('accessibility of the monitoring views in the light, dark and high-contrast themes', () => {
  const view = useCheckedPage(app);
  const { go, settled, cancel, inEveryTheme } = view;
  let page: Page;
  beforeEach(() => ({ page } = view));

  it('has no serious violation on the reminder settings, with errors and with the conflict view', async () => {
    await go(PEOPLE.advisor, '/settings');
    await settled('Reminder settings');
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page.getByRole('spinbutton', { name: 'Tell the Gender Unit after … days overdue' }).fill('2');
    await page.getByText('Must be later than the escalation to the focal points').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);

    const read = await app.server.api(PEOPLE.advisor, 'GET', '/api/reminder-policy');
    await app.server.api(PEOPLE.advisor, 'PUT', '/api/reminder-policy', { ...read.body, dueSoonDays: read.body.dueSoonDays + 1 }, { 'if-match': read.etag! });
    await page.getByRole('spinbutton', { name: 'Tell the Gender Unit after … days overdue' }).fill('60');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
  });

  it('has no serious violation on the scorecard criteria, with a threshold out of order, a criterion switched off and the conflict view', async () => {
    await go(PEOPLE.advisor, '/settings');
    await page.getByRole('tab', { name: 'Scorecard criteria' }).click();
    await settled('Scorecard criteria');
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    const group = page.getByRole('group', { name: 'Targets achieved or on track', exact: true });
    await group.getByRole('textbox', { name: 'Meets from' }).fill('-1');
    await group.getByText(/^Must be at least/).waitFor();
    await page.getByRole('group', { name: 'Milestones met', exact: true }).getByRole('switch', { name: 'Used in the ratings' }).click();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);

    const read = await app.server.api(PEOPLE.advisor, 'GET', '/api/scorecard-criteria');
    const theirs = (read.body.criteria as { id: string; exceeds: number }[]).map((c) => (c.id === 'focal-point' ? { ...c, exceeds: c.exceeds + 1 } : c));
    await app.server.api(PEOPLE.advisor, 'PUT', '/api/scorecard-criteria', { criteria: theirs }, { 'if-match': read.etag! });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await group.getByRole('textbox', { name: 'Approaches from' }).fill('35');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
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
    await settled('Reporting');
    await page.getByRole('textbox', { name: 'Summary' }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    const value = page.getByRole('textbox', { name: /^Value of target / }).first();
    await value.fill('lots');
    await page.getByText('Enter a number').first().waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await value.fill('');

    // Someone saves the report meanwhile: the save turns into the conflict view.
    const read = await app.server.api(focal, 'GET', `/api/reports/${draft.id}`);
    await app.server.api(focal, 'PATCH', `/api/reports/${draft.id}`, { nextSteps: 'Changed meanwhile' }, { 'if-match': read.etag ?? '' });
    await page.getByRole('textbox', { name: 'Summary' }).fill('Edited here');
    await page.getByRole('button', { name: 'Save the report' }).click();
    await page.getByRole('button', { name: 'Keep my changes' }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page.getByRole('button', { name: 'Take the saved version' }).click();

    await go(focalOf(returned.officeCode), `/reports/${returned.id}`);
    await settled('Reporting');
    await page.getByText('Returned by the Gender Unit').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
  });

  it('has no serious violation on the report review, side by side with the previous period, and on the periods with their dialogs', async () => {
    await go(PEOPLE.advisor, '/report-review');
    await settled('Report review');
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page
      .getByRole('link', { name: /^Open the report of / })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Decision' }).waitFor();
    await page.getByText('Loading…').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Return the report of / }).click();
    await page.getByText('Say what the office should change').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);

    await go(PEOPLE.advisor, '/periods');
    await settled('Reporting periods');
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page.getByRole('button', { name: 'New cycle' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Code' }).fill('2009-2008');
    await page.getByRole('dialog').getByText('Must end after it starts').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await cancel();
    await page.getByRole('button', { name: /^Close the period / }).click();
    await page.getByRole('alertdialog').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await cancel('alertdialog');
    // The pointer rests where the dialog was: move it off, so that the next view opens without a row under the mouse.
    await page.mouse.move(0, 0);
  });

  it('has no serious violation on Review, the Dashboard with its trends and scorecard heat map (detail and table view), and Export', async () => {
    await go(PEOPLE.advisor, '/review');
    await settled('Review');
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);

    await page.evaluate(`location.hash = '/dashboard'`);
    await settled('Dashboard');
    await page.getByRole('heading', { level: 2, name: 'Overdue targets over time' }).waitFor();
    // The trends per period with a data table open, and the scorecard's heat map.
    await page.getByRole('heading', { level: 2, name: 'Milestones met per office' }).waitFor();
    const grid = page.getByRole('grid', { name: /^Ratings of each office by criterion/ });
    await grid.waitFor();
    await page.getByText('Show the data').last().click();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    // A rating's detail, then the scorecard as a table.
    await grid.locator('[data-cell="1:0"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Show as a table' }).click();
    await page.getByRole('table', { name: /^Ratings of each office by criterion/ }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);

    await page.evaluate(`location.hash = '/export'`);
    await settled('Export');
    await page.getByRole('combobox', { name: 'Reporting period' }).waitFor();
    expect(await inEveryTheme()).toEqual(NO_VIOLATION);
  });
});
