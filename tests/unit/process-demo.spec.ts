// The demo data's planning process: a needs assessment of about a dozen findings (department-wide
// and per office, each valid input), the pilot held with its lessons, an office workshop held for
// every other office with participants by level and sex, every plan linked to its office's
// workshop, objectives citing findings, two findings left uncovered; and, seeded into a real
// SQLite store, the figures and the coverage the first start shows.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, dayOf } from '../../src/domain/dates';
import { findingInput, participantsInput } from '../../src/domain/process-inputs';
import { buildDemoData } from '../../src/demo/demo-data';
import { GENDER_ADVISOR } from '../../src/demo/demo-users';
import { serviceContext } from '../../src/services/context';
import type { Actor } from '../../src/services/identity';
import { listFindings } from '../../src/services/process/findings';
import { listWorkshops } from '../../src/services/process/workshops';
import { seedDataset } from '../../src/services/seed';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

const NOW = new Date('2026-11-28T09:00:00Z');
let n = 0;
const data = buildDemoData(NOW, () => `id-${++n}`);
const { findings, workshops } = data.process;
const officeOf = new Map(data.offices.map((o) => [o.id, o]));

describe('the demo planning process', () => {
  it('holds a needs assessment of a dozen findings, department-wide and per office, each valid input', () => {
    expect(findings.length).toBeGreaterThanOrEqual(10);
    expect(findings.filter((f) => f.officeId === null).length).toBeGreaterThanOrEqual(3);
    expect(new Set(findings.flatMap((f) => (f.officeId ? [f.officeId] : []))).size).toBe(data.offices.length);
    for (const f of findings) {
      const input = {
        office: f.officeId && officeOf.get(f.officeId)?.code,
        title: f.title,
        description: f.description,
        functionalArea: f.functionalArea,
        paragraphs: f.paragraphs,
        source: f.source,
        priority: f.priority,
      };
      expect(findingInput.safeParse(input).error).toBeUndefined();
    }
  });

  it('holds the pilot with its lessons learnt, and an office workshop for every other office, all two days and held', () => {
    const [pilot, ...others] = workshops;
    expect(pilot).toMatchObject({ kind: 'pilot', status: 'held', lessonsLearnt: expect.stringContaining('Senior management must open') });
    expect(others.length).toBeGreaterThanOrEqual(5);
    expect(others.every((w) => w.kind === 'office' && w.status === 'held')).toBe(true);
    expect(new Set(workshops.flatMap((w) => w.officeIds))).toEqual(new Set(data.offices.map((o) => o.id)));
    for (const w of workshops) {
      expect(addDays(w.start, 1)).toBe(w.end);
      expect(w.end < dayOf(NOW)).toBe(true);
      expect(officeOf.get(w.officeIds[0] ?? '')?.milestones.workshop).toBe(w.end);
    }
  });

  it('counts participants of every level, women and men, in every workshop, as valid input', () => {
    for (const w of workshops) {
      expect(participantsInput.safeParse(w.participants).error).toBeUndefined();
      const levels = new Set([...w.participants.groups.map((g) => g.level), ...w.participants.named.map((p) => p.level)]);
      expect(levels.has('senior-management')).toBe(true);
      expect(levels.size).toBeGreaterThanOrEqual(3);
      expect(w.participants.groups.reduce((s, g) => s + g.women, 0)).toBeGreaterThan(0);
    }
  });

  it('lists people by name beside the groups it counts at the pilot, senior managers among them, so that the first start shows both', () => {
    const pilot = workshops.find((w) => w.kind === 'pilot');
    expect(pilot?.participants.groups.length).toBeGreaterThan(0);
    expect(pilot?.participants.named.length).toBeGreaterThanOrEqual(3);
    expect(pilot?.participants.named.filter((p) => p.level === 'senior-management').length).toBeGreaterThanOrEqual(2);
    expect(new Set(pilot?.participants.named.map((p) => p.sex))).toEqual(new Set(['female', 'male']));
  });

  it("links every plan to its office's workshop, and cites findings of the plan's office or the department", () => {
    const findingById = new Map(findings.map((f) => [f.id, f]));
    for (const { plan, objectives } of data.plans) {
      expect(workshops.find((w) => w.id === plan.workshopId)?.officeIds).toContain(plan.officeId);
      for (const id of objectives.flatMap((o) => o.findingIds ?? [])) {
        expect([null, plan.officeId]).toContain(findingById.get(id)?.officeId);
      }
    }
    const cited = new Set(data.plans.flatMap((p) => p.objectives.flatMap((o) => o.findingIds ?? [])));
    expect(findings.filter((f) => !cited.has(f.id)).map((f) => f.title)).toEqual([
      'Mission reports rarely give figures by sex',
      'Mine-risk education reaches men more than women and girls',
    ]);
  });

  it('shows on first start the figures of the workshops and the coverage of the findings', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'process-demo-'));
    const store = new SqliteStore({ path: path.join(dir, 'demo.db') });
    try {
      const ctx = serviceContext(store, () => NOW);
      await seedDataset(ctx, data);
      const advisor: Actor = { id: GENDER_ADVISOR, email: GENDER_ADVISOR, name: 'Amina Diallo', roles: ['gender-unit'], focalOfficeIds: [] };
      const { figures, workshops: views } = await listWorkshops(ctx, advisor);
      expect(views).toHaveLength(workshops.length);
      expect(figures).toMatchObject({ pilotHeld: true, officeCount: 7, officesWithWorkshopHeld: 7, officesWithWorkshopAndPlan: 7 });
      expect(figures.department.participants.total).toBeGreaterThan(200);
      expect(figures.department.functionShare).toBeGreaterThan(50);
      const { coverage } = await listFindings(ctx, advisor);
      expect(coverage).toEqual({ total: findings.length, covered: findings.length - 2, uncovered: 2 });
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
