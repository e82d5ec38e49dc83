// A real server for the export and import tests: the exports router behind the dev
// authenticator (the demo users), the production problem handler, a real SQLite file seeded
// with the demo department, and a fixed clock. Also readers for what the server sends back.

import express from 'express';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import yauzl from 'yauzl';
import { buildDemoData, DEMO_USERS, type DemoDataset } from '../../src/demo/demo-data';
import type { Office } from '../../src/domain/model';
import type { ImportLimits } from '../../src/import/import-report';
import { devAuthenticator } from '../../src/server/auth/dev-authenticator';
import { problemHandler } from '../../src/server/problem';
import { exportRoutes } from '../../src/server/routes/exports';
import { resolveActor, serviceContext, type ServiceContext } from '../../src/services/context';
import { staticDirectory } from '../../src/services/directory';
import type { ExportLibrary } from '../../src/services/exports';
import { seedDataset } from '../../src/services/seed';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

export const NOW = new Date('2026-11-28T09:00:00.000Z');
export const CYCLE = '2006-2007';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const PEOPLE = {
  advisor: 'amina.diallo@dpko.example.org',
  viewer: 'michael.osei@dpko.example.org',
  admin: 'pavel.novak@dpko.example.org',
  /** Focal point of OMS, whose plan is returned (editable). */
  omsFocal: 'kwame.mensah@dpko.example.org',
  /** Focal point of UNMAS, whose plan is a draft. */
  unmasFocal: 'diego.ramirez@dpko.example.org',
  /** Focal point of CPD, whose plan is submitted (not editable). */
  cpdFocal: 'fatima.alhassan@dpko.example.org',
  owner: 'olga.petrenko@dpko.example.org',
} as const;

export interface Reply {
  status: number;
  headers: Headers;
  body: Buffer;
  json: any;
}

export interface ExportHarness {
  store: SqliteStore;
  ctx: ServiceContext;
  data: DemoDataset;
  office(code: string): Office;
  get(path: string, as: string): Promise<Reply>;
  post(path: string, as: string, body: Buffer, contentType?: string): Promise<Reply>;
  close(): Promise<void>;
}

export async function startExportApi(options: { importLimits?: Partial<ImportLimits>; library?: ExportLibrary } = {}): Promise<ExportHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
  const store = new SqliteStore({ path: path.join(dir, 'export.db') });
  const ctx = serviceContext(store, () => NOW, undefined, staticDirectory(DEMO_USERS));
  const data = buildDemoData(NOW, ctx.newId);
  await seedDataset(ctx, data);
  const offices = await store.listOffices();

  const authenticator = devAuthenticator(DEMO_USERS);
  const api = express.Router();
  api.use(async (req, res, next) => {
    try {
      res.locals.actor = await resolveActor(ctx, await authenticator.authenticate(req));
      next();
    } catch (error) {
      next(error);
    }
  });
  api.use(exportRoutes(ctx, { importLimits: options.importLimits, library: options.library }));
  const app = express();
  app.use('/api', api);
  app.use(problemHandler(pino({ level: 'silent' })));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const send = async (method: string, p: string, as: string, body?: Buffer, contentType?: string): Promise<Reply> => {
    const headers: Record<string, string> = { 'x-dev-user': as };
    if (contentType) headers['content-type'] = contentType;
    const res = await fetch(url + p, { method, headers, body });
    const buffer = Buffer.from(await res.arrayBuffer());
    let json: unknown;
    try {
      json = JSON.parse(buffer.toString('utf8'));
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, body: buffer, json };
  };

  return {
    store,
    ctx,
    data,
    office: (code) => offices.find((o) => o.code === code)!,
    get: (p, as) => send('GET', p, as),
    post: (p, as, body, contentType = XLSX) => send('POST', p, as, body, contentType),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function loadWorkbook(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

/** Every part of a zip (xlsx, docx) as text, read with yauzl. */
export async function zipParts(file: Buffer): Promise<Map<string, string>> {
  const zip = await yauzl.fromBufferPromise(file, { lazyEntries: true });
  const parts = new Map<string, string>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
  }
  return parts;
}

/** What must not move when an import is refused: the audit trail and every plan's version. */
export async function storeState(store: SqliteStore): Promise<{ audit: number; plans: Record<string, number> }> {
  const audit = (await store.listAudit({ limit: 1_000_000 })).length;
  const plans = Object.fromEntries((await store.listPlans()).map((p) => [p.id, p.version]));
  return { audit, plans };
}

/** The rows of a sheet as objects keyed by the header row's text. */
export function sheetRecords(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, i) => (headers[i] = String(cell.value)));
  const records: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const record: Record<string, ExcelJS.CellValue> = {};
    headers.forEach((h, i) => h && (record[h] = row.getCell(i).value ?? null));
    records.push(record);
  }
  return records;
}
