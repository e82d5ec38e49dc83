// Characters XML 1.0 forbids (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF, lone
// surrogates) never reach a file the exports write. The input schemas refuse them; these records
// bypass the schemas, as a SharePoint list edited by hand would, and go straight into the
// consolidation. Both files are opened with jszip and every XML part is checked, and exceljs
// reads the workbook back.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough, type Writable } from 'node:stream';
import type { PlanContents } from '../../src/domain/model';
import { consolidate, type ConsolidatedPlan } from '../../src/export/consolidate';
import { writeActionPlanDocument } from '../../src/export/docx';
import { writeActionPlanWorkbook } from '../../src/export/xlsx';
import { activity, AT, checkin, objective, office, plan, target } from '../support/factories';

/** Each forbidden kind once, around words that must survive; and an emoji (a valid surrogate pair) that must too. */
const BAD = 'Women\u0001 in \u000Bmissions\uFFFE\uFFFF \uD800lone\uDC00 😀';
const CLEAN = 'Women in missions lone 😀';

/** A character XML 1.0 does not allow, written as itself or as a character reference. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_REFERENCE = /&#(x0*([0-8bcef]|1[0-9a-f]|fffe|ffff|d[89a-f][0-9a-f]{2})|0*([0-8]|1[1-24-9]|2[0-9]|3[01]|6553[45]|5[5-7][0-9]{3}));/i;

const stored = <T extends object>(record: T) => ({ ...record, version: 1, createdAt: AT, updatedAt: AT });

function taintedPlan(): ConsolidatedPlan {
  const oo = stored(office({ code: 'OO', name: `Office ${BAD}` }));
  const p = plan(oo.id, { status: 'endorsed', title: `Plan ${BAD}` });
  const ob = objective(p.id, { ref: '1', title: BAD });
  const a = activity(p.id, ob.id, { ref: '1.1', title: BAD, owner: 'lead@example.org', resources: BAD });
  const t = target(p.id, a.id, {
    ref: '1.1.a',
    description: BAD,
    indicator: BAD,
    unit: 'x\u0002',
    meansOfVerification: BAD,
    owner: 'owner@example.org',
    dueDate: '2026-01-31',
  });
  const contents: PlanContents = { plan: stored(p), objectives: [stored(ob)], activities: [stored(a)], targets: [stored(t)] };
  return consolidate({
    offices: [oo],
    contents: [contents],
    lastCheckIns: new Map([[t.id, stored(checkin(p.id, t.id, { note: BAD }))]]),
    people: new Map([
      ['owner@example.org', `Owner ${BAD}`],
      ['lead@example.org', `Lead ${BAD}`],
    ]),
    cycle: '2006-2007',
    // One office: its name is in the document's title, header and properties too.
    officeCode: 'OO',
    today: '2026-11-28',
  });
}

async function written(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

/** Every XML part of the package whose text holds a forbidden character, by name. */
async function partsWithForbiddenCharacters(file: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const bad: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await entry.async('string');
    if (FORBIDDEN.test(xml) || FORBIDDEN_REFERENCE.test(xml)) bad.push(name);
  }
  return bad;
}

describe('text with characters XML forbids', () => {
  it('is recognised by the check these tests use', () => {
    for (const c of ['\u0001', '\u000B', '\uFFFE', '\uFFFF', '\uD800x', 'x\uDC00', '&#x1;', '&#xFFFE;', '&#11;'])
      expect(FORBIDDEN.test(c) || FORBIDDEN_REFERENCE.test(c)).toBe(true);
    for (const c of ['\t', '\n', '\r', '😀', '&#x9;', '&#10;', '&#xE9;']) expect(FORBIDDEN.test(c) || FORBIDDEN_REFERENCE.test(c)).toBe(false);
  });

  describe('in the workbook', () => {
    let file: Buffer;
    beforeAll(async () => {
      file = await written((out) => writeActionPlanWorkbook(taintedPlan(), out));
    });

    it('leaves no XML part of the workbook with one (shared strings, sheets, the hidden sheets)', async () => {
      expect(await partsWithForbiddenCharacters(file)).toEqual([]);
    });

    it('opens in exceljs with the rest of the text kept', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Action Plan')!;
      const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(String);
      const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name)).value;
      expect(cell('Target')).toBe(CLEAN);
      expect(cell('Owner')).toBe(`Owner ${CLEAN}`);
      expect(cell('Check-in note')).toBe(CLEAN);
      expect(workbook.getWorksheet('_people')!.getRow(2).getCell(1).value).toBe(`Lead ${CLEAN}`);
      const summary = workbook.getWorksheet('Summary')!;
      expect(String(summary.getRow(6).getCell(2).value)).toBe(`Office ${CLEAN}`);
    });
  });

  describe('in the Word document', () => {
    let file: Buffer;
    beforeAll(async () => {
      file = await written((out) => writeActionPlanDocument(taintedPlan(), out));
    });

    it('leaves no XML part of the document with one (body, headers, properties)', async () => {
      expect(await partsWithForbiddenCharacters(file)).toEqual([]);
    });

    it('keeps the rest of the text, names included', async () => {
      const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
      expect(xml).toContain(`Office ${CLEAN} (OO)`);
      expect(xml).toContain(`Owner ${CLEAN}`);
      expect(xml).toContain(`Lead ${CLEAN}`);
    });
  });
});
