// The consolidated plan as a Word document for senior management: title page, table of
// contents, introduction, summary, a section per office, and the whole matrix as a landscape
// annex; page numbers in the footer and a DRAFT marking while any plan is not endorsed.
// docx builds the document around the tables; the tables are written into it as it is zipped
// (docx-table-xml.ts), which keeps a 100,000-target document within a few hundred MB.

import { HeadingLevel, LeaderType, Packer, Paragraph, TableOfContents, TextRun, type Document, type FileChild } from 'docx';
import type { Writable } from 'node:stream';
import type { ConsolidatedPlan } from './consolidate';
import { introduction } from './docx-introduction';
import { TableSlots } from './docx-table-xml';
import { annexSection, officeSection, summarySection } from './docx-tables';
import { centred, draftMarking, framedDocument } from './docx-pages';
import { CONTENTS_HEADING } from './docx-text';
import { printable } from './xml-text';
import { zipEntries, ZipWriter } from './zip-writer';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const CONTENTS_TITLE = 'Contents';

const DOCUMENT_PART = 'word/document.xml';

export interface DocumentProgress {
  /** Called now and then with the table rows written so far and the rows to write in all. */
  onProgress?: (done: number, total: number) => void;
}

/** Writes the document to `out` and ends it; resolves once everything is flushed. */
export async function writeActionPlanDocument(plan: ConsolidatedPlan, out: Writable, { onProgress }: DocumentProgress = {}): Promise<void> {
  const tables = new TableSlots();
  const skeleton = await Packer.toBuffer(buildActionPlanDocument(plan, tables));
  const total = tables.rowCount;
  let done = 0;
  const onRows = (rows: number) => onProgress?.((done += rows), total);
  const zip = new ZipWriter(out);
  for await (const [name, bytes] of zipEntries(skeleton)) {
    await zip.add(name, name === DOCUMENT_PART ? tables.fill(bytes.toString('utf8'), onRows) : [bytes]);
  }
  await zip.finish();
}

export function documentTitle(plan: ConsolidatedPlan): string {
  const scope = plan.officeCode && plan.offices[0] ? ` — ${plan.offices[0].office.name}` : '';
  return `SCR 1325 Departmental Action Plan ${plan.cycle}${scope}`;
}

/** The document with a placeholder for each table; `tables` holds what goes in their place. */
export function buildActionPlanDocument(plan: ConsolidatedPlan, tables: TableSlots): Document {
  const body: FileChild[] = [
    new Paragraph({ text: CONTENTS_TITLE, style: CONTENTS_HEADING }),
    // The entries are written with the document; their page numbers are Word's to fill in (it
    // updates the fields on opening), so no dot leader runs to a number that is not there yet.
    new TableOfContents(CONTENTS_TITLE, { hyperlink: true, headingStyleRange: '1-1', tabLeader: LeaderType.NONE }),
    ...introduction(plan),
    ...summarySection(plan, tables),
  ];
  for (const office of plan.offices) body.push(...officeSection(plan, office, tables));
  return framedDocument({
    title: documentTitle(plan),
    description: `Consolidated from the office work plans, as of ${plan.asOf}`,
    draft: plan.draft,
    titlePage: titlePage(plan),
    body,
    annex: annexSection(plan, tables),
  });
}

function titlePage(plan: ConsolidatedPlan): Paragraph[] {
  const scope = plan.officeCode && plan.offices[0] ? plan.offices[0].office.name : 'Department of Peacekeeping Operations';
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ text: 'Departmental Action Plan', heading: HeadingLevel.TITLE }),
    centred([new TextRun({ text: 'for the implementation of Security Council resolution 1325 (2000) on Women, Peace and Security', size: 32 })], 480),
    centred([new TextRun({ text: printable(scope), size: 28 })]),
    centred([new TextRun({ text: `Cycle ${plan.cycle}`, size: 28 })]),
    centred([new TextRun({ text: `Consolidated by the Gender Unit from the office work plans, as of ${plan.asOf}`, italics: true, size: 22 })], 960),
    ...(plan.draft ? draftMarking('Not every work plan included here has been endorsed yet.') : []),
  ];
}
