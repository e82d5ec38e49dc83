// The review workflow through the tab: a focal point edits a target and submits the plan;
// the Gender Advisor endorses it and sees the dashboard move.

import fs from 'node:fs';
import type { Locator } from 'playwright-core';
import { openTab, PEOPLE, useTabServer } from './tab-server';

jest.setTimeout(90_000);

const app = useTabServer();

describe('the review workflow in the tab', () => {
  it('lets the focal point sign in, edit and save a target, and submit the plan; the Gender Advisor endorses it and the dashboard changes', async () => {
    const planId = await app.server.planIdOf('UNMAS');

    // The focal point of the Mine Action Service signs in with the dev picker, with Fluent's motion on.
    const focal = await openTab(app.browser, app.server, { fullMotion: true });
    const page = focal.page;
    await page.getByRole('button', { name: /Diego Ramírez/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Office work plans' }).waitFor();
    await page.getByRole('link', { name: /^Mine Action Service — / }).click();
    await page.getByRole('heading', { level: 1, name: /Mine Action Service/ }).waitFor();

    // Edit target 1.1.a: clearing the description is refused as the user types, a new one is saved.
    await page.getByRole('button', { name: 'Edit target 1.1.a' }).click();
    const description = page.getByRole('textbox', { name: 'Target', exact: true });
    await description.fill('');
    await page.getByText('Required').waitFor();
    await description.fill('Mine risk education materials revised with women and girls in every affected community');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByText('Mine risk education materials revised with women and girls in every affected community').waitFor();
    const tree = (await app.server.api(PEOPLE.unmasFocal, 'GET', `/api/plans/${planId}`)).body;
    expect(tree.objectives[0].activities[0].targets[0].description).toBe(
      'Mine risk education materials revised with women and girls in every affected community',
    );

    // Submit for review.
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('status').filter({ hasText: 'The plan was submitted for review.' }).waitFor();
    await page.getByTestId('read-only-notice').waitFor();
    expect((await app.server.api(PEOPLE.unmasFocal, 'GET', `/api/plans/${planId}`)).body.status).toBe('submitted');

    // The Gender Advisor sees four endorsed offices, endorses the Mine Action Service's plan, and sees five.
    const advisor = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/dashboard' });
    const a = advisor.page;
    await a.getByTestId('kpi-endorsed').getByText('4 of 7').waitFor();
    await a.getByRole('link', { name: 'Review', exact: true }).click();
    await a.getByRole('button', { name: 'Endorse the plan of Mine Action Service' }).click();
    await a.getByRole('status').filter({ hasText: 'The plan of Mine Action Service was endorsed.' }).waitFor();
    await a.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await a.getByTestId('kpi-endorsed').getByText('5 of 7').waitFor();
    const unmasRow = a.locator('tr[data-office="UNMAS"]');
    await expectText(unmasRow, 'Endorsed');
    expect((await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${planId}`)).body.status).toBe('endorsed');

    expect(focal.problems).toEqual([]);
    expect(advisor.problems).toEqual([]);
  });
});

describe('returning a plan', () => {
  it('needs a comment, and the focal point then sees it on the returned plan', async () => {
    const planId = await app.server.planIdOf('CPD');
    const advisor = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/review' });
    const a = advisor.page;
    await a.getByRole('button', { name: 'Return the plan of Civilian Police Division' }).click();
    await a.getByText('Say what the office should change').waitFor();
    expect((await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${planId}`)).body.status).toBe('submitted');
    const card = a.getByRole('group', { name: /^Civilian Police Division — / });
    await card.getByRole('textbox', { name: 'Comment for the office' }).fill('Please add a baseline for target 2.1.a.');
    await a.getByRole('button', { name: 'Return the plan of Civilian Police Division' }).click();
    await a.getByRole('status').filter({ hasText: 'The plan of Civilian Police Division was returned with your comment.' }).waitFor();

    const focal = await openTab(app.browser, app.server, { as: 'fatima.alhassan@dpko.example.org', hash: `/plans/${planId}` });
    await focal.page.getByText('Returned by the Gender Unit').waitFor();
    await focal.page.getByText('Please add a baseline for target 2.1.a.').waitFor();
    await focal.page.getByRole('button', { name: 'Submit for review' }).waitFor();
    expect([...advisor.problems, ...focal.problems]).toEqual([]);
  });
});

describe('the export in the tab', () => {
  it('downloads the consolidated Excel workbook and Word document of a cycle and says how large they were', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/export' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
    for (const [button, extension, magic] of [
      ['Excel workbook', 'xlsx', 'PK'],
      ['Word document', 'docx', 'PK'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
      const file = await download.path();
      expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe(magic);
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`Downloaded .*\\.${extension} \\(\\d+ KB\\)`) })
        .waitFor();
    }
    expect(tab.problems).toEqual([]);
  });
});

describe("a test's window", () => {
  it('is one given back by an earlier test, with nothing of that test left in it', async () => {
    const earlier = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/targets', theme: 'dark' });
    await earlier.page.getByText(/^Signed in as/).waitFor();
    await earlier.page.route('**/api/**', (route) => route.abort());
    earlier.page.on('dialog', (dialog) => void dialog.accept());
    await earlier.page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
    await earlier.page.evaluate("localStorage.setItem('left', 'behind')");
    await earlier.context.newPage();
    await earlier.close();

    const later = await openTab(app.browser, app.server, {});
    expect(later.page).toBe(earlier.page);
    expect(later.context.pages()).toEqual([later.page]);
    // Not signed in (the tab remembered the demo user in session storage), light theme, the API reachable.
    await later.page.getByRole('heading', { level: 1, name: 'Sign in as' }).waitFor();
    await later.page.locator('[data-theme="light"]').waitFor({ state: 'attached' });
    expect(await later.page.evaluate("localStorage.getItem('left')")).toBeNull();
    // The earlier test's listener would accept a confirmation; without it Playwright dismisses it.
    expect(await later.page.evaluate("confirm('Still there?')")).toBe(false);
    await later.page.getByRole('button', { name: /Diego Ramírez/ }).click();
    await later.page.getByRole('link', { name: /^Mine Action Service — / }).waitFor();
    expect(later.problems).toEqual([]);
  });
});

async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.getByText(text).first().waitFor();
}
