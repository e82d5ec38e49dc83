// The styles of the Word document. Table text takes its look (8 pt, no spacing, borders) from
// one table style rather than from properties on every cell: a 10,000-target plan has hundreds
// of thousands of cells. Headings keep docx's built-in Title and Heading 1–4 styles, given an
// outline level each so that Word's navigation pane, LibreOffice's Navigator and the table of
// contents find them.

import { AlignmentType, ImportedXmlComponent, type IParagraphStyleOptions, type IStylesOptions } from 'docx';

/** Arial: LibreOffice has its metric twin (Liberation Sans), so a PDF made there breaks lines as Word does. */
export const DOCUMENT_FONT = 'Arial';
/** Table text, in half-points (Word's w:sz): 8 pt. */
export const TABLE_TEXT_SIZE = 16;

export const PLAN_TABLE = 'PlanTable';
/** Header cells and total rows: bold table text. */
export const TABLE_HEADING = 'TableHeading';

export const TABLE_HEADING_STYLE: IParagraphStyleOptions = {
  id: TABLE_HEADING,
  name: 'Table heading',
  basedOn: 'Normal',
  run: { bold: true, size: TABLE_TEXT_SIZE },
  paragraph: { spacing: { before: 0, after: 0 } },
};

/** Word's own style for the heading above a table of contents: looks like a heading, stays out of the outline. */
export const CONTENTS_HEADING = 'TOCHeading';
const CONTENTS_HEADING_STYLE: IParagraphStyleOptions = {
  id: CONTENTS_HEADING,
  name: 'TOC Heading',
  basedOn: 'Normal',
  next: 'Normal',
  run: { font: DOCUMENT_FONT, size: 32, bold: true, color: '1F4E79' },
  paragraph: { spacing: { after: 240 } },
};

const BORDER = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;

/** The table style every table of the document uses (docx has no option for table styles, so it is given as XML). */
export function planTableStyle(): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="table" w:styleId="${PLAN_TABLE}"><w:name w:val="Plan table"/><w:basedOn w:val="TableNormal"/>` +
      `<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="${TABLE_TEXT_SIZE}"/><w:szCs w:val="${TABLE_TEXT_SIZE}"/></w:rPr>` +
      `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(BORDER).join('')}</w:tblBorders>` +
      '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  );
}

const heading = (outlineLevel: number, size: number, extra: { color?: string; italics?: boolean; before?: number } = {}) => ({
  run: { font: DOCUMENT_FONT, size, bold: true, color: extra.color ?? '1F4E79', italics: extra.italics },
  paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before: extra.before ?? 240, after: 120 } },
});

/**
 * The document's styles: docx's built-in set (Normal, Title, Heading 1–6, TOC 1–9 …) with the
 * looks below, and the table heading. Not `importedStyles`: given, they replace the built-ins,
 * and the document then uses styles it does not define (the table style is added afterwards,
 * see buildActionPlanDocument).
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: DOCUMENT_FONT, size: 20 }, paragraph: { spacing: { after: 80 } } },
      title: {
        run: { font: DOCUMENT_FONT, size: 56, bold: true, color: '1F4E79' },
        paragraph: { outlineLevel: 0, alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      },
      heading1: heading(0, 32, { before: 0 }),
      heading2: heading(1, 26),
      heading3: heading(2, 22),
      heading4: heading(3, 20, { color: '404040', before: 160 }),
    },
    paragraphStyles: [TABLE_HEADING_STYLE, CONTENTS_HEADING_STYLE],
  };
}
