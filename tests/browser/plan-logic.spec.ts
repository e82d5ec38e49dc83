// The tab's pure logic behind the plan search, the plan index's sorting, the reminder
// settings' conflict merge, and the names cache's one-request-per-screen, without a browser.

import { DEFAULT_REMINDER_POLICY } from '../../src/domain/reminder-policy';
import type { ApiClient } from '../../src/tab/api/api-client';
import type { PlanSummary, PlanTree } from '../../src/contract';
import { PeopleNames } from '../../src/tab/people/people-names';
import { changedPolicyFields, formOf, mergeMine, policyOf } from '../../src/tab/views/settings/policy-form';
import { sortPlans } from '../../src/tab/views/work-plan/plan-index';
import { planRows, type PlanRow } from '../../src/tab/views/work-plan/plan-rows';
import { filterPlanRows, NO_SEARCH, searchableText } from '../../src/tab/views/work-plan/plan-search';

const target = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  ref: id,
  description: `Target ${id}`,
  indicator: 'Share',
  unit: '%',
  baseline: 0,
  targetValue: 1,
  dueDate: '2027-01-01',
  owner: 'ana@x.org',
  meansOfVerification: null,
  status: 'on-track',
  progress: 0,
  overdue: false,
  daysOverdue: 0,
  ...over,
});

/** Two objectives; the second's activity holds an overdue target owned by Björn. */
function tree(): PlanTree {
  const objective = (id: string, title: string, activities: unknown[]) => ({
    id,
    ref: id,
    title,
    pillar: 'protection',
    paragraphs: [4],
    functionalArea: 'military',
    activities,
  });
  const activity = (id: string, title: string, targets: unknown[]) => ({ id, ref: id, title, owner: null, start: null, end: null, resources: null, targets });
  return {
    objectives: [
      objective('1', 'Recruitment', [activity('1.1', 'Outreach', [target('1.1.a'), target('1.1.b', { description: 'Rosters of women candidates' })])]),
      objective('2', 'Camps', [activity('2.1', 'Ablutions', [target('2.1.a', { owner: 'bjorn@x.org', overdue: true, status: 'at-risk' })])]),
    ],
  } as unknown as PlanTree;
}

const names: Record<string, string> = { 'ana@x.org': 'Ana Souza', 'bjorn@x.org': 'Björn Åberg' };
const textOf = (row: PlanRow) => searchableText(row, (e) => (e ? (names[e] ?? e) : ''));
const keys = (rows: PlanRow[]) => rows.map((r) => r.key);

describe('filterPlanRows', () => {
  const rows = planRows(tree());

  it('keeps every row when nothing is searched', () => {
    expect(filterPlanRows(rows, NO_SEARCH, textOf)).toEqual({ rows, matchingTargets: 3, targets: 3 });
  });

  it('finds a target by all its words, whatever the case, with its objective and activity above it', () => {
    const found = filterPlanRows(rows, { ...NO_SEARCH, text: 'WOMEN rosters' }, textOf);
    expect(keys(found.rows)).toEqual(['1', '1.1', '1.1.b']);
    expect(found.matchingTargets).toBe(1);
  });

  it('finds an owner by name, accents ignored', () => {
    expect(keys(filterPlanRows(rows, { ...NO_SEARCH, text: 'bjorn aberg' }, textOf).rows)).toEqual(['2', '2.1', '2.1.a']);
  });

  it('keeps only targets for a status or "overdue only", not the objectives that merely match the words', () => {
    expect(keys(filterPlanRows(rows, { ...NO_SEARCH, overdueOnly: true }, textOf).rows)).toEqual(['2', '2.1', '2.1.a']);
    expect(keys(filterPlanRows(rows, { ...NO_SEARCH, status: 'on-track', text: 'recruitment' }, textOf).rows)).toEqual([]);
  });

  it('shows an objective that matches by itself without its children', () => {
    expect(keys(filterPlanRows(rows, { ...NO_SEARCH, text: 'camps' }, textOf).rows)).toEqual(['2']);
  });
});

describe('sortPlans', () => {
  const plan = (officeName: string, targets: number, mine = false) =>
    ({
      id: officeName,
      officeName,
      title: officeName,
      cycle: '2006-2007',
      status: 'draft',
      officeId: mine ? 'mine' : officeName,
      rollup: { targets, progress: null, overdue: 0 },
    }) as unknown as PlanSummary;
  const ctx = { compare: (a: string, b: string) => a.localeCompare(b), statusLabel: (s: string) => s, mineFirst: (p: PlanSummary) => p.officeId === 'mine' };
  const plans = [plan('B', 3), plan('A', 9), plan('C', 1, true)];

  it('puts the user’s own office first, then offices by name, until a column is chosen', () => {
    expect(sortPlans(plans, undefined, ctx).map((p) => p.id)).toEqual(['C', 'A', 'B']);
  });

  it('sorts by a number column either way', () => {
    expect(sortPlans(plans, { column: 'targets', direction: 'ascending' }, ctx).map((p) => p.id)).toEqual(['C', 'B', 'A']);
    expect(sortPlans(plans, { column: 'targets', direction: 'descending' }, ctx).map((p) => p.id)).toEqual(['A', 'B', 'C']);
  });
});

describe('the reminder settings form', () => {
  const base = DEFAULT_REMINDER_POLICY;

  it('reads back the policy it was made from, keeping the fields it does not edit', () => {
    const stored = { ...base, timeZones: { 'ana@x.org': 'Europe/Oslo' } };
    expect(policyOf(formOf(stored), stored)).toEqual(stored);
  });

  it('keeps my changes on top of theirs: only the settings I changed are written over the saved ones', () => {
    const mine = policyOf({ ...formOf(base), days: { ...formOf(base).days, overdueEveryDays: '4' }, endHour: 18 }, base);
    const theirs = { ...base, dueSoonDays: 3, sendWindow: { startHour: 8, endHour: 17 } };
    expect(changedPolicyFields(base, mine)).toEqual(['overdueEveryDays', 'sendWindow.endHour']);
    expect(mergeMine(base, mine, theirs)).toMatchObject({ dueSoonDays: 3, overdueEveryDays: 4, sendWindow: { startHour: 8, endHour: 18 } });
  });
});

describe('PeopleNames', () => {
  it('asks once, in one request, for the names every row of a screen needs, and never again', async () => {
    const asked: string[] = [];
    const api = {
      get: async (path: string) => {
        asked.push(path);
        return { body: { people: [{ email: 'ana@x.org', name: 'Ana Souza' }] }, etag: null };
      },
    } as unknown as ApiClient;
    const people = new PeopleNames(api);
    await Promise.all([people.load(['ana@x.org']), people.load(['Ana@x.org', 'nobody@x.org']), people.load(['not an e-mail'])]);
    await people.load(['ana@x.org', 'nobody@x.org']);
    expect(asked).toEqual(['/api/people?email=ana%40x.org&email=nobody%40x.org']);
    expect(people.nameOf('ANA@x.org')).toBe('Ana Souza');
    expect(people.nameOf('nobody@x.org')).toBeUndefined();
  });
});
