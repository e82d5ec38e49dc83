// The periodic progress report in Word (issue 15), read back from the real file: every figure
// against the period's snapshot, the styles it uses defined, the charts present as PNG images
// with alternative text, the DRAFT rule, and a closed period's report (its ratings too) unchanged
// by later edits. The scorecard's parts are specified in progress-scorecard.spec.ts.

import { TARGET_STATUS_LABELS } from '../../src/domain/catalogues';
import type { Period, SnapshotRow } from '../../src/domain/monitoring';
import { RATING_HEADERS } from '../../src/export/progress-docx-scorecard';
import { ANNEX_HEADERS, TARGET_HEADERS } from '../../src/export/progress-docx-sections';
import { recordCheckIn } from '../../src/services/progress';
import { resolveActor } from '../../src/services/context';
import { CYCLE, DOCX, PEOPLE, startExportApi, type ExportHarness } from './harness';
import { demoPeriods, readDocument, shown, tablesWithHeader, type ReadDocument } from './progress-reading';

describe('the progress report in Word', () => {
  let h: ExportHarness;
  let closed: Period;
  let earlier: Period;
  let open: Period;
  let rows: SnapshotRow[];

  beforeAll(async () => {
    h = await startExportApi();
    ({ earlier, closed, open } = await demoPeriods(h.store));
    rows = (await h.store.getSnapshot(closed.id))?.rows ?? [];
  });
  afterAll(() => h.close());

  const download = async (period: string, as: string = PEOPLE.advisor, extra = '') => {
    const reply = await h.get(`/api/export/progress-report.docx?period=${encodeURIComponent(period)}${extra}`, as);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe(DOCX);
    return reply;
  };

  // The closed period's document, built once for the specs that only read it.
  let built: Promise<ReadDocument> | undefined;
  const closedReport = () => (built ??= download(closed.id).then((reply) => readDocument(reply.body)));

  it('shows the department figures of the period end, and their change since the previous period, as the snapshots have them', async () => {
    const doc = await closedReport();
    const department = rows.find((r) => r.scope === 'department')?.counts;
    const before = (await h.store.getSnapshot(earlier.id))?.rows.find((r) => r.scope === 'department')?.counts;
    expect(department && before).toBeTruthy();
    const [summary] = tablesWithHeader(doc, ['Measure', closed.label, `Change since ${earlier.label}`]);
    const line = (label: string) => summary?.find((r) => r[0] === label);
    expect(line('Targets')?.[1]).toBe(String(department?.targets));
    expect(line('Achieved')?.[1]).toBe(String(department?.byStatus.achieved));
    expect(line('Overdue')?.[1]).toBe(String(department?.overdue));
    expect(line('Milestones met')?.[1]).toBe(String(department?.milestonesMet));
    expect(line('Reports on time')?.[1]).toBe(String(department?.reportsOnTime));
    const change = (department?.byStatus.achieved ?? 0) - (before?.byStatus.achieved ?? 0);
    expect(line('Achieved')?.[2]).toBe(change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0');
  });

  it("lists every office's targets with the snapshot's milestone, actual, women, men and status", async () => {
    const doc = await closedReport();
    const tables = tablesWithHeader(doc, TARGET_HEADERS);
    const shownRows = tables.flatMap((t) => t.slice(1));
    const targetRows = rows.filter((r) => r.scope === 'target');
    expect(shownRows).toHaveLength(targetRows.length);
    const contents = await h.store.listPlanContents({ cycle: CYCLE });
    const targets = new Map(contents.flatMap((c) => c.targets.map((t) => [t.id, t])));
    for (const row of targetRows) {
      const target = targets.get(row.key);
      const match = shownRows.find((r) => r[1] === target?.description);
      expect(match).toBeDefined();
      expect(match?.[3]).toBe(shown(row.value));
      const sex = target?.disaggregation === 'sex';
      expect(match?.[4]).toBe(sex ? shown(row.women) : '');
      expect(match?.[5]).toBe(sex ? shown(row.men) : '');
      expect(match?.[6]?.startsWith(row.status ? TARGET_STATUS_LABELS[row.status] : '')).toBe(true);
      if (row.milestone !== null) expect(match?.[2]?.startsWith(String(row.milestone))).toBe(true);
    }
  });

  it('names who submitted and who accepted each report by display name, not e-mail', async () => {
    const { paragraphs } = await closedReport();
    const reports = (await h.store.listReports({ periodId: closed.id })).filter((r) => r.status === 'accepted');
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      const names = await h.ctx.directory.namesOf([report.submittedBy ?? '', report.decidedBy ?? '']);
      const submitter = names.get((report.submittedBy ?? '').toLowerCase());
      const decider = names.get((report.decidedBy ?? '').toLowerCase());
      expect(submitter && decider).toBeTruthy();
      expect(paragraphs.some((p) => p.includes(`submitted by ${submitter}`) && p.includes(`accepted by ${decider}`))).toBe(true);
    }
    expect(paragraphs.filter((p) => p.startsWith('Progress report:')).join(' ')).not.toContain('@');
  });

  it("repeats every target's figures of every period up to this one in the annex", async () => {
    const doc = await closedReport();
    const [annex] = tablesWithHeader(doc, ANNEX_HEADERS);
    const first = (await h.store.getSnapshot(earlier.id))?.rows.filter((r) => r.scope === 'target') ?? [];
    expect(annex?.slice(1)).toHaveLength(first.length + rows.filter((r) => r.scope === 'target').length);
    expect(new Set(annex?.slice(1).map((r) => r[3]))).toEqual(new Set([earlier.label, closed.label]));
  });

  it('defines every style it uses', async () => {
    const { document, parts } = await closedReport();
    const styles = parts.get('word/styles.xml') ?? '';
    const defined = new Set([...styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...document.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(3);
    for (const style of used) expect(defined).toContain(style);
  });

  it('carries the trend charts as PNG images, each with alternative text that gives its figures', async () => {
    const { document, parts } = await closedReport();
    const images = [...parts.keys()].filter((name) => name.startsWith('word/media/'));
    expect(images).toHaveLength(2);
    const pictures = [...document.matchAll(/<wp:docPr\b[^>]*>/g)].map((m) => m[0]);
    expect(pictures).toHaveLength(2);
    for (const picture of pictures) expect(/descr="[^"]{20,}"/.test(picture)).toBe(true);
    const department = rows.find((r) => r.scope === 'department')?.counts;
    expect(document).toContain(`${closed.label}: ${department?.byStatus.achieved} achieved, ${department?.overdue} overdue`);
    // The media parts are PNG files (the zip reader hands them over as text: the signature survives as "PNG").
    for (const name of images) expect(parts.get(name)?.slice(1, 4)).toBe('PNG');
  });

  it('lists the sections in the table of contents and starts each office on a new page', async () => {
    const { document, paragraphs } = await closedReport();
    expect(document).toContain('TOC \\h \\o &quot;1-1&quot;');
    const offices = rows.filter((r) => r.scope === 'office').length;
    expect(document.match(/<w:pageBreakBefore\/>/g)?.length).toBeGreaterThanOrEqual(offices + 2);
    expect(paragraphs).toContain('Executive summary');
    expect(paragraphs).toContain('Trends');
  });

  it('is marked DRAFT while the period is open, and not once it is closed with every report accepted', async () => {
    const openDoc = await readDocument((await download(open.id)).body);
    expect(openDoc.paragraphs).toContain('DRAFT');
    const reply = await download(closed.id);
    expect(reply.headers.get('content-disposition')).not.toContain('draft');
    const closedDoc = await readDocument(reply.body);
    expect(closedDoc.paragraphs).not.toContain('DRAFT');
    expect([...closedDoc.parts.entries()].filter(([n]) => n.startsWith('word/header')).some(([, xml]) => xml.includes('DRAFT'))).toBe(false);
  });

  it("reads a closed period's figures from its snapshot only: later check-ins change nothing in it", async () => {
    // The text, the tables and the charts' pixels (docx names the image parts at random).
    const strip = (doc: ReadDocument) => ({
      paragraphs: doc.paragraphs,
      tables: doc.tables,
      charts: [...doc.parts.entries()]
        .filter(([name]) => name.startsWith('word/media/'))
        .map(([, bytes]) => bytes)
        .sort(),
    });
    const before = strip(await readDocument((await download(closed.id)).body));
    // The offices' rating tables are part of what is compared (rated once, when the period closed).
    expect(before.tables.filter((t) => JSON.stringify(t[0]) === JSON.stringify(RATING_HEADERS)).length).toBeGreaterThan(1);
    // A plain number target: any value is a valid check-in for it.
    const candidates = (await h.store.listPlanContents({ cycle: CYCLE })).flatMap((c) => c.targets);
    const plain = new Set(candidates.filter((t) => (t.indicatorType ?? 'number') === 'number' && t.disaggregation !== 'sex').map((t) => t.id));
    const row = rows.find((r) => r.scope === 'target' && r.status !== 'achieved' && plain.has(r.key));
    const target = candidates.find((t) => t.id === row?.key);
    if (!target) throw new Error('The demo snapshot has no plain number target that is not achieved.');
    const owner = await resolveActor(h.ctx, { id: target.owner, email: target.owner, name: 'Owner', roles: [] });
    // Progress reported today, the ordinary way (the service refuses a date in a closed period) …
    await recordCheckIn(h.ctx, owner, target.id, { date: '2026-11-27', status: 'achieved', value: 999, note: 'done' });
    // … and a check-in dated inside the closed period that reached the store another way (a
    // SharePoint list edited by hand): a report computed from live data would now show it.
    await h.store.commit({
      actor: target.owner,
      at: '2026-11-28T09:00:00.000Z',
      changes: [
        {
          op: 'create',
          entity: 'checkin',
          record: {
            id: 'late-correction',
            planId: target.planId,
            targetId: target.id,
            date: closed.end,
            value: 998,
            women: null,
            men: null,
            percent: null,
            status: 'off-track',
            note: null,
            evidenceUrl: null,
            author: target.owner,
          },
        },
      ],
    });
    const after = strip(await readDocument((await download(closed.id)).body));
    expect(after).toEqual(before);
  });
});
