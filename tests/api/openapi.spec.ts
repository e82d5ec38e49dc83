// The API contract (src/contract): GET /api/openapi.json is a valid OpenAPI 3.1 document;
// the routes Express registers and the routes the document lists are the same (both ways, so
// a route added without documenting it fails here); and real answers of the running API parse
// with their contract schemas, extra fields included (a field the contract does not name is a
// drift too).

import { validate, compileErrors } from '@readme/openapi-parser';
import pino from 'pino';
import type { z } from 'zod';
import { createBot } from '../../src/bot/bot-app';
import {
  catalogueSchema,
  checkIn,
  EXPORT_CONTENT_TYPES,
  dashboardSchema,
  me,
  office,
  people,
  planSummary,
  planTree,
  problem,
  reminderPolicy,
  ROUTES,
  targetSummaryPage,
  type Agrees,
  type ImportReport,
  type SavedExport,
} from '../../src/contract';
import { DOCX_CONTENT_TYPE } from '../../src/export/docx';
import { XLSX_CONTENT_TYPE } from '../../src/export/xlsx-style';
import type { ImportReport as ImporterReport } from '../../src/import/import-report';
import type { SavedExport as LibrarySavedExport } from '../../src/services/export-library';
import { createApp } from '../../src/server/app';
import { devAuthenticator } from '../../src/server/auth/dev-authenticator';
import { staticDirectory } from '../../src/services/directory';
import { DIRECTORY, USERS } from '../support/api-harness';
import { addTarget, expectStatus, useApiFixture } from './fixture';

const { h, f } = useApiFixture({ per: 'file' });

/** Parses and asks for nothing lost: zod drops fields a schema does not name, so a body with one more field fails. */
function expectContract(schema: z.ZodType, body: unknown): void {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`the answer does not parse with its contract schema:\n${parsed.error.message}`);
  expect(parsed.data).toEqual(body);
}

/** The parser takes a document typed as OpenAPI; what the server sent is JSON of unknown shape. */
function isApiDocument(value: unknown): value is Exclude<Parameters<typeof validate>[0], string> {
  return typeof value === 'object' && value !== null && 'openapi' in value && typeof value.openapi === 'string';
}

async function getJson(path: string, as: string = USERS.advisor): Promise<unknown> {
  return expectStatus(await h.request('GET', path, { as }), 200).body;
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document with the package version and the bearer scheme', async () => {
    const res = await fetch(`${h.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc: unknown = await res.json();
    if (!isApiDocument(doc)) throw new Error('not an OpenAPI document');
    const result = await validate(structuredClone(doc));
    if (!result.valid) throw new Error(compileErrors(result));
    expect(doc).toMatchObject({
      openapi: '3.1.0',
      info: { version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
      components: {
        securitySchemes: { entra: { type: 'http', scheme: 'bearer' } },
        schemas: expect.objectContaining({ PlanTree: expect.any(Object), Dashboard: expect.any(Object) }),
      },
    });
  });

  it('is served without signing in, as /healthz is', async () => {
    expect((await fetch(`${h.url}/api/openapi.json`)).status).toBe(200);
  });
});

/** Every route of an Express app, as "METHOD /path/{param}", found by walking its routers. */
function registeredRoutes(stack: readonly unknown[], prefix = ''): string[] {
  return stack.flatMap((layer): string[] => {
    if (!isRecord(layer)) return [];
    const route = layer.route;
    if (isRecord(route) && isRecord(route.methods)) {
      const paths = [route.path].flat().filter((p): p is string => typeof p === 'string');
      const methods = Object.keys(route.methods).filter((m) => m !== '_all');
      return paths.flatMap((p) => methods.map((m) => `${m.toUpperCase()} ${prefix}${p.replace(/:(\w+)/g, '{$1}')}`));
    }
    const inner = isRecord(layer.handle) || typeof layer.handle === 'function' ? Reflect.get(layer.handle, 'stack') : undefined;
    if (!Array.isArray(inner)) return [];
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    return registeredRoutes(inner, prefix + mount);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

describe('the route table', () => {
  it('lists exactly the API routes Express registers, the bot included', async () => {
    const logger = pino({ level: 'silent' });
    const bot = await createBot({
      ctx: h.ctx,
      directory: staticDirectory(DIRECTORY),
      logger,
      settings: {
        clientId: null,
        clientSecret: null,
        tenantId: null,
        authorityHost: 'https://login.microsoftonline.com',
        openIdMetadataUrl: null,
        tokenIssuer: null,
        serviceUrl: 'http://127.0.0.1:9/',
        links: { appId: 'c0ffee00-0000-4000-8000-000000000325', entityId: 'actionplan', webUrl: 'http://127.0.0.1:3978/' },
        devUser: null,
      },
    });
    const app = createApp({ ctx: h.ctx, authenticator: devAuthenticator(DIRECTORY), logger, storeName: 'sqlite', bot: bot.router });
    const isApi = (route: string) => / \/(api\/|healthz$)/.test(route);
    const registered = [...new Set(registeredRoutes(app.router.stack).filter(isApi))].sort();
    const documented = ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(registered.length).toBeGreaterThan(30);
    expect(registered).toEqual(documented);
  });

  it('has no route twice', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('answers of the running API match their contract schemas', () => {
  it('GET /api/me', async () => {
    expectContract(me, await getJson('/api/me', USERS.focalA));
  });

  it('GET /api/catalogue', async () => {
    expectContract(catalogueSchema, await getJson('/api/catalogue'));
  });

  it('GET /api/dashboard', async () => {
    // The fixture's target falls due in the future: add an overdue one so that the overdue list is not empty.
    await addTarget(h, f.activity.id, { dueDate: '2026-01-31' });
    const dashboard = await getJson('/api/dashboard');
    expectContract(dashboardSchema, dashboard);
    expect(dashboard).toMatchObject({ overdue: [expect.objectContaining({ dueDate: '2026-01-31' })] });
  });

  it('GET /api/targets', async () => {
    const page = await getJson('/api/targets?limit=1');
    expectContract(targetSummaryPage, page);
    expect(page).toMatchObject({ items: [expect.any(Object)], nextCursor: expect.any(String) });
  });

  it('GET /api/plans and GET /api/plans/{id}', async () => {
    const summaries = await getJson('/api/plans');
    expect(Array.isArray(summaries) && summaries.length).toBeGreaterThan(0);
    for (const summary of Array.isArray(summaries) ? summaries : []) expectContract(planSummary, summary);
    expectContract(planTree, await getJson(`/api/plans/${f.planA.id}`));
  });

  it("GET /api/offices, /api/people, /api/reminder-policy and a target's check-ins", async () => {
    const offices = await getJson('/api/offices');
    for (const o of Array.isArray(offices) ? offices : []) expectContract(office, o);
    expectContract(people, await getJson(`/api/people?q=focal`));
    expectContract(reminderPolicy, await getJson('/api/reminder-policy'));
    expectStatus(await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { status: 'on-track', percent: 40 } }), 201);
    const checkIns = await getJson(`/api/targets/${f.target.id}/checkins`);
    expect(Array.isArray(checkIns) && checkIns.length).toBe(1);
    for (const c of Array.isArray(checkIns) ? checkIns : []) expectContract(checkIn, c);
  });
});

describe("problems match the contract's problem schema", () => {
  it('a 400 with its field problems, and a 404', async () => {
    const invalid = await h.request('POST', '/api/plans', { as: USERS.advisor, body: { office: 'lower', cycle: 2006, colour: 'red' } });
    expect(invalid.status).toBe(400);
    expectContract(problem, invalid.body);
    expect(invalid.body).toMatchObject({ errors: expect.arrayContaining([expect.objectContaining({ field: 'colour', code: 'unknown-field' })]) });
    const missing = await h.request('GET', '/api/plans/no-such-plan', { as: USERS.advisor });
    expect(missing.status).toBe(404);
    expectContract(problem, missing.body);
  });
});

describe('the contract and the adapters that produce its shapes', () => {
  it('agrees with the import report and the saved export the adapters declare', () => {
    // Checked by the compiler: a field added to one side only makes this file fail to compile.
    const agreements: [Agrees<ImportReport, ImporterReport>, Agrees<SavedExport, LibrarySavedExport>] = [true, true];
    expect(agreements).toEqual([true, true]);
  });

  it('names the content types the writers produce', () => {
    expect(EXPORT_CONTENT_TYPES).toEqual({ xlsx: XLSX_CONTENT_TYPE, docx: DOCX_CONTENT_TYPE });
  });
});
