// Builds the demo department from the content tables: seven offices, one 2006-2007 work plan
// each in every review state, the progress reported so far, and the monitoring of the cycle
// (its quarters, milestones, the offices' period reports and two closed periods: demo-reports.ts).
// Pure: the same `now` and the same id generator give the same data, and every date is
// relative to `now`.

import { addDays, dayOf } from '../domain/dates';
import type { NewRecord, Transition } from '../domain/model';
import { nextActivityRef, nextObjectiveRef, nextTargetRef } from '../domain/refs';
import { demoCalendar, demoDisaggregation, demoIndicatorType, demoMilestones, splitBySex, type DemoCalendar } from './demo-calendar';
import { DEMO_CYCLE, DEMO_OFFICES, type ActivityContent, type OfficeContent } from './demo-content';
import { quarterlyHistory } from './demo-quarterly-history';
import { buildDemoProcess, type DemoProcess, type ProcessOffice } from './demo-process';
import { buildDemoMonitoring, type DemoMonitoring } from './demo-reports';
import { targetStory, type PlanTiming } from './demo-progress';
import { seededRandom, type DemoRandom } from './demo-random';
import { buildDemoScorecards, type DemoScorecards } from './demo-scorecard';
import { DEMO_USERS, GENDER_ADVISOR, officeStaff, type DemoUser, type OfficeStaff } from './demo-users';

export { DEMO_USERS, type DemoUser, type ProductRole } from './demo-users';
export type { DemoClose, DemoMonitoring } from './demo-reports';
export type { DemoScorecards } from './demo-scorecard';

export interface DemoPlan {
  plan: NewRecord<'plan'>;
  objectives: NewRecord<'objective'>[];
  activities: NewRecord<'activity'>[];
  targets: NewRecord<'target'>[];
  checkins: NewRecord<'checkin'>[];
}

export interface DemoDataset {
  users: readonly DemoUser[];
  offices: NewRecord<'office'>[];
  plans: DemoPlan[];
  /** The needs assessment and the workshops the plans came out of. */
  process: DemoProcess;
  monitoring: DemoMonitoring;
  /** The override and the remedial actions on the last closed period's scorecards (rated by the seed). */
  scorecards?: DemoScorecards;
}

/** Implementation begins about three weeks after an office's workshop. */
const START_AFTER_WORKSHOP = 21;
/** A draft plan's work is expected to begin about a month from now, once endorsed. */
const DRAFT_START_IN = 30;
/** Each plan begins at a different place in the pattern of target profiles, so no two look alike. */
const PROFILE_STEP = 7;

export function buildDemoData(now: Date, newId: () => string): DemoDataset {
  const today = dayOf(now);
  const calendar = demoCalendar(today);
  const offices: NewRecord<'office'>[] = [];
  const plans: DemoPlan[] = [];
  const processOffices: ProcessOffice[] = [];
  DEMO_OFFICES.forEach((content, i) => {
    const office = buildOffice(content, today, newId);
    offices.push(office);
    const demo = buildPlan(content, office.id, today, calendar, i * PROFILE_STEP, newId);
    plans.push(demo);
    processOffices.push({ content, officeId: office.id, plan: demo.plan, objectives: demo.objectives });
  });
  // The process before the plans: findings cited by the objectives, each plan linked to its workshop.
  const process = buildDemoProcess(processOffices, today, newId);
  process.offices.forEach((linked, i) => {
    const demo = plans[i];
    if (demo) plans[i] = { ...demo, plan: linked.plan, objectives: linked.objectives };
  });
  const monitoring = buildDemoMonitoring({ now, calendar, offices, plans, newId });
  const lastClosed = calendar.periods.find((p) => p.id === monitoring.closes.at(-1)?.periodId);
  const scorecards = lastClosed && buildDemoScorecards(today, lastClosed, offices);
  return { users: DEMO_USERS, offices, plans, process: { findings: process.findings, workshops: process.workshops }, monitoring, scorecards };
}

function buildOffice(content: OfficeContent, today: string, newId: () => string): NewRecord<'office'> {
  const { timeline } = content;
  const daysAgo = (days: number | null) => (days === null ? null : addDays(today, -days));
  return {
    id: newId(),
    code: content.code,
    name: content.name,
    focalPoints: officeStaff(content.code).focalPoints,
    digestChannelId: null,
    milestones: {
      needsAssessment: daysAgo(timeline.needsAssessment),
      workshop: daysAgo(timeline.workshop),
      planSubmitted: daysAgo(timeline.submitted),
      planEndorsed: content.status === 'endorsed' ? daysAgo(timeline.reviewed) : null,
    },
  };
}

/** What every part of one plan's construction shares. */
interface PlanBuild {
  demo: DemoPlan;
  content: OfficeContent;
  staff: OfficeStaff;
  timing: PlanTiming;
  calendar: DemoCalendar;
  random: DemoRandom;
  newId: () => string;
  /** Position of the next target in the profile pattern. */
  profileIndex: number;
}

function buildPlan(content: OfficeContent, officeId: string, today: string, calendar: DemoCalendar, profileOffset: number, newId: () => string): DemoPlan {
  const reportable = content.status !== 'draft';
  const build: PlanBuild = {
    demo: {
      plan: {
        id: newId(),
        officeId,
        cycle: DEMO_CYCLE,
        title: `${content.name} — SCR 1325 work plan ${DEMO_CYCLE}`,
        status: content.status,
        reviewComment: content.status === 'endorsed' || content.status === 'returned' ? content.reviewComment : null,
        history: planHistory(content, today),
      },
      objectives: [],
      activities: [],
      targets: [],
      checkins: [],
    },
    content,
    staff: officeStaff(content.code),
    timing: {
      today,
      start: reportable ? addDays(today, START_AFTER_WORKSHOP - content.timeline.workshop) : addDays(today, DRAFT_START_IN),
      reportable,
    },
    calendar,
    random: seededRandom(content.code),
    newId,
    profileIndex: profileOffset,
  };
  for (const o of content.objectives) {
    const objective: NewRecord<'objective'> = {
      id: newId(),
      planId: build.demo.plan.id,
      ref: nextObjectiveRef(build.demo.objectives.map((x) => x.ref)),
      title: o.title,
      pillar: o.pillar,
      paragraphs: [...o.paragraphs],
      functionalArea: o.area,
    };
    build.demo.objectives.push(objective);
    for (const a of o.activities) addActivity(build, objective, a, o.lead);
  }
  return build.demo;
}

/** The workflow so far: submitted by the focal point, then endorsed or returned by the Gender Advisor. */
function planHistory(content: OfficeContent, today: string): Transition[] {
  const { timeline } = content;
  const history: Transition[] = [];
  if (timeline.submitted === null) return history;
  const focalPoint = officeStaff(content.code).focalPoints[0] ?? GENDER_ADVISOR;
  history.push({ status: 'submitted', by: focalPoint, at: instant(today, timeline.submitted, '16:20'), comment: content.submitComment });
  if (timeline.reviewed !== null && (content.status === 'endorsed' || content.status === 'returned')) {
    history.push({ status: content.status, by: GENDER_ADVISOR, at: instant(today, timeline.reviewed, '10:45'), comment: content.reviewComment });
  }
  return history;
}

function addActivity(build: PlanBuild, objective: NewRecord<'objective'>, content: ActivityContent, owner: string): void {
  const { demo, staff, timing, random, newId } = build;
  const activityId = newId();
  const activityRef = nextActivityRef(
    objective.ref,
    demo.activities.map((x) => x.ref),
  );
  const focalPoint = staff.focalPoints[0] ?? owner;
  const targets: NewRecord<'target'>[] = [];
  for (const t of content.targets) {
    const ref = nextTargetRef(
      activityRef,
      targets.map((x) => x.ref),
    );
    // Most targets belong to the objective's lead; now and then a colleague takes one on.
    const targetOwner = random.next() < 0.2 ? random.pick(staff.owners) : owner;
    const facts = {
      baseline: t.baseline,
      targetValue: t.target,
      unit: t.unit,
      verification: t.verification,
      owner: targetOwner,
      focalPoint,
      evidencePath: `${build.content.code.toLowerCase()}/${ref.replace(/\./g, '-')}`,
    };
    const story = targetStory(build.profileIndex++, facts, timing, random);
    const target: NewRecord<'target'> = {
      id: newId(),
      planId: demo.plan.id,
      activityId,
      ref,
      description: t.description,
      indicator: t.indicator,
      unit: t.unit,
      baseline: t.baseline,
      targetValue: t.target,
      dueDate: story.dueDate,
      owner: targetOwner,
      meansOfVerification: t.verification,
      status: story.status,
      progress: story.progress,
      lastCheckInAt: story.lastCheckInAt,
      indicatorType: demoIndicatorType(t),
      disaggregation: demoDisaggregation(t),
      milestones: timing.reportable ? demoMilestones(t, story.dueDate, build.calendar) : [],
    };
    targets.push(target);
    for (const c of [...quarterlyHistory(story.checkIns, facts, ref, timing, build.calendar), ...story.checkIns]) {
      // Women and men are counted apart on a disaggregated target; the total is their sum.
      const bySex = target.disaggregation === 'sex' && c.value !== null ? splitBySex(c.value, ref) : {};
      demo.checkins.push({ id: newId(), planId: demo.plan.id, targetId: target.id, ...c, ...bySex });
    }
  }
  const dueDates = targets.map((t) => t.dueDate).sort();
  const firstDue = dueDates[0] ?? timing.start;
  const lastDue = dueDates[dueDates.length - 1] ?? timing.start;
  // Activities start in a staggered way but always two weeks before their first target falls due.
  const staggered = addDays(timing.start, random.int(0, 45));
  const latestStart = addDays(firstDue, -14);
  demo.activities.push({
    id: activityId,
    planId: demo.plan.id,
    objectiveId: objective.id,
    ref: activityRef,
    title: content.title,
    owner,
    start: staggered < latestStart ? staggered : latestStart,
    end: lastDue,
    resources: content.resources,
  });
  demo.targets.push(...targets);
}

/** An ISO instant `daysAgo` days before today at a given UTC time of day. */
function instant(today: string, daysAgo: number, time: string): string {
  return `${addDays(today, -daysAgo)}T${time}:00.000Z`;
}
