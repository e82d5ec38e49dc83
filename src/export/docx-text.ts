// Text as Word needs it: characters XML 1.0 cannot hold are dropped (Word refuses a document
// that contains one), and line breaks inside a value become real line breaks. Table text takes
// its look (8 pt, no spacing, borders) from one table style rather than from properties on
// every paragraph: a 10,000-target plan has hundreds of thousands of cells, and per-cell
// properties add a fifth to the memory the docx library needs to write it.

import { ImportedXmlComponent, Paragraph, TextRun, type IParagraphStyleOptions } from 'docx';

// Control characters other than tab, LF and CR, lone surrogates and the two non-characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function printable(text: string): string {
  return text.replace(NOT_XML, '');
}

export const PLAN_TABLE = 'PlanTable';
/** Header cells and total rows: bold table text. */
export const TABLE_HEADING = 'TableHeading';

export const TABLE_HEADING_STYLE: IParagraphStyleOptions = {
  id: TABLE_HEADING,
  name: 'Table heading',
  basedOn: 'Normal',
  run: { bold: true, size: 16 },
  paragraph: { spacing: { before: 0, after: 0 } },
};

const BORDER = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;

/** The table style every table of the document uses (docx has no option for table styles, so it is given as XML). */
export function planTableStyle(): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="table" w:styleId="${PLAN_TABLE}"><w:name w:val="Plan table"/><w:basedOn w:val="TableNormal"/>` +
      '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>' +
      `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(BORDER).join('')}</w:tblBorders>` +
      '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  );
}

export function cellParagraph(value: string | number | null | undefined, style?: string): Paragraph {
  const text = printable(value === null || value === undefined ? '' : String(value));
  // An empty cell gets an empty paragraph (Word needs one), without a run.
  if (text === '') return new Paragraph(style ? { style } : {});
  if (!/[\r\n]/.test(text)) return new Paragraph(style ? { style, text } : { text });
  const lines = text.split(/\r\n|\r|\n/);
  return new Paragraph({ style, children: lines.map((line, i) => new TextRun({ text: line, break: i === 0 ? undefined : 1 })) });
}
