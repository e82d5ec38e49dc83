// The tab as people use it on a plan: the plan index (one-line titles, filters, sorting), the
// search over a virtualised plan, a new item brought into view and focused, full target rows
// with people's names, the paragraph picker in words, the people picker and the destructive
// delete. Real app, demo data, Chromium; no console errors anywhere.

import type { Page } from 'playwright-core';
import { openTab, PEOPLE, type TabPage, useTabServer } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();
const opened: TabPage[] = [];

afterEach(async () => {
  for (const tab of opened.splice(0)) expect(tab.problems).toEqual([]);
});

async function open(as: string, hash: string): Promise<Page> {
  const tab = await openTab(app.browser, app.server, { as, hash });
  opened.push(tab);
  await tab.page.getByText(/^Signed in as/).waitFor();
  return tab.page;
}

interface TargetRecord {
  id: string;
  ref: string;
  description: string;
  owner: string;
  status: string;
  overdue: boolean;
  version: number;
}

async function omsTargets(): Promise<TargetRecord[]> {
  const tree = (await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${await app.server.planIdOf('OMS')}`)).body;
  return tree.objectives.flatMap((o: any) => o.activities.flatMap((a: any) => a.targets));
}

/** The OMS plan (returned, so its focal point may edit it), with its outline on screen. */
async function openOmsPlan(as: string = PEOPLE.omsFocal): Promise<Page> {
  const page = await open(as, `/plans/${await app.server.planIdOf('OMS')}`);
  await page.getByRole('list', { name: 'Objectives, activities and targets' }).waitFor();
  return page;
}

const outline = (page: Page) => page.getByRole('list', { name: 'Objectives, activities and targets' });

describe('the plan index', () => {
  it('keeps every plan title on one line', async () => {
    const page = await open(PEOPLE.omsFocal, '/plans');
    const links = page.getByRole('table').getByRole('link');
    await links.first().waitFor();
    const heights = await links.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    const lineHeight = await links.first().evaluate((e) => parseFloat(e.ownerDocument.defaultView!.getComputedStyle(e).lineHeight));
    expect(heights).toHaveLength(7);
    for (const h of heights) expect(h).toBeLessThan(lineHeight * 1.5);
    // …and each title fits its column instead of running over the next one.
    const overflow = await links.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right - e.closest('td')!.getBoundingClientRect().right));
    for (const o of overflow) expect(o).toBeLessThanOrEqual(0);
  });

  it('filters by office, cycle and status, and says how many plans it shows', async () => {
    const page = await open(PEOPLE.advisor, '/plans');
    const rows = page.getByRole('table').getByRole('row');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Endorsed' });
    await page.getByRole('status').filter({ hasText: '4 of 7 plans' }).waitFor();
    for (const text of await rows.allInnerTexts()) if (!text.startsWith('Office')) expect(text).toContain('Endorsed');

    await page.getByRole('combobox', { name: 'Office', exact: true }).selectOption({ label: 'Military Division' });
    await page.getByRole('status').filter({ hasText: '1 of 7 plans' }).waitFor();
    await page.getByRole('combobox', { name: 'Cycle' }).selectOption('2006-2007');
    await page.getByRole('status').filter({ hasText: '1 of 7 plans' }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Draft' });
    await page.getByText('No plan matches these filters.').waitFor();
  });

  it('sorts by a column, ascending then descending, and marks the column as sorted', async () => {
    const page = await open(PEOPLE.advisor, '/plans');
    const targetsColumn = page.getByRole('columnheader', { name: 'Targets' });
    const counts = async () => (await page.locator('tbody tr td:nth-child(5)').allInnerTexts()).map(Number);
    await targetsColumn.click();
    await page.locator('th[aria-sort="ascending"]').waitFor();
    const ascending = await counts();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await targetsColumn.click();
    await page.locator('th[aria-sort="descending"]').waitFor();
    const descending = await counts();
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
  });
});

describe('searching a plan', () => {
  it('finds a target that is off screen by words of its description', async () => {
    const page = await openOmsPlan();
    const last = (await omsTargets()).at(-1)!;
    // The outline is virtualised: the last target is not in the page until it is found.
    expect(await outline(page).getByText(last.description, { exact: true }).count()).toBe(0);
    const words = last.description
      .split(' ')
      .filter((w) => w.length > 4)
      .slice(0, 2)
      .join(' ')
      .toUpperCase();
    await page.getByRole('searchbox', { name: 'Search the plan' }).fill(words);
    await outline(page).getByText(last.description, { exact: true }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /of 18 targets match/ })
      .waitFor();
  });

  it('narrows to a status, an owner chosen by name, and overdue targets', async () => {
    const page = await openOmsPlan();
    const targets = await omsTargets();
    const search = page.getByRole('search', { name: 'Search the plan' });

    await search.getByRole('combobox', { name: 'Target status' }).selectOption({ label: 'Off track' });
    const offTrack = targets.filter((t) => t.status === 'off-track').length;
    await page
      .getByRole('status')
      .filter({ hasText: `${offTrack} of 18 targets match` })
      .waitFor();
    await search.getByRole('combobox', { name: 'Target status' }).selectOption({ label: 'Any status' });

    await search.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Tomás Herrera' });
    const tomas = targets.filter((t) => t.owner === 'tomas.herrera@dpko.example.org').length;
    await page
      .getByRole('status')
      .filter({ hasText: `${tomas} of 18 targets match` })
      .waitFor();
    await search.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Anyone' });

    await search.getByRole('checkbox', { name: 'Overdue only' }).check();
    const overdue = targets.filter((t) => t.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    await page
      .getByRole('status')
      .filter({ hasText: `${overdue.length} of 18 targets match` })
      .waitFor();
    for (const t of overdue) await outline(page).getByText(t.description, { exact: true }).waitFor();

    await search.getByRole('searchbox').fill('no such words anywhere');
    await page.getByText('Nothing in the plan matches the search.').waitFor();
    await page.getByRole('button', { name: 'Clear the search' }).click();
    await outline(page).waitFor();
  });
});

describe('target rows', () => {
  it('show indicator, baseline and target value with the unit, due date, the owner by name, and the means of verification on request', async () => {
    const page = await openOmsPlan();
    const row = outline(page).locator('[role="listitem"]').filter({ hasText: '1.1.a' }).first();
    await row.getByText('Indicator: Percentage of international civilian staff in missions who are women').waitFor();
    await row.getByText(/^Baseline 28% → target 35% · Due [A-Z][a-z]{2} \d{1,2}, \d{4} · Tomás Herrera · Progress \d/).waitFor();
    expect(await row.innerText()).not.toContain('@');

    const toggle = row.getByRole('button', { name: 'Means of verification of target 1.1.a' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await row.getByText('Personnel Management and Support Service staffing statistics').waitFor();
  });

  it('name the SCR 1325 paragraphs of an objective in words', async () => {
    const page = await openOmsPlan();
    await outline(page).getByText("SCR 1325 ¶ 4 — Expand women's role in UN field operations").first().waitFor();
  });
});

describe('adding an item', () => {
  it('brings a new objective at the end of a long plan into view and gives it the focus', async () => {
    const page = await openOmsPlan();
    await page.getByRole('button', { name: 'Add objective' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: 'Title' }).fill('Gender-responsive camp design in every new mission');
    await drawer.getByRole('combobox', { name: 'WPS pillar' }).selectOption({ label: 'Protection' });
    await drawer.getByRole('combobox', { name: 'Functional area' }).selectOption({ index: 1 });

    // The paragraph picker opens right under its field and names each paragraph (a multiple
    // choice: its options are checkboxes).
    const paragraphs = drawer.getByRole('combobox', { name: 'SCR 1325 paragraphs' });
    await paragraphs.click();
    const first = page.getByRole('menuitemcheckbox', { name: '1 — Women in decision-making for conflict prevention, management and resolution' });
    const option = page.getByRole('menuitemcheckbox', { name: '8 — Gender perspective in negotiating and implementing peace agreements' });
    await option.waitFor();
    const [field, top] = await Promise.all([paragraphs.boundingBox(), first.boundingBox()]);
    expect(top!.y).toBeGreaterThanOrEqual(field!.y + field!.height - 1);
    expect(top!.y).toBeLessThan(field!.y + field!.height + 40);
    expect(Math.abs(top!.x - field!.x)).toBeLessThan(40);
    await option.click();
    await page.keyboard.press('Escape');
    expect(await paragraphs.innerText()).toBe('8 — Gender perspective in negotiating and implementing peace agreements');

    await drawer.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const focused = page.locator('[data-row-key]:focus');
    await focused.waitFor();
    expect(await focused.innerText()).toContain('Gender-responsive camp design in every new mission');
    const [row, list2] = await Promise.all([focused.boundingBox(), outline(page).boundingBox()]);
    expect(row!.y).toBeGreaterThanOrEqual(list2!.y);
    expect(row!.y + row!.height).toBeLessThanOrEqual(list2!.y + list2!.height);
  });
});

describe('the people picker', () => {
  it('shows the owner by name and chooses a new one from the directory with the keyboard', async () => {
    const page = await openOmsPlan();
    await page.getByRole('button', { name: 'Edit target 1.1.b' }).click();
    const owner = page.getByRole('dialog').getByRole('combobox', { name: 'Owner' });
    expect(await owner.inputValue()).toBe('Priya Raghavan');

    // Clicking into the picker and typing replaces the chosen name (as a person types, key by key).
    await page.getByRole('dialog').getByRole('textbox', { name: 'Target', exact: true }).waitFor();
    await owner.click();
    await owner.pressSequentially('petren');
    expect(await owner.inputValue()).toBe('petren');
    await page.getByRole('option', { name: /Olga Petrenko/ }).waitFor();
    await owner.press('ArrowDown');
    await owner.press('Enter');
    expect(await owner.inputValue()).toBe('Olga Petrenko');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await omsTargets()).find((t) => t.ref === '1.1.b')!.owner).toBe(PEOPLE.ousgOwner);
    await outline(page)
      .locator('[role="listitem"]')
      .filter({ hasText: '1.1.b' })
      .getByText(/Olga Petrenko/)
      .waitFor();
  });

  it('says when nobody matches', async () => {
    const page = await openOmsPlan();
    await page.getByRole('button', { name: 'Edit target 1.1.c' }).click();
    const owner = page.getByRole('dialog').getByRole('combobox', { name: 'Owner' });
    await owner.fill('zzzz');
    await page.getByRole('option', { name: 'No one found for “zzzz”' }).waitFor();
    await owner.press('Escape');
  });
});

describe('deleting an item', () => {
  it('is a red button that asks first, naming the item, and deletes only when confirmed', async () => {
    const page = await openOmsPlan();
    const target = (await omsTargets()).find((t) => t.ref === '1.2.b')!;
    await page.getByRole('button', { name: 'Edit target 1.2.b' }).click();
    const remove = page.getByRole('dialog').getByRole('button', { name: 'Delete' });
    const colour = await remove.evaluate((e) => e.ownerDocument.defaultView!.getComputedStyle(e).color);
    const [r, g, b] = colour.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(g! + 60);
    expect(r).toBeGreaterThan(b! + 60);

    await remove.click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete target 1.2.b?' });
    await confirm.getByText(`“${target.description}”`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await omsTargets()).some((t) => t.id === target.id)).toBe(true);

    await remove.click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete target 1.2.b' }).click();
    await page.getByRole('status').filter({ hasText: 'The target 1.2.b was deleted.' }).waitFor();
    expect((await omsTargets()).some((t) => t.id === target.id)).toBe(false);
  });
});
