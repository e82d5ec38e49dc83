import { PILLARS } from '../../src/domain/catalogues';
import { addDays, dayOf, isCalendarDate } from '../../src/domain/dates';
import { isOverdue } from '../../src/domain/derive';
import { milestoneOf } from '../../src/domain/monitoring-derive';
import { activityInput, checkInInput, objectiveInput, officeInput, planInput, ref as refSchema, reportPatch, targetInput } from '../../src/domain/schemas';
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
          // Up to four monthly check-ins, after one near the end of each earlier quarter (three at most).
          expect(history.length).toBeLessThanOrEqual(7);
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
        expect(
          officeInput.parse({ code: o.code, name: o.name, focalPoints: o.focalPoints, digestChannelId: o.digestChannelId, milestones: o.milestones }),
        ).toBeTruthy();
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
          const {
            ref,
            description,
            indicator,
            unit,
            baseline,
            targetValue,
            dueDate,
            owner,
            meansOfVerification,
            status,
            indicatorType,
            disaggregation,
            milestones,
          } = t;
          const input = {
            ref,
            description,
            indicator,
            unit,
            baseline,
            targetValue,
            dueDate,
            owner,
            meansOfVerification,
            status,
            indicatorType,
            disaggregation,
            milestones,
          };
          expect(targetInput.parse(input)).toEqual(input);
        }
        for (const c of p.checkins) {
          const { date, value, percent, status, note, evidenceUrl } = c;
          const bySex = c.women != null ? { women: c.women, men: c.men } : {};
          expect(checkInInput.parse({ date, value, percent, status, note, evidenceUrl, ...bySex })).toEqual({
            date,
            value,
            percent,
            status,
            note,
            evidenceUrl,
            ...bySex,
          });
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

  describe('monitoring', () => {
    const m = data.monitoring;
    const codeOf = (officeId: string) => data.offices.find((o) => o.id === officeId)?.code;
    const [q1, q2, q3, q4] = m.periods;
    const reportsOf = (periodId: string | undefined) => m.reports.filter((r) => r.periodId === periodId);
    const endorsed = data.plans.filter((p) => p.plan.status === 'endorsed');

    it('reports the 2006-2007 cycle quarterly: eight quarters, the last one that ended being reported on and the next under way', () => {
      expect(m.cycle).toMatchObject({ id: '2006-2007', periodicity: 'quarterly', reportDueDays: 15 });
      expect(m.periods.map((p) => p.label)).toEqual(['2026 Q1', '2026 Q2', '2026 Q3', '2026 Q4', '2027 Q1', '2027 Q2', '2027 Q3', '2027 Q4']);
      expect(q3!.end < TODAY).toBe(true);
      expect(q4!.start <= TODAY && TODAY <= q4!.end).toBe(true);
      expect(m.periods.every((p) => p.cycle === '2006-2007' && p.status === 'open')).toBe(true);
    });

    it('closes the first two quarters, in order, after their reports were due; the second by force with the missing office recorded', () => {
      expect(m.closes.map((c) => c.periodId)).toEqual([q1!.id, q2!.id]);
      m.closes.forEach((c, i) => {
        const period = m.periods[i]!;
        expect(c.at.slice(0, 10) > period.reportDue && c.at.slice(0, 10) < TODAY).toBe(true);
        expect(c.actor).toBe(GENDER_ADVISOR);
      });
      expect(m.closes.map((c) => [c.forced, c.missingOffices.map(codeOf)])).toEqual([
        [false, []],
        [true, ['PBPS']],
      ]);
      expect(reportsOf(q2!.id).map((r) => codeOf(r.officeId))).not.toContain('PBPS');
    });

    it('has reports in every state in the quarter being reported on: accepted, returned with a comment, submitted, draft', () => {
      const states = Object.fromEntries(reportsOf(q3!.id).map((r) => [codeOf(r.officeId), r.status]));
      expect(states).toEqual({ OUSG: 'accepted', OO: 'returned', MD: 'submitted', PBPS: 'draft' });
      const returned = reportsOf(q3!.id).find((r) => r.status === 'returned');
      expect(returned?.returnComment).toBeTruthy();
      expect(returned?.transitions.at(-1)).toMatchObject({ to: 'returned', comment: returned?.returnComment });
      expect(reportsOf(q4!.id)).toEqual([]);
    });

    it('has only offices with an endorsed plan report, once per quarter, with one line per target of their plan', () => {
      const reporting = new Set(endorsed.map((p) => p.plan.officeId));
      expect(m.reports.every((r) => reporting.has(r.officeId))).toBe(true);
      const keys = m.reports.map((r) => `${r.periodId}|${r.officeId}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const r of m.reports) {
        const targets = endorsed.find((p) => p.plan.officeId === r.officeId)!.targets;
        const lines = m.lines.filter((l) => l.reportId === r.id);
        expect(lines.map((l) => l.targetId).sort()).toEqual(targets.map((t) => t.id).sort());
        for (const l of lines)
          expect(l.milestone).toBe(
            milestoneOf(
              targets.find((t) => t.id === l.targetId)!,
              r.periodId,
            ),
          );
      }
    });

    it('has the focal point submit and the Gender Advisor decide, in order, in the past, one report late', () => {
      for (const r of m.reports) {
        const office = data.offices.find((o) => o.id === r.officeId)!;
        const period = m.periods.find((p) => p.id === r.periodId)!;
        expect(r.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(
          {
            draft: [],
            submitted: ['draft>submitted'],
            accepted: ['draft>submitted', 'submitted>accepted'],
            returned: ['draft>submitted', 'submitted>returned'],
          }[r.status],
        );
        const [submitted, decided] = r.transitions;
        if (submitted)
          expect([office.focalPoints.includes(submitted.by), submitted.at > `${period.end}`, submitted.at === r.submittedAt]).toEqual([true, true, true]);
        if (decided) expect([decided.by, decided.at > submitted!.at, decided.at < NOW.toISOString()]).toEqual([GENDER_ADVISOR, true, true]);
      }
      expect(m.reports.filter((r) => r.periodId === q1!.id && r.submittedAt!.slice(0, 10) > q1!.reportDue)).toHaveLength(1);
    });

    it('freezes one row per target of the reporting offices, one per office and one for the department', () => {
      const targets = endorsed.reduce((n, p) => n + p.targets.length, 0);
      for (const c of m.closes) {
        expect(c.rows.filter((r) => r.scope === 'target')).toHaveLength(targets);
        expect(
          c.rows
            .filter((r) => r.scope === 'office')
            .map((r) => codeOf(r.key))
            .sort(),
        ).toEqual(['MD', 'OO', 'OUSG', 'PBPS']);
        const department = c.rows.filter((r) => r.scope === 'department');
        expect(department).toHaveLength(1);
        expect(department[0]!.counts!.targets).toBe(targets);
        expect(department[0]!.counts!.milestonesMet).toBeGreaterThan(0);
        expect(department[0]!.counts!.milestonesMissed).toBeGreaterThan(0);
      }
      expect(m.closes[1]!.rows.find((r) => r.scope === 'department')!.counts).toMatchObject({ reportsMissing: 1 });
    });

    it('had the reporting offices endorsed before the first quarter began', () => {
      for (const { plan } of endorsed) expect(plan.history.at(-1)!.at.slice(0, 10) < q1!.start).toBe(true);
    });

    it('gives counted targets milestones that climb from the baseline towards the target, for the quarters before they fall due', () => {
      const withMilestones = targets.filter((t) => (t.milestones ?? []).length > 0);
      expect(withMilestones.length).toBeGreaterThan(40);
      const quarterIds = m.periods.map((p) => p.id);
      for (const t of withMilestones) {
        const values = t.milestones!.map((ms) => ms.value);
        for (const ms of t.milestones!) expect(m.periods.find((p) => p.id === ms.periodId)!.end < t.dueDate).toBe(true);
        expect(t.milestones!.map((ms) => quarterIds.indexOf(ms.periodId))).toEqual([...t.milestones!.keys()]);
        const up = t.targetValue! >= t.baseline!;
        expect(values).toEqual([...values].sort((a, b) => (up ? a - b : b - a)));
      }
    });

    it('types indicators as percent, yes-no or number, and counts women and men apart on a few targets of people trained', () => {
      const types = new Set(targets.map((t) => t.indicatorType));
      expect([...types].sort()).toEqual(['number', 'percent', 'yes-no']);
      const bySex = targets.filter((t) => t.disaggregation === 'sex');
      expect(bySex.length).toBeGreaterThanOrEqual(3);
      for (const t of bySex) expect(t.indicator).toMatch(/trained|briefed|attended/);
      const sexIds = new Set(bySex.map((t) => t.id));
      for (const c of checkins) {
        if (sexIds.has(c.targetId) && c.value !== null) expect(c.women! + c.men!).toBe(c.value);
        if (!sexIds.has(c.targetId)) expect([c.women, c.men]).toEqual([undefined, undefined]);
      }
      expect(checkins.some((c) => c.women != null)).toBe(true);
    });

    it.each(['2026-10-01T00:30:00Z', '2026-12-31T23:00:00Z', '2027-01-01T06:00:00Z', '2027-05-15T12:00:00Z'])(
      'keeps the calendar sensible on %s: reports after their quarter, before now, plans endorsed before the cycle',
      (at) => {
        const now = new Date(at);
        const other = build(now);
        const [first, , reported, current] = other.monitoring.periods;
        expect(reported!.end < dayOf(now) && dayOf(now) >= current!.start && dayOf(now) <= current!.end).toBe(true);
        for (const r of other.monitoring.reports) {
          const period = other.monitoring.periods.find((p) => p.id === r.periodId)!;
          for (const t of r.transitions) expect(t.at >= `${period.end}T` && t.at < now.toISOString()).toBe(true);
        }
        for (const c of other.monitoring.closes) expect(c.at < now.toISOString()).toBe(true);
        for (const p of other.plans.filter((x) => x.plan.status === 'endorsed')) expect(p.plan.history.at(-1)!.at.slice(0, 10) < first!.start).toBe(true);
      },
    );

    it('prefills every report line from the latest check-in within its quarter, and the closed quarters have them for most targets', () => {
      for (const r of m.reports) {
        const period = m.periods.find((p) => p.id === r.periodId)!;
        for (const l of m.lines.filter((x) => x.reportId === r.id)) {
          const latest = checkins.filter((c) => c.targetId === l.targetId && c.date >= period.start && c.date <= period.end).at(-1);
          expect([l.value, l.women, l.men, l.status]).toEqual(
            latest ? [latest.value, latest.women ?? null, latest.men ?? null, latest.status] : [null, null, null, 'not-started'],
          );
        }
      }
      const q1Lines = m.lines.filter((l) => reportsOf(q1!.id).some((r) => r.id === l.reportId));
      expect(q1Lines.filter((l) => l.status !== 'not-started').length / q1Lines.length).toBeGreaterThan(0.6);
    });

    it('writes report lines that the report form accepts', () => {
      for (const r of m.reports) {
        const lines = m.lines
          .filter((l) => l.reportId === r.id)
          .map(({ targetId, value, women, men, status, comment }) => ({ targetId, value, women, men, status, comment }));
        expect(reportPatch.parse({ summary: r.summary, lines }).lines).toHaveLength(lines.length);
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
