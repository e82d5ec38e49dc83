// The workshops in the action-plan Word document's introduction: a paragraph and a "Workshops
// held" table computed from the stored workshops and the plans linked to them (never typed), for
// the department and for one office's export; read back from the document's XML.

import { workshopFigures } from '../../src/domain/process-figures';
import { CYCLE, PEOPLE, startExportApi, zipParts, type ExportHarness } from './harness';

/** The text of each paragraph of the document, in order (table cells included), and the rows of its tables. */
function read(xml: string): { paragraphs: string[]; rows: string[][] } {
  const text = (inner: string) => [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const paragraphs = [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => text(inner ?? ''));
  const rows = [...xml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map(([, row]) =>
    [...(row ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, c]) => text(c ?? '')),
  );
  return { paragraphs, rows };
}

describe('the workshops in the action plan document', () => {
  let h: ExportHarness;
  beforeAll(async () => {
    h = await startExportApi();
  });
  afterAll(() => h.close());

  const documentOf = async (query: string) =>
    read((await zipParts((await h.get(`/api/export/action-plan.docx?${query}`, PEOPLE.advisor)).body)).get('word/document.xml') ?? '');

  it('states the figures of the held workshops and lists each office in a "Workshops held" table', async () => {
    const [offices, workshops, plans] = await Promise.all([h.store.listOffices(), h.store.listWorkshops(), h.store.listPlans({ cycle: CYCLE })]);
    const figures = workshopFigures(offices, workshops, plans);
    const doc = await documentOf(`cycle=${CYCLE}`);
    const at = doc.paragraphs.indexOf('Workshops held');
    expect(at).toBeGreaterThan(doc.paragraphs.indexOf('How the plan was made'));
    const paragraph = doc.paragraphs[at + 1];
    expect(paragraph).toContain(
      `After the pilot workshop, ${figures.officesWithWorkshopHeld} of the 7 offices have held their workshop; ${figures.officesWithWorkshopAndPlan} of them`,
    );
    const { women, men, total } = figures.department.participants;
    expect(paragraph).toContain(`${total} staff took part (${women} women and ${men} men)`);
    const table = doc.rows.filter((r) => r.length === 9);
    expect(table[0]).toEqual([
      'Office',
      'Last held',
      'Senior managers',
      'Professional',
      'General service',
      'Field',
      'All participants',
      'Functions',
      'Work plan',
    ]);
    const md = figures.offices.find((r) => r.office?.code === 'MD');
    const mdRow = table.find((r) => r[0] === 'Military Division (MD)');
    const level = (l: string) => md?.byLevel.find((b) => b.level === l);
    expect(mdRow).toEqual([
      'Military Division (MD)',
      md?.lastHeld,
      `${level('senior-management')?.women} / ${level('senior-management')?.men}`,
      `${level('professional')?.women} / ${level('professional')?.men}`,
      `${level('general-service')?.women} / ${level('general-service')?.men}`,
      `${level('field')?.women} / ${level('field')?.men}`,
      `${md?.participants.women} / ${md?.participants.men} (${md?.participants.total})`,
      `${md?.functionsRepresented.length} (${md?.functionShare}%)`,
      'Produced',
    ]);
    expect(
      table
        .at(-1)
        ?.slice(0, 1)
        .concat(table.at(-1)?.[6] ?? ''),
    ).toEqual(['Department', `${women} / ${men} (${total})`]);
  });

  it("gives one office's export its own workshop only", async () => {
    const doc = await documentOf(`cycle=${CYCLE}&office=OO`);
    const at = doc.paragraphs.indexOf('Workshops held');
    expect(doc.paragraphs[at + 1]).toMatch(/^The office held its workshop, ending on \d{4}-\d{2}-\d{2}; its work plan for this cycle came out of it\./);
    expect(doc.rows.filter((r) => r.length === 9).map((r) => r[0])).toEqual(['Office', 'Office of Operations (OO)']);
  });

  it('says so when the office has not held its workshop, and shows no table', async () => {
    const oo = h.office('OO');
    const workshop = (await h.store.listWorkshops()).find((w) => w.officeIds.includes(oo.id));
    if (!workshop) throw new Error('the demo has a workshop for OO');
    await h.store.commit({
      actor: PEOPLE.advisor,
      at: '2026-11-28T10:00:00.000Z',
      changes: [{ op: 'update', entity: 'workshop', id: workshop.id, expectedVersion: workshop.version, patch: { status: 'cancelled' } }],
    });
    const doc = await documentOf(`cycle=${CYCLE}&office=OO`);
    expect(doc.paragraphs[doc.paragraphs.indexOf('Workshops held') + 1]).toBe('The office has not yet held its workshop. No participants are recorded yet.');
    expect(doc.rows.filter((r) => r.length === 9)).toEqual([]);
  });
});
