// The real app for browser tests: the production Express app and the tab's static files
// (dist/tab, built on demand by tab-build.ts) on a loopback port, a real SQLite file seeded with
// the demo department, dev sign-in with the demo users, and Debian's Chromium headless shell
// driven by playwright-core (installed by tests/support/ensure-chromium.sh, never downloaded).
// A suite calls useTabServer() once: one server and one browser for all its tests, and browser
// windows that its tests take turns in (openTab(), takeWindow()), given back after each test.

import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import pino from 'pino';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { seedDemo } from '../../src/composition';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { createApp } from '../../src/server/app';
import { devAuthenticator } from '../../src/server/auth/dev-authenticator';
import { tabConfigOf, tabRoutes } from '../../src/server/tab-routes';
import { serviceContext, type ServiceContext } from '../../src/services/context';
import { staticDirectory } from '../../src/services/directory';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { ensureTabBuilt, TAB_DIR } from './tab-build';

/**
 * Chromium's headless shell: the same Blink, V8 and rendering as the full browser without its
 * window system, as Playwright itself uses for headless runs. Debian's build of the same
 * version; it spent 15 % less CPU than /usr/bin/chromium on the colour checks (docs/benchmarks.md).
 */
export const CHROMIUM = '/usr/bin/chromium-headless-shell';
/** Without the background-networking flags Chromium keeps dialling Google, which this network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The demo people the tests act as. */
export const PEOPLE = {
  advisor: 'amina.diallo@dpko.example.org',
  unmasFocal: 'diego.ramirez@dpko.example.org',
  omsFocal: 'kwame.mensah@dpko.example.org',
  ousgOwner: 'olga.petrenko@dpko.example.org',
} as const;

export interface TabServer {
  url: string;
  ctx: ServiceContext;
  /** The id of an office's plan in the demo data, by office code. */
  planIdOf(code: string): Promise<string>;
  /** A call to the API as someone, for checks behind the browser's back. */
  api<T = any>(
    as: string,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T; etag: string | null }>;
  close(): Promise<void>;
}

export async function startTabServer(): Promise<TabServer> {
  if (!fs.existsSync(path.join(TAB_DIR, 'index.html'))) {
    throw new Error(`The tab is not built (${TAB_DIR}): call ensureTabBuilt() or run \`npm run build:tab\` first.`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tab-'));
  const store = new SqliteStore({ path: path.join(dir, 'tab.db') });
  const ctx = serviceContext(store, undefined, undefined, staticDirectory(DEMO_USERS));
  await seedDemo(ctx);
  const config = tabConfigOf(
    { authMode: 'dev', clientId: null, tenantId: null, authorityHost: 'https://login.microsoftonline.com', apiAudiences: [], apiScope: 'access_as_user' },
    DEMO_USERS,
  );
  // The same composition the lead's app.ts uses: the tab's routes in front of the API.
  const app = express();
  app.disable('x-powered-by');
  app.use(tabRoutes(TAB_DIR, config));
  app.use(createApp({ ctx, authenticator: devAuthenticator(DEMO_USERS), logger: pino({ level: 'silent' }), storeName: 'sqlite' }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const api: TabServer['api'] = async (as, method, p, body, headers = {}) => {
    const res = await fetch(url + p, {
      method,
      headers: { 'x-dev-user': as, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, etag: res.headers.get('etag') };
  };

  return {
    url,
    ctx,
    api,
    async planIdOf(code) {
      const plans = (await api(PEOPLE.advisor, 'GET', `/api/plans?office=${code}`)).body as { id: string }[];
      if (!plans[0]) throw new Error(`no demo plan for ${code}`);
      return plans[0].id;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TabFixture {
  readonly server: TabServer;
  readonly browser: Browser;
}

/** Long enough for the first suite to build the tab on a loaded machine while the others wait. */
const SETUP_TIMEOUT_MS = 300_000;

/**
 * The app and a Chromium for the tests of one file: the tab built if its sources changed, then
 * the server started and the browser launched once before the first test, both closed after the
 * last; after each test, the windows its tabs are in are given back. Read `server` and `browser`
 * inside tests and hooks only.
 */
export function useTabServer(): TabFixture {
  let server: TabServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureTabBuilt();
    [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  }, SETUP_TIMEOUT_MS);
  afterEach(async () => {
    if (browser) await closeOpenTabs(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const notStarted = (): never => {
    throw new Error('useTabServer(): the server and browser exist only inside tests and hooks');
  };
  return {
    get server() {
      return server ?? notStarted();
    },
    get browser() {
      return browser ?? notStarted();
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`bash tests/support/ensure-chromium.sh\`.`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * The suites open the tab as a person who asked their system for reduced motion: the same views
 * and states, with Fluent's fades and slides cut to nothing (its motion honours
 * prefers-reduced-motion). Drawing those animations was a sixth of the browser suites' CPU
 * (docs/benchmarks.md, "Test suite time"). The end-to-end path (the first test of
 * workflow.spec.ts) and the screenshots keep the full motion that most people see.
 */
export const REDUCED_MOTION = { reducedMotion: 'reduce' } as const;

export interface TabPageOptions {
  /** Signs in as this demo user (dev mode's ?as=); omit to see the picker. */
  as?: string;
  theme?: 'light' | 'dark' | 'contrast';
  /** The browser's language, as Teams or the OS would give it. */
  locale?: string;
  hash?: string;
  viewport?: { width: number; height: number };
  /** Fluent's animations as most people see them, instead of REDUCED_MOTION. */
  fullMotion?: boolean;
}

export interface TabPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far (CSP violations show up here). */
  problems: string[];
  /** Gives the window back (the fixture does so after each test anyway). */
  close(): Promise<void>;
}

/** The window size of every browser suite unless a test asks for another. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/** The events a test may listen to on a page; a window given back loses those listeners. */
const PAGE_EVENTS = ['console', 'pageerror', 'request', 'response', 'requestfinished', 'requestfailed', 'download', 'dialog', 'popup', 'filechooser'] as const;

/** A browser window (a context and its page) that the tests of a file take turns in. */
interface TabWindow {
  context: BrowserContext;
  page: Page;
  locale: string;
}

/** Per browser: the windows free for the next test, and the tabs open in the others. */
const windows = new WeakMap<Browser, { free: TabWindow[]; open: Set<TabPage> }>();

function windowsOf(browser: Browser) {
  let pool = windows.get(browser);
  if (!pool) windows.set(browser, (pool = { free: [], open: new Set() }));
  return pool;
}

/**
 * Opens the tab as a new document in a window of its own for this test (takeWindow()).
 */
export async function openTab(browser: Browser, server: TabServer, options: TabPageOptions = {}): Promise<TabPage> {
  const tab = await takeWindow(browser, options);
  await tab.page.goto(tabUrl(server, options));
  return tab;
}

/**
 * A window (a browser context and its page) for this test, on about:blank: one given back by an
 * earlier test of the file when one is free (same language; the last given back first), else a
 * new one. A test in a new browser context (a new renderer, empty caches) cost twice the CPU
 * of a new document in a window given back (docs/benchmarks.md). Such a window keeps only what
 * the browser caches (HTTP cache, compiled code), never the tab's state: it is emptied first
 * (storage, cookies, routes, other pages, listeners), and the test loads a new document, with
 * the viewport and media settings asked for. A window that cannot be emptied is closed.
 */
export async function takeWindow(browser: Browser, options: Pick<TabPageOptions, 'locale' | 'viewport' | 'fullMotion'> = {}): Promise<TabPage> {
  const pool = windowsOf(browser);
  const locale = options.locale ?? 'en-US';
  const index = pool.free.findLastIndex((w) => w.locale === locale);
  const window = index >= 0 ? pool.free.splice(index, 1)[0]! : await newWindow(browser, locale);
  const { context, page } = window;
  await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
  await page.emulateMedia({
    reducedMotion: options.fullMotion ? 'no-preference' : REDUCED_MOTION.reducedMotion,
    colorScheme: 'light',
    contrast: 'no-preference',
    forcedColors: 'none',
  });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  let open = true;
  const tab: TabPage = {
    context,
    page,
    problems,
    async close() {
      if (!open) return;
      open = false;
      pool.open.delete(tab);
      if (await emptied(window)) pool.free.push(window);
      else await context.close();
    },
  };
  pool.open.add(tab);
  return tab;
}

async function newWindow(browser: Browser, locale: string): Promise<TabWindow> {
  const context = await browser.newContext({ locale, viewport: DEFAULT_VIEWPORT, ...REDUCED_MOTION });
  return { context, page: await context.newPage(), locale };
}

/** Empties a window for the next test; false when it cannot be reused (its page has gone or crashed). */
async function emptied({ context, page }: TabWindow): Promise<boolean> {
  if (page.isClosed()) return false;
  try {
    for (const other of context.pages()) if (other !== page) await other.close();
    for (const event of PAGE_EVENTS) page.removeAllListeners(event);
    await Promise.all([page.unrouteAll({ behavior: 'ignoreErrors' }), context.unrouteAll({ behavior: 'ignoreErrors' }), context.clearCookies()]);
    // The tab remembers the demo user in session storage (src/tab/auth/session.ts).
    await page.evaluate('try { sessionStorage.clear(); localStorage.clear(); } catch {}');
    await page.goto('about:blank');
    return true;
  } catch {
    return false;
  }
}

/** Gives back the windows of the tabs a test left open (after each test of a useTabServer() file). */
async function closeOpenTabs(browser: Browser): Promise<void> {
  for (const tab of [...windowsOf(browser).open]) await tab.close();
}

export function tabUrl(server: TabServer, { as, theme, hash }: TabPageOptions): string {
  const params = new URLSearchParams({ ...(as ? { as } : {}), ...(theme ? { theme } : {}) });
  const query = params.size ? `?${params}` : '';
  return `${server.url}/${query}${hash ? `#${hash}` : ''}`;
}
