// The tab's record dialogs share one form hook and one frame (src/tab/forms/use-record-form.ts,
// FormDialog.tsx). The other browser specs drive the happy paths of creating records; these drive
// the paths they leave: a change refused because someone else saved first (412), a deletion
// confirmed in an alert dialog, and the cycle dialog that shows a field's problem as it is typed.

import { openTab, PEOPLE, useTabServer } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();

describe('the record dialogs of the tab', () => {
  it('says so when someone else changed the finding meanwhile, keeps what the user typed, reads the list again and saves it on the second try', async () => {
    const listed = (await app.server.api(PEOPLE.advisor, 'GET', '/api/findings')).body;
    const finding = listed.findings[0];
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/process' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'Planning process' }).waitFor();
    await page.getByRole('button', { name: `Edit the finding “${finding.title}”` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the finding' });
    await dialog.getByRole('textbox', { name: 'Finding' }).fill('My wording of the finding');

    // Someone else saves first, behind the browser's back.
    const theirs = await app.server.api(
      PEOPLE.advisor,
      'PATCH',
      `/api/findings/${finding.id}`,
      { title: 'Their wording of the finding' },
      { 'if-match': `"${finding.version}"` },
    );
    expect(theirs.status).toBe(200);

    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Someone else changed this finding meanwhile' }).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Finding' }).inputValue()).toBe('My wording of the finding');
    await page.locator('tr[data-finding]', { hasText: 'Their wording of the finding' }).waitFor();
    const after = (await app.server.api(PEOPLE.advisor, 'GET', '/api/findings')).body;
    expect(after.findings.find((f: any) => f.id === finding.id).title).toBe('Their wording of the finding');
    // Saving once more, as the message offers, replaces their wording with the user's (the
    // dialog now sends the ETag the 412 answered with, not the one it opened with).
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = (await app.server.api(PEOPLE.advisor, 'GET', '/api/findings')).body;
    expect(saved.findings.find((f: any) => f.id === finding.id)).toMatchObject({ title: 'My wording of the finding', version: finding.version + 2 });
    // The refused save is the browser's only console line (a failed request), as intended.
    expect(tab.problems.filter((p) => !p.includes('412'))).toEqual([]);
  });

  it('deletes a finding once the user confirms it in the alert dialog', async () => {
    const created = await app.server.api(PEOPLE.advisor, 'POST', '/api/findings', {
      office: null,
      title: 'A finding recorded by mistake',
      description: 'Recorded twice.',
      functionalArea: (await app.server.api(PEOPLE.advisor, 'GET', '/api/findings')).body.findings[0].functionalArea,
      paragraphs: [1],
      source: 'interview',
      priority: 'low',
    });
    expect(created.status).toBe(201);
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/process' });
    const page = tab.page;
    await page.getByRole('button', { name: 'Delete the finding “A finding recorded by mistake”' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this finding?' });
    await dialog.getByText('The finding “A finding recorded by mistake” will be deleted.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').filter({ hasText: 'The finding was deleted.' }).waitFor();
    const after = (await app.server.api(PEOPLE.advisor, 'GET', '/api/findings')).body;
    expect(after.findings.some((f: any) => f.id === created.body.id)).toBe(false);
    expect(tab.problems).toEqual([]);
  });

  it('shows a cycle field’s problem as soon as it is changed, and creates the cycle once it is right', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/periods' });
    const page = tab.page;
    await page.getByRole('button', { name: 'New cycle' }).click();
    const dialog = page.getByRole('dialog', { name: 'New reporting cycle' });
    const code = dialog.getByRole('textbox', { name: /^Code/ });
    await code.fill('2031-2030');
    // Before any attempt to create: the changed field says its problem, the untouched ones do not.
    await dialog.getByText('Must end after it starts').waitFor();
    expect(await dialog.getByText('This value is not valid').count()).toBe(0);
    await code.fill('2030-2031');
    await dialog.getByText('Must end after it starts').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Create the cycle' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /The cycle 2030-2031 was created with \d+ periods?\./ })
      .waitFor();
    const cycles = (await app.server.api(PEOPLE.advisor, 'GET', '/api/cycles')).body;
    expect(cycles.some((c: any) => c.code === '2030-2031')).toBe(true);
    expect(tab.problems).toEqual([]);
  });
});
