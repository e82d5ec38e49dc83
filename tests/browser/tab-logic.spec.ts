// The tab's pure logic, without a browser: URLs and Teams deep links, the choice of language,
// numbers typed in the user's locale, validation messages in French, the conflict's patch,
// and the estimate of overdue targets over time.

import { targetPatch } from '../../src/domain/schemas';
import { hrefOf, parseRoute, routeOfSubPageId, subPageIdOf, type Route } from '../../src/tab/app/routes';
import { parseLocaleNumber, validate } from '../../src/tab/forms/validation';
import { chooseLocale } from '../../src/tab/i18n/locale';
import { en } from '../../src/tab/i18n/messages-en';
import { fr } from '../../src/tab/i18n/messages-fr';
import { channelTabConfig, currentPlan, officeOfEntityId } from '../../src/tab/views/channel-tab/channel-tab';
import { overdueHistory } from '../../src/tab/views/dashboard/overdue-history';
import { changedFields, patchOf, TARGET_FORM } from '../../src/tab/views/work-plan/item-forms';

describe('routes', () => {
  const routes: Route[] = [
    { view: 'targets' },
    { view: 'plans' },
    { view: 'plan', planId: 'p-1' },
    { view: 'plan', planId: 'p 2', targetId: 't/3' },
    { view: 'review' },
    { view: 'dashboard', cycle: '2006-2007' },
    { view: 'export' },
    { view: 'office', code: 'MD' },
    { view: 'config' },
    { view: 'settings' },
  ];

  it.each(routes)('reads back the URL it writes for %j', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route.view === 'plan' && !route.targetId ? { ...route, targetId: undefined } : route);
  });

  it('maps a Teams deep link to the same view as its URL', () => {
    expect(routeOfSubPageId('plan:abc:target:def')).toEqual({ view: 'plan', planId: 'abc', targetId: 'def' });
    expect(routeOfSubPageId(subPageIdOf({ view: 'review' }))).toEqual({ view: 'review' });
    expect(routeOfSubPageId('nonsense')).toBeUndefined();
  });

  it("opens an office's current plan from #/offices/CODE and its deep link office:CODE, in capitals", () => {
    expect(parseRoute('#/offices/md')).toEqual({ view: 'office', code: 'MD' });
    expect(parseRoute('#/offices')).toEqual({ view: 'plans' });
    expect(routeOfSubPageId('office:UNMAS')).toEqual({ view: 'office', code: 'UNMAS' });
    expect(subPageIdOf({ view: 'office', code: 'MD' })).toBe('office:MD');
    expect(routeOfSubPageId('office')).toBeUndefined();
  });
});

describe('the channel tab', () => {
  it("saves a tab that opens the office's plan, in Teams and in a browser", () => {
    expect(channelTabConfig('MD', 'https://wps.example.org', en.channelTab.tabName)).toEqual({
      entityId: 'office-MD',
      contentUrl: 'https://wps.example.org/index.html#/offices/MD',
      websiteUrl: 'https://wps.example.org/index.html#/offices/MD',
      suggestedDisplayName: 'MD work plan',
    });
    expect(channelTabConfig('OO', 'https://wps.example.org', fr.channelTab.tabName).suggestedDisplayName).toBe('Plan de travail OO');
    const saved = channelTabConfig('UNMAS', 'https://wps.example.org', en.channelTab.tabName);
    expect(parseRoute(new URL(saved.contentUrl).hash)).toEqual({ view: 'office', code: 'UNMAS' });
  });

  it('knows the office of a saved tab when Teams reopens its configuration', () => {
    expect(officeOfEntityId('office-MD')).toBe('MD');
    expect(officeOfEntityId('officeplan')).toBeUndefined();
    expect(officeOfEntityId('office-')).toBeUndefined();
    expect(officeOfEntityId(undefined)).toBeUndefined();
  });

  it("takes the newest cycle's plan as the office's current one", () => {
    const plans = [
      { id: 'a', cycle: '2024-2025' },
      { id: 'c', cycle: '2026' },
      { id: 'b', cycle: '2025-2026' },
    ];
    expect(currentPlan(plans)?.id).toBe('c');
    expect(currentPlan([])).toBeUndefined();
  });
});

describe('chooseLocale', () => {
  it('takes the first English or French candidate and keeps its region for formatting', () => {
    expect(chooseLocale([undefined, 'fr-ca', 'en-US'])).toEqual({ language: 'fr', locale: 'fr-CA' });
    expect(chooseLocale(['de-DE', 'en-GB'])).toEqual({ language: 'en', locale: 'en-GB' });
  });

  it('falls back to English when neither is offered', () => {
    expect(chooseLocale(['es-ES'])).toEqual({ language: 'en', locale: 'en-US' });
  });
});

describe('parseLocaleNumber', () => {
  it('reads a French decimal comma and grouping spaces', () => {
    expect(parseLocaleNumber('2,5', 'fr-FR')).toBe(2.5);
    expect(parseLocaleNumber('1 000,25', 'fr-FR')).toBe(1000.25);
  });

  it('reads English grouping commas, gives null for blank and NaN for text', () => {
    expect(parseLocaleNumber('1,000.5', 'en-US')).toBe(1000.5);
    expect(parseLocaleNumber('  ', 'en-US')).toBeNull();
    expect(parseLocaleNumber('ten', 'en-US')).toBeNaN();
  });
});

describe('validate', () => {
  it("says the domain schema's problems in the user's language, one per field", () => {
    const result = validate(targetPatch, { description: '', owner: 'not-an-email', dueDate: '2026-02-30', baseline: Number.NaN }, fr);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      description: fr.validation.required,
      owner: fr.validation.email,
      dueDate: fr.validation.date,
      baseline: fr.validation['not-a-number'],
    });
  });

  it('passes what the API would accept', () => {
    expect(validate(targetPatch, { description: 'More women deployed', dueDate: '2027-06-30' }, en).ok).toBe(true);
  });
});

describe('the patch of a conflicting edit', () => {
  const base = {
    description: 'A',
    indicator: 'B',
    unit: null,
    baseline: 1,
    targetValue: 2,
    dueDate: '2027-01-01',
    owner: 'a@un.org',
    meansOfVerification: null,
    status: 'on-track',
  };

  it('carries only the fields the user changed, so the other person’s changes stay', () => {
    const mine = { ...base, indicator: 'B2' };
    const theirs = { ...base, description: 'A2' };
    expect(patchOf(TARGET_FORM, base, mine)).toEqual({ indicator: 'B2' });
    expect(changedFields(TARGET_FORM, base, theirs)).toEqual(['description']);
  });

  it('treats a blank text and a missing value as the same', () => {
    expect(changedFields(TARGET_FORM, base, { ...base, unit: '' })).toEqual([]);
  });
});

describe('overdueHistory', () => {
  const today = '2026-11-28';

  it('counts a target from its due date until it is achieved', () => {
    const targets = [
      { dueDate: '2026-11-01', status: 'on-track' as const, lastCheckInAt: null },
      { dueDate: '2026-10-01', status: 'achieved' as const, lastCheckInAt: '2026-11-10' },
    ];
    const points = overdueHistory(targets, today, 10);
    const at = (day: string) => points.find((p) => p.date === day)?.overdue;
    expect(points).toHaveLength(10);
    expect(points.at(-1)).toEqual({ date: today, overdue: 1 }); // the second was achieved on 10 Nov
    expect(at('2026-11-07')).toBe(2);
    expect(at('2026-10-31')).toBe(1); // the first is not due until 1 Nov
    expect(at('2026-09-26')).toBe(0);
  });
});
