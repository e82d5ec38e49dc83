// The tab's benchmark (`npm run bench -- tab`): the gzip size of the JavaScript a first visit
// loads, and the time from navigation to an interactive 2,000-target work plan in headless
// Chromium, each next to an empty Fluent page built the same way (bench/tab-empty, built into
// dist-bench/tab-empty and served here under /empty/, never by the app), so that the figures
// read as ratios that hold from one machine to another.

import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dayOf } from '../src/domain/dates';
import { createApp } from '../src/server/app';
import { devAuthenticator } from '../src/server/auth/dev-authenticator';
import { tabConfigOf, tabRoutes } from '../src/server/tab-routes';
import { serviceContext } from '../src/services/context';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { createBenchPlans } from './synthetic-plans';

const ROOT = projectRoot(__dirname);
/** The tab as the app serves it (`npm run build:tab`), at /. */
const TAB_DIR = path.join(ROOT, 'dist', 'tab');
/** The baseline page (bench/tab-empty/vite.config.ts), at /empty/. */
const EMPTY_DIR = path.join(ROOT, 'dist-bench', 'tab-empty');
const EMPTY_BASE = '/empty/';
const CHROMIUM = '/usr/bin/chromium-headless-shell';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const FOCAL = 'bench.focal@bench.example.org';
const RUNS = 9;
/** The goals of issue 5. */
const GOAL_FIRST_LOAD_KB = 400;
const GOAL_RATIO = 3;

export async function benchTab(): Promise<string[]> {
  if (!fs.existsSync(path.join(TAB_DIR, 'index.html'))) return ['Tab: not built (run `npm run build`); skipped.'];
  if (!fs.existsSync(path.join(EMPTY_DIR, 'index.html'))) return ['Tab: the baseline page is not built (run `npm run bench`, which builds it); skipped.'];
  if (!fs.existsSync(CHROMIUM)) return [`Tab: ${CHROMIUM} is missing (run \`bash tests/support/ensure-chromium.sh\`); skipped.`];

  const tabLoad = firstLoad(path.join(TAB_DIR, 'index.html'));
  const emptyLoad = firstLoad(path.join(EMPTY_DIR, 'index.html'));
  const bench = await startBenchServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const [empty, plan] = (await timeToMarks(browser, [
      { url: `${bench.url}${EMPTY_BASE}`, mark: 'interactive' },
      { url: `${bench.url}/?as=${encodeURIComponent(FOCAL)}#/plans/${bench.planId}`, mark: 'plan-interactive' },
    ])) as [Timing, Timing];
    const ratio = plan.median / empty.median;
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    return [
      `Tab (headless Chromium ${browser.version()}, ${RUNS} cold loads each, median; ${os.cpus().length} cores)`,
      '',
      '| page | first-load JS, gzip KB (files) | JS fetched to interactive, gzip KB | navigation → interactive, ms (min–max) | vs empty page |',
      '|---|---|---|---|---|',
      `| empty Fluent page (baseline) | ${kb(emptyLoad.gzipBytes)} (${emptyLoad.files}) | ${kb(empty.jsGzipBytes)} | ${empty.median.toFixed(0)} (${empty.min.toFixed(0)}–${empty.max.toFixed(0)}) | 1.00× |`,
      `| tab: 2,000-target work plan, editable | ${kb(tabLoad.gzipBytes)} (${tabLoad.files}) | ${kb(plan.jsGzipBytes)} | ${plan.median.toFixed(0)} (${plan.min.toFixed(0)}–${plan.max.toFixed(0)}) | ${ratio.toFixed(2)}× |`,
      '',
      `Goals: first-load JS ≤ ${GOAL_FIRST_LOAD_KB} KB gzip — ${tabLoad.gzipBytes / 1024 <= GOAL_FIRST_LOAD_KB ? 'met' : 'MISSED'}; ` +
        `interactive plan ≤ ${GOAL_RATIO}× the empty page — ${ratio <= GOAL_RATIO ? 'met' : 'MISSED'}.`,
      '"Interactive": the plan is read (2,000 targets, ~1 MB of JSON), laid out, and its first rows with their Edit buttons are on screen.',
    ];
  } finally {
    await browser.close();
    await bench.close();
  }
}

interface FirstLoad {
  gzipBytes: number;
  files: number;
}

/** The scripts, module preloads and style sheets a page names in its HTML, gzipped as a server would send them. */
function firstLoad(page: string): FirstLoad {
  const html = fs.readFileSync(page, 'utf8');
  const urls = new Set([...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="((?:\/empty)?\/assets\/[^"]+\.(?:js|css))"/g)].flatMap((m) => m[1] ?? []));
  return { gzipBytes: gzipSize(urls), files: urls.size };
}

/** The built file a URL path of the bench server names. */
function builtFile(url: string): string {
  return url.startsWith(EMPTY_BASE) ? path.join(EMPTY_DIR, url.slice(EMPTY_BASE.length)) : path.join(TAB_DIR, url);
}

interface Timing {
  median: number;
  min: number;
  max: number;
  /** JavaScript the page fetched before it was interactive, gzipped. */
  jsGzipBytes: number;
}

/**
 * Milliseconds from navigation start to each page's `performance.mark`, over fresh
 * (cold-cache) browser contexts. The pages take turns, so that whatever else the machine does
 * weighs on both alike and the ratio holds.
 */
async function timeToMarks(browser: Browser, pages: { url: string; mark: string }[]): Promise<Timing[]> {
  const times = pages.map(() => [] as number[]);
  const jsGzipBytes = pages.map(() => 0);
  // The first round warms the server's caches and the OS's file cache; it is not counted.
  for (let run = 0; run < RUNS + 1; run++) {
    for (const [i, { url, mark }] of pages.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(url);
      const at = await markTime(page, mark);
      if (run > 0) times[i]!.push(at);
      jsGzipBytes[i] = gzipSize(await scriptsBefore(page, at));
      await context.close();
    }
  }
  return times.map((t, i) => {
    t.sort((a, b) => a - b);
    return { median: t[Math.floor(t.length / 2)]!, min: t[0]!, max: t.at(-1)!, jsGzipBytes: jsGzipBytes[i]! };
  });
}

/** The scripts the page had received by `at` (what it loads after, such as the editor it prefetches once the plan shows, does not count). */
async function scriptsBefore(page: Page, at: number): Promise<string[]> {
  const names = await page.evaluate(
    `JSON.stringify(performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') && r.responseEnd <= ${at}).map((r) => new URL(r.name).pathname))`,
  );
  return JSON.parse(String(names)) as string[];
}

const gzipped = new Map<string, number>();

/** Bytes of the built files, gzipped as a server sends them. */
function gzipSize(urls: Iterable<string>): number {
  let total = 0;
  for (const url of urls) {
    let size = gzipped.get(url);
    if (size === undefined) gzipped.set(url, (size = zlib.gzipSync(fs.readFileSync(builtFile(url))).length));
    total += size;
  }
  return total;
}

/**
 * When the page set the mark, polling for it (the page's CSP forbids the eval behind
 * waitForFunction; the mark carries its own time stamp, so polling does not skew it).
 */
async function markTime(page: Page, mark: string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = await page.evaluate(`performance.getEntriesByName(${JSON.stringify(mark)})[0]?.startTime ?? null`);
    if (typeof at === 'number') return at;
    if (Date.now() > deadline) throw new Error(`${page.url()} never set the performance mark "${mark}"`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface BenchServer {
  url: string;
  planId: string;
  close(): Promise<void>;
}

/** The app with one draft plan of 2,000 targets (10 objectives × 10 activities × 20 targets) whose focal point signs in. */
async function startBenchServer(): Promise<BenchServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tab-'));
  const store = new SqliteStore({ path: path.join(dir, 'bench.db') });
  const [planId] = await createBenchPlans(
    store,
    [{ code: 'BT', objectives: 10, activitiesPerObjective: 10, targetsPerActivity: 20 }],
    dayOf(new Date()),
    FOCAL,
  );
  // The bench plans are endorsed; the focal point edits a draft, so the rows carry their actions.
  const plan = (await store.get('plan', planId!))!;
  await store.commit({
    actor: 'bench',
    at: new Date().toISOString(),
    changes: [{ op: 'update', entity: 'plan', id: planId!, expectedVersion: plan.version, patch: { status: 'draft' } }],
  });
  const users = [{ email: FOCAL, name: 'Bench focal point', roles: [] }];
  const config = {
    authMode: 'dev' as const,
    clientId: null,
    tenantId: null,
    authorityHost: 'https://login.microsoftonline.com',
    apiAudiences: [],
    apiScope: 'access_as_user',
  };
  const app = express();
  app.disable('x-powered-by');
  // Both pages served alike: the same routes, headers and policy.
  app.use(EMPTY_BASE, tabRoutes(EMPTY_DIR, tabConfigOf(config, users)));
  app.use(tabRoutes(TAB_DIR, tabConfigOf(config, users)));
  app.use(createApp({ ctx: serviceContext(store), authenticator: devAuthenticator(users), logger: pino({ level: 'silent' }), storeName: 'sqlite' }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    planId: planId!,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

if (require.main === module) {
  benchTab().then(
    (lines) => console.log(lines.join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
