// The dashboard's trends per reporting period, the office scorecard as a heat map and the
// progress report's download, in real Chromium on the demo department: the tables beside the
// charts show the API's own figures (trends, scorecards), the heat map is an ARIA
// grid one moves through with the keyboard, a rating opens its detail (an override with its
// justification included), and the progress report downloads as real xlsx and docx files.

import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import yauzl from 'yauzl';
import type { ScorecardList, Trends } from '../../src/contract';
import { openTab, PEOPLE, useTabServer, type TabPage } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();

const STATUS_ORDER = ['achieved', 'onTrack', 'atRisk', 'offTrack', 'notStarted', 'dropped'] as const;
const CRITERIA = 8;

async function dashboard(as: string = PEOPLE.advisor): Promise<TabPage> {
  const tab = await openTab(app.browser, app.server, { as, hash: '/dashboard', locale: 'en-GB', viewport: { width: 1280, height: 1400 } });
  await tab.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  return tab;
}

/** The chart card whose heading starts with `title`, its data table opened. */
async function dataOf(page: Page, title: string | RegExp): Promise<string[][]> {
  const card = page
    .locator('section, div')
    .filter({ has: page.getByRole('heading', { level: 2, name: title }) })
    .last();
  await card.locator('svg').first().waitFor();
  await card.getByText('Show the data').click();
  return rowsOf(card.getByRole('table'));
}

async function rowsOf(table: Locator): Promise<string[][]> {
  await table.getByRole('row').first().waitFor();
  const rows: string[][] = [];
  // The first row holds the column headers.
  for (const row of (await table.getByRole('row').all()).slice(1)) rows.push((await row.getByRole('cell').allInnerTexts()).map((c) => c.trim()));
  return rows;
}

const get = async <T>(path: string): Promise<T> => {
  const res = await app.server.api<T>(PEOPLE.advisor, 'GET', path);
  expect(res.status).toBe(200);
  return res.body;
};

describe('the trends per reporting period on the dashboard', () => {
  it('shows in the department chart’s table the figures of /api/trends, the open period marked live and provisional', async () => {
    const trends = await get<Trends>('/api/trends?cycle=2006-2007');
    expect(trends.periods.some((p) => p.source === 'live')).toBe(true);
    const { page, problems } = await dashboard();
    const rows = await dataOf(page, /^Targets by status and overdue per period: Whole department/);
    expect(rows).toEqual(
      trends.periods.map((p) => [
        p.source === 'live' ? `${p.label} (live, provisional)` : p.label,
        ...STATUS_ORDER.map((s) => String(p.targets[s])),
        String(p.targets.overdue),
        String(p.targets.total),
      ]),
    );
    // One stacked bar per period with targets, the overdue line over them, and a text alternative.
    const card = page.getByRole('heading', { level: 2, name: /Whole department/ }).locator('xpath=ancestor::*[@aria-describedby][1]');
    expect(await card.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByText(/^Whole department, from 2026 Q1 to 2026 Q3 \(live, provisional\): overdue targets went from/).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows one office’s figures from /api/trends?office=CODE when the office is chosen, its open period live and provisional', async () => {
    const department = await get<Trends>('/api/trends?cycle=2006-2007');
    const office = department.periods.find((p) => p.source === 'snapshot')?.offices[0];
    if (!office) throw new Error('the demo data has no office in a closed period');
    const trends = await get<Trends>(`/api/trends?cycle=2006-2007&office=${office.code}`);
    expect(trends.periods.map((p) => p.source)).toContain('live');
    const { page, problems } = await dashboard();
    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: office.name });
    const rows = await dataOf(page, `Targets by status and overdue per period: ${office.name}`);
    expect(rows).toEqual(
      trends.periods.map((p) => [
        p.source === 'live' ? `${p.label} (live, provisional)` : p.label,
        ...STATUS_ORDER.map((s) => String(p.targets[s])),
        String(p.targets.overdue),
        String(p.targets.total),
      ]),
    );
    await page.getByText(`${office.name}, from 2026 Q1 to 2026 Q3 (live, provisional): overdue targets went from`).waitFor();
    await page
      .getByText(/^The period marked \* is open/)
      .first()
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the milestones each office met in every period, the open one live, from the one trends request', async () => {
    const trends = await get<Trends>('/api/trends?cycle=2006-2007');
    expect(trends.periods.some((p) => p.source === 'live' && p.offices.length > 0)).toBe(true);
    const { page } = await dashboard();
    // Read the dashboard again, counting its requests: one for the trends, none for a period's snapshot.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.reload();
    const rows = await dataOf(page, 'Milestones met per office');
    const expected = trends.periods.flatMap((p) =>
      p.offices.map((o) => [
        `${p.source === 'live' ? `${p.label} (live, provisional)` : p.label} · ${o.name}`,
        String(o.milestones.met),
        String(o.milestones.due),
      ]),
    );
    expect(rows.map((r) => r.slice(0, 3))).toEqual(expected);
    expect(requested.filter((path) => path === '/api/trends')).toHaveLength(1);
    expect(requested.filter((path) => path.endsWith('/snapshot'))).toEqual([]);
    // The bars: one per office and period.
    const card = page
      .locator('div')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Milestones met per office' }) })
      .last();
    expect(await card.locator('svg rect[role="img"], svg rect[aria-label]').count()).toBeGreaterThanOrEqual(expected.filter((r) => r[2] !== '0').length);
  });
});

describe('the office scorecard as a heat map', () => {
  const lastClosed = async () => {
    const trends = await get<Trends>('/api/trends?cycle=2006-2007');
    const period = trends.periods.filter((p) => p.source === 'snapshot').at(-1);
    if (!period) throw new Error('the demo data has no closed period');
    return get<ScorecardList>(`/api/scorecards?period=${period.periodId}`);
  };
  const grid = (page: Page) => page.getByRole('grid', { name: /^Ratings of each office by criterion/ });
  const activeCell = (page: Page) => page.evaluate<string | null>("document.activeElement?.getAttribute('data-cell') ?? null");

  it('shows the last closed period’s ratings: a row per office, a column per criterion, each cell named by its rating in full', async () => {
    const list = await lastClosed();
    const { page, problems } = await dashboard();
    await grid(page).waitFor();
    expect(await page.getByRole('combobox', { name: 'Period' }).inputValue()).toBe(list.period.id);
    expect(await grid(page).getByRole('columnheader').allInnerTexts()).toEqual([
      'Office',
      'Work plan endorsed by its date',
      'Progress report submitted on time',
      'Targets achieved or on track',
      'Targets overdue',
      'Milestones met',
      'Sex-disaggregated data reported',
      'Gender focal point appointed',
      'Workshop with staff from all functions',
    ]);
    expect(await grid(page).getByRole('rowheader').allInnerTexts()).toEqual(list.scorecards.map((s) => s.office.name));
    const names = await grid(page)
      .getByRole('gridcell')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
    const words: Record<string, string> = {
      'not-applicable': 'N/ANot applicable',
      missing: 'Missing',
      approaches: 'ApproachesApproaches requirements',
      meets: 'MeetsMeets requirements',
      exceeds: 'ExceedsExceeds requirements',
    };
    // An overridden rating says so (the demo has one, the Gender Advisor's).
    expect(names).toEqual(list.scorecards.flatMap((s) => s.ratings.map((r) => `${words[r.rating]}${r.overridden ? 'overridden' : ''}`)));
    expect(names.filter((n) => n.endsWith('overridden'))).toHaveLength(1);
    // The accessible name is the full word, not the short one.
    const first = list.scorecards[0]?.ratings[0];
    if (!first) throw new Error('no rating');
    await grid(page).getByRole('gridcell', { name: first.ratingLabel, exact: true }).first().waitFor();
    expect(await grid(page).getByRole('gridcell').count()).toBe(list.scorecards.length * CRITERIA);
    expect(problems).toEqual([]);
  });

  it('moves between cells with the arrow keys, Home and End, with one cell at a time in the tab order', async () => {
    const list = await lastClosed();
    const { page } = await dashboard();
    await grid(page).waitFor();
    expect(await grid(page).locator('[role="gridcell"][tabindex="0"]').count()).toBe(1);
    await grid(page).locator('[data-cell="0:0"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await activeCell(page)).toBe('0:1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await activeCell(page)).toBe('2:1');
    await page.keyboard.press('End');
    expect(await activeCell(page)).toBe(`2:${CRITERIA - 1}`);
    await page.keyboard.press('ArrowRight');
    expect(await activeCell(page)).toBe(`2:${CRITERIA - 1}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    expect(await activeCell(page)).toBe('1:0');
    await page.keyboard.press('Control+End');
    expect(await activeCell(page)).toBe(`${list.scorecards.length - 1}:${CRITERIA - 1}`);
    await page.keyboard.press('Control+Home');
    expect(await activeCell(page)).toBe('0:0');
    // The cell moved to is the one Tab comes back to.
    await page.keyboard.press('ArrowDown');
    expect(await grid(page).locator('[role="gridcell"][tabindex="0"]').getAttribute('data-cell')).toBe('1:0');
  });

  it('shows in a rating’s detail the demo’s remedial action: its steps, responsible person by name and status in words', async () => {
    const list = await lastClosed();
    const index = list.scorecards.findIndex((s) => s.office.code === 'MD');
    const column = list.scorecards[index]?.ratings.findIndex((r) => r.criterion === 'sex-disaggregated') ?? -1;
    const action = list.scorecards[index]?.ratings[column]?.remedialActions[0];
    if (!action) throw new Error('the demo has no remedial action on MD’s sex-disaggregated data');
    const { page, problems } = await dashboard();
    const cell = grid(page).locator(`[data-cell="${index}:${column}"]`);
    await cell.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `${list.scorecards[index]?.office.name ?? ''}: Sex-disaggregated data reported` });
    await dialog.waitFor();
    const row = dialog.getByRole('table', { name: 'Remedial actions' }).getByRole('row').filter({ hasText: action.steps });
    await row.waitFor();
    expect(action.responsibleName).not.toContain('@');
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining([action.responsibleName, 'Open']));
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });

  it('shows in the workshop criterion’s detail what it measures, the share measured, or that no workshop was held in time', async () => {
    const list = await lastClosed();
    const { page, problems } = await dashboard();
    await grid(page).waitFor();
    const column = list.scorecards[0]?.ratings.findIndex((r) => r.criterion === 'workshop-functions') ?? -1;
    const measured = list.scorecards.findIndex((s) => s.ratings[column]?.value === 80);
    const missing = list.scorecards.findIndex((s) => s.ratings[column]?.rating === 'missing' && s.ratings[column]?.value === null);
    for (const [index, figure] of [
      [measured, '80 %'],
      [missing, 'Nothing recorded in time'],
    ] as const) {
      const office = list.scorecards[index]?.office.name ?? 'no such office in the demo';
      await grid(page).locator(`[data-cell="${index}:${column}"]`).click();
      const dialog = page.getByRole('dialog', { name: `${office}: Workshop with staff from all functions` });
      await dialog.getByText(/^Share of the functional areas of the office’s work plan represented at its workshops/).waitFor();
      await dialog.getByText(figure, { exact: true }).waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    expect(problems).toEqual([]);
  });

  it('marks an overridden rating and shows with Enter its basis, the override’s justification and the remedial actions', async () => {
    const list = await lastClosed();
    const index = list.scorecards.findIndex((s) => s.id !== null && s.ratings.some((r) => r.criterion === 'focal-point'));
    const scorecard = list.scorecards[index];
    if (!scorecard?.id) throw new Error('no stored scorecard in the last closed period');
    const override = await app.server.api(
      PEOPLE.advisor,
      'PATCH',
      `/api/scorecards/${scorecard.id}/ratings/focal-point`,
      { rating: 'approaches', justification: 'The focal point left in the period and was replaced only at its end.' },
      { 'if-match': `"${scorecard.version}"` },
    );
    expect(override.status).toBe(200);

    const { page, problems } = await dashboard();
    const column = scorecard.ratings.findIndex((r) => r.criterion === 'focal-point');
    const cell = grid(page).locator(`[data-cell="${index}:${column}"]`);
    await cell.getByText('overridden').waitFor();
    expect(await cell.textContent()).toContain('Approaches requirements');
    await cell.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `${scorecard.office.name}: Gender focal point appointed` });
    await dialog.waitFor();
    await dialog.getByText('Focal points appointed in the office').waitFor();
    await dialog.getByText('The focal point left in the period and was replaced only at its end.').waitFor();
    await dialog.getByText(/^Overridden by Amina Diallo on /).waitFor();
    await dialog.getByText(/calls for a remedial action/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await activeCell(page)).toBe(`${index}:${column}`);
    expect(problems).toEqual([]);
  });

  it('rates the open period live when it is chosen, and says the ratings are provisional', async () => {
    const trends = await get<Trends>('/api/trends?cycle=2006-2007');
    const open = trends.periods.find((p) => p.source === 'live');
    if (!open) throw new Error('the demo data has no open period');
    const live = await get<ScorecardList>(`/api/scorecards?period=${open.periodId}`);
    expect(live.source).toBe('live');
    const { page, problems } = await dashboard();
    await grid(page).waitFor();
    expect(await page.getByText('This period is open').count()).toBe(0);
    await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: `${open.label} (open)` });
    await page.getByText('This period is open: the ratings are computed live and will change until it is closed.').waitFor();
    await page.getByRole('grid', { name: `Ratings of each office by criterion, ${open.label}` }).waitFor();
    expect(await grid(page).getByRole('rowheader').allInnerTexts()).toEqual(live.scorecards.map((s) => s.office.name));
    expect(problems).toEqual([]);
  });

  it('shows the same ratings as a table, each in full words', async () => {
    const list = await lastClosed();
    const { page } = await dashboard();
    await grid(page).waitFor();
    await page.getByRole('button', { name: 'Show as a table' }).click();
    const table = page.getByRole('table', { name: /^Ratings of each office by criterion/ });
    const rows = await table.getByRole('row').all();
    const texts = await Promise.all(rows.slice(1).map((r) => r.locator('th, td').allInnerTexts()));
    expect(texts).toEqual(list.scorecards.map((s) => [s.office.name, ...s.ratings.map((r) => `${r.ratingLabel}${r.overridden ? ' (overridden)' : ''}`)]));
    expect(await page.getByRole('grid').count()).toBe(0);
  });
});

describe('the progress report from the Export view', () => {
  const entriesOf = (file: string) =>
    new Promise<string[]>((resolve, reject) => {
      yauzl.open(file, { lazyEntries: true }, (error, zip) => {
        if (error) return reject(error);
        const names: string[] = [];
        zip.on('entry', (e: { fileName: string }) => {
          names.push(e.fileName);
          zip.readEntry();
        });
        zip.on('end', () => resolve(names));
        zip.on('error', reject);
        zip.readEntry();
      });
    });

  it('downloads the progress report of the last closed period as an Excel workbook and a Word document', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/export' });
    const { page } = tab;
    const section = page.getByRole('region', { name: 'Progress report' });
    await section.getByRole('combobox', { name: 'Reporting period' }).waitFor();
    expect(await section.getByRole('combobox', { name: 'Reporting period' }).inputValue()).toBe('2006-2007_2026-Q2');
    for (const [button, extension, type] of [
      ['Progress report in Excel', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['Progress report in Word', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ] as const) {
      const [download, response] = await Promise.all([
        page.waitForEvent('download'),
        page.waitForResponse((r) => r.url().includes(`/api/export/progress-report.${extension}?period=2006-2007_2026-Q2`)),
        section.getByRole('button', { name: button }).click(),
      ]);
      expect(response.headers()['content-type']).toBe(type);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^1325-progress-report-2006-2007_2026-Q2.*\\.${extension}$`));
      const file = await download.path();
      expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
      if (extension === 'xlsx') {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Summary', 'Trend']));
      } else {
        expect(await entriesOf(file)).toContain('word/document.xml');
      }
      await section
        .getByRole('status')
        .filter({ hasText: new RegExp(`Downloaded .*\\.${extension} \\(\\d+ KB\\)`) })
        .waitFor();
    }
    expect(tab.problems).toEqual([]);
  });

  it('offers a focal point her own office only, and downloads its report', async () => {
    const offices = await get<{ code: string; name: string; focalPoints: string[] }[]>('/api/offices');
    const own = offices.filter((o) => o.focalPoints.includes(PEOPLE.omsFocal));
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.omsFocal, hash: '/export' });
    const section = tab.page.getByRole('region', { name: 'Progress report' });
    const office = section.getByRole('combobox', { name: 'Office' });
    await office.waitFor();
    expect(await office.locator('option').allInnerTexts()).toEqual(own.map((o) => o.name));
    const [response] = await Promise.all([
      tab.page.waitForResponse((r) => r.url().includes('/api/export/progress-report.xlsx')),
      section.getByRole('button', { name: 'Progress report in Excel' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(new URL(response.url()).searchParams.get('office')).toBe(own[0]?.code);
    expect(tab.problems).toEqual([]);
  });
});
