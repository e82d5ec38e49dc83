// Export → edit with exceljs → POST /api/import: exactly the edits are applied, once; a row
// exported before someone else changed its item is a conflict; the template starts a plan.

import type ExcelJS from 'exceljs';
import { resolveActor } from '../../src/services/context';
import { deleteItem, updateItem } from '../../src/services/plan-items';
import { CYCLE, loadWorkbook, PEOPLE, startExportApi, storeState, zipParts, type ExportHarness } from '../export/harness';

/** The Action Plan sheet of a workbook, addressed by header text. */
class PlanSheet {
  readonly sheet: ExcelJS.Worksheet;
  private readonly columns = new Map<string, number>();

  constructor(readonly workbook: ExcelJS.Workbook) {
    this.sheet = workbook.getWorksheet('Action Plan')!;
    this.sheet.getRow(1).eachCell((cell, i) => this.columns.set(String(cell.value), i));
  }

  cell(row: number, header: string): ExcelJS.Cell {
    const column = this.columns.get(header);
    if (!column) throw new Error(`no column ${header}`);
    return this.sheet.getRow(row).getCell(column);
  }

  get(row: number, header: string): ExcelJS.CellValue {
    return this.cell(row, header).value;
  }

  set(row: number, header: string, value: ExcelJS.CellValue): void {
    this.cell(row, header).value = value;
  }

  /** Row numbers whose cells match. */
  rows(where: Record<string, ExcelJS.CellValue>): number[] {
    const found: number[] = [];
    for (let r = 2; r <= this.sheet.rowCount; r++) if (Object.entries(where).every(([h, v]) => this.get(r, h) === v)) found.push(r);
    return found;
  }

  async buffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}

async function exported(h: ExportHarness, office: string, as: string): Promise<PlanSheet> {
  const reply = await h.get(`/api/export/action-plan.xlsx?cycle=${CYCLE}&office=${office}`, as);
  expect(reply.status).toBe(200);
  return new PlanSheet(await loadWorkbook(reply.body));
}

const importAs = (h: ExportHarness, as: string, office: string, file: Buffer, extra = '') => h.post(`/api/import?office=${office}${extra}`, as, file);

describe('importing an exported workbook back', () => {
  let h: ExportHarness;
  beforeEach(async () => {
    h = await startExportApi();
  });
  afterEach(() => h.close());

  it('changes nothing when the workbook comes back unedited', async () => {
    const before = await storeState(h.store);
    const sheet = await exported(h, 'OMS', PEOPLE.omsFocal);
    const reply = await importAs(h, PEOPLE.omsFocal, 'OMS', await sheet.buffer());
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      applied: true,
      problems: [],
      summary: { created: { objectives: 0, activities: 0, targets: 0 }, updated: { objectives: 0, activities: 0, targets: 0 } },
    });
    expect(reply.json.summary.unchanged.targets).toBe(sheet.rows({ Office: 'OMS' }).length);
    expect(await storeState(h.store)).toEqual(before);
  });

  it('applies exactly the edits, in one commit, and a second import of the same file changes nothing', async () => {
    const plan = (await h.store.listPlans({ officeId: h.office('OMS').id }))[0]!;
    const before = await storeState(h.store);
    const sheet = await exported(h, 'OMS', PEOPLE.omsFocal);
    const edited = 2;
    const targetRef = sheet.get(edited, 'Target ref') as string;
    const newStatus = sheet.get(edited, 'Status') === 'At risk' ? 'Off track' : 'At risk';
    sheet.set(edited, 'Indicator', 'Share of posts filled by women');
    sheet.set(edited, 'Baseline', 7);
    sheet.set(edited, 'Due date', new Date('2027-03-31T00:00:00Z'));
    sheet.set(edited, 'Status', newStatus);
    const objectiveRef = sheet.get(sheet.sheet.rowCount, 'Objective ref') as string;
    for (const r of sheet.rows({ 'Objective ref': objectiveRef })) sheet.set(r, 'Objective', 'Women in every mission support team');
    const added = sheet.sheet.rowCount + 1;
    for (const header of ['Office', 'Objective ref', 'Objective', 'Pillar', 'SCR 1325 paragraphs', 'Functional area', 'Activity ref', 'Activity']) {
      sheet.set(added, header, sheet.get(2, header));
    }
    const newRef = `${sheet.get(2, 'Activity ref')}.z`;
    sheet.set(added, 'Target ref', newRef);
    sheet.set(added, 'Target', 'Mission support staff briefed on SCR 1325');
    sheet.set(added, 'Indicator', 'Staff briefed');
    sheet.set(added, 'Target value', 40);
    sheet.set(added, 'Due date', new Date('2027-06-30T00:00:00Z'));
    sheet.set(added, 'Owner', 'Priya.Raghavan@dpko.example.org');
    const file = await sheet.buffer();

    const reply = await importAs(h, PEOPLE.omsFocal, 'OMS', file);
    expect(reply.json.report?.problems ?? []).toEqual([]);
    expect(reply.status).toBe(200);
    expect(reply.json.summary).toMatchObject({ created: { objectives: 0, activities: 0, targets: 1 }, updated: { objectives: 1, activities: 0, targets: 1 } });

    const contents = (await h.store.getPlanContents(plan.id))!;
    const target = contents.targets.find((t) => t.ref === targetRef)!;
    expect(target).toMatchObject({
      indicator: 'Share of posts filled by women',
      baseline: 7,
      dueDate: '2027-03-31',
      status: newStatus.toLowerCase().replace(' ', '-'),
    });
    expect(contents.objectives.find((o) => o.ref === objectiveRef)!.title).toBe('Women in every mission support team');
    expect(contents.targets.find((t) => t.ref === newRef)).toMatchObject({
      owner: 'priya.raghavan@dpko.example.org',
      targetValue: 40,
      status: 'not-started',
      progress: 0,
    });
    const after = await storeState(h.store);
    expect(after.audit).toBe(before.audit + 3);
    expect(after.plans[plan.id]).toBe(before.plans[plan.id]! + 1);

    const again = await importAs(h, PEOPLE.omsFocal, 'OMS', file);
    expect(again.status).toBe(200);
    expect(again.json.summary.updated).toEqual({ objectives: 0, activities: 0, targets: 0 });
    expect(again.json.summary.created).toEqual({ objectives: 0, activities: 0, targets: 0 });
    expect(await storeState(h.store)).toEqual(after);
  });

  it('reports a row changed in the app since the export as a conflict and writes nothing', async () => {
    const sheet = await exported(h, 'OMS', PEOPLE.omsFocal);
    const staleRow = 2;
    const otherRow = 3;
    const targetRef = sheet.get(staleRow, 'Target ref') as string;
    const plan = (await h.store.listPlans({ officeId: h.office('OMS').id }))[0]!;
    const target = (await h.store.getPlanContents(plan.id))!.targets.find((t) => t.ref === targetRef)!;
    const focal = await resolveActor(h.ctx, { id: PEOPLE.omsFocal, email: PEOPLE.omsFocal, name: 'Focal', roles: [] });
    await updateItem(h.ctx, focal, 'target', target.id, { unit: 'posts' }, target.version);
    const before = await storeState(h.store);

    sheet.set(staleRow, 'Indicator', 'Edited in Excel');
    sheet.set(otherRow, 'Indicator', 'Also edited in Excel');
    const reply = await importAs(h, PEOPLE.omsFocal, 'OMS', await sheet.buffer());
    expect(reply.status).toBe(422);
    expect(reply.json.report.applied).toBe(false);
    expect(reply.json.report.problems).toEqual([
      expect.objectContaining({
        sheet: 'Action Plan',
        row: staleRow,
        column: 'Target ref',
        kind: 'conflict',
        problem: expect.stringContaining('changed by someone else'),
      }),
    ]);
    expect(await storeState(h.store)).toEqual(before);
  });

  it('does not bring back an item deleted in the app since the export', async () => {
    const sheet = await exported(h, 'OMS', PEOPLE.omsFocal);
    const targetRef = sheet.get(2, 'Target ref') as string;
    const plan = (await h.store.listPlans({ officeId: h.office('OMS').id }))[0]!;
    const target = (await h.store.getPlanContents(plan.id))!.targets.find((t) => t.ref === targetRef)!;
    const focal = await resolveActor(h.ctx, { id: PEOPLE.omsFocal, email: PEOPLE.omsFocal, name: 'Focal', roles: [] });
    await deleteItem(h.ctx, focal, 'target', target.id, target.version);
    const before = await storeState(h.store);

    const reply = await importAs(h, PEOPLE.omsFocal, 'OMS', await sheet.buffer());
    expect(reply.status).toBe(422);
    expect(reply.json.report.problems).toEqual([
      expect.objectContaining({ row: 2, kind: 'conflict', problem: expect.stringContaining('was deleted from the plan') }),
    ]);
    expect(await storeState(h.store)).toEqual(before);
  });

  it('reports in a dry run what would change, and writes nothing', async () => {
    const before = await storeState(h.store);
    const sheet = await exported(h, 'OMS', PEOPLE.omsFocal);
    sheet.set(2, 'Target', 'Reworded in Excel');
    const reply = await importAs(h, PEOPLE.omsFocal, 'OMS', await sheet.buffer(), '&dryRun=true');
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ dryRun: true, applied: false, problems: [], summary: { updated: { targets: 1 } } });
    expect(await storeState(h.store)).toEqual(before);
  });

  it("skips the other offices' rows of a department-wide workbook", async () => {
    const reply = await h.get(`/api/export/action-plan.xlsx?cycle=${CYCLE}`, PEOPLE.advisor);
    const sheet = new PlanSheet(await loadWorkbook(reply.body));
    const result = await importAs(h, PEOPLE.omsFocal, 'OMS', await sheet.buffer());
    expect(result.status).toBe(200);
    expect(result.json.summary.otherOfficeRows).toBe(sheet.rows({}).length - sheet.rows({ Office: 'OMS' }).length);
    expect(result.json.summary.updated).toEqual({ objectives: 0, activities: 0, targets: 0 });
  });
});

describe('the import template', () => {
  let h: ExportHarness;
  beforeAll(async () => {
    h = await startExportApi();
  });
  afterAll(() => h.close());

  it('has instructions, the importable columns and drop-down lists', async () => {
    const reply = await h.get('/api/import/template.xlsx', PEOPLE.omsFocal);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toContain('1325-work-plan-import-template.xlsx');
    const workbook = await loadWorkbook(reply.body);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Instructions', 'visible'],
      ['Action Plan', 'visible'],
      ['Lists', 'hidden'],
    ]);
    const header = (workbook.getWorksheet('Action Plan')!.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(['Objective ref', 'Pillar', 'SCR 1325 paragraphs', 'Functional area', 'Target ref', 'Due date', 'Owner', 'Status']),
    );
    expect(header).not.toContain('Progress');
    const xml = [...(await zipParts(reply.body))].find(([name, text]) => name.startsWith('xl/worksheets/') && text.includes('<dataValidations'))![1];
    for (const list of ['Lists!$A$2:$A$5', 'Lists!$B$2:$B$19', 'Lists!$C$2:$C$20', 'Lists!$D$2:$D$7']) expect(xml).toContain(`<formula1>${list}</formula1>`);
  });

  it('filled in and imported for a new cycle, starts a draft plan with its items', async () => {
    const template = await loadWorkbook((await h.get('/api/import/template.xlsx', PEOPLE.omsFocal)).body);
    const sheet = new PlanSheet(template);
    const row = (r: number, values: Record<string, ExcelJS.CellValue>) => Object.entries(values).forEach(([k, v]) => sheet.set(r, k, v));
    const objective = {
      'Objective ref': '1',
      Objective: 'Gender-responsive logistics',
      Pillar: 'Relief and recovery',
      'SCR 1325 paragraphs': '4, 5',
      'Functional area': 'Logistics and mission support',
    };
    row(2, {
      ...objective,
      'Activity ref': '1.1',
      Activity: 'Review accommodation standards',
      'Target ref': '1.1.a',
      Target: 'Standards revised',
      Indicator: 'Revised standards issued',
      'Due date': new Date('2009-03-31T00:00:00Z'),
      Owner: PEOPLE.omsFocal,
    });
    // Objective and activity columns left empty below their first row, as under merged cells.
    row(3, {
      'Target ref': '1.1.b',
      Target: 'Missions briefed',
      Indicator: 'Missions briefed',
      Baseline: 0,
      'Target value': 12,
      Unit: 'missions',
      'Due date': '2009-06-30',
      Owner: PEOPLE.omsFocal,
    });
    const reply = await importAs(h, PEOPLE.omsFocal, 'OMS', Buffer.from(await template.xlsx.writeBuffer()), '&cycle=2008-2009');
    expect(reply.status).toBe(200);
    expect(reply.json.summary).toMatchObject({ createsPlan: true, created: { objectives: 1, activities: 1, targets: 2 } });
    const [plan] = await h.store.listPlans({ officeId: h.office('OMS').id, cycle: '2008-2009' });
    expect(plan).toMatchObject({ status: 'draft', id: reply.json.planId });
    const contents = (await h.store.getPlanContents(plan!.id))!;
    expect(contents.objectives).toEqual([
      expect.objectContaining({ ref: '1', pillar: 'relief-and-recovery', paragraphs: [4, 5], functionalArea: 'logistics-and-mission-support' }),
    ]);
    expect(contents.targets.map((t) => [t.ref, t.dueDate, t.targetValue]).sort()).toEqual([
      ['1.1.a', '2009-03-31', null],
      ['1.1.b', '2009-06-30', 12],
    ]);
  });
});
