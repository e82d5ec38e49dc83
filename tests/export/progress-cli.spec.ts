// `export --report progress --period P --format docx|xlsx --out F`, run in-process on the test
// store: the file written whole, and refused plainly without a period.

import { Command } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { registerExportCommand } from '../../src/cli/commands/export';
import type { Period } from '../../src/domain/monitoring';
import { PROGRESS_SHEETS } from '../../src/export/progress-xlsx';
import { loadWorkbook, startExportApi, type ExportHarness } from './harness';
import { demoPeriods, readDocument } from './progress-reading';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('export --report progress', () => {
  let h: ExportHarness;
  let dir: string;
  let closed: Period;

  beforeAll(async () => {
    h = await startExportApi();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'progress-cli-'));
    ({ closed } = await demoPeriods(h.store));
  });
  afterAll(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function run(args: string[]) {
    const stdout = new Capture();
    const deps = { open: async () => ({ ctx: h.ctx, close: async () => undefined }), stdout, stderr: new Capture() };
    const program = new Command().exitOverride().configureOutput({ writeErr: () => undefined });
    registerExportCommand(program, deps);
    await program.parseAsync(args, { from: 'user' });
    return stdout.text;
  }

  it('writes the Word document of a closed period and says what it holds', async () => {
    const out = path.join(dir, 'progress.docx');
    const said = await run(['export', '--report', 'progress', '--period', closed.id, '--format', 'docx', '--out', out]);
    expect(said).toMatch(new RegExp(`^Wrote .*progress\\.docx: progress report ${closed.label}, \\d+ office\\(s\\), \\d+ targets\\.\\n$`));
    const { paragraphs } = await readDocument(fs.readFileSync(out));
    expect(paragraphs).toContain('Executive summary');
    expect(fs.readdirSync(dir)).toEqual(['progress.docx']);
  });

  it('writes the workbook', async () => {
    const out = path.join(dir, 'progress.xlsx');
    await run(['export', '--report', 'progress', '--period', closed.id, '--format', 'xlsx', '--out', out]);
    expect((await loadWorkbook(fs.readFileSync(out))).getWorksheet(PROGRESS_SHEETS.targets)).toBeDefined();
  });

  it('refuses a progress report without --period, and writes nothing', async () => {
    const out = path.join(dir, 'none.docx');
    await expect(run(['export', '--report', 'progress', '--format', 'docx', '--out', out])).rejects.toThrow(/--report progress needs --period/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
