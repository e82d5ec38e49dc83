// The Gender Unit's reminder settings in the tab, against the real GET|PUT /api/reminder-policy:
// settings in words, validation as you type, a save with If-Match, the server's field errors
// on a 400, and a 412 resolved like the plan editor's conflict view.

import type { Page } from 'playwright-core';
import { openTab, PEOPLE, type TabPage, useTabServer } from './tab-server';

jest.setTimeout(120_000);

const OTHER_ADVISOR = 'sofia.lindqvist@dpko.example.org';

const app = useTabServer();
let tab: TabPage;
/** Requests the test provokes on purpose; the browser logs each failed one as a console error. */
let expectedFailures: number[];

beforeEach(() => {
  expectedFailures = [];
});

afterEach(async () => {
  const unexpected = tab.problems.filter((p) => !expectedFailures.some((status) => p.includes(`status of ${status}`)));
  expect(unexpected).toEqual([]);
});

async function openSettings(as: string = PEOPLE.advisor): Promise<Page> {
  tab = await openTab(app.browser, app.server, { as, hash: '/review' });
  const page = tab.page;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reminder settings' }).waitFor();
  return page;
}

const policy = async () => app.server.api(PEOPLE.advisor, 'GET', '/api/reminder-policy');
const days = (page: Page, label: string) => page.getByRole('spinbutton', { name: label });

describe('the reminder settings panel', () => {
  it('shows the stored settings in words and saves a change with the version it read', async () => {
    const page = await openSettings();
    const before = await policy();
    expect(await days(page, 'Days before the due date to remind the owner').inputValue()).toBe(String(before.body.dueSoonDays));
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      expect(await page.getByRole('group', { name: 'Working days' }).getByRole('checkbox', { name: day }).isChecked()).toBe(
        before.body.workingDays.includes(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].indexOf(day) + 1),
      );
    }

    await days(page, 'Tell the Gender Unit after … days overdue').fill('45');
    await page.getByRole('group', { name: 'Working days' }).getByRole('checkbox', { name: 'Saturday' }).check();
    await page.getByRole('combobox', { name: 'Send from' }).selectOption({ label: '08:00' });
    await page.getByRole('combobox', { name: 'Time zone of recipients without their own' }).selectOption('Africa/Nairobi');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'The reminder settings were saved.' }).waitFor();

    const after = await policy();
    expect(after.body).toMatchObject({
      escalateToGenderUnitAfterDays: 45,
      workingDays: [...before.body.workingDays, 6].sort(),
      sendWindow: { startHour: 8, endHour: before.body.sendWindow.endHour },
      defaultTimeZone: 'Africa/Nairobi',
    });
    expect(Number(JSON.parse(after.etag!))).toBeGreaterThan(Number(JSON.parse(before.etag!)));
  });

  it('checks values as they are typed and will not save until they are right', async () => {
    const page = await openSettings();
    const stored = (await policy()).body;
    const escalate = days(page, 'Tell the Gender Unit after … days overdue');
    await escalate.fill('3');
    await page.getByText('Must be later than the escalation to the focal points').waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await escalate.fill('');
    await page.getByText('Enter a number').waitFor();
    await escalate.fill('2.5');
    await page.getByText('Enter a whole number').waitFor();

    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await page.getByRole('group', { name: 'Working days' }).getByRole('checkbox', { name: day }).uncheck();
    }
    await page.getByText('Choose at least one').waitFor();
    await page.getByRole('combobox', { name: 'Until' }).selectOption({ label: '05:00' });
    await page.getByText('Must end after it starts').waitFor();
    expect((await policy()).body).toEqual(stored);
  });

  it('shows the server’s field errors when it refuses a value', async () => {
    const page = await openSettings();
    const stored = (await policy()).body;
    expectedFailures = [400];
    // The tab never sends an unknown time zone; rewriting its request on the way out makes the
    // real server answer with its real 400 problem.
    await page.route('**/api/reminder-policy', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      const body = { ...route.request().postDataJSON(), defaultTimeZone: 'Mars/Olympus_Mons' };
      await route.continue({ postData: JSON.stringify(body) });
    });
    await days(page, 'Days before the due date to remind the owner').fill('5');
    await page.getByRole('button', { name: 'Save' }).click();
    const zone = page.getByRole('combobox', { name: 'Time zone of recipients without their own' });
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await zone.getAttribute('aria-invalid')).toBe('true');
    // The message is the field's own, tied to it for screen readers, and said in the user's
    // words by the problem's code (time-zone), not in the API's English.
    const described = (await zone.getAttribute('aria-describedby'))!.split(' ');
    const messages = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(messages.join(' ')).toContain('Choose a time zone such as Europe/Zurich');
    expect((await policy()).body).toEqual(stored);
  });

  it('turns a save on top of someone else’s into the conflict view, and keeps both changes when asked', async () => {
    const page = await openSettings();
    const read = await policy();
    // Another advisor saves meanwhile.
    const theirs = await app.server.api(OTHER_ADVISOR, 'PUT', '/api/reminder-policy', { ...read.body, dueSoonDays: 3 }, { 'if-match': read.etag! });
    expect(theirs.status).toBe(200);

    expectedFailures = [412];
    await days(page, 'While a target is overdue, remind its owner every … days').fill('4');
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByRole('region', { name: 'Someone else saved the reminder settings while you were editing them' });
    await conflict.waitFor();
    await conflict.getByRole('row', { name: /Days before the due date.*\(changed by someone else\)/ }).waitFor();
    await conflict.getByRole('row', { name: /remind its owner every.*4 days \(changed by you\)/ }).waitFor();
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    await page.getByRole('status').filter({ hasText: 'The reminder settings were saved.' }).waitFor();
    expect((await policy()).body).toMatchObject({ dueSoonDays: 3, overdueEveryDays: 4 });
  });

  it('can take the saved settings instead, dropping the user’s change', async () => {
    const page = await openSettings();
    const read = await policy();
    await app.server.api(OTHER_ADVISOR, 'PUT', '/api/reminder-policy', { ...read.body, reviewWaitingDays: 12 }, { 'if-match': read.etag! });
    expectedFailures = [412];
    await days(page, 'Remind the Gender Unit of a plan waiting for review after … days').fill('20');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Take the saved version' }).click();
    expect(await days(page, 'Remind the Gender Unit of a plan waiting for review after … days').inputValue()).toBe('12');
    expect((await policy()).body.reviewWaitingDays).toBe(12);
  });

  it('is offered to the Gender Unit only', async () => {
    tab = await openTab(app.browser, app.server, { as: PEOPLE.omsFocal, hash: '/plans' });
    await tab.page.getByRole('heading', { level: 1, name: 'Office work plans' }).waitFor();
    expect(await tab.page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    expectedFailures = [403];
    await tab.page.evaluate(`location.hash = '/settings'`);
    await tab.page.getByText('You are not allowed to do this').waitFor();
  });
});
