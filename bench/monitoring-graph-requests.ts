// Graph requests per user action on the SharePoint store (issue 14: "new lists cost nothing to
// old operations"). One API server on the HTTPS Graph double, holding the monitoring world of
// monitoring-world.ts (20 offices × 500 targets, the cycle 2006-2007, reports for its first
// quarter); each action is one HTTP call as the tab makes it, on an instance that has served
// before (its list copies loaded), and the table lists the Graph requests it cost and every
// list it named, so that an old action reading a monitoring list would show.

import pino from 'pino';
import { createApp } from '../src/server/app';
import { devAuthenticator } from '../src/server/auth/dev-authenticator';
import { serviceContext } from '../src/services/context';
import type { Target } from '../src/domain/model';
import type { Change, PlanStore } from '../src/store/plan-store';
import { serveOnLoopback, type LoopbackServer } from './loopback-server';
import { BENCH_CYCLE, BENCH_NOW, createMonitoringWorld, FOCAL, GENDER_UNIT } from './monitoring-world';
import { benchTarget } from './synthetic-plans';
import { connectionOf, openSharePointStore, startProvisionedDouble, tallied, type GraphTally } from './sharepoint-double';

/**
 * The lists of the plan operations, before monitoring: every other list (monitoring's cycles,
 * periods, reports, report lines, snapshots, and whatever was added since: scorecards,
 * remedial actions, findings, workshops, plan revisions…) is new, and the plan operations
 * must name none of it, but for the check-in's one read of the periods (its closed-period rule).
 */
const PLAN_LISTS = new Set([
  'activity',
  'audit',
  'checkin',
  'conversation',
  'lease',
  'objective',
  'office',
  'plan',
  'reminder',
  'setting',
  'target',
  'transaction',
]);

interface Answer {
  status: number;
  body: unknown;
  etag: string | null;
}

interface Action {
  name: string;
  /** Issue 14's new actions, as against the plan operations that were there before. */
  isNew: boolean;
  /** New lists an old action reads by design. */
  mayRead?: string[];
  call: () => Promise<Answer>;
}

export async function benchMonitoringGraphRequests(): Promise<string[]> {
  const fake = await startProvisionedDouble();
  const connection = connectionOf(fake);
  let server: LoopbackServer | undefined;
  try {
    const writer = await openSharePointStore(connection, 'bench-writer');
    const world = await createMonitoringWorld(writer);
    const store = await openSharePointStore(connection, 'bench-server');
    const app = createApp({
      ctx: serviceContext(store, () => new Date(BENCH_NOW)),
      authenticator: devAuthenticator([
        { email: GENDER_UNIT, name: 'Gender Unit', roles: ['gender-unit'] },
        { email: FOCAL, name: 'Focal Point', roles: [] },
      ]),
      logger: pino({ level: 'silent' }),
      storeName: 'sharepoint',
    });
    server = await serveOnLoopback(app);
    const base = server.base;
    const call = async (user: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { 'x-dev-user': user, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null, etag: res.headers.get('etag') };
    };

    const [firstPlan, secondPlan] = world.planIds;
    const [q1, q2] = world.periods;
    if (!firstPlan || !secondPlan || !q1 || !q2) throw new Error('The monitoring world lacks plans or periods.');
    const contents = await store.getPlanContents(firstPlan);
    const [reported, checkedIn] = contents?.targets ?? [];
    const office = (await store.listOffices()).find((o) => o.id === contents?.plan.officeId);
    if (!reported || !checkedIn || !office) throw new Error('The first bench plan has no targets or no office.');
    const q1Report = `report-${office.id}-${q1.id}`;
    // Targets are edited in a plan being written (an endorsed one is amended): the office's plan for the next cycle.
    const next = await draftPlanOfNextCycle(writer, office.id);

    // The instance has served before: each list it reads is loaded (a plan other than the one measured).
    for (const path of [
      `/api/plans/${secondPlan}`,
      `/api/dashboard?cycle=${BENCH_CYCLE}`,
      `/api/periods?cycle=${BENCH_CYCLE}`,
      `/api/reports/${q1Report}`,
      '/api/me',
    ]) {
      expectOk(path, await call(GENDER_UNIT, 'GET', path));
    }

    let draft: { id: string; etag: string } | undefined;
    const draftOf = () => {
      if (!draft) throw new Error('The report was not started.');
      return draft;
    };
    const actions: Action[] = [
      { name: 'read a plan (GET /api/plans/{id}, 500 targets)', isNew: false, call: () => call(FOCAL, 'GET', `/api/plans/${firstPlan}`) },
      {
        name: 'post a check-in (POST /api/targets/{id}/checkins)',
        isNew: false,
        // A check-in dated in a closed period is refused: the periods are read, once.
        mayRead: ['period'],
        call: () => call(FOCAL, 'POST', `/api/targets/${checkedIn.id}/checkins`, { date: '2007-12-15', value: 4, status: 'on-track', note: 'Bench' }),
      },
      {
        name: 'edit a target (PATCH /api/targets/{id}, a draft plan of 50 targets)',
        isNew: false,
        call: () => call(FOCAL, 'PATCH', `/api/targets/${next.id}`, { description: 'Edited by the bench' }, { 'if-match': `"${next.version}"` }),
      },
      { name: 'read the dashboard (GET /api/dashboard)', isNew: false, call: () => call(GENDER_UNIT, 'GET', `/api/dashboard?cycle=${BENCH_CYCLE}`) },
      { name: 'read the periods (GET /api/periods?cycle=C)', isNew: true, call: () => call(GENDER_UNIT, 'GET', `/api/periods?cycle=${BENCH_CYCLE}`) },
      {
        name: 'start a report (POST /api/reports, 500 lines prefilled)',
        isNew: true,
        call: async () => {
          const answer = await call(FOCAL, 'POST', '/api/reports', { periodId: q2.id, office: office.code });
          draft = { id: idOf(answer.body), etag: answer.etag ?? '' };
          return answer;
        },
      },
      { name: 'open a report (GET /api/reports/{id}, 500 lines)', isNew: true, call: () => call(FOCAL, 'GET', `/api/reports/${draftOf().id}`) },
      {
        name: 'save a report (PATCH /api/reports/{id}, narrative and one line)',
        isNew: true,
        call: () =>
          call(
            FOCAL,
            'PATCH',
            `/api/reports/${draftOf().id}`,
            { summary: 'Saved by the bench', lines: [{ targetId: reported.id, value: 7 }] },
            { 'if-match': draftOf().etag },
          ),
      },
      {
        name: 'close a period (POST /api/periods/{id}/close, 10,000 targets)',
        isNew: true,
        call: () => call(GENDER_UNIT, 'POST', `/api/periods/${q1.id}/close`, {}),
      },
      { name: 'read the trends (GET /api/trends?cycle=C)', isNew: true, call: () => call(GENDER_UNIT, 'GET', `/api/trends?cycle=${BENCH_CYCLE}`) },
      // Kept by the server while nothing they count changed: the stamp's reads, not the figures.
      { name: 'read the trends again, unchanged', isNew: true, call: () => call(GENDER_UNIT, 'GET', `/api/trends?cycle=${BENCH_CYCLE}`) },
    ];

    const rows: string[] = [];
    const oldTouchingNew: string[] = [];
    for (const action of actions) {
      const { result, tally, ms } = await tallied(fake, store, action.call);
      expectOk(action.name, result);
      const monitoring = tally.lists.filter((l) => !PLAN_LISTS.has(l));
      const unexpected = monitoring.filter((l) => !action.mayRead?.includes(l));
      if (!action.isNew && unexpected.length > 0) oldTouchingNew.push(`${action.name}: ${unexpected.join(', ')}`);
      rows.push(row(action, result.status, tally, monitoring, ms));
    }
    return [
      `Graph requests per user action, SharePoint store on the Graph double: ${world.officeIds.length} offices × 500 targets, cycle ${BENCH_CYCLE} (8 quarters), reports for ${q1.label}`,
      '',
      '| action | HTTP | Graph requests | $batch (inner requests) | plan lists named (requests naming each) | lists added since named | ms |',
      '|---|---|---|---|---|---|---|',
      ...rows,
      '',
      oldTouchingNew.length === 0
        ? 'Goal: the plan operations name no list added since (monitoring, scorecards, process…) but the check-in its periods: met.'
        : `Goal: the plan operations name no list added since but the check-in its periods: NOT met (${oldTouchingNew.join('; ')}).`,
    ];
  } finally {
    server?.close();
    await fake.close();
  }
}

/** A draft plan of 2008-2009 for the office: one objective, one activity, 50 targets; returns its first target. */
async function draftPlanOfNextCycle(store: PlanStore, officeId: string): Promise<Target> {
  const planId = `plan-next-${officeId}`;
  const objectiveId = `${planId}-o1`;
  const activityId = `${objectiveId}-a1`;
  const targets = Array.from({ length: 50 }, (_, i) => benchTarget(planId, activityId, `1.1.${i + 1}`, i + 1, '2008-01-15'));
  await store.commit({
    actor: FOCAL,
    at: BENCH_NOW,
    changes: [
      {
        op: 'create',
        entity: 'plan',
        record: { id: planId, officeId, cycle: '2008-2009', title: 'Next cycle', status: 'draft', reviewComment: null, history: [] },
      },
      {
        op: 'create',
        entity: 'objective',
        record: { id: objectiveId, planId, ref: '1', title: 'Objective 1', pillar: 'participation', paragraphs: [4], functionalArea: 'military' },
      },
      {
        op: 'create',
        entity: 'activity',
        record: { id: activityId, planId, objectiveId, ref: '1.1', title: 'Activity 1.1', owner: null, start: null, end: null, resources: null },
      },
      ...targets.map((record): Change => ({ op: 'create', entity: 'target', record })),
    ],
  });
  const first = await store.get('target', targets[0]?.id ?? '');
  if (!first) throw new Error('The draft plan of the next cycle was not written.');
  return first;
}

function row(action: Action, status: number, tally: GraphTally, monitoring: string[], ms: number): string {
  const plan = tally.lists.filter((l) => PLAN_LISTS.has(l));
  const named = (l: string) => `${l} ${tally.requestsByList.get(l) ?? 0}`;
  const lists = plan.map(named).join(', ') || '—';
  return `| ${action.isNew ? 'new: ' : ''}${action.name} | ${status} | ${tally.requests} | ${tally.batches} (${tally.inner}) | ${lists} | ${monitoring.map((l) => `**${named(l)}**`).join(', ') || '—'} | ${ms.toFixed(0)} |`;
}

function expectOk(what: string, answer: Answer): void {
  if (answer.status >= 200 && answer.status < 300) return;
  throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 400)}`);
}

function idOf(body: unknown): string {
  const report = typeof body === 'object' && body !== null && 'report' in body ? body.report : undefined;
  const id = typeof report === 'object' && report !== null && 'id' in report ? report.id : undefined;
  if (typeof id !== 'string') throw new Error(`The new report's answer has no report.id: ${JSON.stringify(body).slice(0, 200)}`);
  return id;
}
