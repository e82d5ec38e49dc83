// Every view of the tab, dialogs and the conflict view included, in the light theme, checked
// with axe's WCAG 2.x A and AA rules: no serious or critical violation anywhere. The dark and
// high-contrast themes change colours only, so accessibility-colours.spec.ts checks the same
// views there with the colour rules; the test below keeps that rule list equal to axe's.

import { COLOUR_RULES, runAxe } from './axe-check';
import { checkEveryView } from './accessibility-views';
import { tabUrl, useTabServer } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();

checkEveryView(app, 'light', 'all');

describe('the rules checked in every theme', () => {
  it('are all the colour rules among the WCAG A and AA rules that axe runs', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(tabUrl(app.server, {}));
    await page.getByRole('heading', { level: 1, name: 'Sign in as' }).waitFor();
    const result = await runAxe(page, 'all', { everyOutcome: true });
    const every = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable];
    // A rule appears once per outcome (passes on some nodes, incomplete on others): by name.
    const colourRules = new Set(every.filter((rule) => rule.tags.includes('cat.color')).map((rule) => rule.id));
    expect([...colourRules].sort()).toEqual([...COLOUR_RULES].sort());
    await context.close();
  });
});
