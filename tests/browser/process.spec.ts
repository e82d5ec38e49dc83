// The planning process in the tab: reached from the office work plans, the needs assessment's
// findings with their coverage (and a new finding recorded), and a workshop recorded with its
// facilitators and participants counted by level, function and sex; the figures follow.

import { openTab, PEOPLE, useTabServer } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();

describe('the needs assessment in the tab', () => {
  it('lists the findings with their coverage, shows only those no objective addresses, and records a new one', async () => {
    const listed = (await app.server.api(PEOPLE.advisor, 'GET', '/api/findings')).body;
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/plans' });
    const page = tab.page;
    await page.getByRole('link', { name: 'Planning process' }).click();
    await page.getByRole('heading', { level: 1, name: 'Planning process' }).waitFor();
    await page.getByText(`${listed.coverage.covered} of ${listed.coverage.total} findings are addressed by an objective.`).waitFor();

    await page.getByRole('checkbox', { name: 'Not yet addressed by an objective' }).check();
    await page
      .getByRole('status')
      .filter({ hasText: `${listed.coverage.uncovered} finding` })
      .waitFor();
    expect(await page.locator('tr[data-finding]').count()).toBe(listed.coverage.uncovered);

    await page.getByRole('button', { name: 'New finding' }).click();
    const dialog = page.getByRole('dialog', { name: 'New finding' });
    await dialog.getByRole('combobox', { name: 'Office' }).selectOption({ label: 'Civilian Police Division' });
    await dialog.getByRole('textbox', { name: 'Finding' }).fill('Few women officers in formed police units');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Interviews in three missions: women make up under 5% of formed police unit officers.');
    await dialog.getByRole('combobox', { name: 'Functional area' }).selectOption({ index: 1 });
    await dialog.getByRole('combobox', { name: 'SCR 1325 paragraphs' }).click();
    await page.getByRole('menuitemcheckbox', { name: /^4 — / }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('combobox', { name: 'Priority' }).selectOption({ label: 'High' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'The finding was recorded.' }).waitFor();
    await page
      .locator('tr[data-finding]', { hasText: 'Few women officers in formed police units' })
      .getByRole('cell', { name: 'Civilian Police Division' })
      .waitFor();
    const after = (await app.server.api(PEOPLE.advisor, 'GET', '/api/findings')).body;
    expect(after.findings.find((f: any) => f.title === 'Few women officers in formed police units')).toMatchObject({
      priority: 'high',
      paragraphs: [4],
      covered: false,
      office: { code: 'CPD' },
    });
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });
});

describe('workshops in the tab', () => {
  it('records an office workshop (two days by default) with a facilitator by name, then its participants by level and sex, with totals; the figures follow', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/process?section=workshops' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'Planning process' }).waitFor();
    await page.getByRole('button', { name: 'New workshop' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByRole('checkbox', { name: 'Civilian Police Division' }).check();
    await dialog.getByLabel('First day').fill('2008-03-04');
    expect(await dialog.getByLabel('Last day').inputValue()).toBe('2008-03-05');
    await dialog.getByRole('textbox', { name: 'Venue' }).fill('UN Headquarters, Conference Room 6');
    await dialog.getByRole('combobox', { name: 'Add a facilitator' }).fill('sofia');
    await page.getByRole('option', { name: /Sofia Lindqvist/ }).click();
    await dialog.getByRole('button', { name: 'Remove Sofia Lindqvist' }).waitFor();
    await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Held' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'The workshop was recorded.' }).waitFor();

    const workshops = (await app.server.api(PEOPLE.advisor, 'GET', '/api/workshops')).body.workshops;
    const recorded = workshops.find((w: any) => w.start === '2008-03-04');
    expect(recorded).toMatchObject({ kind: 'office', end: '2008-03-05', status: 'held', facilitators: ['sofia.lindqvist@dpko.example.org'] });
    const row = page.locator(`tr[data-workshop="${recorded.id}"]`);
    await row.getByRole('cell', { name: 'Sofia Lindqvist' }).waitFor();

    await row.getByRole('button', { name: /^Participants of the office workshop of Civilian Police Division/ }).click();
    const participants = page.getByRole('dialog', { name: /^Participants of the office workshop/ });
    await participants.getByRole('button', { name: 'Add a group' }).click();
    await participants.getByRole('combobox', { name: 'Level, group 1' }).selectOption({ label: 'Senior management' });
    await participants.getByRole('textbox', { name: 'Women, group 1', exact: true }).fill('3');
    await participants.getByRole('textbox', { name: 'Men, group 1', exact: true }).fill('5');
    await participants.getByRole('button', { name: 'Add a group' }).click();
    await participants.getByRole('textbox', { name: 'Women, group 2', exact: true }).fill('-1');
    await participants.getByText('Must be at least 0').waitFor();
    await participants.getByRole('textbox', { name: 'Women, group 2', exact: true }).fill('6');
    await participants.getByRole('textbox', { name: 'Men, group 2', exact: true }).fill('4');
    expect(await participants.getByTestId('total-women').textContent()).toBe('9');
    expect(await participants.getByTestId('total-men').textContent()).toBe('9');
    expect(await participants.getByTestId('total-all').textContent()).toBe('18');
    await participants.getByRole('button', { name: 'Save the participants' }).click();
    await page.getByRole('status').filter({ hasText: 'The participants were saved.' }).waitFor();
    await row.getByRole('cell', { name: '18 (women 9, men 9)' }).waitFor();
    const saved = (await app.server.api(PEOPLE.advisor, 'GET', '/api/workshops')).body.workshops.find((w: any) => w.id === recorded.id);
    expect(saved.participants.groups).toEqual([
      expect.objectContaining({ level: 'senior-management', women: 3, men: 5 }),
      expect.objectContaining({ level: 'professional', women: 6, men: 4 }),
    ]);

    await page.getByRole('tab', { name: 'Figures' }).click();
    const byLevel = page.getByRole('table', { name: 'Participants by level and sex, per office' });
    await byLevel.getByRole('rowheader', { name: 'Civilian Police Division' }).waitFor();
    const figures = (await app.server.api(PEOPLE.advisor, 'GET', '/api/workshops')).body.figures;
    const cpd = figures.offices.find((o: any) => o.office?.code === 'CPD');
    const cpdRow = byLevel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Civilian Police Division' }) });
    await cpdRow.getByRole('cell', { name: `${cpd.participants.total} (women ${cpd.participants.women}, men ${cpd.participants.men})` }).waitFor();
    expect(cpd.participants.total).toBeGreaterThanOrEqual(18);

    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });
});

describe('citing findings from the objective editor', () => {
  it('lets the focal point cite a finding no objective addressed yet, which then counts as addressed', async () => {
    const planId = (await app.server.api(PEOPLE.omsFocal, 'GET', '/api/plans?office=OMS')).body[0].id;
    const plan = (await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body;
    expect(['draft', 'returned']).toContain(plan.status);
    const findings = (await app.server.api(PEOPLE.omsFocal, 'GET', '/api/findings')).body.findings;
    const open = findings.find((f: any) => !f.covered && (f.officeId === null || f.officeId === plan.officeId));
    expect(open).toBeDefined();

    const tab = await openTab(app.browser, app.server, { as: PEOPLE.omsFocal, hash: `/plans/${planId}` });
    const page = tab.page;
    await page.getByRole('button', { name: `Edit objective ${plan.objectives[0].ref}` }).click();
    await page.getByRole('combobox', { name: 'Needs-assessment findings it answers' }).click();
    await page.getByRole('menuitemcheckbox', { name: new RegExp(`^${open.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const after = (await app.server.api(PEOPLE.omsFocal, 'GET', '/api/findings')).body.findings.find((f: any) => f.id === open.id);
    expect(after.covered).toBe(true);
    expect(after.coveredBy.map((c: any) => c.objectiveId)).toContain(plan.objectives[0].id);
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });
});
