// A progress report through the tab, step by step on one server: an office's focal point
// starts the report of the open period (prefilled from the check-ins), saves a draft, meets
// a conflict with someone else's save and keeps both edits, submits it; the Gender Unit
// returns it (only with a comment), the office reads the comment and submits again, and
// another member of the Gender Unit accepts it. No console errors on the way.

import type { Page } from 'playwright-core';
import { openTab, PEOPLE, useTabServer, type TabPage } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();

/** The second member of the Gender Unit in the demo: she accepts what the advisor returned. */
const SECOND_REVIEWER = 'sofia.lindqvist@dpko.example.org';

interface Subject {
  periodId: string;
  periodLabel: string;
  office: { id: string; code: string; name: string };
  focal: string;
  reportId?: string;
}

let subject: Subject;
const tabs: TabPage[] = [];

/**
 * The report the test writes: an office with an endorsed plan, in the first open period for
 * which it has no report yet (in the demo, the quarter under way: each reporting office has a
 * report in every state for the quarter being reported on).
 */
async function chooseSubject(): Promise<Subject> {
  const { advisor } = PEOPLE;
  const cycles = (await app.server.api(advisor, 'GET', '/api/cycles')).body as { periods: { id: string; label: string; status: string; start: string }[] }[];
  const open = cycles
    .flatMap((c) => c.periods)
    .filter((p) => p.status === 'open')
    .sort((a, b) => a.start.localeCompare(b.start));
  const reports = (await app.server.api(advisor, 'GET', '/api/reports')).body as { officeId: string; periodId: string }[];
  const plans = (await app.server.api(advisor, 'GET', '/api/plans')).body as { officeId: string; status: string }[];
  const offices = (await app.server.api(advisor, 'GET', '/api/offices')).body as { id: string; code: string; name: string; focalPoints: string[] }[];
  for (const period of open) {
    const office = offices.find(
      (o) =>
        o.focalPoints.length > 0 &&
        plans.some((p) => p.officeId === o.id && p.status === 'endorsed') &&
        !reports.some((r) => r.officeId === o.id && r.periodId === period.id),
    );
    if (office)
      return {
        periodId: period.id,
        periodLabel: period.label,
        office: { id: office.id, code: office.code, name: office.name },
        focal: office.focalPoints[0] ?? '',
      };
  }
  throw new Error('the demo data has no open period in which an office with an endorsed plan has yet to start its report');
}

async function open(as: string, hash: string): Promise<Page> {
  const tab = await openTab(app.browser, app.server, { as, hash });
  tabs.push(tab);
  await tab.page.getByText(/^Signed in as/).waitFor();
  return tab.page;
}

async function reportOf(id: string) {
  return app.server.api(PEOPLE.advisor, 'GET', `/api/reports/${id}`);
}

beforeAll(async () => {
  subject = await chooseSubject();
});

describe('a progress report through the tab', () => {
  it('lets the focal point start the report of the open period, prefilled from the check-ins, and save a draft', async () => {
    const page = await open(subject.focal, `/reporting?office=${subject.office.code}&period=${subject.periodId}`);
    await page.getByRole('heading', { level: 1, name: 'Reporting' }).waitFor();
    await page.getByText(`${subject.office.name} has not started its report for ${subject.periodLabel} yet.`).waitFor();
    await page.getByRole('button', { name: `Start the report for ${subject.periodLabel}` }).click();
    const heading = page.getByRole('heading', { level: 2, name: `${subject.office.name} — ${subject.periodLabel}` });
    await heading.waitFor();

    const reports = (await app.server.api(subject.focal, 'GET', `/api/reports?period=${subject.periodId}&office=${subject.office.code}`)).body as {
      id: string;
    }[];
    expect(reports).toHaveLength(1);
    subject.reportId = reports[0]?.id;
    const started = await reportOf(subject.reportId ?? '');
    expect(started.body.report.status).toBe('draft');
    // One row per target of the endorsed plan, under the heading row.
    const table = page.getByRole('table', { name: 'Targets' });
    expect(await table.getByRole('row').count()).toBe(started.body.lines.length + 1);

    await page.getByRole('textbox', { name: 'Summary' }).fill('Two of the three trainings took place; the third moved to October.');
    const firstRef = started.body.lines[0].target.ref as string;
    await page.getByRole('textbox', { name: `Comment on target ${firstRef}` }).fill('Figures from the training attendance sheets');
    await page.getByText('You have unsaved changes.').waitFor();
    await page.getByRole('button', { name: 'Save the report' }).click();
    await page.getByRole('status').filter({ hasText: 'The report was saved.' }).waitFor();

    const saved = await reportOf(subject.reportId ?? '');
    expect(saved.body.report.summary).toBe('Two of the three trainings took place; the third moved to October.');
    expect(saved.body.lines[0].comment).toBe('Figures from the training attendance sheets');
    expect(saved.body.report.version).toBeGreaterThan(started.body.report.version);
  });

  it('shows a save that meets a newer version beside it, and keeps both edits when the user keeps hers', async () => {
    const page = await open(subject.focal, `/reports/${subject.reportId}`);
    await page.getByRole('textbox', { name: 'Summary' }).waitFor();

    // Someone else (the other tab of the same focal point) saves the challenges meanwhile.
    const before = await reportOf(subject.reportId ?? '');
    const other = await app.server.api(
      subject.focal,
      'PATCH',
      `/api/reports/${subject.reportId}`,
      { challenges: 'Instructors were redeployed in August.' },
      { 'if-match': `"${before.body.report.version}"` },
    );
    expect(other.status).toBe(200);

    await page.getByRole('textbox', { name: 'Summary' }).fill('All three trainings took place.');
    await page.getByRole('button', { name: 'Save the report' }).click();
    const conflict = page.getByRole('region', { name: 'Someone else saved this report while you were editing it' });
    await conflict.waitFor();
    await conflict.getByRole('row', { name: /Summary All three trainings took place\. Two of the three trainings took place/ }).waitFor();

    await page.getByRole('button', { name: 'Keep my changes' }).click();
    await page.getByRole('status').filter({ hasText: 'The report was saved.' }).waitFor();
    const after = await reportOf(subject.reportId ?? '');
    expect(after.body.report.summary).toBe('All three trainings took place.');
    expect(after.body.report.challenges).toBe('Instructors were redeployed in August.');
    expect(await page.getByRole('textbox', { name: 'Challenges' }).inputValue()).toBe('Instructors were redeployed in August.');
  });

  it('submits the report, which then reads only', async () => {
    const page = await open(subject.focal, `/reporting?office=${subject.office.code}&period=${subject.periodId}`);
    await page.getByRole('button', { name: 'Submit to the Gender Unit' }).click();
    await page.getByRole('status').filter({ hasText: 'The report was submitted to the Gender Unit.' }).waitFor();
    await page.getByText('This report is submitted: it can be changed only while it is a draft or returned.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Summary' }).count()).toBe(0);
    expect((await reportOf(subject.reportId ?? '')).body.report.status).toBe('submitted');
  });

  it('lets the Gender Unit return it only with a comment, beside the previous period', async () => {
    const page = await open(PEOPLE.advisor, '/report-review');
    await page.getByRole('heading', { level: 1, name: 'Report review' }).waitFor();
    await page.getByRole('link', { name: `Open the report of ${subject.office.name} for ${subject.periodLabel}` }).click();
    await page.getByRole('heading', { level: 2, name: `${subject.office.name} — This report (${subject.periodLabel})` }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Previous period|The office has no report for the previous period/ }).waitFor();

    await page.getByRole('button', { name: `Return the report of ${subject.office.name}` }).click();
    await page.getByText('Say what the office should change').waitFor();
    expect((await reportOf(subject.reportId ?? '')).body.report.status).toBe('submitted');

    await page.getByRole('textbox', { name: 'Comment for the office' }).fill('Please give the number of women trained in each course.');
    await page.getByRole('button', { name: `Return the report of ${subject.office.name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The report of ${subject.office.name} for ${subject.periodLabel} was returned with your comment.` })
      .waitFor();
    const returned = await reportOf(subject.reportId ?? '');
    expect(returned.body.report.status).toBe('returned');
    expect(returned.body.report.returnComment).toBe('Please give the number of women trained in each course.');
  });

  it("shows the office the Gender Unit's comment and lets it submit again", async () => {
    const page = await open(subject.focal, `/reporting?office=${subject.office.code}&period=${subject.periodId}`);
    await page.getByText('Returned by the Gender Unit').waitFor();
    // In the notice (exactly), and again in the report's history.
    await page.getByText('“Please give the number of women trained in each course.”', { exact: true }).waitFor();
    await page
      .getByText(/Amina Diallo, /)
      .first()
      .waitFor();
    await page.getByRole('textbox', { name: 'Achievements' }).fill('54 women trained in three courses.');
    await page.getByRole('button', { name: 'Submit to the Gender Unit' }).click();
    await page.getByRole('status').filter({ hasText: 'The report was submitted to the Gender Unit.' }).waitFor();
    const resubmitted = await reportOf(subject.reportId ?? '');
    expect(resubmitted.body.report.status).toBe('submitted');
    expect(resubmitted.body.report.achievements).toBe('54 women trained in three courses.');
  });

  it('lets another member of the Gender Unit accept it; the office then reads it as accepted', async () => {
    const page = await open(SECOND_REVIEWER, `/report-review?report=${subject.reportId}`);
    await page.getByRole('button', { name: `Accept the report of ${subject.office.name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The report of ${subject.office.name} for ${subject.periodLabel} was accepted.` })
      .waitFor();
    expect((await reportOf(subject.reportId ?? '')).body.report.status).toBe('accepted');
    // Back in the queue, the report is no longer waiting.
    await page.getByRole('heading', { level: 2, name: 'Waiting for review' }).waitFor();
    expect(await page.getByRole('link', { name: `Open the report of ${subject.office.name} for ${subject.periodLabel}` }).count()).toBe(0);

    const office = await open(subject.focal, `/reports/${subject.reportId}`);
    await office.getByText('This report is accepted: it can be changed only while it is a draft or returned.').waitFor();
    await office.getByText(/^Accepted by Sofia Lindqvist, /).waitFor();
  });
});

describe('the report in French', () => {
  it('says its status, labels and dates in French in a French browser', async () => {
    const tab = await openTab(app.browser, app.server, { as: subject.focal, locale: 'fr-FR', hash: `/reports/${subject.reportId}` });
    tabs.push(tab);
    await tab.page.getByRole('heading', { level: 1, name: 'Rapports' }).waitFor();
    await tab.page.getByText('Accepté', { exact: true }).first().waitFor();
    await tab.page.getByRole('table', { name: 'Cibles' }).getByRole('columnheader', { name: 'Période précédente' }).waitFor();
    await tab.page.getByText(/^À rendre le \d{1,2} [a-zéû.]+ \d{4}$/).waitFor();
  });
});

describe('the monitoring fields of a target', () => {
  it('records a check-in of women and men on a sex-disaggregated target, with the total derived, and lists it in the history', async () => {
    const targets = (await app.server.api(PEOPLE.advisor, 'GET', '/api/targets?limit=1000')).body as {
      items: { id: string; ref: string; owner: string; disaggregation?: string }[];
    };
    const counted = targets.items.find((t) => t.disaggregation === 'sex');
    if (!counted) throw new Error('the demo data has no sex-disaggregated target');
    const page = await open(counted.owner, '/targets');
    await page
      .getByRole('button', { name: `Check in on target ${counted.ref}` })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Women' }).fill('12');
    await dialog.getByRole('textbox', { name: 'Men', exact: true }).fill('9');
    expect(await dialog.getByRole('textbox', { name: 'Total' }).inputValue()).toBe('21');
    await dialog.getByRole('button', { name: 'Record check-in' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const checkIns = (await app.server.api(counted.owner, 'GET', `/api/targets/${counted.id}/checkins`)).body as {
      women: number;
      men: number;
      value: number;
      createdAt: string;
    }[];
    const newest = [...checkIns].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    expect(newest).toMatchObject({ women: 12, men: 9, value: 21 });
    await page
      .getByRole('button', { name: `Check in on target ${counted.ref}` })
      .first()
      .click();
    await page
      .getByRole('dialog')
      .getByRole('row', { name: /21 \(12 women, 9 men\)/ })
      .first()
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  it("sets the kind of indicator and a milestone for a period of the plan's cycle in the target editor", async () => {
    const planId = await app.server.planIdOf('OMS');
    const tree = (await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body;
    const periods = (await app.server.api(PEOPLE.omsFocal, 'GET', `/api/periods?cycle=${tree.cycle}`)).body as { id: string; label: string }[];
    const last = periods[periods.length - 1];
    if (!last) throw new Error(`the cycle ${tree.cycle} has no periods`);
    const page = await open(PEOPLE.omsFocal, `/plans/${planId}`);
    await page.getByRole('button', { name: 'Edit target 1.1.a' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('combobox', { name: 'Kind of indicator' }).selectOption({ label: 'Percentage' });
    await drawer.getByRole('textbox', { name: `Milestone ${last.label}` }).fill('abc');
    await drawer.getByText('Enter a number').waitFor();
    await drawer.getByRole('textbox', { name: `Milestone ${last.label}` }).fill('40');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const saved = (await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body.objectives[0].activities[0].targets[0];
    expect(saved.indicatorType).toBe('percent');
    expect(saved.milestones).toEqual(expect.arrayContaining([{ periodId: last.id, value: 40 }]));
  });
});

describe('every tab opened above', () => {
  it('saw no console error', () => {
    // The stale save answers 412 on purpose: the browser logs the failed request, nothing else.
    expect(tabs.flatMap((t) => t.problems).filter((p) => !p.includes('412'))).toEqual([]);
  });
});
