// Who may export and import: the Gender Unit exports everything, a focal point their own office
// only; an office's plan is imported by its focal point while it is a draft or returned.

import { CYCLE, PEOPLE, startExportApi, storeState, type ExportHarness } from './harness';

describe('export and import permissions', () => {
  let h: ExportHarness;
  beforeAll(async () => {
    h = await startExportApi();
  });
  afterAll(() => h.close());

  const exportAs = (as: string, query = '') => h.get(`/api/export/action-plan.xlsx?cycle=${CYCLE}${query}`, as);

  describe('GET /api/export/action-plan.xlsx', () => {
    it('lets the Gender Unit export the department and any office', async () => {
      expect((await exportAs(PEOPLE.advisor)).status).toBe(200);
      expect((await exportAs(PEOPLE.advisor, '&office=CPD')).status).toBe(200);
    });

    it("lets a focal point export their own office's plan", async () => {
      expect((await exportAs(PEOPLE.omsFocal, '&office=OMS')).status).toBe(200);
    });

    it('refuses a focal point the department and other offices', async () => {
      const department = await exportAs(PEOPLE.omsFocal);
      expect(department.status).toBe(403);
      expect(department.json.detail).toContain('office=CODE');
      expect((await exportAs(PEOPLE.omsFocal, '&office=OO')).status).toBe(403);
    });

    it('refuses viewers, target owners and administrators without the Gender Unit role', async () => {
      for (const who of [PEOPLE.viewer, PEOPLE.owner, PEOPLE.admin]) expect((await exportAs(who)).status).toBe(403);
      expect((await h.get(`/api/export/action-plan.docx?cycle=${CYCLE}`, PEOPLE.viewer)).status).toBe(403);
    });

    it('answers 400 for a malformed or unknown query field and 404 for an unknown office', async () => {
      const bad = await exportAs(PEOPLE.advisor, '&office=oo&format=pdf');
      expect(bad.status).toBe(400);
      expect(bad.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['format', 'office']);
      expect((await exportAs(PEOPLE.advisor, '&office=ZZZ')).status).toBe(404);
    });

    it('exports the newest cycle when none is named', async () => {
      const reply = await h.get('/api/export/action-plan.xlsx', PEOPLE.advisor);
      expect(reply.headers.get('content-disposition')).toContain(`1325-action-plan-${CYCLE}`);
    });
  });

  describe('POST /api/import', () => {
    let omsWorkbook: Buffer;
    let cpdWorkbook: Buffer;
    beforeAll(async () => {
      omsWorkbook = (await exportAs(PEOPLE.omsFocal, '&office=OMS')).body;
      cpdWorkbook = (await exportAs(PEOPLE.cpdFocal, '&office=CPD')).body;
    });

    it("refuses anyone but the office's focal point, and changes nothing", async () => {
      const before = await storeState(h.store);
      for (const who of [PEOPLE.unmasFocal, PEOPLE.viewer, PEOPLE.advisor]) {
        const reply = await h.post('/api/import?office=OMS', who, omsWorkbook);
        expect(reply.status).toBe(403);
      }
      expect(await storeState(h.store)).toEqual(before);
    });

    it('refuses to import into a plan that is submitted', async () => {
      const reply = await h.post('/api/import?office=CPD', PEOPLE.cpdFocal, cpdWorkbook);
      expect(reply.status).toBe(409);
      expect(reply.json.detail).toContain('submitted');
    });

    it('serves the template only to those who may import: focal points, not viewers, the Gender Unit or strangers', async () => {
      expect((await h.get('/api/import/template.xlsx', PEOPLE.omsFocal)).status).toBe(200);
      for (const who of [PEOPLE.viewer, PEOPLE.advisor, 'stranger@example.org']) {
        expect((await h.get('/api/import/template.xlsx', who)).status).toBe(403);
      }
    });
  });
});
