// Saving exports into the SharePoint site's document library, against the Graph double: from
// the CLI (--save-to-sharepoint), the service and POST /api/export/action-plan.xlsx/save. The
// uploaded bytes are the file produced; saving again replaces it (SharePoint keeps versions);
// files over the simple-upload limit, other users than the Gender Unit and a store other
// than SharePoint are refused.

import { Command } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { CliContext } from '../../src/cli/cli-context';
import { registerExportCommand } from '../../src/cli/commands/export';
import { StateError, ValidationError } from '../../src/domain/errors';
import { DocumentLibrary, SIMPLE_UPLOAD_MAX_BYTES } from '../../src/graph/document-library';
import { resolveActor, serviceContext, type ServiceContext } from '../../src/services/context';
import { saveActionPlanExport } from '../../src/services/exports';
import { CYCLE, PEOPLE, startExportApi, XLSX, type ExportHarness } from '../export/harness';
import type { FakeGraph } from '../fakes/graph';
import { commitOf, smallPlanChanges } from '../support/factories';
import { openSharePointStore } from '../support/sharepoint';

const NOW = new Date('2026-11-28T09:00:00.000Z');
const GENDER_UNIT = { id: 'gu@example.org', email: 'gu@example.org', name: 'Gender Unit', roles: ['gender-unit'] as const };

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function exportCommand(args: string[], context: CliContext): Promise<string> {
  const stdout = new Capture();
  const program = new Command().exitOverride().configureOutput({ writeErr: () => undefined });
  registerExportCommand(program, { open: async () => context, stdout, stderr: new Capture() });
  await program.parseAsync(args, { from: 'user' });
  return stdout.text;
}

describe('saving exports to the SharePoint document library', () => {
  let fake: FakeGraph;
  let close: () => Promise<void>;
  let ctx: ServiceContext;
  let library: DocumentLibrary;
  let dir: string;
  const puts = () => fake.state.requests.filter((r) => r.method === 'PUT' && r.url.includes('/drive/'));

  beforeAll(async () => {
    const sp = await openSharePointStore();
    fake = sp.fake;
    close = async () => {
      await sp.store.close();
      await fake.close();
    };
    const small = smallPlanChanges({ code: 'OO', cycle: CYCLE });
    await sp.store.commit(commitOf([...small.officeChanges, ...small.planChanges]));
    library = new DocumentLibrary(sp.graph, sp.store.site.siteId);
    ctx = serviceContext(sp.store, () => NOW, undefined, undefined, library);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'document-library-'));
  }, 60_000);
  afterAll(async () => {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the CLI uploads exactly the file it wrote, into the Action Plan folder', async () => {
    const out = path.join(dir, 'plan.xlsx');
    const stdout = await exportCommand(['export', '--format', 'xlsx', '--out', out, '--cycle', CYCLE, '--save-to-sharepoint'], {
      ctx,
      close: async () => undefined,
    });
    const [file, ...others] = fake.state.files();
    expect(others).toHaveLength(0);
    expect(file!.path).toBe(`Action Plan/1325-action-plan-${CYCLE}-draft.xlsx`);
    expect(file!.bytes.equals(fs.readFileSync(out))).toBe(true);
    expect(file!.mimeType).toBe(XLSX);
    expect(stdout).toContain(`Saved 1325-action-plan-${CYCLE}-draft.xlsx to the document library: https://`);
    expect(puts().at(-1)!.status).toBe(201);
  });

  it('saving again replaces the file, which SharePoint keeps as a new version', async () => {
    const actor = await resolveActor(ctx, { ...GENDER_UNIT, roles: [...GENDER_UNIT.roles] });
    const saved = await saveActionPlanExport(ctx, actor, 'xlsx', { cycle: CYCLE });
    expect(saved).toMatchObject({ name: `1325-action-plan-${CYCLE}-draft.xlsx`, created: false });
    const [file, ...others] = fake.state.files();
    expect(others).toHaveLength(0);
    expect(file!.version).toBe(2);
    expect(saved.size).toBe(file!.bytes.length);
    expect(decodeURIComponent(saved.webUrl)).toContain('/Action Plan/1325-action-plan-');
    expect(puts().at(-1)!.status).toBe(200);
  });

  it('saves a Word document into the folder asked for', async () => {
    const actor = await resolveActor(ctx, { ...GENDER_UNIT, roles: [...GENDER_UNIT.roles] });
    const saved = await saveActionPlanExport(ctx, actor, 'docx', { cycle: CYCLE, folder: 'Action Plan/Drafts 2007' });
    expect(saved.created).toBe(true);
    const file = fake.state.files().find((f) => f.name === saved.name)!;
    expect(file.path).toBe(`Action Plan/Drafts 2007/1325-action-plan-${CYCLE}-draft.docx`);
    expect(file.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('refuses a file over the simple-upload limit, and names, before sending anything', async () => {
    const before = puts().length;
    const big = { fileName: 'big.xlsx', contentType: XLSX, bytes: Buffer.alloc(SIMPLE_UPLOAD_MAX_BYTES + 1) };
    await expect(library.save(big)).rejects.toThrow(StateError);
    await expect(library.save(big)).rejects.toThrow(/at most 4 MB .*upload session/);
    await expect(library.save({ ...big, bytes: Buffer.from('x'), folder: 'Plans: 2007' })).rejects.toThrow(ValidationError);
    await expect(library.save({ ...big, bytes: Buffer.from('x'), folder: '../elsewhere' })).rejects.toThrow(ValidationError);
    expect(puts()).toHaveLength(before);
  });

  it('lets only the Gender Unit save', async () => {
    const viewer = await resolveActor(ctx, { id: 'v@example.org', email: 'v@example.org', name: 'Viewer', roles: ['viewer'] });
    await expect(saveActionPlanExport(ctx, viewer, 'xlsx', { cycle: CYCLE })).rejects.toThrow(/Only the Gender Unit saves/);
  });

  describe('over HTTP and without SharePoint', () => {
    let h: ExportHarness;
    let sqliteOnly: ExportHarness;
    beforeAll(async () => {
      h = await startExportApi({ library });
      sqliteOnly = await startExportApi();
    });
    afterAll(async () => {
      await h.close();
      await sqliteOnly.close();
    });

    it('POST /api/export/action-plan.xlsx/save answers 201 with the file, then 200 when it replaces it', async () => {
      const first = await h.post(`/api/export/action-plan.xlsx/save?cycle=${CYCLE}&office=OO&folder=HTTP`, PEOPLE.advisor, Buffer.alloc(0));
      expect(first.status).toBe(201);
      expect(first.json).toMatchObject({ name: `1325-action-plan-${CYCLE}-oo.xlsx`, created: true, size: expect.any(Number) });
      expect(first.json.webUrl).toMatch(/^https:\/\/.*\/HTTP\/1325-action-plan-/);
      const again = await h.post(`/api/export/action-plan.xlsx/save?cycle=${CYCLE}&office=OO&folder=HTTP`, PEOPLE.advisor, Buffer.alloc(0));
      expect(again.status).toBe(200);
      expect(fake.state.files().find((f) => f.path === `HTTP/1325-action-plan-${CYCLE}-oo.xlsx`)!.version).toBe(2);
    });

    it('refuses focal points (403) and a server without SharePoint (409)', async () => {
      expect((await h.post(`/api/export/action-plan.xlsx/save?office=OMS`, PEOPLE.omsFocal, Buffer.alloc(0))).status).toBe(403);
      const refused = await sqliteOnly.post(`/api/export/action-plan.docx/save?cycle=${CYCLE}`, PEOPLE.advisor, Buffer.alloc(0));
      expect(refused.status).toBe(409);
      expect(refused.json.detail).toMatch(/STORE=sharepoint/);
    });

    it('the CLI refuses --save-to-sharepoint without SharePoint, before writing anything', async () => {
      const out = path.join(dir, 'refused.xlsx');
      const context = { ctx: sqliteOnly.ctx, close: async () => undefined };
      await expect(exportCommand(['export', '--format', 'xlsx', '--out', out, '--save-to-sharepoint'], context)).rejects.toThrow(/STORE=sharepoint/);
      await expect(exportCommand(['export', '--format', 'xlsx', '--out', out, '--folder', 'X'], context)).rejects.toThrow(
        /--folder goes with --save-to-sharepoint/,
      );
      expect(fs.existsSync(out)).toBe(false);
    });
  });
});
