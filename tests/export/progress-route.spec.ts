// Who may download the progress report and what bad input gets (issue 15): the same rules as
// the action-plan export — the Gender Unit any office or all, a focal point their own office
// only — and a 400 problem naming the field for a query that is wrong.

import { ROUTES } from '../../src/contract/routes';
import { openApiDocument } from '../../src/contract/openapi';
import type { Period } from '../../src/domain/monitoring';
import { CYCLE, PEOPLE, startExportApi, type ExportHarness } from './harness';
import { demoPeriods, readDocument } from './progress-reading';

describe('GET /api/export/progress-report', () => {
  let h: ExportHarness;
  let closed: Period;

  beforeAll(async () => {
    h = await startExportApi();
    ({ closed } = await demoPeriods(h.store));
  });
  afterAll(() => h.close());

  const get = (as: string, query: string, format = 'xlsx') => h.get(`/api/export/progress-report.${format}?${query}`, as);

  it('refuses viewers, target owners and administrators who are not in the Gender Unit', async () => {
    for (const who of [PEOPLE.viewer, PEOPLE.owner, PEOPLE.admin]) {
      const reply = await get(who, `period=${closed.id}`);
      expect(reply.status).toBe(403);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it("lets a focal point download their own office's report, not another's nor the department's", async () => {
    expect((await get(PEOPLE.omsFocal, `period=${closed.id}&office=OMS`)).status).toBe(200);
    expect((await get(PEOPLE.omsFocal, `period=${closed.id}&office=OO`)).status).toBe(403);
    expect((await get(PEOPLE.omsFocal, `period=${closed.id}`)).status).toBe(403);
  });

  it('limits the Word document to the office asked for', async () => {
    const reply = await get(PEOPLE.advisor, `period=${closed.id}&office=OO`, 'docx');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toContain('-oo');
    const { paragraphs } = await readDocument(reply.body);
    const office = h.office('OO');
    expect(paragraphs).toContain(`${office.name} (OO)`);
    expect(paragraphs.filter((p) => /\((MD|OMS|OUSG|PBPS)\)$/.test(p))).toEqual([]);
  });

  it('answers 400 naming the field when the period is missing or the query has an unknown field', async () => {
    const missing = await get(PEOPLE.advisor, '');
    expect(missing.status).toBe(400);
    expect(missing.json.errors.map((e: { field: string }) => e.field)).toContain('period');
    const unknown = await get(PEOPLE.advisor, `period=${closed.id}&cycle=${CYCLE}`);
    expect(unknown.status).toBe(400);
  });

  it('answers 404 for a period or an office that does not exist', async () => {
    expect((await get(PEOPLE.advisor, 'period=2006-2007_1999-Q1')).status).toBe(404);
    expect((await get(PEOPLE.advisor, `period=${closed.id}&office=ZZZ`)).status).toBe(404);
  });

  it('is listed in the OpenAPI document in both formats', () => {
    const paths = JSON.stringify(openApiDocument('test', ROUTES));
    for (const format of ['docx', 'xlsx']) expect(paths).toContain(`"/api/export/progress-report.${format}":`);
  });
});
