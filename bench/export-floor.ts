// The benchmark's floor for the xlsx export: the cells of the workbook's large sheets (Action
// Plan, a sheet per office, _ids) written as the barest sheet XML and deflated, one deflate
// stream per sheet as in any xlsx — the least work any xlsx writer must do for those cells.

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import zlib from 'node:zlib';
import type { ConsolidatedPlan } from '../src/export/consolidate';
import { MATRIX_COLUMNS, matrixEntries, type MatrixEntry } from '../src/export/matrix';
import { ID_COLUMNS } from '../src/export/workbook-layout';
import { idRow } from '../src/export/xlsx';
import { cellValue } from '../src/export/xlsx-style';
import { escapeText } from '../src/export/xml-text';

type Cell = string | number | Date | null;

/** Flushed to the deflater at about this size, so that neither strings nor calls pile up. */
const CHUNK_CHARS = 64 * 1024;
const EXCEL_EPOCH_DAYS = 25569;

export async function writeFloor(plan: ConsolidatedPlan, out: Writable): Promise<void> {
  const matrixRow = (e: MatrixEntry): Cell[] => MATRIX_COLUMNS.map((c) => cellValue(c.kind, e.values[c.key]));
  await writeSheet(
    out,
    MATRIX_COLUMNS.map((c) => c.header),
    matrixEntries(plan),
    matrixRow,
  );
  for (const { office } of plan.offices)
    await writeSheet(
      out,
      MATRIX_COLUMNS.map((c) => c.header),
      matrixEntries(plan, office.id),
      matrixRow,
    );
  await writeSheet(out, [...ID_COLUMNS], matrixEntries(plan), (e) => idRow(plan.cycle, e));
  out.end();
  await once(out, 'finish');
}

async function writeSheet(out: Writable, header: readonly string[], entries: Iterable<MatrixEntry>, cells: (e: MatrixEntry) => Cell[]): Promise<void> {
  const deflate = zlib.createDeflateRaw();
  deflate.on('data', (chunk: Buffer) => out.write(chunk));
  let text = `<worksheet><sheetData>${row(header)}`;
  for (const entry of entries) {
    text += row(cells(entry));
    if (text.length >= CHUNK_CHARS) {
      if (!deflate.write(text)) await once(deflate, 'drain');
      text = '';
    }
  }
  deflate.end(`${text}</sheetData></worksheet>`);
  await once(deflate, 'end');
  if (out.writableNeedDrain) await once(out, 'drain');
}

function row(values: readonly Cell[]): string {
  let xml = '<row>';
  for (const v of values) {
    if (v === null) continue;
    if (typeof v === 'number') xml += `<c><v>${v}</v></c>`;
    else if (v instanceof Date) xml += `<c><v>${v.getTime() / 86_400_000 + EXCEL_EPOCH_DAYS}</v></c>`;
    else xml += `<c t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
  }
  return `${xml}</row>`;
}
