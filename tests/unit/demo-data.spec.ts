import { PILLARS } from '../../src/domain/catalogues';
import { addDays, dayOf, isCalendarDate } from '../../src/domain/dates';
import { isOverdue } from '../../src/domain/derive';
import {
  activityInput,
  checkInInput,
  objectiveInput,
  officeInput,
  planInput,
  ref as refSchema,
  targetInput,
} from '../../src/domain/schemas';
import { buildDemoData, DEMO_USERS, type DemoDataset } from '../../src/demo/demo-data';
import { GENDER_ADVISOR } from '../../src/demo/demo-users';

const NOW = new Date('2026-11-28T09:00:00Z');
const TODAY = dayOf(NOW);

function counterIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const build = (now = NOW): DemoDataset => buildDemoData(now, counterIds());

describe('buildDemoData', () => {
  const data = build();
  const targets = data.plans.flatMap((p) => p.targets);
  const checkins = data.plans.flatMap((p) => p.checkins);
  const userEmails = new Set(DEMO_USERS.map((u) => u.email));

  describe('offices and plans', () => {
    it('creates the seven offices of the Department with their codes', () => {
      expect(data.offices.map((o) => o.code)).toEqual(['OUSG', 'OO', 'OMS', 'MD', 'CPD', 'UNMAS', 'PBPS']);
    });

    it('gives every office one 2006-2007 work plan', () => {
      expect(data.plans.map((p) => p.plan.officeId)).toEqual(data.offices.map((o) => o.id));
      for (const { plan } of data.plans) expect(plan.cycle).toBe('2006-2007');
    });

    it('shows every review state: draft, submitted, returned and endorsed', () => {
      const statuses = new Set(data.plans.map((p) => p.plan.status));
      expect([...statuses].sort()).toEqual(['draft', 'endorsed', 'returned', 'submitted']);
    });

    it('records a history that matches each plan status', () => {
      const expected = { draft: [], submitted: ['submitted'], returned: ['submitted', 'returned'], endorsed: ['submitted', 'endorsed'] };
      for (const { plan } of data.plans) {
        expect(plan.history.map((h) => h.status)).toEqual(expected[plan.status as keyof typeof expected]);
      }
    });

    it('has the focal point submit and the Gender Advisor review, in the past and in order', () => {
      for (const { plan } of data.plans) {
        const office = data.offices.find((o) => o.id === plan.officeId);
        const [submitted, reviewed] = plan.history;
        if (submitted) expect(office?.focalPoints).toContain(submitted.by);
        if (reviewed) expect(reviewed.by).toBe(GENDER_ADVISOR);
        const times = plan.history.map((h) => Date.parse(h.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        for (const t of times) expect(t).toBeLessThan(NOW.getTime());
      }
    });

    it('explains a returned plan to its office', () => {
      const returned = data.plans.find((p) => p.plan.status === 'returned');
      expect(returned?.plan.reviewComment).toBeTruthy();
      expect(returned?.plan.history[1]?.comment).toBe(returned?.plan.reviewComment);
    });

    it('sets office milestones that agree with the plan status', () => {
      for (const { plan } of data.plans) {
        const m = data.offices.find((o) => o.id === plan.officeId)?.milestones;
        expect(m?.needsAssessment && m.workshop && m.needsAssessment < m.workshop && m.workshop < TODAY).toBeTruthy();
        expect(m?.planSubmitted != null).toBe(plan.status !== 'draft');
        expect(m?.planEndorsed != null).toBe(plan.status === 'endorsed');
      }
    });
  });

  describe('plan structure', () => {
    it('holds at least 120 targets across the seven plans', () => {
      expect(targets.length).toBeGreaterThanOrEqual(120);
    });

    it('gives each plan 3–5 objectives, each objective 2–3 activities and each activity 2–3 targets', () => {
      for (const p of data.plans) {
        expect(p.objectives.length).toBeGreaterThanOrEqual(3);
        expect(p.objectives.length).toBeLessThanOrEqual(5);
        for (const o of p.objectives) {
          const activities = p.activities.filter((a) => a.objectiveId === o.id);
          expect([2, 3]).toContain(activities.length);
          for (const a of activities) expect([2, 3]).toContain(p.targets.filter((t) => t.activityId === a.id).length);
        }
      }
    });

    it('numbers objectives 1, activities 1.2 and targets 1.2.a under their parents', () => {
      for (const p of data.plans) {
        expect(p.objectives.map((o) => o.ref)).toEqual(p.objectives.map((_, i) => String(i + 1)));
        for (const a of p.activities) expect(a.ref.startsWith(`${p.objectives.find((o) => o.id === a.objectiveId)?.ref}.`)).toBe(true);
        for (const t of p.targets) {
          expect(t.ref).toMatch(/^\d+\.\d+\.[a-z]$/);
          expect(t.ref.startsWith(`${p.activities.find((a) => a.id === t.activityId)?.ref}.`)).toBe(true);
        }
      }
    });

    it('uses all four pillars', () => {
      const pillars = new Set(data.plans.flatMap((p) => p.objectives.map((o) => o.pillar)));
      expect([...pillars].sort()).toEqual([...PILLARS].sort());
    });

    it('ties objectives mostly to the peacekeeping paragraphs 4, 5, 6, 13 and 17', () => {
      const paragraphs = data.plans.flatMap((p) => p.objectives.flatMap((o) => o.paragraphs));
      const direct = paragraphs.filter((n) => [4, 5, 6, 13, 17].includes(n));
      expect(direct.length / paragraphs.length).toBeGreaterThan(0.4);
    });

    it('gives every record a unique id', () => {
      const ids = [
        ...data.offices.map((o) => o.id),
        ...data.plans.flatMap((p) => [p.plan.id, ...[...p.objectives, ...p.activities, ...p.targets, ...p.checkins].map((r) => r.id)]),
      ];
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('resolves every parent reference within the same plan', () => {
      for (const p of data.plans) {
        const objectiveIds = new Set(p.objectives.map((o) => o.id));
        const activityIds = new Set(p.activities.map((a) => a.id));
        const targetIds = new Set(p.targets.map((t) => t.id));
        for (const r of [...p.objectives, ...p.activities, ...p.targets, ...p.checkins]) expect(r.planId).toBe(p.plan.id);
        for (const a of p.activities) expect(objectiveIds.has(a.objectiveId)).toBe(true);
        for (const t of p.targets) expect(activityIds.has(t.activityId)).toBe(true);
        for (const c of p.checkins) expect(targetIds.has(c.targetId)).toBe(true);
      }
    });
  });

  describe('people', () => {
    it('names only demo users as focal points, activity owners, target owners and check-in authors', () => {
      const named = [
        ...data.offices.flatMap((o) => o.focalPoints),
        ...data.plans.flatMap((p) => [...p.activities.map((a) => a.owner ?? ''), ...p.targets.map((t) => t.owner), ...p.checkins.map((c) => c.author)]),
      ];
      expect(named.filter((e) => !userEmails.has(e))).toEqual([]);
    });

    it('gives every target owner some targets and every activity to a member of its own office', () => {
      const focalPoints = new Set(data.offices.flatMap((o) => o.focalPoints));
      const owners = DEMO_USERS.filter((u) => u.roles.length === 0 && !focalPoints.has(u.email));
      expect(owners.length).toBeGreaterThanOrEqual(7);
      for (const u of owners) expect(targets.some((t) => t.owner === u.email)).toBe(true);
      for (const p of data.plans) {
        const code = data.offices.find((o) => o.id === p.plan.officeId)?.code;
        for (const a of p.activities) expect(DEMO_USERS.find((u) => u.email === a.owner)?.officeCode).toBe(code);
        for (const t of p.targets) expect(DEMO_USERS.find((u) => u.email === t.owner)?.officeCode).toBe(code);
      }
    });

    it('gives every office a focal point and no focal point a product role', () => {
      for (const o of data.offices) {
        expect(o.focalPoints.length).toBeGreaterThan(0);
        for (const e of o.focalPoints) expect(DEMO_USERS.find((u) => u.email === e)?.roles).toEqual([]);
      }
    });

    it('has lower-case, unique e-mails at dpko.example.org and one user for each product role', () => {
      expect(new Set(userEmails).size).toBe(DEMO_USERS.length);
      for (const u of DEMO_USERS) expect(u.email).toMatch(/^[a-z.-]+@dpko\.example\.org$/);
      for (const role of ['gender-unit', 'viewer', 'admin'] as const) expect(DEMO_USERS.some((u) => u.roles.includes(role))).toBe(true);
    });
  });

  describe('dates and progress', () => {
    it('has at least 10 overdue targets', () => {
      expect(targets.filter((t) => isOverdue(t, TODAY)).length).toBeGreaterThanOrEqual(10);
    });

    it('has at least 8 targets due within the next 14 days', () => {
      const soon = targets.filter((t) => !isOverdue(t, TODAY) && t.dueDate >= TODAY && t.dueDate <= addDays(TODAY, 14));
      expect(soon.length).toBeGreaterThanOrEqual(8);
    });

    it('uses every target status, with a few dropped', () => {
      const count = (s: string) => targets.filter((t) => t.status === s).length;
      for (const s of ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved']) expect(count(s)).toBeGreaterThan(0);
      expect(count('dropped')).toBeGreaterThan(0);
      expect(count('dropped')).toBeLessThanOrEqual(8);
    });

    it('dates every check-in on or before today', () => {
      for (const c of checkins) expect(c.date <= TODAY).toBe(true);
    });

    it('reports progress only on plans that left the draft stage', () => {
      for (const p of data.plans) if (p.plan.status === 'draft') expect(p.checkins).toEqual([]);
      for (const p of data.plans) if (p.plan.status !== 'draft') expect(p.checkins.length).toBeGreaterThan(p.targets.length / 2);
    });

    it('keeps each target consistent with its latest check-in', () => {
      for (const p of data.plans) {
        for (const t of p.targets) {
          const history = p.checkins.filter((c) => c.targetId === t.id);
          const latest = history[history.length - 1];
          expect(history.map((c) => c.date)).toEqual(history.map((c) => c.date).sort());
          expect(history.length).toBeLessThanOrEqual(4);
          if (!latest) {
            expect([t.lastCheckInAt, t.progress, t.status]).toEqual([null, 0, 'not-started']);
            continue;
          }
          expect(t.lastCheckInAt?.slice(0, 10)).toBe(latest.date);
          expect(latest.status).toBe(t.status);
          expect(t.progress).toBeGreaterThanOrEqual(0);
          expect(t.progress).toBeLessThanOrEqual(100);
          if (t.status === 'achieved') expect(t.progress).toBe(100);
          expect(latest.value != null || latest.percent != null).toBe(true);
        }
      }
    });

    it('keeps activity dates in order and before their targets fall due', () => {
      for (const p of data.plans) {
        for (const a of p.activities) {
          expect(a.start && a.end && a.start <= a.end).toBeTruthy();
          for (const t of p.targets.filter((x) => x.activityId === a.id)) expect(a.start! <= t.dueDate && t.dueDate <= a.end!).toBe(true);
        }
      }
    });
  });

  describe('validity against the domain schemas', () => {
    it('accepts every office, plan, objective, activity, target and check-in as input', () => {
      for (const o of data.offices) {
        expect(officeInput.parse({ code: o.code, name: o.name, focalPoints: o.focalPoints, digestChannelId: o.digestChannelId, milestones: o.milestones })).toBeTruthy();
      }
      for (const p of data.plans) {
        const code = data.offices.find((o) => o.id === p.plan.officeId)?.code;
        expect(planInput.parse({ office: code, cycle: p.plan.cycle, title: p.plan.title }).title).toBe(p.plan.title);
        for (const o of p.objectives) {
          const { ref, title, pillar, paragraphs, functionalArea } = o;
          expect(objectiveInput.parse({ ref, title, pillar, paragraphs, functionalArea })).toEqual({ ref, title, pillar, paragraphs, functionalArea });
        }
        for (const a of p.activities) {
          const { ref, title, owner, start, end, resources } = a;
          expect(activityInput.parse({ ref, title, owner, start, end, resources })).toEqual({ ref, title, owner, start, end, resources });
        }
        for (const t of p.targets) {
          const { ref, description, indicator, unit, baseline, targetValue, dueDate, owner, meansOfVerification, status } = t;
          const input = { ref, description, indicator, unit, baseline, targetValue, dueDate, owner, meansOfVerification, status };
          expect(targetInput.parse(input)).toEqual(input);
        }
        for (const c of p.checkins) {
          const { date, value, percent, status, note, evidenceUrl } = c;
          expect(checkInInput.parse({ date, value, percent, status, note, evidenceUrl })).toEqual({ date, value, percent, status, note, evidenceUrl });
        }
      }
    });

    it('writes refs, due dates and timestamps in the stored formats', () => {
      for (const p of data.plans) {
        for (const r of [...p.objectives, ...p.activities, ...p.targets]) expect(refSchema.safeParse(r.ref).success).toBe(true);
        for (const t of p.targets) {
          expect(isCalendarDate(t.dueDate)).toBe(true);
          if (t.lastCheckInAt) expect(new Date(t.lastCheckInAt).toISOString()).toBe(t.lastCheckInAt);
        }
      }
    });
  });

  describe('determinism', () => {
    it('gives deep-equal data for the same now and id generator', () => {
      expect(build()).toEqual(build());
    });

    it('moves every date along with now, so the demo always looks current', () => {
      const later = build(new Date('2027-03-15T09:00:00Z'));
      const shift = (d: string) => addDays(d, 107);
      expect(later.plans[0]?.targets.map((t) => t.dueDate)).toEqual(data.plans[0]?.targets.map((t) => shift(t.dueDate)));
      const laterTargets = later.plans.flatMap((p) => p.targets);
      expect(laterTargets.filter((t) => isOverdue(t, '2027-03-15')).length).toBe(targets.filter((t) => isOverdue(t, TODAY)).length);
    });
  });
});
