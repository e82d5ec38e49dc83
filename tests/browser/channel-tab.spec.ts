// The channel tab: its configuration page (#/config) lists the offices and, outside Teams,
// links to the chosen office's plan; #/offices/CODE opens the office's current plan, or says
// that there is none. Inside Teams the page drives the real teams-js against a stand-in host
// (a page served as https://teams.microsoft.com that answers teams-js's messages the way Teams
// does), so what Save stores is checked without a test branch in the tab; the payload itself
// is also unit-tested in tab-logic.spec.ts.

import { seriousViolations } from './axe-check';
import { openTab, PEOPLE, takeWindow, useTabServer } from './tab-server';

jest.setTimeout(90_000);

const MD_FOCAL = 'ingrid.halvorsen@dpko.example.org';
const DEMO_OFFICES = ['Civilian Police Division', 'Military Division', 'Office of Mission Support', 'Office of Operations'];

const app = useTabServer();

describe('the configuration page outside Teams', () => {
  it('lists the seven demo offices and links to the chosen office’s plan', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/config' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'Office work plan tab' }).waitFor();
    await page.getByText('Meant to be opened from Teams').waitFor();
    await page.getByText(/select Add a tab/).waitFor();
    // It stands alone (in Teams it fills the "Add a tab" dialog): no app bar.
    expect(await page.getByRole('navigation').count()).toBe(0);

    const picker = page.getByRole('combobox', { name: 'Office' });
    await picker.click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBe(7);
    for (const name of DEMO_OFFICES) await page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).waitFor();
    await page.getByRole('option', { name: 'Military Division (MD)' }).click();

    const link = page.getByRole('link', { name: 'Open the work plan of Military Division' });
    expect(await link.getAttribute('href')).toBe('#/offices/MD');
    await link.click();
    await page.getByRole('heading', { level: 1, name: /Military Division/ }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Office work plans', exact: true }).waitFor();
    expect(tab.problems).toEqual([]);
  });

  it('is used with the keyboard alone', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/config' });
    const page = tab.page;
    const picker = page.getByRole('combobox', { name: 'Office' });
    await picker.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.type('Mine');
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: 'Open the work plan of Mine Action Service' });
    await link.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Open the work plan of Mine Action Service');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Mine Action Service/ }).waitFor();
    expect(page.url()).toMatch(/#\/offices\/UNMAS$/);
  });

  it('has no serious accessibility violation, closed and open', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/config' });
    const page = tab.page;
    const picker = page.getByRole('combobox', { name: 'Office' });
    await picker.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await picker.click();
    await page.getByRole('option').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('option', { name: 'Military Division (MD)' }).click();
    await page.getByRole('link', { name: 'Open the work plan of Military Division' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('speaks French with ?lang=fr', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor });
    const page = tab.page;
    await page.goto(`${app.server.url}/?as=${encodeURIComponent(PEOPLE.advisor)}&lang=fr#/config`);
    await page.getByRole('heading', { level: 1, name: 'Onglet du plan de travail d’un bureau' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByText('À ouvrir depuis Teams').waitFor();
    await page.getByText(/sélectionnez Ajouter un onglet/).waitFor();
    await page.getByRole('combobox', { name: 'Bureau' }).click();
    await page.getByRole('option', { name: 'Military Division (MD)' }).click();
    await page.getByRole('link', { name: 'Ouvrir le plan de travail du bureau : Military Division' }).waitFor();

    await page.evaluate(`location.hash = '/offices/ZZ'`);
    await page.getByText('Pas encore de plan de travail').waitFor();
    await page.getByText('Aucun bureau n’a le code ZZ.').waitFor();
    await page.getByRole('link', { name: 'Voir tous les plans de travail des bureaux' }).waitFor();
  });
});

describe("an office's plan by its code", () => {
  it('opens the Military Division plan, read-only for the Gender Advisor', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/offices/MD' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: /^Military Division — / }).waitFor();
    await page.getByTestId('read-only-notice').waitFor();
    await page.getByRole('list', { name: 'Objectives, activities and targets' }).getByRole('listitem').first().waitFor();
    // The app bar is there, with the plans highlighted.
    const plans = page.getByRole('navigation').getByRole('link', { name: 'Office work plans', exact: true });
    expect(await plans.getAttribute('aria-current')).toBe('page');
    expect(tab.problems).toEqual([]);
  });

  it('says so for an unknown office', async () => {
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/offices/ZZ' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'ZZ' }).waitFor();
    await page.getByTestId('no-plan').getByText('No work plan yet').waitFor();
    await page.getByText('There is no office with the code ZZ.').waitFor();
    await page.getByRole('link', { name: 'See all office work plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Office work plans' }).waitFor();
  });

  it('says so for an office without a plan, and never renders its name as markup', async () => {
    const name = '<b id="injected">Liaison Office</b>';
    expect((await app.server.api(PEOPLE.advisor, 'POST', '/api/offices', { code: 'LO', name })).status).toBe(201);
    const tab = await openTab(app.browser, app.server, { as: PEOPLE.advisor, hash: '/offices/lo' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByTestId('no-plan').getByText('No work plan yet').waitFor();
    await page.getByText(`${name} has no work plan yet.`).waitFor();
    expect(await page.locator('#injected').count()).toBe(0);
    expect(tab.problems).toEqual([]);
  });

  it("follows the office's newest cycle, editable for its focal point while it is a draft", async () => {
    const created = await app.server.api(PEOPLE.advisor, 'POST', '/api/plans', { office: 'MD', cycle: '2098-2099', title: 'Military Division — next cycle' });
    expect(created.status).toBe(201);
    const tab = await openTab(app.browser, app.server, { as: MD_FOCAL, hash: '/offices/MD' });
    const page = tab.page;
    await page.getByRole('heading', { level: 1, name: 'Military Division — next cycle' }).waitFor();
    await page.getByRole('button', { name: 'Add objective' }).waitFor();
    expect(await page.getByTestId('read-only-notice').count()).toBe(0);
    expect(tab.problems).toEqual([]);
  });
});

/**
 * A stand-in for Teams: a page at https://teams.microsoft.com (an origin teams-js trusts) that
 * frames the tab and answers its messages: initialize (in the given frame context), getContext
 * (with the tab's entityId and a deep link's subEntityId), setSettings; everything the tab sends
 * is kept in window.hostLog. The tab itself is served as https://tab.teams.microsoft.com, a
 * proxy to the test server: the same site as the host, so that Chromium neither refuses a
 * public page framing a loopback one nor denies the framed page its storage (dev sign-in).
 */
const FAKE_TEAMS = `<!doctype html><html lang="en"><head><title>Teams</title></head><body>
<iframe id="tab" title="tab" style="width:1100px;height:820px;border:0"></iframe>
<script>
const params = new URLSearchParams(location.search);
const frameContext = params.get('frameContext');
window.hostLog = [];
const runtime = JSON.stringify({ apiVersion: 4, isLegacyTeams: false, isNAAChannelRecommended: false, supports: { pages: { config: {}, appButton: {}, tabs: {} }, teamsCore: {} } });
window.addEventListener('message', (event) => {
  const m = event.data;
  if (!m || typeof m.func !== 'string') return;
  window.hostLog.push({ func: m.func, args: m.args });
  const reply = (args) => event.source.postMessage({ id: m.id, uuid: m.uuid, args }, event.origin);
  if (m.func === 'initialize') reply([frameContext, 'web', runtime, '2.58.0']);
  else if (m.func === 'getContext')
    reply([{ locale: 'en-us', theme: 'default', frameContext, hostClientType: 'web', entityId: params.get('entityId') || '', subEntityId: params.get('subEntityId') || undefined }]);
  else if (m.func === 'settings.setSettings') reply([true]);
});
window.pressSave = () => document.getElementById('tab').contentWindow.postMessage({ func: 'settings.save', args: [{}] }, '*');
document.getElementById('tab').src = params.get('tab');
</script></body></html>`;

const TAB_ORIGIN = 'https://tab.teams.microsoft.com';

/** Waits until `check` passes on what `read` gives (the host's messages arrive asynchronously). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    try {
      check(value);
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

interface HostMessage {
  func: string;
  args: unknown[];
}

async function openInFakeTeams(as: string, options: { frameContext: 'settings' | 'content'; hash: string; entityId?: string; subEntityId?: string }) {
  const { page, problems, close } = await takeWindow(app.browser, { viewport: { width: 1200, height: 900 } });
  await page.route('https://teams.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/html', body: FAKE_TEAMS }));
  // teams-js fetches the list of host origins it trusts; Teams' own is in its built-in list.
  await page.route('https://res.cdn.office.net/**', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ validOrigins: ['teams.microsoft.com'] }) }),
  );
  await page.route(`${TAB_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: app.server.url + url.pathname + url.search }) });
  });
  const tab = `${TAB_ORIGIN}/index.html?as=${encodeURIComponent(as)}#${options.hash}`;
  const query = new URLSearchParams({ tab, frameContext: options.frameContext, entityId: options.entityId ?? '', subEntityId: options.subEntityId ?? '' });
  await page.goto(`https://teams.microsoft.com/l/fake-host?${query}`);
  const hostLog = () => page.evaluate<HostMessage[]>('window.hostLog');
  const sent = async (func: string) => (await hostLog()).filter((m) => m.func === func).map((m) => m.args);
  return { page, frame: page.frameLocator('#tab'), problems, hostLog, sent, close };
}

describe('in Teams (a stand-in host running the real teams-js)', () => {
  it('turns Save on once an office is picked and saves a tab that opens its plan', async () => {
    const teams = await openInFakeTeams(PEOPLE.advisor, { frameContext: 'settings', hash: '/config', entityId: 'officeplan' });
    const { frame } = teams;
    await frame.getByRole('heading', { level: 1, name: 'Office work plan tab' }).waitFor();
    expect(await frame.getByText('Meant to be opened from Teams').count()).toBe(0);
    await frame.getByRole('combobox', { name: 'Office' }).click();
    await frame.getByRole('option', { name: 'Military Division (MD)' }).click();
    await frame.getByRole('status').getByText('The tab will show the current work plan of Military Division.').waitFor();
    // In the dialog the page only says what the tab will show; it does not navigate away.
    expect(await frame.getByRole('link', { name: /^Open the work plan/ }).count()).toBe(0);
    expect(await teams.sent('registerHandler')).toContainEqual(['save']);
    await eventually(
      () => teams.sent('settings.setValidityState'),
      (v) => expect(v).toContainEqual([true]),
    );

    await teams.page.evaluate('window.pressSave()');
    await eventually(
      () => teams.sent('settings.save.success'),
      (v) => expect(v).toHaveLength(1),
    );
    const url = `${TAB_ORIGIN}/index.html#/offices/MD`;
    expect(await teams.sent('settings.setSettings')).toEqual([
      [{ entityId: 'office-MD', contentUrl: url, websiteUrl: url, suggestedDisplayName: 'MD work plan' }],
    ]);
    expect(await teams.sent('settings.save.failure')).toEqual([]);
    expect(teams.problems).toEqual([]);
    await teams.close();
  });

  it('starts from the saved office when the tab is reconfigured', async () => {
    const teams = await openInFakeTeams(PEOPLE.advisor, { frameContext: 'settings', hash: '/config', entityId: 'office-UNMAS' });
    await teams.frame.getByRole('combobox', { name: 'Office' }).getByText('Mine Action Service (UNMAS)').waitFor();
    await eventually(
      () => teams.sent('settings.setValidityState'),
      (v) => expect(v).toContainEqual([true]),
    );
    await teams.page.evaluate('window.pressSave()');
    await eventually(
      () => teams.sent('settings.save.success'),
      (v) => expect(v).toHaveLength(1),
    );
    expect((await teams.sent('settings.setSettings'))[0]).toEqual([
      expect.objectContaining({ entityId: 'office-UNMAS', suggestedDisplayName: 'UNMAS work plan' }),
    ]);
    await teams.close();
  });

  it("shows the saved office's plan in the channel, and follows a deep link to another office", async () => {
    const tab = await openInFakeTeams(PEOPLE.advisor, { frameContext: 'content', hash: '/offices/MD', entityId: 'office-MD' });
    await tab.frame.getByRole('heading', { level: 1, name: /^Military Division — / }).waitFor();
    expect(await tab.sent('appInitialization.success')).toHaveLength(1);
    expect(tab.problems).toEqual([]);
    await tab.close();

    const linked = await openInFakeTeams(PEOPLE.advisor, { frameContext: 'content', hash: '/offices/MD', entityId: 'office-MD', subEntityId: 'office:OO' });
    await linked.frame.getByRole('heading', { level: 1, name: /^Office of Operations — / }).waitFor();
    await linked.close();
  });
});
