// People in the workbook: the Owner and Activity lead columns show display names (from the
// directory), the hidden _people sheet keeps each name's e-mail, and an edited workbook imports
// back with the names read as those e-mails.

import type ExcelJS from 'exceljs';
import { DEMO_USERS } from '../../src/demo/demo-data';
import { CYCLE, loadWorkbook, PEOPLE, sheetRecords, startExportApi, type ExportHarness } from './harness';

const nameOf = (email: string) => DEMO_USERS.find((u) => u.email.toLowerCase() === email.toLowerCase())!.name;

describe('people in the exported workbook', () => {
  let h: ExportHarness;
  let workbook: ExcelJS.Workbook;
  beforeEach(async () => {
    h = await startExportApi();
    const reply = await h.get(`/api/export/action-plan.xlsx?cycle=${CYCLE}&office=OMS`, PEOPLE.omsFocal);
    expect(reply.status).toBe(200);
    workbook = await loadWorkbook(reply.body);
  });
  afterEach(() => h.close());

  const sheet = () => workbook.getWorksheet('Action Plan')!;
  const column = (header: string) => (sheet().getRow(1).values as ExcelJS.CellValue[]).indexOf(header);
  const importBack = async () => h.post('/api/import?office=OMS', PEOPLE.omsFocal, Buffer.from(await workbook.xlsx.writeBuffer()));

  it('shows owners and activity leads by name, and keeps their e-mails on the hidden _people sheet', async () => {
    const contents = await h.store.listPlanContents({ cycle: CYCLE, officeId: h.office('OMS').id });
    const rows = sheetRecords(sheet());
    for (const t of contents[0]!.targets) expect(rows.find((r) => r['Target ref'] === t.ref)?.['Owner']).toBe(nameOf(t.owner));
    const people = sheetRecords(workbook.getWorksheet('_people')!);
    const owners = new Set(contents[0]!.targets.map((t) => t.owner.toLowerCase()));
    for (const email of owners) expect(people).toContainEqual({ Name: nameOf(email), 'E-mail': email });
  });

  it('imports an owner changed to the name of someone else the workbook names as their e-mail', async () => {
    const rows = sheetRecords(sheet());
    const r = rows.findIndex((row) => row['Target ref'] !== null);
    const other = rows.map((row) => row['Owner']).find((name) => name !== null && name !== rows[r]!['Owner']) as string;
    sheet()
      .getRow(r + 2)
      .getCell(column('Owner')).value = other;
    const reply = await importBack();
    expect(reply.json.report?.problems ?? []).toEqual([]);
    expect(reply.status).toBe(200);
    expect(reply.json.summary).toMatchObject({ updated: { targets: 1 } });
    const contents = await h.store.listPlanContents({ cycle: CYCLE, officeId: h.office('OMS').id });
    const email = DEMO_USERS.find((u) => u.name === other)!.email.toLowerCase();
    expect(contents[0]!.targets.find((t) => t.ref === rows[r]!['Target ref'])!.owner).toBe(email);
  });

  it('asks for an e-mail, in the Owner column, when an owner is a name the workbook does not know', async () => {
    const rows = sheetRecords(sheet());
    const r = rows.findIndex((row) => row['Target ref'] !== null);
    sheet()
      .getRow(r + 2)
      .getCell(column('Owner')).value = 'Somebody Unknown';
    const before = await h.store.listPlanContents({ cycle: CYCLE, officeId: h.office('OMS').id });
    const reply = await importBack();
    // The import's answer for rows it cannot take: 422 with the problems, each on its column.
    expect(reply.status).toBe(422);
    expect(reply.json.report.problems).toEqual([expect.objectContaining({ row: r + 2, column: 'Owner' })]);
    expect(await h.store.listPlanContents({ cycle: CYCLE, officeId: h.office('OMS').id })).toEqual(before);
  });
});
