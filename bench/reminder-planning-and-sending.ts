// `npm run bench` (reminders): planning for 100,000 targets, timed against one plain pass over
// the same array in the same run, and reading every reminder planned, timed apart; and 1,000
// reminders sent through the local Bot Connector double at Teams' 50 requests/s cap while it
// answers 10% of requests with 429: the rate achieved against the cap, and not one duplicate
// or loss.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { BotConnectorDouble } from '../tests/fakes/bot-connector';
import { createOutbox } from '../src/bot/bot-app';
import { CLOSED_TARGET_STATUSES, TARGET_STATUSES } from '../src/domain/catalogues';
import { addDays, dayOf } from '../src/domain/dates';
import type { Office, Target, WorkPlan } from '../src/domain/model';
import { serviceContext } from '../src/services/context';
import { recordInstallation } from '../src/services/conversations';
import { staticDirectory } from '../src/services/directory';
import type { Change } from '../src/store/plan-store';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { planReminders } from '../src/reminders/plan-reminders';
import { parseReminderPolicy } from '../src/domain/reminder-policy';
import type { PlanInContext } from '../src/reminders/reminder';
import { runReminderSweep } from '../src/reminders/sweep';
import { TEAMS_LIMITS } from '../src/reminders/throttle';

const PLANNING_TARGETS = 100_000;
const SENDS = 1_000;
const CAP = 50;
const THROTTLED_SHARE = 0.1;
/** Rounds of planning and the pass (one of each per round), then rounds of reading every reminder. */
const RUNS = 11;
/** A Monday at 10:00 UTC: a working day inside the default send window. */
const NOW = new Date('2026-11-30T10:00:00.000Z');
const AT = NOW.toISOString();

export async function benchReminders(): Promise<string[]> {
  const planning = benchPlanning();
  const sending = await benchSending();
  return [
    '## Reminders',
    '',
    '| measure | value |',
    '|---|---|',
    `| planning ${fmt(PLANNING_TARGETS)} targets: the decisions, ${fmt(planning.reminders)} reminders due (best / median of ${RUNS}) | ${ms(planning.plan)} |`,
    `| one pass over the same array, counting the overdue: ${fmt(planning.overdue)} (best / median of ${RUNS}) | ${ms(planning.pass, 2)} |`,
    `| **planning ÷ one pass** (best; median) | **${ratio(planning.plan.best, planning.pass.best)}**; ${ratio(planning.plan.median, planning.pass.median)} |`,
    `| reading every planned reminder afterwards: all ${fmt(planning.reminders)} built, with their keys (best / median of ${RUNS}) | ${ms(planning.read)} |`,
    `| planning and reading every reminder ÷ one pass (best; median) | ${ratio(planning.plan.best + planning.read.best, planning.pass.best)}; ${ratio(planning.plan.median + planning.read.median, planning.pass.median)} |`,
    `| sending ${fmt(SENDS)} reminders, cap ${CAP} requests/s, ${THROTTLED_SHARE * 100}% answered 429 | ${(sending.ms / 1000).toFixed(1)} s |`,
    `| requests made (retries included) / 429 answers | ${fmt(sending.requests)} / ${fmt(sending.throttled)} |`,
    `| request rate achieved vs cap | ${sending.requestRate.toFixed(1)}/s = ${((sending.requestRate / CAP) * 100).toFixed(0)}% of ${CAP}/s |`,
    `| most requests in any one second | ${sending.peak} |`,
    `| reminders delivered per second | ${sending.deliveredRate.toFixed(1)}/s |`,
    `| duplicates / losses | ${sending.duplicates} / ${sending.losses} |`,
  ];
}

export function benchPlanning(): { plan: Timing; pass: Timing; read: Timing; reminders: number; overdue: number } {
  const today = dayOf(NOW);
  const plans: PlanInContext[] = Array.from({ length: 20 }, (_, i) => {
    const office: Office = {
      id: `office-${i}`,
      code: `O${i}B`,
      name: `Office ${i}`,
      focalPoints: [`focal${i}@bench.example.org`],
      digestChannelId: `19:o${i}@thread.tacv2`,
      milestones: { needsAssessment: null, workshop: null, planSubmitted: null, planEndorsed: null },
      version: 1,
      createdAt: AT,
      updatedAt: AT,
    };
    const plan: WorkPlan = {
      id: `plan-${i}`,
      officeId: office.id,
      cycle: '2006-2007',
      title: `Plan ${i}`,
      status: 'endorsed',
      reviewComment: null,
      history: [],
      version: 1,
      createdAt: AT,
      updatedAt: AT,
    };
    return { plan, office };
  });
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  // Parsed from JSON, as a store hands them over (flat strings, not the pieces a template makes).
  const targets: Target[] = JSON.parse(
    JSON.stringify(
      Array.from({ length: PLANNING_TARGETS }, (_, i): Target => ({
        id: `t${i}`,
        planId: `plan-${i % 20}`,
        activityId: 'a',
        ref: '1.1.a',
        description: 'd',
        indicator: 'i',
        unit: null,
        baseline: null,
        targetValue: null,
        dueDate: addDays(today, Math.floor(random() * 240) - 120),
        owner: `owner${i % 2000}@bench.example.org`,
        meansOfVerification: null,
        status: TARGET_STATUSES[Math.floor(random() * TARGET_STATUSES.length)]!,
        progress: 0,
        lastCheckInAt: null,
        version: 1,
        createdAt: AT,
        updatedAt: AT,
      })),
    ),
  );
  const policy = parseReminderPolicy({ genderUnit: { recipients: ['gu1@bench.example.org', 'gu2@bench.example.org'] } });
  let planned = planReminders(targets, plans, [], policy, NOW);
  let keyChars = 0;
  let overdue = 0;
  // Planning and the pass in rounds, one of each per round, so that both see the same moments
  // of a shared machine's load.
  const times: Record<'plan' | 'read' | 'pass', number[]> = { plan: [], read: [], pass: [] };
  for (let round = 0; round < RUNS; round++) {
    // The planner decides; each reminder is built when read (src/reminders/planned-reminders.ts).
    times.plan.push(
      timed(() => {
        planned = planReminders(targets, plans, [], policy, NOW);
      }),
    );
    // The yardstick: the cheapest useful look at every target (is it overdue?).
    times.pass.push(
      timed(() => {
        overdue = 0;
        for (const t of targets) if (t.dueDate < today && !CLOSED_TARGET_STATUSES.includes(t.status)) overdue += 1;
      }),
    );
  }
  // What a sweep or a dry run pays afterwards, one reminder at a time: every reminder built and
  // its key made, timed apart so that the work moved out of planning is in plain sight (and in
  // rounds of its own: a sweep plans once, then reads over the minutes it sends, so planning is
  // not timed among the garbage that reading leaves).
  for (let round = 0; round < RUNS; round++) {
    times.read.push(
      timed(() => {
        keyChars = 0;
        for (const r of planned) keyChars += r.key.length;
      }),
    );
  }
  if (keyChars === 0) throw new Error('no reminder was read');
  const [plan, read, pass] = [summary(times.plan), summary(times.read), summary(times.pass)];
  return { plan, pass, read, reminders: planned.length, overdue };
}

async function benchSending() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-reminders-'));
  const store = new SqliteStore({ path: path.join(dir, 'reminders.db') });
  const double = await new BotConnectorDouble({ tenantId: 'bench', clientId: 'bench', clientSecret: 'bench' }).start();
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  let throttled = 0;
  double.fault = (req) => (req.path.endsWith('/activities') && random() < THROTTLED_SHARE ? (throttled++, { status: 429 }) : undefined);
  const logger = pino({ level: 'silent' });
  try {
    const ctx = serviceContext(store, () => NOW);
    await seedOverdueTargets(store, SENDS);
    for (let i = 0; i < SENDS; i++) {
      const email = `owner${i}@bench.example.org`;
      await recordInstallation(
        ctx,
        {
          id: `a:bench-${i}`,
          scope: 'personal',
          tenantId: 'bench',
          serviceUrl: double.serviceUrl,
          userAadId: null,
          userEmail: email,
          teamId: null,
          channelId: null,
        },
        email,
      );
    }
    const links = { appId: null, entityId: 'actionplan', webUrl: 'http://127.0.0.1:3978/' };
    const outbox = createOutbox(
      {
        clientId: null,
        clientSecret: null,
        tenantId: null,
        authorityHost: double.url,
        openIdMetadataUrl: null,
        tokenIssuer: null,
        serviceUrl: double.serviceUrl,
        links,
        devUser: null,
      },
      logger,
    );
    const started = performance.now();
    const report = await runReminderSweep({
      ctx,
      outbox,
      directory: staticDirectory([]),
      logger,
      settings: {
        instanceId: 'bench',
        tenantId: null,
        serviceUrl: double.serviceUrl,
        leaseTtlMs: 10 * 60_000,
        pendingTimeoutMs: 30 * 60_000,
        throttle: { ...TEAMS_LIMITS, requestsPerSecond: CAP },
      },
    });
    const ms = performance.now() - started;
    const keys = double.activities.map((a) => a.activity.attachments?.[0]?.content?.id as string);
    const unique = new Set(keys);
    const sentRows = (await store.listReminders({ since: '2000-01-01' })).filter((r) => r.status === 'sent').length;
    return {
      ms,
      requests: double.requests.length,
      throttled,
      requestRate: double.requests.length / (ms / 1000),
      deliveredRate: unique.size / (ms / 1000),
      peak: peakPerSecond(double.requests.map((r) => r.at)),
      duplicates: keys.length - unique.size,
      losses: SENDS - Math.min(unique.size, sentRows, report.sent),
    };
  } finally {
    await double.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One office, one endorsed plan, `n` targets three days overdue, each owned by someone else. */
async function seedOverdueTargets(store: SqliteStore, n: number): Promise<void> {
  const dueDate = addDays(dayOf(NOW), -3);
  const changes: Change[] = [
    {
      op: 'create',
      entity: 'office',
      record: {
        id: 'office',
        code: 'BENCH',
        name: 'Bench',
        focalPoints: [],
        digestChannelId: null,
        milestones: { needsAssessment: null, workshop: null, planSubmitted: null, planEndorsed: null },
      },
    },
    {
      op: 'create',
      entity: 'plan',
      record: { id: 'plan', officeId: 'office', cycle: '2006-2007', title: 'Bench plan', status: 'endorsed', reviewComment: null, history: [] },
    },
    {
      op: 'create',
      entity: 'objective',
      record: { id: 'objective', planId: 'plan', ref: '1', title: 'Objective', pillar: 'participation', paragraphs: [4], functionalArea: 'military' },
    },
    {
      op: 'create',
      entity: 'activity',
      record: { id: 'activity', planId: 'plan', objectiveId: 'objective', ref: '1.1', title: 'Activity', owner: null, start: null, end: null, resources: null },
    },
  ];
  for (let i = 0; i < n; i++) {
    changes.push({
      op: 'create',
      entity: 'target',
      record: {
        id: `target-${i}`,
        planId: 'plan',
        activityId: 'activity',
        ref: `1.1.${i}`,
        description: `Target ${i}`,
        indicator: 'Indicator',
        unit: null,
        baseline: null,
        targetValue: null,
        dueDate,
        owner: `owner${i}@bench.example.org`,
        meansOfVerification: null,
        status: 'on-track',
        progress: 10,
        lastCheckInAt: null,
      },
    });
  }
  await store.commit({ actor: 'bench', at: AT, changes });
}

interface Timing {
  best: number;
  median: number;
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function summary(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { best: sorted[0] ?? NaN, median: sorted[Math.floor(sorted.length / 2)] ?? NaN };
}

const ms = (t: Timing, digits = 1) => `${t.best.toFixed(digits)} / ${t.median.toFixed(digits)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

function peakPerSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

const fmt = (n: number) => n.toLocaleString('en-US');
