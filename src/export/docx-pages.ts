// The frame shared by the Word documents for senior management (the action plan, docx.ts, and
// the progress report, progress-docx.ts): a title page without header or footer, the body, and
// a landscape annex for the wide tables; the title and a DRAFT marking in the header, page
// numbers in the footer; the house styles. Each document brings only its own pages.

import { AlignmentType, Document, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild } from 'docx';
import { documentStyles, planTableStyle } from './docx-text';
import { printable } from './xml-text';

export const DRAFT_MARK = 'DRAFT';

export interface FramedDocument {
  /** The document's title, in its properties and in every page header but the title page's. */
  title: string;
  description: string;
  /** Whether the header marks every page as a DRAFT. */
  draft: boolean;
  titlePage: FileChild[];
  body: FileChild[];
  annex: FileChild[];
}

/** The document in the shared frame: title page, body, landscape annex. */
export function framedDocument({ title, description, draft, titlePage, body, annex }: FramedDocument): Document {
  const header = pageHeader(title, draft);
  const footer = pageFooter();
  const document = new Document({
    creator: '1325 Action Plan',
    title: printable(title),
    description,
    // Word fills in the table of contents' page numbers when it opens the document.
    features: { updateFields: true },
    styles: documentStyles(),
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: header, first: new Header({ children: [] }) },
        footers: { default: footer, first: new Footer({ children: [] }) },
        children: titlePage,
      },
      { headers: { default: header }, footers: { default: footer }, children: body },
      // The matrix is wide: its section is landscape (docx swaps width and height for it).
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        headers: { default: header },
        footers: { default: footer },
        children: annex,
      },
    ],
  });
  // docx has no option for a table style that keeps its built-in styles; added to them here.
  document.Styles.addChildElement(planTableStyle());
  return document;
}

/** A centred title-page paragraph with `after` twips of space below it. */
export function centred(children: TextRun[], after = 240): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
}

/** The DRAFT marking of a title page and why the document is a draft. */
export function draftMarking(reason: string): Paragraph[] {
  return [
    centred([new TextRun({ text: DRAFT_MARK, bold: true, size: 96, color: 'C00000' })], 120),
    centred([new TextRun({ text: reason, color: 'C00000', size: 22 })]),
  ];
}

function pageHeader(title: string, draft: boolean): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: printable(title), size: 16, color: '595959' }),
          ...(draft ? [new TextRun({ text: `   ${DRAFT_MARK}`, bold: true, size: 20, color: 'C00000' })] : []),
        ],
      }),
    ],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 16, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
