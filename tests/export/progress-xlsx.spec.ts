// The periodic progress report in Excel (issue 15), read back with exceljs: the Summary's office
// lines, the Trend's period rows and the Targets' rows against the snapshots; statuses in words
// and colour; text never a formula; a closed period's workbook the same after later edits.

import { TARGET_STATUS_LABELS } from '../../src/domain/catalogues';
import type { Period, SnapshotRow } from '../../src/domain/monitoring';
import { PROGRESS_SHEETS, SUMMARY_HEADER_ROW, TARGET_HEADERS, TREND_HEADERS } from '../../src/export/progress-xlsx';
import { SCORECARD_HEADER_ROW, SCORECARD_SHEETS } from '../../src/export/progress-xlsx-scorecard';
import type ExcelJS from 'exceljs';
import { CYCLE, PEOPLE, XLSX, loadWorkbook, sheetRecords, startExportApi, zipParts, type ExportHarness } from './harness';
import { demoPeriods } from './progress-reading';

describe('the progress report in Excel', () => {
  let h: ExportHarness;
  let periods: Period[];
  let closed: Period;
  let rows: SnapshotRow[];

  beforeAll(async () => {
    h = await startExportApi();
    periods = await h.store.listPeriods(CYCLE);
    ({ closed } = await demoPeriods(h.store));
    rows = (await h.store.getSnapshot(closed.id))?.rows ?? [];
  });
  afterAll(() => h.close());

  const download = async (period: string) => {
    const reply = await h.get(`/api/export/progress-report.xlsx?period=${encodeURIComponent(period)}`, PEOPLE.advisor);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe(XLSX);
    return reply.body;
  };

  it('has the sheets Summary, Trend, Scorecard, Targets and Remedial actions', async () => {
    const workbook = await loadWorkbook(await download(closed.id));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      PROGRESS_SHEETS.summary,
      PROGRESS_SHEETS.trend,
      SCORECARD_SHEETS.scorecard,
      PROGRESS_SHEETS.targets,
      SCORECARD_SHEETS.remedial,
    ]);
  });

  it("gives each office's figures of the period as its snapshot row counts them", async () => {
    const sheet = (await loadWorkbook(await download(closed.id))).getWorksheet(PROGRESS_SHEETS.summary);
    const offices = await h.store.listOffices();
    const officeRows = rows.filter((r) => r.scope === 'office');
    expect(officeRows.length).toBeGreaterThan(1);
    for (const row of officeRows) {
      const code = offices.find((o) => o.id === row.key)?.code;
      let found = false;
      sheet?.eachRow((line, n) => {
        if (n <= SUMMARY_HEADER_ROW || line.getCell(1).value !== code) return;
        found = true;
        expect(line.getCell(3).value).toBe(row.counts?.targets);
        expect(line.getCell(4).value).toBe(row.counts?.byStatus.achieved);
        expect(line.getCell(10).value).toBe(row.counts?.overdue);
        expect(line.getCell(11).value).toBe(row.counts?.milestonesMet);
        expect(line.getCell(12).value).toBe(row.counts?.milestonesMissed);
      });
      expect(found).toBe(true);
    }
  });

  it('has one Trend row per period up to this one, with the department counts of its snapshot', async () => {
    const sheet = (await loadWorkbook(await download(closed.id))).getWorksheet(PROGRESS_SHEETS.trend);
    const records = sheet ? sheetRecords(sheet) : [];
    const upTo = periods.filter((p) => p.start <= closed.start);
    expect(records.map((r) => r.Period)).toEqual(upTo.map((p) => p.label));
    expect(Object.keys(records[0] ?? {})).toEqual(TREND_HEADERS);
    for (const p of upTo) {
      const department = (await h.store.getSnapshot(p.id))?.rows.find((r) => r.scope === 'department')?.counts;
      const record = records.find((r) => r.Period === p.label);
      expect(record?.Achieved).toBe(department?.byStatus.achieved);
      expect(record?.Overdue).toBe(department?.overdue);
      expect(record?.['Milestones met']).toBe(department?.milestonesMet);
      expect(record?.['Reports on time']).toBe(department?.reportsOnTime);
    }
  });

  it('has one Targets row per target and period, with milestone, actual, women, men and status in words and colour', async () => {
    const workbook = await loadWorkbook(await download(closed.id));
    const sheet = workbook.getWorksheet(PROGRESS_SHEETS.targets);
    const records = sheet ? sheetRecords(sheet) : [];
    expect(Object.keys(records[0] ?? {})).toEqual(TARGET_HEADERS);
    const ours = records.filter((r) => r.Period === closed.label);
    const targetRows = rows.filter((r) => r.scope === 'target');
    expect(ours).toHaveLength(targetRows.length);
    const targets = new Map((await h.store.listPlanContents({ cycle: CYCLE })).flatMap((c) => c.targets.map((t) => [t.id, t])));
    for (const row of targetRows) {
      const target = targets.get(row.key);
      const record = ours.find((r) => r.Target === target?.description);
      expect(record?.Actual).toBe(row.value);
      expect(record?.Milestone).toBe(row.milestone);
      expect(record?.Women).toBe(target?.disaggregation === 'sex' ? row.women : null);
      expect(record?.Men).toBe(target?.disaggregation === 'sex' ? row.men : null);
      expect(record?.Status).toBe(row.status ? TARGET_STATUS_LABELS[row.status] : null);
    }
    const statusCell = sheet?.getRow(2).getCell(TARGET_HEADERS.indexOf('Status') + 1);
    expect(statusCell?.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
  });

  it('writes every text as text, never as a formula', async () => {
    const parts = await zipParts(await download(closed.id));
    for (const [name, xml] of parts) if (name.startsWith('xl/worksheets/')) expect(xml).not.toContain('<f>');
  });

  it('marks the workbook of an open period DRAFT', async () => {
    const { open } = await demoPeriods(h.store);
    const draft = (await loadWorkbook(await download(open.id))).getWorksheet(PROGRESS_SHEETS.summary);
    expect(String(draft?.getCell('A3').value)).toMatch(/^DRAFT/);
    const final = (await loadWorkbook(await download(closed.id))).getWorksheet(PROGRESS_SHEETS.summary);
    expect(final?.getCell('A3').value ?? null).toBeNull();
  });

  it('is the same for a closed period after the live figures move', async () => {
    // Every sheet's values, the scorecard's colours and notes among them.
    const values = async () => {
      const workbook = await loadWorkbook(await download(closed.id));
      const looks = (s: ExcelJS.Worksheet) => {
        const cells: unknown[] = [];
        s.eachRow((row) => row.eachCell((cell) => cells.push([cell.address, cell.fill, cell.note])));
        return cells;
      };
      return workbook.worksheets.map((s) => ({ name: s.name, values: s.getSheetValues(), looks: looks(s) }));
    };
    const before = await values();
    // The ratings are part of what is compared.
    const scorecard = before.find((s) => s.name === SCORECARD_SHEETS.scorecard);
    expect(scorecard?.values.length).toBeGreaterThan(SCORECARD_HEADER_ROW + 1);
    const row = rows.find((r) => r.scope === 'target' && r.status !== 'dropped');
    const target = await h.store.get('target', row?.key ?? '');
    if (!target) throw new Error('The demo snapshot names a target the plan does not have.');
    await h.store.commit({
      actor: target.owner,
      at: '2026-11-28T09:00:00.000Z',
      changes: [
        {
          op: 'create',
          entity: 'checkin',
          record: {
            id: 'xlsx-late-correction',
            planId: target.planId,
            targetId: target.id,
            date: closed.end,
            value: 997,
            women: null,
            men: null,
            percent: null,
            status: 'dropped',
            note: null,
            evidenceUrl: null,
            author: target.owner,
          },
        },
      ],
    });
    expect(await values()).toEqual(before);
  });
});
