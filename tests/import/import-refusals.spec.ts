// Bad workbooks: each is refused with a clear message (file-level or row by row) and leaves
// the store exactly as it was — not one item written, the plan's version unmoved.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { randomBytes } from 'node:crypto';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../src/import/import-report';
import { buildImportTemplate } from '../../src/export/xlsx-template';
import { resolveActor } from '../../src/services/context';
import { importWorkPlan } from '../../src/services/imports';
import { CYCLE, PEOPLE, startExportApi, storeState, type ExportHarness } from '../export/harness';

type Values = Record<string, ExcelJS.CellValue>;

const GOOD: Values = {
  // Not in the UNMAS demo plan, so that a good import would create them.
  'Objective ref': '9',
  Objective: 'Women deminers in every programme',
  Pillar: 'Participation',
  'SCR 1325 paragraphs': '4, 8',
  'Functional area': 'Mine action',
  'Activity ref': '9.1',
  Activity: 'Recruit women deminers',
  'Target ref': '9.1.a',
  Target: 'Women among newly recruited deminers',
  Indicator: 'Share of women among recruits',
  Baseline: 5,
  'Target value': 25,
  Unit: '%',
  'Due date': new Date('2027-06-30T00:00:00Z'),
  Owner: PEOPLE.unmasFocal,
  Status: 'Not started',
};

/** The import template with these rows, from row 2 down; `header` renames header cells. */
async function workPlan(rows: Values[], header: Record<string, string> = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildImportTemplate(20)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Action Plan')!;
  const column = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, i) => column.set(String(cell.value), i));
  for (const [from, to] of Object.entries(header)) sheet.getRow(1).getCell(column.get(from)!).value = to;
  rows.forEach((values, r) => {
    for (const [h, v] of Object.entries(values)) sheet.getRow(r + 2).getCell(column.get(h) ?? Number(h)).value = v;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function rezip(file: Buffer, change: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  await change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('POST /api/import refuses', () => {
  let h: ExportHarness;
  let before: Awaited<ReturnType<typeof storeState>>;
  beforeAll(async () => {
    h = await startExportApi({ importLimits: { maxBytes: 3 * 1024 * 1024 } });
    before = await storeState(h.store);
  });
  afterEach(async () => expect(await storeState(h.store)).toEqual(before));
  afterAll(() => h.close());

  const post = (file: Buffer, contentType?: string) => h.post('/api/import?office=UNMAS', PEOPLE.unmasFocal, file, contentType);

  it('a file that is not a workbook', async () => {
    const reply = await post(Buffer.from('objective,activity\n1,1.1\n'));
    expect(reply.status).toBe(415);
    expect(reply.json.report).toMatchObject({ refusal: 'not-xlsx', problems: [{ problem: expect.stringContaining('not an Excel workbook (.xlsx)') }] });
  });

  it('an old-format .xls workbook', async () => {
    const reply = await post(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(512)]));
    expect(reply.status).toBe(415);
    expect(reply.json.report.problems[0].problem).toContain('.xls');
  });

  it('a Word document', async () => {
    const docx = (await h.get(`/api/export/action-plan.docx?cycle=${CYCLE}&office=UNMAS`, PEOPLE.unmasFocal)).body;
    const reply = await post(docx);
    expect(reply.status).toBe(415);
    expect(reply.json.report.problems[0].problem).toBe('The file is an Office document but not an Excel workbook (.xlsx).');
  });

  it('a body that is not sent as a workbook', async () => {
    const reply = await post(Buffer.from('{"rows":[]}'), 'application/json');
    expect(reply.status).toBe(415);
    expect(reply.json.detail).toContain('Content-Type');
  });

  it('a file larger than the configured size', async () => {
    const reply = await post(Buffer.concat([await workPlan([GOOD]), randomBytes(3 * 1024 * 1024)]));
    expect(reply.status).toBe(413);
    expect(reply.json.detail).toBe('The file is larger than 3 MB, the largest workbook accepted.');
  });

  it('a zip bomb: a part that expands far more than a spreadsheet does', async () => {
    const bomb = await rezip(await workPlan([GOOD]), (zip) => void zip.file('xl/media/padding.xml', ' '.repeat(12 * 1024 * 1024)));
    const reply = await post(bomb);
    expect(reply.status).toBe(422);
    expect(reply.json.report).toMatchObject({ refusal: 'zip-bomb', problems: [{ problem: expect.stringMatching(/expands \d+ times/) }] });
  });

  it('a workbook with a macro project', async () => {
    const xlsm = await rezip(await workPlan([GOOD]), (zip) => void zip.file('xl/vbaProject.bin', randomBytes(2048)));
    const reply = await post(xlsm);
    expect(reply.status).toBe(422);
    expect(reply.json.report).toMatchObject({ refusal: 'macro-enabled', problems: [{ problem: expect.stringContaining('macros') }] });
  });

  it('a macro-enabled workbook by its content type', async () => {
    const xlsm = await rezip(await workPlan([GOOD]), async (zip) => {
      const types = await zip.file('[Content_Types].xml')!.async('string');
      zip.file(
        '[Content_Types].xml',
        types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
      );
    });
    const reply = await post(xlsm);
    expect(reply.json.report.refusal).toBe('macro-enabled');
  });

  it('a sheet without a required column', async () => {
    const reply = await post(await workPlan([GOOD], { Indicator: 'Indicators' }));
    expect(reply.status).toBe(422);
    expect(reply.json.report).toMatchObject({ refusal: 'missing-column', problems: [{ problem: expect.stringContaining('no column "Indicator"') }] });
  });

  const second: Values = { ...GOOD, 'Target ref': '9.1.b', Target: 'Women team leaders' };
  const rowCases: [string, Values[], { row: number; column: string; problem: string | RegExp }][] = [
    ['a formula in a data cell', [GOOD, { ...second, Baseline: { formula: '1+1', result: 2 } }], { row: 3, column: 'Baseline', problem: /holds a formula/ }],
    [
      'a formula outside the template columns',
      [GOOD, { ...second, 30: { formula: 'NOW()', result: 1 } }],
      { row: 3, column: 'column AD', problem: /holds a formula/ },
    ],
    ['text in a number column', [GOOD, { ...second, Baseline: 'ten' }], { row: 3, column: 'Baseline', problem: 'must be a number (found "ten")' }],
    ['a date that is not a date', [GOOD, { ...second, 'Due date': 'next spring' }], { row: 3, column: 'Due date', problem: /must be a date/ }],
    ['an unknown office', [GOOD, { ...second, Office: 'XYZ' }], { row: 3, column: 'Office', problem: 'unknown office "XYZ"' }],
    ['a duplicate reference', [GOOD, { ...second, 'Target ref': '9.1.a' }], { row: 3, column: 'Target ref', problem: /duplicate reference 9.1.a/ }],
    ['an unknown pillar', [{ ...GOOD, Pillar: 'Peacebuilding' }], { row: 2, column: 'Pillar', problem: /unknown pillar "Peacebuilding"/ }],
    [
      'a paragraph beyond 18',
      [{ ...GOOD, 'SCR 1325 paragraphs': '4, 19' }],
      { row: 2, column: 'SCR 1325 paragraphs', problem: 'paragraphs are numbered 1 to 18' },
    ],
    ['paragraphs that are not numbers', [{ ...GOOD, 'SCR 1325 paragraphs': 'four' }], { row: 2, column: 'SCR 1325 paragraphs', problem: /paragraph numbers/ }],
    [
      'an unknown functional area',
      [{ ...GOOD, 'Functional area': 'Catering' }],
      { row: 2, column: 'Functional area', problem: /unknown functional area "Catering"/ },
    ],
    ['an unknown status', [{ ...GOOD, Status: 'Done' }], { row: 2, column: 'Status', problem: /unknown status "Done"/ }],
    ['an owner that is not an e-mail address', [{ ...GOOD, Owner: 'Diego' }], { row: 2, column: 'Owner', problem: 'must be an e-mail address' }],
    ['a missing required value', [{ ...GOOD, Indicator: null }], { row: 2, column: 'Indicator', problem: 'is required' }],
    ['a target under the wrong activity', [{ ...GOOD, 'Target ref': '2.1.a' }], { row: 2, column: 'Target ref', problem: /is not under activity 9.1/ }],
    [
      'an objective described two ways',
      [GOOD, { ...second, Pillar: 'Protection' }],
      { row: 3, column: 'Objective ref', problem: /described differently on row 2/ },
    ],
  ];

  it.each(rowCases)('%s, row by row', async (_name, rows, expected) => {
    const reply = await post(await workPlan(rows));
    expect(reply.status).toBe(422);
    expect(reply.json.report.applied).toBe(false);
    expect(reply.json.report.problems).toEqual([
      expect.objectContaining({
        sheet: 'Action Plan',
        kind: 'row',
        ...expected,
        problem: typeof expected.problem === 'string' ? expected.problem : expect.stringMatching(expected.problem),
      }),
    ]);
  });

  it('nothing when the file is good (the control case)', async () => {
    const reply = await h.post('/api/import?office=UNMAS&dryRun=true', PEOPLE.unmasFocal, await workPlan([GOOD, second]));
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ problems: [], summary: { created: { objectives: 1, activities: 1, targets: 2 } } });
  });
});

describe('importWorkPlan with configured limits refuses', () => {
  let h: ExportHarness;
  beforeAll(async () => {
    h = await startExportApi();
  });
  afterAll(() => h.close());

  async function importWith(file: Buffer, limits: Partial<ImportLimits>) {
    const before = await storeState(h.store);
    const actor = await resolveActor(h.ctx, { id: 'cli', email: 'cli@action-plan', name: 'CLI', roles: ['admin'] });
    const report = await importWorkPlan(h.ctx, actor, file, { office: 'UNMAS' }, { ...DEFAULT_IMPORT_LIMITS, ...limits });
    expect(await storeState(h.store)).toEqual(before);
    return report;
  }

  it('a file over the size limit, before reading it', async () => {
    const report = await importWith(await workPlan([GOOD]), { maxBytes: 1000 });
    expect(report).toMatchObject({
      applied: false,
      refusal: 'too-large',
      problems: [{ kind: 'file', problem: expect.stringContaining('the largest workbook accepted is 0 MB') }],
    });
  });

  it('a workbook that unpacks to more than the total allowed', async () => {
    const big = await rezip(await workPlan([GOOD]), (zip) => void zip.file('xl/media/noise.bin', randomBytes(600 * 1024).toString('base64')));
    const report = await importWith(big, { maxUncompressedBytes: 512 * 1024 });
    expect(report.refusal).toBe('zip-bomb');
    expect(report.problems[0]!.problem).toContain('unpacks to more than 0.5 MB');
  });

  it('a workbook made of too many parts', async () => {
    const report = await importWith(await workPlan([GOOD]), { maxEntries: 5 });
    expect(report.refusal).toBe('zip-bomb');
    expect(report.problems[0]!.problem).toMatch(/made of \d+ parts; at most 5/);
  });

  it('more rows than the configured maximum', async () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((letter) => ({ ...GOOD, 'Target ref': `9.1.${letter}` }));
    const report = await importWith(await workPlan(rows), { maxRows: 3 });
    expect(report).toMatchObject({ refusal: 'too-many-rows', problems: [{ problem: expect.stringContaining('at most 3 rows') }] });
  });
});
