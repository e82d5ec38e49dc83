// Deep links from the bot's cards open the right view of the tab: the subEntityId is in the
// tab's own vocabulary (checked against the tab's route parser), and outside Teams the link is
// the tab's web page at the same hash route.

import { hashRoute, subEntityId, tabDeepLink, type TabItem } from '../../src/bot/deep-links';
import { parseRoute, routeOfSubPageId } from '../../src/tab/app/routes';

const APP = 'c0ffee00-0000-4000-8000-000000000325';
const items: [TabItem, ReturnType<typeof parseRoute>][] = [
  [
    { kind: 'target', planId: 'p 1', targetId: 't/2' },
    { view: 'plan', planId: 'p 1', targetId: 't/2' },
  ],
  [
    { kind: 'plan', planId: 'p1' },
    { view: 'plan', planId: 'p1', targetId: undefined },
  ],
  [{ kind: 'view', view: 'targets' }, { view: 'targets' }],
  [{ kind: 'view', view: 'review' }, { view: 'review' }],
  [{ kind: 'view', view: 'dashboard' }, { view: 'dashboard' }],
  [
    { kind: 'report', reportId: 'r 1', periodId: '2006-2007_2006-Q3', officeCode: 'OO' },
    { view: 'report', reportId: 'r 1' },
  ],
  [
    { kind: 'report', reportId: null, periodId: '2006-2007_2006-Q3', officeCode: 'OO' },
    { view: 'reporting', periodId: '2006-2007_2006-Q3', office: 'OO' },
  ],
  [
    { kind: 'report-review', reportId: 'r1' },
    { view: 'report-review', reportId: 'r1' },
  ],
];

describe('deep links into the tab', () => {
  it.each(items)('names %j as the tab understands it, in Teams and on the web', (item, route) => {
    expect(routeOfSubPageId(subEntityId(item)!)).toEqual(route);
    expect(parseRoute(hashRoute(item))).toEqual(route.view === 'dashboard' ? { view: 'dashboard', cycle: undefined } : route);
  });

  it('builds a Teams entity link from the app id and the static tab entity id', () => {
    const link = tabDeepLink({ appId: APP, entityId: 'actionplan', webUrl: 'http://127.0.0.1:3978/' }, { kind: 'plan', planId: 'p1' });
    expect(link).toBe(`https://teams.microsoft.com/l/entity/${APP}/actionplan?context=${encodeURIComponent('{"subEntityId":"plan:p1"}')}`);
    expect(tabDeepLink({ appId: APP, entityId: 'actionplan', webUrl: '' })).toBe(`https://teams.microsoft.com/l/entity/${APP}/actionplan`);
  });

  it('links to the web page when there is no Teams app id', () => {
    expect(tabDeepLink({ appId: null, entityId: 'actionplan', webUrl: 'http://127.0.0.1:3978' }, { kind: 'target', planId: 'p1', targetId: 't1' })).toBe(
      'http://127.0.0.1:3978/#/plans/p1?target=t1',
    );
  });
});
