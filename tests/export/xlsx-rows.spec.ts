// SheetRows: data rows written straight into an exceljs streaming worksheet, read back by exceljs.

import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { SheetRows } from '../../src/export/xlsx-rows';
import { KIND_STYLES, styleHeader } from '../../src/export/xlsx-style';
import { loadWorkbook, zipParts } from './harness';

async function workbookOf(write: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = buffer(out);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  write(workbook);
  await workbook.commit();
  return bytes;
}

describe('SheetRows', () => {
  it('writes text (shared or inline), numbers and dates that exceljs reads back, with their styles', async () => {
    const file = await workbookOf((workbook) => {
      const sheet = workbook.addWorksheet('Data');
      styleHeader(sheet, 1, ['Text', 'Number', 'Date']);
      const shared = new SheetRows(workbook, sheet, 3, 2);
      shared.add(['=1+1 & <b>', 42, new Date('2027-01-31T00:00:00.000Z')], (_v, i) => [KIND_STYLES.text, KIND_STYLES.number, KIND_STYLES.date][i]!);
      shared.add([null, 0.5, null], () => KIND_STYLES.percent);
      shared.flush();
      const inline = new SheetRows(workbook, sheet, 3, 4, true);
      inline.add(['id <1> & \u0007two', Number.NaN, null], () => KIND_STYLES.code);
      inline.flush();
      sheet.commit();
    });
    const sheet = (await loadWorkbook(file)).getWorksheet('Data')!;
    expect(sheet.getCell('A2').value).toBe('=1+1 & <b>');
    expect(sheet.getCell('B2').value).toBe(42);
    expect(sheet.getCell('C2').value).toEqual(new Date('2027-01-31T00:00:00.000Z'));
    expect(sheet.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('A3').value).toBeNull();
    expect(sheet.getCell('B3').numFmt).toBe('0%');
    expect(sheet.getCell('A4').value).toBe('id <1> & two');
    expect(sheet.getCell('B4').value).toBeNull();

    const xml = (await zipParts(file)).get('xl/worksheets/sheet1.xml')!;
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toContain('<c r="A4" s="');
    expect(xml).toContain('t="inlineStr"><is><t>id &lt;1&gt; &amp; two</t></is>');
  });

  it("refuses a workbook that is not exceljs's streaming writer, rather than write a bad file", () => {
    const workbook = new ExcelJS.Workbook();
    expect(() => new SheetRows(workbook, workbook.addWorksheet('x'), 1, 2)).toThrow(/streaming writer internals/);
  });
});
