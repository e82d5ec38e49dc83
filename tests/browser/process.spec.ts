// The planning process in the tab: reached from the office work plans, the needs assessment's
// findings with their coverage (and a new finding recorded), and a workshop recorded with its
// facilitators and participants counted by level, function and sex, or listed by name (added,
// removed, refused when blank, bounded); the figures follow.

import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe-check';
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
  });
});

/** The text that describes a field to a screen reader (its aria-describedby): where a field's problem is said. */
async function descriptionOf(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ').filter(Boolean) ?? [];
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).innerText()));
  return texts.join(' ').trim();
}

/** The accessible label of the focused element (the tests' tsconfig has no DOM types: the page evaluates a string). */
const focusedLabel = async (page: Page): Promise<string | null> => page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? null");

async function workshopOf(code: string): Promise<any> {
  const workshops = (await app.server.api(PEOPLE.advisor, 'GET', '/api/workshops')).body.workshops;
  return workshops.find((w: any) => w.kind === 'office' && w.offices.some((o: any) => o.code === code));
}

describe('named participants in the tab', () => {
  it('lists participants by name beside the groups: adds two, removes one, refuses a blank name on its field, and saves both lists; totals and figures count them', async () => {
    const before = await workshopOf('OO');
    expect(before.participants.named).toEqual([]);
    const counted = before.participants.groups.reduce((t: any, g: any) => ({ women: t.women + g.women, men: t.men + g.men }), { women: 0, men: 0 });
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/process?section=workshops' });
    const page = tab.page;
    const row = page.locator(`tr[data-workshop="${before.id}"]`);
    await row.getByRole('button', { name: /^Participants of the office workshop of Office of Operations/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Participants of the office workshop of Office of Operations/ });
    await dialog.getByText('No one listed by name yet.').waitFor();

    // A new row takes the focus on its name; a blank (or blank-looking) name is refused on that field.
    await dialog.getByRole('button', { name: 'Add a person' }).click();
    const name1 = dialog.getByRole('textbox', { name: 'Name, person 1' });
    await name1.waitFor();
    expect(await focusedLabel(page)).toBe('Name, person 1');
    expect(await name1.getAttribute('aria-invalid')).not.toBe('true');
    await name1.fill('   ');
    await dialog.getByRole('button', { name: 'Save the participants' }).click();
    expect(await name1.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(name1)).toBe('Required');
    expect(await descriptionOf(dialog.getByRole('combobox', { name: 'Sex, person 1' }))).toBe('Required');
    expect((await workshopOf('OO')).participants.named).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await name1.fill('  Lena Marković  ');
    await dialog.getByRole('combobox', { name: 'Sex, person 1' }).selectOption({ label: 'Woman' });
    await dialog.getByRole('combobox', { name: 'Function, person 1' }).selectOption({ label: 'Political affairs' });
    expect(await name1.getAttribute('aria-invalid')).not.toBe('true');
    await dialog.getByRole('button', { name: 'Add a person' }).click();
    expect(await focusedLabel(page)).toBe('Name, person 2');
    await page.keyboard.type('Tariq Haddad');
    await dialog.getByRole('combobox', { name: 'Level, person 2' }).selectOption({ label: 'Professional' });
    await dialog.getByRole('combobox', { name: 'Sex, person 2' }).selectOption({ label: 'Man' });
    await dialog.getByRole('button', { name: 'Add a person' }).click();
    await page.keyboard.type('Col. Pieter de Vries');
    await dialog.getByRole('combobox', { name: 'Function, person 3' }).selectOption({ label: 'Military' });
    await dialog.getByRole('combobox', { name: 'Sex, person 3' }).selectOption({ label: 'Man' });

    // Removing names the person; the focus goes to the row that takes its place.
    await dialog.getByRole('button', { name: 'Remove Tariq Haddad' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Name, person 2' }).inputValue()).toBe('Col. Pieter de Vries');
    expect(await focusedLabel(page)).toBe('Name, person 2');
    expect(await dialog.getByRole('textbox', { name: 'Name, person 3' }).count()).toBe(0);

    // The totals count the groups and the two named senior managers together.
    expect(await dialog.getByTestId('total-women').textContent()).toBe(String(counted.women + 1));
    expect(await dialog.getByTestId('total-men').textContent()).toBe(String(counted.men + 1));
    expect(await dialog.getByTestId('total-all').textContent()).toBe(String(counted.women + counted.men + 2));
    const groupsSenior = before.participants.groups.filter((g: any) => g.level === 'senior-management');
    const seniorRow = dialog
      .getByRole('table', { name: 'Totals by level, groups and named participants together' })
      .getByRole('row', { name: /^Senior management/ });
    expect(await seniorRow.getByRole('cell').allTextContents()).toEqual([
      String(groupsSenior.reduce((n: number, g: any) => n + g.women, 0) + 1),
      String(groupsSenior.reduce((n: number, g: any) => n + g.men, 0) + 1),
      String(groupsSenior.reduce((n: number, g: any) => n + g.women + g.men, 0) + 2),
    ]);

    await dialog.getByRole('button', { name: 'Save the participants' }).click();
    await page.getByRole('status').filter({ hasText: 'The participants were saved.' }).waitFor();
    const total = counted.women + counted.men + 2;
    await row.getByRole('cell', { name: `${total} (women ${counted.women + 1}, men ${counted.men + 1})` }).waitFor();
    const saved = await workshopOf('OO');
    expect(saved.participants.groups).toEqual(before.participants.groups);
    expect(saved.participants.named).toEqual([
      { name: 'Lena Marković', level: 'senior-management', function: 'political-affairs', sex: 'female' },
      { name: 'Col. Pieter de Vries', level: 'senior-management', function: 'military', sex: 'male' },
    ]);

    // Reopened, the dialog shows them as saved.
    await row.getByRole('button', { name: /^Participants of the office workshop of Office of Operations/ }).click();
    await dialog.getByRole('textbox', { name: 'Name, person 2' }).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Name, person 1' }).inputValue()).toBe('Lena Marković');
    expect(await dialog.getByRole('combobox', { name: 'Sex, person 1' }).inputValue()).toBe('female');
    expect(await dialog.getByRole('combobox', { name: 'Function, person 2' }).inputValue()).toBe('military');
    expect(await dialog.getByRole('textbox', { name: 'Name, person 3' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The figures, computed by the server, count them by level.
    await page.getByRole('tab', { name: 'Figures' }).click();
    const byLevel = page.getByRole('table', { name: 'Participants by level and sex, per office' });
    const ooRow = byLevel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Office of Operations', exact: true }) });
    const oo = (await app.server.api(PEOPLE.advisor, 'GET', '/api/workshops')).body.figures.offices.find((o: any) => o.office?.code === 'OO');
    const senior = oo.byLevel.find((l: any) => l.level === 'senior-management');
    expect(senior.women).toBe(groupsSenior.reduce((n: number, g: any) => n + g.women, 0) + 1);
    await ooRow
      .getByRole('cell', { name: `${senior.total} (women ${senior.women}, men ${senior.men})` })
      .first()
      .waitFor();

    expect(tab.problems).toEqual([]);
  });

  it("shows a problem the server finds on the person's own row and field, even after rows above were removed", async () => {
    const workshop = await workshopOf('OMS');
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/process?section=workshops' });
    const page = tab.page;
    // The tab never sends a name longer than the domain allows; lengthening the third one on its
    // way out makes the real server answer with its real 400 problem, "named.2.name".
    await page.route('**/api/workshops/*/participants', async (route) => {
      const body = route.request().postDataJSON();
      body.named[2].name = 'x'.repeat(201);
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page
      .locator(`tr[data-workshop="${workshop.id}"]`)
      .getByRole('button', { name: /^Participants of the office workshop/ })
      .click();
    const dialog = page.getByRole('dialog', { name: /^Participants of the office workshop of Office of Mission Support/ });
    for (const [n, name] of ['Priya Raghavan', 'Tomás Herrera', 'Ines Carvalho'].entries()) {
      await dialog.getByRole('button', { name: 'Add a person' }).click();
      await dialog.getByRole('textbox', { name: `Name, person ${n + 1}` }).fill(name);
      await dialog.getByRole('combobox', { name: `Sex, person ${n + 1}` }).selectOption({ label: n === 1 ? 'Man' : 'Woman' });
    }
    await dialog.getByRole('button', { name: 'Save the participants' }).click();
    const third = dialog.getByRole('textbox', { name: 'Name, person 3' });
    await dialog.locator('[aria-invalid="true"]').first().waitFor();
    expect(await third.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(third)).toBe('At most 200 characters');
    expect(await dialog.locator('[aria-invalid="true"]').count()).toBe(1);

    await dialog.getByRole('button', { name: 'Remove Priya Raghavan' }).click();
    const moved = dialog.getByRole('textbox', { name: 'Name, person 2' });
    expect(await moved.inputValue()).toBe('Ines Carvalho');
    expect(await descriptionOf(moved)).toBe('At most 200 characters');
    expect(await descriptionOf(dialog.getByRole('textbox', { name: 'Name, person 1' }))).toBe('');
    // Once changed, the field is judged by the tab's own check again.
    await moved.fill('Inês Carvalho');
    expect(await moved.getAttribute('aria-invalid')).not.toBe('true');
    expect((await workshopOf('OMS')).participants.named).toEqual(workshop.participants.named);

    expect(tab.problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
  });

  it('says why no more people can be added once a workshop lists 150 by name', async () => {
    const created = await app.server.api(PEOPLE.advisor, 'POST', '/api/workshops', {
      kind: 'office',
      offices: ['UNMAS'],
      start: '2008-05-06',
      status: 'planned',
    });
    const named = Array.from({ length: 149 }, (_, i) => ({
      name: `Participant ${i + 1}`,
      level: 'field',
      function: 'mine-action',
      sex: i % 2 ? 'male' : 'female',
    }));
    const put = await app.server.api(
      PEOPLE.advisor,
      'PUT',
      `/api/workshops/${created.body.id}/participants`,
      { groups: [], named },
      { 'if-match': created.etag ?? '' },
    );
    expect(put.status).toBe(200);
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/process?section=workshops' });
    const page = tab.page;
    await page
      .locator(`tr[data-workshop="${created.body.id}"]`)
      .getByRole('button', { name: /^Participants of the office workshop/ })
      .click();
    const dialog = page.getByRole('dialog', { name: /^Participants of the office workshop of Mine Action Service/ });
    const add = dialog.getByRole('button', { name: 'Add a person' });
    expect(await add.getAttribute('aria-disabled')).not.toBe('true');
    await add.click();
    expect(await focusedLabel(page)).toBe('Name, person 150');
    expect(await add.getAttribute('aria-disabled')).toBe('true');
    expect(await descriptionOf(add)).toBe('A workshop lists at most 150 people by name: count the others in groups.');
    // Still reachable from the keyboard, so that the reason is heard; pressing it adds no one.
    await add.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Add a person');
    expect(await dialog.getByRole('textbox', { name: 'Name, person 151' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Remove Participant 1', exact: true }).click();
    expect(await add.getAttribute('aria-disabled')).not.toBe('true');
    await dialog.getByText('A workshop lists at most 150 people by name').waitFor({ state: 'detached' });
    expect(tab.problems).toEqual([]);
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
  });
});
