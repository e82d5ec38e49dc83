// The Word document reads as a report (issue 12): the rules LibreOffice and Word need, checked in
// the XML of the demo department's export without either of them (jszip reads the package).
// scripts/render-docx.sh shows the same document as pages, for a person to look at.

import JSZip from 'jszip';
import { DEMO_USERS } from '../../src/demo/demo-data';
import { boldTextWidth, columnWidths, headerMinimum } from '../../src/export/docx-column-widths';
import { TABLE_TEXT_SIZE } from '../../src/export/docx-text';
import { CYCLE, PEOPLE, startExportApi, type ExportHarness } from './harness';

const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Paragraphs and tables of the body in order, each with the section (its w:sectPr) it belongs to. */
interface Block {
  xml: string;
  kind: 'p' | 'tbl';
  section: number;
}

function bodyBlocks(documentXml: string): { blocks: Block[]; sections: string[] } {
  const body = documentXml.slice(documentXml.indexOf('<w:body>') + 8, documentXml.lastIndexOf('</w:body>'));
  const blocks: Block[] = [];
  const sections: string[] = [];
  // Top-level blocks only: a table's cell paragraphs stay inside its block.
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:sdt>[\s\S]*?<\/w:sdt>|<w:p\/>|<w:p\b[\s\S]*?<\/w:p>|<w:sectPr>[\s\S]*?<\/w:sectPr>/g)) {
    const xml = m[0];
    if (xml.startsWith('<w:sectPr>')) {
      sections.push(xml);
      continue;
    }
    blocks.push({ xml, kind: xml.startsWith('<w:tbl>') ? 'tbl' : 'p', section: sections.length });
    const closing = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(xml);
    if (closing && !xml.startsWith('<w:tbl>')) sections.push(closing[0]);
  }
  return { blocks, sections };
}

const styleOf = (paragraph: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1];

describe('the Word document as a report', () => {
  let h: ExportHarness;
  let zip: JSZip;
  let documentXml: string;
  let stylesXml: string;
  let blocks: Block[];
  let sections: string[];
  let officeHeadings: string[];

  beforeAll(async () => {
    h = await startExportApi();
    const reply = await h.get(`/api/export/action-plan.docx?cycle=${CYCLE}`, PEOPLE.advisor);
    expect(reply.status).toBe(200);
    zip = await JSZip.loadAsync(reply.body);
    documentXml = await zip.file('word/document.xml')!.async('string');
    stylesXml = await zip.file('word/styles.xml')!.async('string');
    ({ blocks, sections } = bodyBlocks(documentXml));
    officeHeadings = (await h.store.listOffices()).map((o) => `${o.name} (${o.code})`);
  });
  afterAll(() => h.close());

  const definedStyles = (type: string) =>
    new Set([...stylesXml.matchAll(/<w:style\b([^>]*)>/g)].filter(([, a]) => attr(a!, 'w:type') === type).map(([, a]) => attr(a!, 'w:styleId')));
  const styleDefinition = (id: string) => new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';
  const heading = (text: string) => blocks.findIndex((b) => b.kind === 'p' && /^Heading1$/.test(styleOf(b.xml) ?? '') && textOf(b.xml) === text);

  it('defines every paragraph, character and table style the body, headers and footers use', async () => {
    const parts = Object.keys(zip.files).filter((name) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(name));
    expect(parts.length).toBeGreaterThan(2);
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      for (const [element, type] of [
        ['pStyle', 'paragraph'],
        ['rStyle', 'character'],
        ['tblStyle', 'table'],
      ] as const) {
        const used = new Set([...xml.matchAll(new RegExp(`<w:${element} w:val="([^"]+)"`, 'g'))].map((m) => m[1]));
        const missing = [...used].filter((id) => !definedStyles(type).has(id));
        expect({ part: name, element, missing }).toEqual({ part: name, element, missing: [] });
      }
    }
    // The document's own table and heading styles are among them.
    expect(definedStyles('table').has('PlanTable')).toBe(true);
    expect(definedStyles('paragraph').has('Heading1')).toBe(true);
  });

  it('gives Title and Heading 1–4 an outline level, so that the navigation pane lists the headings', () => {
    expect(styleDefinition('Title')).toMatch(/<w:outlineLvl w:val="0"\/>/);
    for (const level of [1, 2, 3, 4]) expect(styleDefinition(`Heading${level}`)).toMatch(new RegExp(`<w:outlineLvl w:val="${level - 1}"/>`));
  });

  it('carries the table of contents entries in the file: every office section and the annex', () => {
    const toc = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(documentXml)?.[0] ?? '';
    expect(toc).toContain('TOC \\h \\o');
    // The field's cached result: what sits between its separate and end characters.
    const cached = toc.slice(toc.indexOf('w:fldCharType="separate"'), toc.lastIndexOf('w:fldCharType="end"'));
    const entries = [...cached.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
    expect(entries).toEqual(expect.arrayContaining([...officeHeadings, 'Annex: the action plan matrix']));
    for (const office of officeHeadings) expect(entries.filter((e) => e === office)).toHaveLength(1);
  });

  it('starts each office section on a new page', () => {
    for (const office of officeHeadings) {
      const at = heading(office);
      expect(at).toBeGreaterThan(0);
      const breaksBefore = /<w:pageBreakBefore\/>/.test(blocks[at]!.xml) || blocks[at - 1]!.section !== blocks[at]!.section;
      expect({ office, breaksBefore }).toEqual({ office, breaksBefore: true });
    }
  });

  it('puts the annex in a landscape section of its own', () => {
    const annex = blocks[heading('Annex: the action plan matrix')]!;
    const section = sections[annex.section]!;
    expect(section).toMatch(/w:orient="landscape"/);
    const size = /<w:pgSz [^>]*\/>/.exec(section)![0];
    expect(Number(attr(size, 'w:w'))).toBeGreaterThan(Number(attr(size, 'w:h')));
    expect(blocks.find((b) => b.section === annex.section)).toBe(annex);
  });

  it('keeps the title page alone: the first section holds the title and nothing of the body', () => {
    const first = blocks.filter((b) => b.section === 0);
    expect(first.some((b) => styleOf(b.xml) === 'Title' && textOf(b.xml) === 'Departmental Action Plan')).toBe(true);
    expect(first.every((b) => b.kind === 'p' && !/Heading|TOC/.test(styleOf(b.xml) ?? ''))).toBe(true);
    // The next section starts on a new page (a section break without a type is "next page").
    expect(sections[0]).not.toMatch(/<w:type w:val="(continuous|nextColumn)"\/>/);
    expect(sections.length).toBe(3);
  });

  it('names owners and activity leads by their display name, never by e-mail', async () => {
    const tables = blocks
      .filter((b) => b.kind === 'tbl')
      .map((b) => textOf(b.xml))
      .join('\n');
    expect(tables).not.toMatch(/@/);
    const contents = await h.store.listPlanContents({ cycle: CYCLE });
    const owners = new Set(contents.flatMap((c) => c.targets.map((t) => t.owner.toLowerCase())));
    for (const email of owners) {
      const name = DEMO_USERS.find((u) => u.email.toLowerCase() === email)?.name;
      expect({ email, named: name !== undefined && tables.includes(name) }).toEqual({ email, named: true });
    }
  });

  it('fits every table into its section and every header word into its column', () => {
    const tables = blocks.filter((b) => b.kind === 'tbl');
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      const section = sections[table.section]!;
      const size = /<w:pgSz [^>]*\/>/.exec(section)![0];
      const margins = /<w:pgMar [^>]*\/>/.exec(section)![0];
      const textWidth = Number(attr(size, 'w:w')) - Number(attr(margins, 'w:left')) - Number(attr(margins, 'w:right'));
      const grid = [...table.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(textWidth);
      const headerRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(table.xml)![0];
      const headers = [...headerRow.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => textOf(m[0]));
      expect(headers).toHaveLength(grid.length);
      headers.forEach((header, i) => {
        const tooNarrow = grid[i]! < headerMinimum(header, TABLE_TEXT_SIZE);
        expect({ header, width: grid[i], tooNarrow }).toEqual({ header, width: grid[i], tooNarrow: false });
      });
    }
  });

  it('heads the targets with the words the issue names, each whole', () => {
    const headers = blocks
      .filter((b) => b.kind === 'tbl')
      .flatMap((b) => [.../<w:tr>[\s\S]*?<\/w:tr>/.exec(b.xml)![0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => textOf(m[0])));
    for (const word of ['Status', 'Indicator', 'Baseline → target', 'Due date', 'Owner']) expect(headers).toContain(word);
  });
});

describe('column widths', () => {
  it('measures header words with Arial Bold advance widths', () => {
    // I n d i c a t o r = 278+611+611+278+556+556+333+611+389 thousandths of an em, at 8 pt (160 twips).
    expect(boldTextWidth('Indicator', 16)).toBe(676);
    expect(boldTextWidth('Indicator', 16)).toBeGreaterThan(boldTextWidth('Ref', 16));
  });

  it('raises a narrow column to its header and takes the room from the wide ones', () => {
    const widths = columnWidths(['Ref', 'Target', 'Objectives'], [10, 10, 1], 6000, 16);
    expect(widths[2]).toBeGreaterThanOrEqual(headerMinimum('Objectives', 16));
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(6000);
    expect(widths[0]).toBe(widths[1]);
  });

  it('keeps the words of a short table whole when they fit, and ignores them when they cannot', () => {
    const [, status] = columnWidths(['Office', 'Status'], [4, 1], 6000, 16, [['Operations', 'Submitted']]);
    expect(status).toBeGreaterThanOrEqual(headerMinimum('Submitted', 16));
    const huge = 'x'.repeat(400);
    expect(columnWidths(['Office', 'Status'], [4, 1], 6000, 16, [[huge, 'Submitted']]).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(6000);
  });

  it('refuses a table whose headers cannot fit the page', () => {
    expect(() => columnWidths(['Objectives', 'Activities', 'Achieved'], [1, 1, 1], 1500, 16)).toThrow(/cannot fit its headers/);
  });
});
