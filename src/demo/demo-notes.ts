// The progress notes that owners write on demo check-ins: what was reached, and for a target in
// trouble, why — the reasons offices actually give in their quarterly reviews.

import type { TargetStatus } from '../domain/catalogues';
import type { DemoRandom } from './demo-random';

/** What a check-in reports: a value reached, or for small deliverables a percent done. */
export interface Measure {
  value: number | null;
  percent: number | null;
  unit: string;
  targetValue: number;
}

const DELAYS = [
  'the post of the responsible officer has been vacant since the last review',
  'figures from two missions have not yet arrived',
  'funds for the second half of the year have not yet been released',
  'staff were redeployed to the start-up of a new mission',
  'the mandate renewals took priority this quarter',
  'contributing countries have been slow to answer',
];

const DROP_REASONS = [
  'superseded by the Department-wide training strategy',
  "the mission's mandate ended before the activity could start",
  "merged into another office's target to avoid reporting the same work twice",
];

// {p} is the progress in words, {delay} a reason for slippage, {source} the means of verification.
const NOTES: Readonly<Record<Exclude<TargetStatus, 'not-started' | 'achieved' | 'dropped'>, readonly string[]>> = {
  'on-track': ['{p}. Work continues as planned.', '{p}, confirmed at the monthly focal point meeting.', '{p}. Source: {source}.'],
  'at-risk': ['{p}. Slower than planned: {delay}.', '{p}. At risk because {delay}; raised with the Gender Unit.'],
  'off-track': [
    'Only {p}. Behind schedule because {delay}; a recovery plan is being agreed with the Gender Unit.',
    '{p}. Off track: {delay}. The Director has been briefed.',
  ],
};

export function checkInNote(status: TargetStatus, m: Measure, source: string, random: DemoRandom): string {
  switch (status) {
    case 'achieved':
      return m.value === null
        ? 'Completed and issued. Evidence filed with the Gender Unit.'
        : `Target reached: ${amount(m.value, m.unit)}. Evidence filed with the Gender Unit.`;
    case 'dropped':
      return `Dropped after the mid-term review with the Gender Unit: ${random.pick(DROP_REASONS)}.`;
    case 'not-started':
      return 'Not started yet.';
    default: {
      const note = random.pick(NOTES[status]).replace('{p}', progressInWords(m)).replace('{delay}', random.pick(DELAYS)).replace('{source}', source);
      return note.charAt(0).toUpperCase() + note.slice(1);
    }
  }
}

function progressInWords(m: Measure): string {
  if (m.value === null) return `about ${m.percent ?? 0}% done`;
  return `${amount(m.value, m.unit)} against a target of ${amount(m.targetValue, m.unit)}`;
}

const amount = (n: number, unit: string) => (unit === '%' ? `${n}%` : `${n} ${unit}`);
