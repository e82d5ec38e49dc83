// The periodic progress report as a Word document for senior management: title page with the
// period, table of contents, executive summary, trend charts (PNG images with alternative text),
// a section per office and, in a landscape section, the annex of every target's period figures.
// DRAFT on the title page and in the header while the period is open or a report included is
// not accepted. Written like the action-plan document (docx.ts): the same frame and styles
// (docx-pages.ts), the tables filled in as the document is zipped.

import { HeadingLevel, LeaderType, Packer, Paragraph, TableOfContents, TextRun, type Document, type FileChild } from 'docx';
import type { Writable } from 'node:stream';
import type { RenderedChart } from './chart-renderer';
import { CONTENTS_TITLE } from './docx';
import { centred, draftMarking, framedDocument } from './docx-pages';
import { TableSlots } from './docx-table-xml';
import { CONTENTS_HEADING } from './docx-text';
import type { ProgressChart } from './progress-charts';
import { annexSection, executiveSummary, officeSection, trendSection } from './progress-docx-sections';
import { progressTitle, type ProgressModel } from './progress-model';
import { printable } from './xml-text';
import { zipEntries, ZipWriter } from './zip-writer';

const DOCUMENT_PART = 'word/document.xml';

export interface ChartImage {
  chart: ProgressChart;
  image: RenderedChart;
}

/** Writes the document to `out` and ends it; resolves once everything is flushed. */
export async function writeProgressDocument(model: ProgressModel, charts: readonly ChartImage[], out: Writable): Promise<void> {
  const tables = new TableSlots();
  const skeleton = await Packer.toBuffer(buildProgressDocument(model, charts, tables));
  const zip = new ZipWriter(out);
  for await (const [name, bytes] of zipEntries(skeleton)) {
    await zip.add(name, name === DOCUMENT_PART ? tables.fill(bytes.toString('utf8')) : [bytes]);
  }
  await zip.finish();
}

export function buildProgressDocument(model: ProgressModel, charts: readonly ChartImage[], tables: TableSlots): Document {
  const body: FileChild[] = [
    new Paragraph({ text: CONTENTS_TITLE, style: CONTENTS_HEADING }),
    new TableOfContents(CONTENTS_TITLE, { hyperlink: true, headingStyleRange: '1-1', tabLeader: LeaderType.NONE }),
    ...executiveSummary(model, tables),
    ...(charts.length > 0 ? trendSection(charts) : []),
    ...model.offices.flatMap((office) => officeSection(office, model, tables)),
  ];
  return framedDocument({
    title: progressTitle(model),
    description: `Progress on the Departmental Action Plan in ${model.period.label}, figures ${model.source === 'snapshot' ? 'from the snapshot taken at the period’s close' : 'as of today (the period is open)'}`,
    draft: model.draft,
    titlePage: titlePage(model),
    body,
    annex: annexSection(model, tables),
  });
}

function titlePage(model: ProgressModel): Paragraph[] {
  const { period } = model;
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ text: 'Progress report', heading: HeadingLevel.TITLE }),
    centred([new TextRun({ text: 'on the implementation of Security Council resolution 1325 (2000) on Women, Peace and Security', size: 32 })], 480),
    centred([new TextRun({ text: printable(model.office ? model.office.name : 'Department of Peacekeeping Operations'), size: 28 })]),
    centred([new TextRun({ text: `Period ${period.label}: ${period.start} to ${period.end}`, size: 28 })]),
    centred([new TextRun({ text: `Cycle ${period.cycle}`, size: 24 })]),
    centred(
      [
        new TextRun({
          text:
            model.source === 'snapshot'
              ? `Figures frozen when the period closed${period.closedAt ? ` on ${period.closedAt.slice(0, 10)}` : ''}`
              : 'The period is still open: figures as of today',
          italics: true,
          size: 22,
        }),
      ],
      960,
    ),
    ...(model.draft ? draftMarking(draftReason(model)) : []),
  ];
}

function draftReason(model: ProgressModel): string {
  return model.period.status === 'open'
    ? 'The period is still open; its figures may change.'
    : 'Not every progress report included here has been accepted yet.';
}
