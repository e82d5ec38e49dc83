// GET /api/export/action-plan.docx: the document's XML read back and compared with the store.

import { CYCLE, DOCX, PEOPLE, startExportApi, zipParts, type ExportHarness } from './harness';

interface DocParagraph {
  style: string | null;
  text: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The document's paragraphs with their style and text, in order (table cells included). */
function paragraphs(xml: string): DocParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner!)?.[1] ?? null,
    text: unescape([...inner!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

describe('GET /api/export/action-plan.docx', () => {
  let h: ExportHarness;
  let reply: Awaited<ReturnType<ExportHarness['get']>>;
  let parts: Map<string, string>;
  let body: DocParagraph[];

  beforeAll(async () => {
    h = await startExportApi();
    reply = await h.get(`/api/export/action-plan.docx?cycle=${CYCLE}`, PEOPLE.advisor);
    parts = await zipParts(reply.body);
    body = paragraphs(parts.get('word/document.xml')!);
  });
  afterAll(() => h.close());

  const headings = (level: number) => body.filter((p) => p.style === `Heading${level}`).map((p) => p.text);

  it('is sent as a Word attachment named after the cycle', () => {
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe(DOCX);
    expect(reply.headers.get('content-disposition')).toBe('attachment; filename="1325-action-plan-2006-2007-draft.docx"');
  });

  it('has the introduction, the summary, a section per office and the annex as top-level headings', async () => {
    const offices = await h.store.listOffices();
    expect(headings(1)).toEqual(['Introduction', 'Summary', ...offices.map((o) => `${o.name} (${o.code})`), 'Annex: the action plan matrix']);
  });

  it('heads every objective of every office', async () => {
    const contents = await h.store.listPlanContents({ cycle: CYCLE });
    const expected = contents.flatMap((c) => c.objectives.map((o) => `Objective ${o.ref}: ${o.title}`));
    expect([...headings(2)].filter((t) => t.startsWith('Objective ')).sort()).toEqual(expected.sort());
  });

  it('opens with a title page and a table of contents built from the headings', () => {
    expect(
      body
        .slice(0, 8)
        .map((p) => p.text)
        .join(' '),
    ).toContain('Departmental Action Plan');
    expect(parts.get('word/document.xml')).toContain('TOC \\h \\o &quot;1-1&quot;');
    expect(body.filter((p) => p.style === 'TOC1').map((p) => p.text)).toContain('Introduction');
  });

  it('explains SCR 1325 and how the plan was made', () => {
    const at = (heading: string) => body.findIndex((p) => p.style === 'Heading1' && p.text === heading);
    const introduction = body
      .slice(at('Introduction'), at('Summary'))
      .map((p) => p.text)
      .join(' ');
    for (const phrase of ['resolution 1325', 'needs assessment', 'pilot workshop', 'two-day workshop', 'Gender Unit']) expect(introduction).toContain(phrase);
  });

  it('puts every target in its office section and again in the annex', async () => {
    const targets = (await h.store.listPlanContents({ cycle: CYCLE })).flatMap((c) => c.targets);
    const cellTexts = body.map((p) => p.text);
    for (const t of targets) expect(cellTexts.filter((text) => text === t.description)).toHaveLength(2);
  });

  it('lays the annex out in landscape and numbers the pages in the footer', () => {
    const sections = [...parts.get('word/document.xml')!.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(3);
    expect(sections[2]).toContain('w:orient="landscape"');
    const footers = [...parts].filter(([name]) => name.startsWith('word/footer')).map(([, xml]) => xml);
    expect(footers.some((xml) => xml.includes('PAGE') && xml.includes('NUMPAGES'))).toBe(true);
  });

  it('is marked DRAFT in the header and on the title page while a plan is not endorsed', () => {
    const headers = [...parts].filter(([name]) => name.startsWith('word/header')).map(([, xml]) => xml);
    expect(headers.some((xml) => xml.includes('DRAFT'))).toBe(true);
    expect(body.slice(0, 12).map((p) => p.text)).toContain('DRAFT');
  });

  it('carries no DRAFT marking when every plan included is endorsed', async () => {
    const endorsed = await h.get(`/api/export/action-plan.docx?cycle=${CYCLE}&office=OO`, PEOPLE.advisor);
    const endorsedParts = await zipParts(endorsed.body);
    for (const [name, xml] of endorsedParts) if (name.startsWith('word/')) expect(xml).not.toContain('DRAFT');
    expect(
      paragraphs(endorsedParts.get('word/document.xml')!)
        .filter((p) => p.style === 'Heading1')
        .map((p) => p.text),
    ).toContain('Office of Operations (OO)');
  });
});
