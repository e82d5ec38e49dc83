// A plan's life through the tab: starting a new work plan from the plans' index (the offices one
// may start a plan for, the cycle, an office that already has a plan said before sending), and
// editing its title in place, with the conflict comparison when someone changed the plan meanwhile.

import { hrefOf, parseRoute, routeOfSubPageId, subPageIdOf } from '../../src/tab/app/routes';
import { cycleAfter, cycleChoices } from '../../src/tab/views/work-plan/plan-cycles';
import { openTab, PEOPLE, useTabServer } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();

interface PlanBody {
  id: string;
  title: string;
  status: string;
  cycle: string;
  officeId: string;
  version: number;
}

async function plansOf(code: string): Promise<PlanBody[]> {
  return (await app.server.api(PEOPLE.advisor, 'GET', `/api/plans?office=${code}`)).body as PlanBody[];
}

describe('the cycles offered for a new plan', () => {
  it('offers the cycle after the newest first, as long as it: 2006-2007 then 2008-2009, 2006 then 2007', () => {
    expect(cycleAfter('2006-2007')).toBe('2008-2009');
    expect(cycleAfter('2006')).toBe('2007');
    expect(cycleAfter('next')).toBeUndefined();
    expect(cycleChoices(['2006-2007', '2004-2005', '2006-2007'])).toEqual(['2008-2009', '2006-2007', '2004-2005']);
    expect(cycleChoices([])).toEqual([]);
  });
});

describe("the routes of a plan's revisions and changes", () => {
  it('give an endorsed revision and the changes between two revisions a URL and a Teams deep link, and read them back', () => {
    expect(hrefOf({ view: 'plan', planId: 'p1', revision: 2 })).toBe('#/plans/p1?revision=2');
    expect(parseRoute('#/plans/p1?revision=2')).toEqual({ view: 'plan', planId: 'p1', targetId: undefined, revision: 2 });
    expect(parseRoute('#/plans/p1?revision=zero')).toMatchObject({ view: 'plan', revision: undefined });
    expect(parseRoute(hrefOf({ view: 'plan-changes', planId: 'p1', from: 1, to: 'current' }))).toEqual({
      view: 'plan-changes',
      planId: 'p1',
      from: 1,
      to: 'current',
    });
    expect(routeOfSubPageId(subPageIdOf({ view: 'plan', planId: 'p1', revision: 3 }))).toMatchObject({ view: 'plan', planId: 'p1', revision: 3 });
    expect(parseRoute(hrefOf({ view: 'process', section: 'workshops' }))).toEqual({ view: 'process', section: 'workshops' });
    expect(parseRoute('#/process?section=elsewhere')).toEqual({ view: 'process', section: undefined });
  });
});

describe('starting a new work plan in the tab', () => {
  it('lets the Gender Advisor start a plan for any office in the next cycle, says when the office already has one, and opens the new plan', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/plans' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'Office work plans' }).waitFor();
    await page.getByRole('button', { name: 'New work plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'New work plan' });
    const office = dialog.getByRole('combobox', { name: 'Office' });
    // Every office of the department, for the Gender Unit.
    await office.locator('option', { hasText: 'Police Division' }).first().waitFor({ state: 'attached' });
    expect(await office.locator('option').count()).toBeGreaterThanOrEqual(8); // "Choose…" and the seven offices
    await office.selectOption({ label: 'Mine Action Service' });

    // The demo's cycle is taken: said before sending, and the button waits.
    const cycle = dialog.getByRole('combobox', { name: 'Cycle' });
    expect(await cycle.inputValue()).toBe('2008-2009');
    await cycle.selectOption('2006-2007');
    await dialog.getByText('Mine Action Service already has a work plan for 2006-2007.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Create the plan' }).isDisabled()).toBe(true);

    await cycle.selectOption('2008-2009');
    await dialog.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine Action Service — SCR 1325 work plan 2008-2009' }).waitFor();
    const created = (await plansOf('UNMAS')).find((p) => p.cycle === '2008-2009');
    expect(created).toMatchObject({ status: 'draft', title: 'Mine Action Service — SCR 1325 work plan 2008-2009' });
    expect(page.url()).toContain(`#/plans/${created?.id}`);
    // Only the office's focal point changes the plan: no title editing for the Gender Unit.
    await page.getByTestId('read-only-notice').waitFor();
    expect(await page.getByRole('button', { name: 'Edit the title of the plan' }).count()).toBe(0);

    expect(tab.problems).toEqual([]);
  });

  it('offers a focal point only her own office, and creates the plan with the title she typed', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.omsFocal, hash: '/plans' });
    const page = tab.page;
    await page.getByRole('button', { name: 'New work plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'New work plan' });
    const office = dialog.getByRole('combobox', { name: 'Office' });
    await office.locator('option', { hasText: 'Office of Mission Support' }).waitFor({ state: 'attached' });

    expect(await office.locator('option').allTextContents()).toEqual(['Office of Mission Support']);
    await dialog.getByRole('combobox', { name: 'Cycle' }).selectOption('2008-2009');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Mission support for women peacekeepers 2008-2009');
    await dialog.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mission support for women peacekeepers 2008-2009' }).waitFor();
    expect((await plansOf('OMS')).map((p) => p.title)).toContain('Mission support for women peacekeepers 2008-2009');
    expect(tab.problems).toEqual([]);
  });
});

describe('editing the title of a plan', () => {
  it('saves a new title in place, refuses an empty one, and compares with the saved plan when someone changed it meanwhile', async () => {
    const planId = (await plansOf('OMS')).find((p) => p.status === 'draft' || p.status === 'returned')?.id ?? (await newDraft('OMS'));
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.omsFocal, hash: `/plans/${planId}` });
    const page = tab.page;

    await page.getByRole('button', { name: 'Edit the title of the plan' }).click();
    const field = page.getByRole('textbox', { name: 'Title of the plan' });
    await field.fill('  ');
    await page.getByText('Required').waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await field.fill('Gender in mission support: staffing, facilities, procurement');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'The title was saved.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Gender in mission support: staffing, facilities, procurement' }).waitFor();
    expect((await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body.title).toBe(
      'Gender in mission support: staffing, facilities, procurement',
    );

    // A colleague renames the plan while the focal point edits the title: the save meets the newer version.
    await page.getByRole('button', { name: 'Edit the title of the plan' }).click();
    const read = await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`);
    const renamed = await app.server.api(
      PEOPLE.omsFocal,
      'PATCH',
      `/api/plans/${planId}`,
      { title: 'Renamed by a colleague' },
      { 'if-match': read.etag ?? '' },
    );
    expect(renamed.status).toBe(200);
    await page.getByRole('textbox', { name: 'Title of the plan' }).fill('Mission support: the focal point’s title');
    await page.getByRole('button', { name: 'Save' }).click();
    const comparison = page.getByRole('table', { name: 'Someone else changed this plan while you were editing its title' });
    await comparison.getByRole('cell', { name: 'Renamed by a colleague (changed by someone else)' }).waitFor();
    await comparison.getByRole('cell', { name: /Mission support: the focal point’s title/ }).waitFor();
    expect((await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body.title).toBe('Renamed by a colleague');
    await page.getByRole('button', { name: 'Keep my title' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mission support: the focal point’s title' }).waitFor();
    expect((await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body.title).toBe('Mission support: the focal point’s title');

    // The 412 of the stale save is the browser's only console line (a failed request), as intended.
    expect(tab.problems.filter((p) => !p.includes('412'))).toEqual([]);
  });
});

/** A draft plan of the office in a cycle of its own, when the demo has none. */
async function newDraft(code: string): Promise<string> {
  const created = await app.server.api(PEOPLE.advisor, 'POST', '/api/plans', { office: code, cycle: '2010-2011' });
  expect(created.status).toBe(201);
  return (created.body as PlanBody).id;
}

describe('amending an endorsed plan', () => {
  it('asks first, keeps the endorsed revision readable, and shows what changed field by field', async () => {
    const planId = (await plansOf('OO'))[0]?.id ?? '';
    const focal = 'claire.dubois@dpko.example.org';
    const before = (await app.server.api(focal, 'GET', `/api/plans/${planId}`)).body;
    expect(before.status).toBe('endorsed');
    const target = before.objectives[0].activities[0].targets[0];

    const tab = await openTab(app.browser, app.server, { as: focal, hash: `/plans/${planId}` });
    const page = tab.page;
    await page.getByRole('button', { name: 'Amend' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Amend the endorsed plan' });
    await confirm.getByText(/Revision 1, as endorsed, stays in force/).waitFor();
    await confirm.getByRole('textbox', { name: 'Why the plan is amended (optional)' }).fill('Mid-cycle review with the Office of Operations');
    await confirm.getByRole('button', { name: 'Start the amendment' }).click();
    await page.getByRole('status').filter({ hasText: 'Amendment started: the plan is now a draft of revision 2.' }).waitFor();
    await page.getByTestId('amendment-notice').getByText('Revision 1, as endorsed, stays in force until this amendment is endorsed.').waitFor();

    // The amendment is a draft: the focal point edits a target.
    await page.getByRole('button', { name: `Edit target ${target.ref}` }).click();
    await page.getByRole('textbox', { name: 'Target', exact: true }).fill('Gender analysis in every mission planning process, reviewed twice a year');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // What changed: the target's description, before → after, in words.
    await page.getByRole('link', { name: 'See what changed' }).click();
    await page.getByRole('heading', { level: 1, name: 'What changed' }).waitFor();
    const changed = page.getByRole('table', { name: 'Changed (1)' });
    const row = changed.getByRole('row').filter({ hasText: `Target ${target.ref}` });
    await row.getByRole('cell', { name: target.description, exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Gender analysis in every mission planning process, reviewed twice a year', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Target', exact: true }).waitFor();

    // The endorsed revision, read-only, as it was.
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await page.getByRole('combobox', { name: 'Revision' }).selectOption('1');
    await page.getByTestId('revision-notice').getByText('Revision 1, as endorsed — read-only').waitFor();
    await page.getByText(target.description).first().waitFor();
    expect(await page.getByRole('button', { name: /^Edit target/ }).count()).toBe(0);
    expect((await app.server.api(focal, 'GET', `/api/plans/${planId}?revision=1`)).body.objectives[0].activities[0].targets[0].description).toBe(
      target.description,
    );

    expect(tab.problems).toEqual([]);
  });
});

describe('starting the next cycle and archiving', () => {
  it('previews what the next cycle takes and what it leaves, with the reason, then opens the new draft plan', async () => {
    const planId = (await plansOf('MD'))[0]?.id ?? '';
    const source = (await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${planId}`)).body;
    const targets = source.objectives.flatMap((o: any) => o.activities.flatMap((a: any) => a.targets));
    const closed = targets.filter((t: any) => t.status === 'achieved' || t.status === 'dropped');

    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: `/plans/${planId}` });
    const page = tab.page;
    await page.getByRole('button', { name: 'Start the next cycle' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start the next cycle' });
    expect(await dialog.getByRole('combobox', { name: 'Cycle' }).inputValue()).toBe('2008-2009');
    const copied = dialog.getByRole('table', { name: /^Copied \(\d+\)$/ });
    await copied.waitFor();
    await copied.getByRole('cell', { name: new RegExp(`^Objective ${source.objectives[0].ref} — `) }).waitFor();
    if (closed.length > 0) {
      const notCopied = dialog.getByRole('table', { name: `Not copied (${closed.length})` });
      await notCopied
        .getByRole('cell', { name: closed[0].status === 'achieved' ? 'Achieved in this cycle' : 'Dropped in this cycle' })
        .first()
        .waitFor();
    }
    // Nothing is written by the preview.
    expect((await plansOf('MD')).map((p) => p.cycle)).toEqual(['2006-2007']);

    await dialog.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByRole('heading', { level: 1, name: /2008-2009/ }).waitFor();
    const created = (await plansOf('MD')).find((p) => p.cycle === '2008-2009');
    expect(page.url()).toContain(`#/plans/${created?.id}`);
    const tree = (await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${created?.id}`)).body;
    expect(tree).toMatchObject({ status: 'draft', sourcePlanId: planId });
    expect(tree.objectives.flatMap((o: any) => o.activities.flatMap((a: any) => a.targets))).toHaveLength(targets.length - closed.length);

    expect(tab.problems).toEqual([]);
  });

  it('archives an endorsed plan after a confirmation, and the plan then says it is read-only', async () => {
    const planId = (await plansOf('PBPS'))[0]?.id ?? '';
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: `/plans/${planId}` });
    const page = tab.page;
    await page.getByRole('button', { name: 'Archive' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Archive the plan' });
    await confirm.getByText(/It stays in the exports, the dashboard and the trends/).waitFor();
    await confirm.getByRole('button', { name: 'Archive the plan' }).click();
    await page.getByRole('status').filter({ hasText: 'The plan was archived.' }).waitFor();
    await page
      .getByTestId('archived-notice')
      .getByText(/this plan is read-only/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Amend' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Archive' }).count()).toBe(0);
    expect((await app.server.api(PEOPLE.advisor, 'GET', `/api/plans/${planId}`)).body.status).toBe('archived');
    expect(tab.problems).toEqual([]);
  });
});
