// What the demo offices wrote in their period reports: a short narrative per office, and the
// Gender Unit's comment on the report it returned. Plain sentences an office would write; a
// draft has its summary only, as one begun and not finished.

import type { ReportStatus } from '../domain/monitoring';

export interface ReportNarrative {
  summary: string | null;
  achievements: string | null;
  challenges: string | null;
  supportNeeded: string | null;
  nextSteps: string | null;
  /** Why the Gender Unit returned the report (used when it did). */
  returnComment: string;
}

const OFFICE_FOCUS: Readonly<Record<string, { achieved: string; challenge: string; support: string; next: string }>> = {
  OUSG: {
    achieved: 'Two women were appointed to senior mission leadership posts and the roster of women candidates grew.',
    challenge: 'Few women candidates apply for Head of Mission posts in the most difficult duty stations.',
    support: 'Outreach material for the senior leadership roster, in French and Arabic.',
    next: 'Brief the Senior Management Team on the roster and agree the next round of outreach.',
  },
  OO: {
    achieved: 'Assessment missions used the gender checklist and the DDR officers’ training continued.',
    challenge: 'Integrated mission task forces rarely include a gender adviser at the planning stage.',
    support: 'A trainer for the DDR gender module in the West Africa missions.',
    next: 'Add the gender checklist to the planning guidance for integrated missions.',
  },
  MD: {
    achieved: 'More notes verbales asked troop-contributing countries for women officers, and military gender focal points were trained.',
    challenge: 'Troop-contributing countries nominate few women staff officers for headquarters posts.',
    support: 'Statistics on women nominated and deployed, by troop-contributing country, each quarter.',
    next: 'Hold the next briefing for troop-contributing countries and follow up on the nominations.',
  },
  PBPS: {
    achieved: 'The lessons-learned study on women’s participation was started and the workshop materials were revised.',
    challenge: 'Missions return end-of-assignment reports late, which delays the lessons-learned work.',
    support: 'A reminder from the Under-Secretary-General to missions on end-of-assignment reports.',
    next: 'Circulate the revised workshop materials to the offices of the second wave.',
  },
};

const GENERIC = {
  achieved: 'Work continued on the targets of the plan; the figures are in the lines below.',
  challenge: 'Data from the missions arrive late.',
  support: 'Guidance on how to count and report the figures.',
  next: 'Collect the figures from the missions earlier in the quarter.',
};

export function reportNarrative(officeCode: string, periodLabel: string, status: ReportStatus): ReportNarrative {
  const focus = OFFICE_FOCUS[officeCode] ?? GENERIC;
  const returnComment =
    `Thank you. Before we can accept the ${periodLabel} report, please explain the targets marked at risk or off track ` +
    'under challenges, and give women and men separately for the training figures.';
  if (status === 'draft') {
    return {
      summary: `${periodLabel}: progress on the work plan (draft, figures still to be checked).`,
      achievements: null,
      challenges: null,
      supportNeeded: null,
      nextSteps: null,
      returnComment,
    };
  }
  return {
    summary: `${periodLabel}: the office kept to its work plan on most targets.`,
    achievements: focus.achieved,
    challenges: focus.challenge,
    supportNeeded: focus.support,
    nextSteps: focus.next,
    returnComment,
  };
}
