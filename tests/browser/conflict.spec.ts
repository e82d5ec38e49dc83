// Two tabs edit the same target. The second save is stale: the tab shows what changed and
// lets the user keep their edit or take the saved one, and neither edit is lost by accident.

import type { Page } from 'playwright-core';
import { openTab, PEOPLE, useTabServer } from './tab-server';

jest.setTimeout(90_000);

const app = useTabServer();

/** The Office of Mission Support's plan was returned, so its focal point may edit it. */
async function openEditor(page: Page, ref: string): Promise<void> {
  await page.getByRole('button', { name: `Edit target ${ref}` }).click();
  await page.getByRole('textbox', { name: 'Target', exact: true }).waitFor();
}

async function targetOf(planId: string, ref: string) {
  const tree = (await app.server.api(PEOPLE.omsFocal, 'GET', `/api/plans/${planId}`)).body;
  for (const o of tree.objectives) for (const a of o.activities) for (const t of a.targets) if (t.ref === ref) return t;
  throw new Error(`no target ${ref}`);
}

describe('a two-tab conflict on a target', () => {
  it('keeps both edits when the second tab keeps its own changes on top of the first', async () => {
    const planId = await app.server.planIdOf('OMS');
    const [first, second] = await Promise.all([
      openTab(app.browser, app.server, { as: PEOPLE.omsFocal, hash: `/plans/${planId}` }),
      openTab(app.browser, app.server, { as: PEOPLE.omsFocal, hash: `/plans/${planId}` }),
    ]);
    await Promise.all([openEditor(first.page, '1.1.a'), openEditor(second.page, '1.1.a')]);

    await first.page.getByRole('textbox', { name: 'Target', exact: true }).fill('Description changed in the first tab');
    await first.page.getByRole('button', { name: 'Save' }).click();
    await first.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await second.page.getByRole('textbox', { name: 'Indicator' }).fill('Indicator changed in the second tab');
    await second.page.getByRole('button', { name: 'Save' }).click();
    const conflict = second.page.getByRole('region', { name: 'Someone else saved this item while you were editing it' });
    await conflict.waitFor();
    await conflict.getByRole('row', { name: /Target .*Description changed in the first tab \(changed by someone else\)/ }).waitFor();
    await conflict.getByRole('row', { name: /Indicator .*Indicator changed in the second tab \(changed by you\)/ }).waitFor();

    await second.page.getByRole('button', { name: 'Keep my changes' }).click();
    await second.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const target = await targetOf(planId, '1.1.a');
    expect(target.description).toBe('Description changed in the first tab');
    expect(target.indicator).toBe('Indicator changed in the second tab');
    expect(first.problems).toEqual([]);
    expect(second.problems.filter((p) => !p.includes('412'))).toEqual([]);
  });

  it('shows a field both tabs changed and, when the user takes the saved version, loads it into the form', async () => {
    const planId = await app.server.planIdOf('OMS');
    const [first, second] = await Promise.all([
      openTab(app.browser, app.server, { as: PEOPLE.omsFocal, hash: `/plans/${planId}` }),
      openTab(app.browser, app.server, { as: PEOPLE.omsFocal, hash: `/plans/${planId}` }),
    ]);
    await Promise.all([openEditor(first.page, '1.1.b'), openEditor(second.page, '1.1.b')]);

    await first.page.getByRole('textbox', { name: 'Unit' }).fill('officers');
    await first.page.getByRole('button', { name: 'Save' }).click();
    await first.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await second.page.getByRole('textbox', { name: 'Unit' }).fill('posts');
    await second.page.getByRole('button', { name: 'Save' }).click();
    await second.page.getByRole('row', { name: /Unit Both changed posts \(changed by you\) officers \(changed by someone else\)/ }).waitFor();

    await second.page.getByRole('button', { name: 'Take the saved version' }).click();
    await expect(second.page.getByRole('textbox', { name: 'Unit' }).inputValue()).resolves.toBe('officers');
    expect((await targetOf(planId, '1.1.b')).unit).toBe('officers');
  });
});
