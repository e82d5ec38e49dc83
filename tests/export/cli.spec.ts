// The `export` and `import` commands, run in-process on the test store.

import { Command } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { registerExportCommand } from '../../src/cli/commands/export';
import { registerImportCommand } from '../../src/cli/commands/import';
import { CYCLE, loadWorkbook, sheetRecords, startExportApi, storeState, type ExportHarness } from './harness';

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('the export and import commands', () => {
  let h: ExportHarness;
  let dir: string;
  beforeAll(async () => {
    h = await startExportApi();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-cli-'));
  });
  afterAll(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function run(args: string[], tty = false) {
    const stdout = new Capture();
    const stderr = new Capture(tty);
    const deps = { open: async () => ({ ctx: h.ctx, close: async () => undefined }), stdout, stderr };
    const program = new Command().exitOverride().configureOutput({ writeErr: () => undefined });
    registerExportCommand(program, deps);
    registerImportCommand(program, deps);
    process.exitCode = undefined;
    await program.parseAsync(args, { from: 'user' });
    const exitCode = process.exitCode;
    process.exitCode = undefined;
    return { stdout: stdout.text, stderr: stderr.text, exitCode };
  }

  it('export writes the workbook and reports progress as plain lines off a terminal', async () => {
    const out = path.join(dir, 'plan.xlsx');
    const result = await run(['export', '--format', 'xlsx', '--out', out, '--cycle', CYCLE]);
    expect(result.stdout).toMatch(/^Wrote .*plan\.xlsx: cycle 2006-2007, 7 office plan\(s\), \d+ targets, marked DRAFT/);
    expect(result.stderr).toContain('export 1325-action-plan-2006-2007-draft.xlsx: 100%');
    expect(result.stderr).not.toContain('\u001b[');
    const workbook = await loadWorkbook(fs.readFileSync(out));
    const targets = (await h.store.listPlanContents({ cycle: CYCLE })).flatMap((c) => c.targets);
    expect(sheetRecords(workbook.getWorksheet('Action Plan')!).filter((r) => r['Target ref'])).toHaveLength(targets.length);
    expect(fs.readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('export draws a progress bar on a terminal', async () => {
    const out = path.join(dir, 'plan.docx');
    const result = await run(['export', '--format', 'docx', '--out', out, '--office', 'OO'], true);
    expect(result.stderr).toContain('100%');
    expect(result.stderr).toContain('\u001b[');
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('export refuses an unknown format', async () => {
    await expect(run(['export', '--format', 'pdf', '--out', path.join(dir, 'x.pdf')])).rejects.toThrow(/Allowed choices are xlsx, docx/);
  });

  it('export says plainly when the file cannot be written', async () => {
    await expect(run(['export', '--format', 'xlsx', '--out', path.join(dir, 'no-such-folder', 'plan.xlsx')])).rejects.toThrow(
      /^Cannot write .*plan\.xlsx: ENOENT/,
    );
  });

  it('import --dry-run prints the report and writes nothing; import applies', async () => {
    const out = path.join(dir, 'oms.xlsx');
    await run(['export', '--format', 'xlsx', '--out', out, '--office', 'OMS']);
    const workbook = await loadWorkbook(fs.readFileSync(out));
    workbook.getWorksheet('Action Plan')!.getCell('O2').value = 'Edited from the command line';
    await workbook.xlsx.writeFile(out);
    const before = await storeState(h.store);

    const dry = await run(['import', '--file', out, '--office', 'OMS', '--dry-run']);
    expect(dry.stdout).toContain('Would update: 0 objectives, 0 activities, 1 targets.');
    expect(dry.stdout).toContain('Dry run for OMS 2006-2007: nothing was written.');
    expect(dry.exitCode).toBeUndefined();
    expect(await storeState(h.store)).toEqual(before);

    const applied = await run(['import', '--file', out, '--office', 'OMS', '--json']);
    expect(JSON.parse(applied.stdout)).toMatchObject({ applied: true, summary: { updated: { targets: 1 } } });
    expect((await storeState(h.store)).audit).toBe(before.audit + 1);
  });

  it('import prints each problem and exits with 1', async () => {
    const file = path.join(dir, 'not-a-workbook.xlsx');
    fs.writeFileSync(file, 'office,objective\n');
    const result = await run(['import', '--file', file, '--office', 'UNMAS']);
    expect(result.stdout).toContain('problem: The file is not an Excel workbook (.xlsx)');
    expect(result.exitCode).toBe(1);
  });
});
