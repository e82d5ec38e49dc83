// The life of one demo target: when it falls due, where it stands today and the check-ins that
// brought it there. Everything is relative to `today`, so the demo always looks current.

import type { TargetStatus } from '../domain/catalogues';
import { addDays, daysBetween } from '../domain/dates';
import { progressOf } from '../domain/derive';
import type { NewRecord } from '../domain/model';
import type { DemoRandom } from './demo-random';
import { checkInNote, type Measure } from './demo-notes';

type Profile = 'later' | 'later-at-risk' | 'later-off-track' | 'not-started' | 'overdue' | 'due-soon' | 'achieved' | 'dropped';

// Twenty targets in a row cover the whole range: 3 overdue, 3 due within two weeks, 3 achieved,
// 1 dropped, the rest due later in varying health. Each plan starts at a different place in it.
const PROFILES: readonly Profile[] = [
  'later',
  'overdue',
  'due-soon',
  'achieved',
  'later',
  'not-started',
  'overdue',
  'later-at-risk',
  'due-soon',
  'later',
  'achieved',
  'later',
  'overdue',
  'due-soon',
  'later-off-track',
  'dropped',
  'later',
  'achieved',
  'later-at-risk',
  'not-started',
];

/** The first check-in comes at least this long after work started, and a target falls due no earlier. */
const FIRST_REPORT_AFTER = 14;
/** How far back an overdue target's due date, or an achieved target's, may lie (days before today). */
const OVERDUE_SPREAD = 200;
const ACHIEVED_SPREAD = 330;
/** Roughly monthly reporting, as the Gender Unit asks of the offices. */
const REPORTING_INTERVAL = 30;

export type CheckInDraft = Omit<NewRecord<'checkin'>, 'id' | 'planId' | 'targetId'>;

export interface TargetFacts {
  baseline: number;
  targetValue: number;
  unit: string;
  verification: string;
  owner: string;
  focalPoint: string;
  /** Path under the evidence library, e.g. "oo/1-2-a". */
  evidencePath: string;
}

export interface PlanTiming {
  today: string;
  /** The day work on the plan began (or, for a draft, is expected to begin). */
  start: string;
  /** False for a draft plan: nothing has been reported on it yet. */
  reportable: boolean;
}

export interface TargetStory {
  dueDate: string;
  status: TargetStatus;
  progress: number;
  lastCheckInAt: string | null;
  checkIns: CheckInDraft[];
}

/** The story of the target at position `index` of the profile pattern. */
export function targetStory(index: number, facts: TargetFacts, timing: PlanTiming, random: DemoRandom): TargetStory {
  if (!timing.reportable) {
    const dueDate = addDays(timing.start, random.int(45, 400));
    return { dueDate, status: 'not-started', progress: 0, lastCheckInAt: null, checkIns: [] };
  }
  const profile = PROFILES[index % PROFILES.length] as Profile;
  const dueDate = dueDateFor(profile, timing, random);
  const { status, percent } = standingFor(profile, random);
  if (status === 'not-started') return { dueDate, status, progress: 0, lastCheckInAt: null, checkIns: [] };

  const dates = reportingDates(status === 'achieved' ? dueDate : timing.today, timing, random);
  const checkIns = dates.map((date, i) => {
    const last = i === dates.length - 1;
    const stepStatus = last ? status : earlierStatus(status, i, dates.length);
    const stepPercent = last ? percent : Math.round(((status === 'achieved' ? 80 : percent) * (i + 1)) / dates.length);
    return checkIn(date, stepStatus, measure(stepPercent, facts), facts, random);
  });
  const latest = checkIns[checkIns.length - 1] as CheckInDraft;
  return {
    dueDate,
    status,
    progress: progressOf(latest, { baseline: facts.baseline, targetValue: facts.targetValue, progress: 0 }),
    lastCheckInAt: `${latest.date}T${pad(random.int(7, 17))}:${pad(random.pick([0, 15, 30, 45]))}:00.000Z`,
    checkIns,
  };
}

function dueDateFor(profile: Profile, { today, start }: PlanTiming, random: DemoRandom): string {
  const earliest = addDays(start, FIRST_REPORT_AFTER);
  const notBeforeEarliest = (day: string) => (day < earliest ? earliest : day);
  switch (profile) {
    // Late work piles up over the cycle: some targets fell due quarters ago, so that the closed
    // periods' snapshots and the trend show overdue work, not only the last weeks'.
    case 'overdue':
      return addDays(today, -random.int(2, Math.max(2, Math.min(OVERDUE_SPREAD, daysBetween(earliest, today)))));
    case 'due-soon':
      return addDays(today, random.int(0, 13));
    // Achieved along the way (so each closed quarter has its share), or recently, or ahead of the due date.
    case 'achieved':
      return notBeforeEarliest(addDays(today, random.int(-Math.max(30, Math.min(ACHIEVED_SPREAD, daysBetween(earliest, today))), 150)));
    case 'dropped':
      return notBeforeEarliest(addDays(today, random.int(-20, 200)));
    default:
      return addDays(today, random.int(21, 420));
  }
}

/** Where the target stands now, with the percent complete its owner would report. */
function standingFor(profile: Profile, random: DemoRandom): { status: TargetStatus; percent: number } {
  switch (profile) {
    case 'later':
      return { status: 'on-track', percent: random.int(10, 60) };
    case 'later-at-risk':
      return { status: 'at-risk', percent: random.int(10, 40) };
    case 'later-off-track':
      return { status: 'off-track', percent: random.int(0, 20) };
    case 'not-started':
      return { status: 'not-started', percent: 0 };
    case 'overdue': {
      // A late target has either been reported as struggling or not been reported at all.
      const status = random.pick<TargetStatus>(['off-track', 'at-risk', 'not-started']);
      return { status, percent: status === 'off-track' ? random.int(10, 45) : random.int(40, 80) };
    }
    case 'due-soon':
      return random.next() < 0.3 ? { status: 'at-risk', percent: random.int(40, 70) } : { status: 'on-track', percent: random.int(60, 90) };
    case 'achieved':
      return { status: 'achieved', percent: 100 };
    case 'dropped':
      return { status: 'dropped', percent: random.int(0, 30) };
  }
}

/** Up to four roughly monthly reporting days, oldest first, none before work could be reported on. */
function reportingDates(notAfter: string, { today, start }: PlanTiming, random: DemoRandom): string[] {
  const floor = addDays(start, FIRST_REPORT_AFTER);
  const yesterday = addDays(today, -1);
  let latest = addDays(today, -random.int(1, 25));
  if (notAfter < latest) latest = notAfter;
  if (latest < floor) latest = floor;
  if (latest > yesterday) latest = yesterday;
  const dates = [latest];
  const wanted = random.int(1, 4);
  for (let k = 1; k < wanted; k++) {
    const day = addDays(latest, -REPORTING_INTERVAL * k - random.int(0, 5));
    if (day < floor) break;
    dates.unshift(day);
  }
  return dates;
}

/** Earlier reports read on track; a target that went off track was at risk the time before. */
function earlierStatus(final: TargetStatus, i: number, count: number): TargetStatus {
  if (final === 'dropped') return 'at-risk';
  if (final === 'off-track' && i === count - 2) return 'at-risk';
  return 'on-track';
}

// A small span (a single guideline, a report or two) is reported as percent done; a count or a
// rate is reported as the value reached.
function measure(percent: number, facts: TargetFacts): Measure {
  const span = facts.targetValue - facts.baseline;
  if (Math.abs(span) < 5) return { value: null, percent, unit: facts.unit, targetValue: facts.targetValue };
  return { value: Math.round(facts.baseline + (span * percent) / 100), percent: null, unit: facts.unit, targetValue: facts.targetValue };
}

function checkIn(date: string, status: TargetStatus, m: Measure, facts: TargetFacts, random: DemoRandom): CheckInDraft {
  const withEvidence = status === 'achieved' || random.next() < 0.3;
  return {
    date,
    value: m.value,
    percent: m.percent,
    status,
    note: checkInNote(status, m, facts.verification, random),
    evidenceUrl: withEvidence ? `https://dpko.example.org/sites/gender/evidence/${facts.evidencePath}/${date}.pdf` : null,
    author: random.next() < 0.25 ? facts.focalPoint : facts.owner,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
