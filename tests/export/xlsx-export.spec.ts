// GET /api/export/action-plan.xlsx: the workbook parsed back with exceljs and compared with the store.

import type ExcelJS from 'exceljs';
import { daysOverdue, isOverdue } from '../../src/domain/derive';
import type { Objective, Activity, Target } from '../../src/domain/model';
import { FUNCTIONAL_AREA_LABELS, PILLAR_LABELS, TARGET_STATUS_LABELS } from '../../src/export/catalogue-labels';
import { createActivity, createObjective, createTarget } from '../../src/services/plan-items';
import { resolveActor } from '../../src/services/context';
import { DEMO_USERS } from '../../src/demo/demo-data';
import { CYCLE, loadWorkbook, PEOPLE, sheetRecords, startExportApi, XLSX, zipParts, type ExportHarness } from './harness';

const TODAY = '2026-11-28';
const utcDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** People appear by their directory name (the demo users): every owner of the demo data has one. */
const nameOf = (email: string) => DEMO_USERS.find((u) => u.email.toLowerCase() === email.toLowerCase())?.name ?? `no demo user ${email}`;

describe('GET /api/export/action-plan.xlsx', () => {
  let h: ExportHarness;
  let reply: Awaited<ReturnType<ExportHarness['get']>>;
  let workbook: ExcelJS.Workbook;
  let rows: Record<string, ExcelJS.CellValue>[];
  let stored: { objectives: Objective[]; activities: Activity[]; targets: Target[]; officeOf: Map<string, string> };

  beforeAll(async () => {
    h = await startExportApi();
    reply = await h.get(`/api/export/action-plan.xlsx?cycle=${CYCLE}`, PEOPLE.advisor);
    workbook = await loadWorkbook(reply.body);
    rows = sheetRecords(workbook.getWorksheet('Action Plan')!);
    const contents = await h.store.listPlanContents({ cycle: CYCLE });
    const offices = await h.store.listOffices();
    const code = new Map(offices.map((o) => [o.id, o.code]));
    stored = {
      objectives: contents.flatMap((c) => c.objectives),
      activities: contents.flatMap((c) => c.activities),
      targets: contents.flatMap((c) => c.targets),
      officeOf: new Map(contents.map((c) => [c.plan.id, code.get(c.plan.officeId)!])),
    };
  });
  afterAll(() => h.close());

  it('is sent as an xlsx attachment named after the cycle', () => {
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe(XLSX);
    expect(reply.headers.get('content-disposition')).toBe('attachment; filename="1325-action-plan-2006-2007-draft.xlsx"');
  });

  it('has Summary, Action Plan, a sheet per office, By SCR 1325 paragraph, Overdue and the hidden _ids and _people sheets', async () => {
    const codes = (await h.store.listOffices()).map((o) => o.code);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Action Plan', ...codes, 'By SCR 1325 paragraph', 'Overdue', '_ids', '_people']);
    expect(workbook.getWorksheet('_ids')!.state).toBe('veryHidden');
    expect(workbook.getWorksheet('_people')!.state).toBe('veryHidden');
    expect(workbook.getWorksheet('Action Plan')!.state).toBe('visible');
  });

  it('lists every target exactly once in Action Plan with its office and values', () => {
    expect(rows.filter((r) => r['Target ref'] !== null)).toHaveLength(stored.targets.length);
    for (const t of stored.targets) {
      const activity = stored.activities.find((a) => a.id === t.activityId)!;
      const objective = stored.objectives.find((o) => o.id === activity.objectiveId)!;
      const matches = rows.filter((r) => r['Office'] === stored.officeOf.get(t.planId) && r['Target ref'] === t.ref);
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({
        'Objective ref': objective.ref,
        Objective: objective.title,
        Pillar: PILLAR_LABELS[objective.pillar],
        'SCR 1325 paragraphs': objective.paragraphs.join(', '),
        'Functional area': FUNCTIONAL_AREA_LABELS[objective.functionalArea],
        'Activity ref': activity.ref,
        Activity: activity.title,
        Target: t.description,
        Indicator: t.indicator,
        Baseline: t.baseline,
        'Target value': t.targetValue,
        Unit: t.unit,
        'Due date': utcDate(t.dueDate),
        Owner: nameOf(t.owner),
        Status: TARGET_STATUS_LABELS[t.status],
        'Means of verification': t.meansOfVerification,
        'Days overdue': isOverdue(t, TODAY) ? daysOverdue(t, TODAY) : null,
      });
      expect(matches[0]!['Progress']).toBeCloseTo(t.progress / 100, 5);
    }
  });

  it('writes dates as real Excel dates and numbers as numbers', () => {
    const row = rows.find((r) => r['Baseline'] !== null)!;
    expect(row['Due date']).toBeInstanceOf(Date);
    expect(typeof row['Baseline']).toBe('number');
    expect(typeof row['Progress']).toBe('number');
    const sheet = workbook.getWorksheet('Action Plan')!;
    expect(sheet.getCell('S2').numFmt).toBe('yyyy-mm-dd');
  });

  it('freezes the header row, filters every column and colours the status', () => {
    const sheet = workbook.getWorksheet('Action Plan')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:Z${sheet.rowCount}`);
    const achievedRow = rows.findIndex((r) => r['Status'] === 'Achieved') + 2;
    expect(sheet.getCell(`U${achievedRow}`).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFC6EFCE' } });
    expect(sheet.getColumn(3).width).toBe(40);
    expect(sheet.getCell('C2').alignment).toMatchObject({ wrapText: true });
  });

  it("gives each office a sheet with exactly that office's rows", async () => {
    for (const office of await h.store.listOffices()) {
      const officeRows = sheetRecords(workbook.getWorksheet(office.code)!);
      expect(officeRows).toEqual(rows.filter((r) => r['Office'] === office.code));
    }
  });

  it('totals the department in Summary exactly as the Action Plan rows add up', () => {
    const summary = workbook.getWorksheet('Summary')!;
    let totalRow: ExcelJS.Row | undefined;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'Total') totalRow = row;
    });
    const targetRows = rows.filter((r) => r['Target ref'] !== null);
    const count = (status: string) => targetRows.filter((r) => r['Status'] === status).length;
    const distinct = (key: string) => new Set(rows.filter((r) => r[key] !== null).map((r) => `${r['Office']}|${r[key]}`)).size;
    const values = (totalRow!.values as ExcelJS.CellValue[]).slice(1);
    expect(values.slice(3, 13)).toEqual([
      distinct('Objective ref'),
      distinct('Activity ref'),
      targetRows.length,
      count('Achieved'),
      count('On track'),
      count('At risk'),
      count('Off track'),
      count('Not started'),
      count('Dropped'),
      targetRows.filter((r) => r['Days overdue'] !== null).length,
    ]);
    const notDropped = targetRows.filter((r) => r['Status'] !== 'Dropped');
    const meanProgress = notDropped.reduce((sum, r) => sum + (r['Progress'] as number), 0) / notDropped.length;
    expect(values[13]).toBeCloseTo(meanProgress, 2);
  });

  it('counts the targets of each SCR 1325 paragraph per office', async () => {
    const sheet = workbook.getWorksheet('By SCR 1325 paragraph')!;
    const codes = (await h.store.listOffices()).map((o) => o.code);
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(['Paragraph', 'Title', ...codes, 'All offices']);
    for (let p = 1; p <= 18; p++) {
      const values = (sheet.getRow(p + 1).values as ExcelJS.CellValue[]).slice(1);
      const under = rows.filter((r) => r['Target ref'] !== null && String(r['SCR 1325 paragraphs']).split(', ').includes(String(p)));
      expect(values[0]).toBe(p);
      expect(values.slice(2)).toEqual([...codes.map((c) => under.filter((r) => r['Office'] === c).length), under.length]);
    }
  });

  it('lists the overdue targets on Overdue, the most overdue first', () => {
    const overdue = sheetRecords(workbook.getWorksheet('Overdue')!);
    expect(overdue).toHaveLength(rows.filter((r) => r['Days overdue'] !== null).length);
    const days = overdue.map((r) => r['Days overdue'] as number);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d > 0)).toBe(true);
  });

  it('keeps the id and version of every row on the hidden _ids sheet', () => {
    const ids = sheetRecords(workbook.getWorksheet('_ids')!);
    expect(ids).toHaveLength(rows.length);
    for (const t of stored.targets) {
      const row = ids.find((r) => r['Target id'] === t.id);
      expect(row).toMatchObject({ 'Target ref': t.ref, 'Target version': t.version, Office: stored.officeOf.get(t.planId), Cycle: CYCLE });
    }
  });

  it('says DRAFT on the Summary while a plan is not endorsed, and not when every plan is', async () => {
    const texts = (wb: ExcelJS.Workbook) => (wb.getWorksheet('Summary')!.getColumn(1).values as ExcelJS.CellValue[]).map(String).join('\n');
    expect(texts(workbook)).toContain('DRAFT');
    const endorsed = await h.get(`/api/export/action-plan.xlsx?cycle=${CYCLE}&office=OO`, PEOPLE.advisor);
    expect(endorsed.headers.get('content-disposition')).toContain('1325-action-plan-2006-2007-oo.xlsx');
    expect(texts(await loadWorkbook(endorsed.body))).not.toContain('DRAFT');
  });
});

describe('text that looks like a formula', () => {
  let h: ExportHarness;
  beforeAll(async () => {
    h = await startExportApi();
    const actor = await resolveActor(h.ctx, { id: PEOPLE.unmasFocal, email: PEOPLE.unmasFocal, name: 'Focal', roles: [] });
    const plan = (await h.store.listPlans({ officeId: h.office('UNMAS').id }))[0]!;
    const o = await createObjective(h.ctx, actor, plan.id, { title: '=1+1', pillar: 'protection', paragraphs: [10], functionalArea: 'mine-action' });
    const a = await createActivity(h.ctx, actor, o.id, { title: '+SUM(A1:A9)' });
    await createTarget(h.ctx, actor, a.id, {
      description: '=HYPERLINK("http://example.org","click")',
      indicator: '-2+3',
      unit: '@SUM(1)',
      dueDate: '2027-01-31',
      owner: PEOPLE.unmasFocal,
      meansOfVerification: "=cmd|'/c calc'!A1",
    });
  });
  afterAll(() => h.close());

  it('is written as text, never as a formula', async () => {
    const reply = await h.get(`/api/export/action-plan.xlsx?cycle=${CYCLE}`, PEOPLE.advisor);
    const parts = await zipParts(reply.body);
    const sheets = [...parts].filter(([name]) => name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBeGreaterThan(5);
    for (const [, xml] of sheets) expect(xml).not.toMatch(/<f[\s>]/);
    expect(parts.get('xl/sharedStrings.xml')).toContain('=HYPERLINK(&quot;http://example.org&quot;,&quot;click&quot;)');

    const rows = sheetRecords((await loadWorkbook(reply.body)).getWorksheet('Action Plan')!);
    const row = rows.find((r) => r['Objective'] === '=1+1')!;
    expect(row).toMatchObject({ Activity: '+SUM(A1:A9)', Target: '=HYPERLINK("http://example.org","click")', Indicator: '-2+3', Unit: '@SUM(1)' });
  });
});
