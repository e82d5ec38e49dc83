// The styles of the Word document's tables. Table text takes its look (8 pt, no spacing,
// borders) from one table style rather than from properties on every cell: a 10,000-target
// plan has hundreds of thousands of cells.

import { ImportedXmlComponent, type IParagraphStyleOptions } from 'docx';

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
