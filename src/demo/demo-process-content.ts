// What the demo department's planning process found and who came: the needs assessment's
// findings (department-wide and per office, each with the offices whose objectives answer it;
// none for the gaps still open), the pilot workshop's lessons, and the participants of each
// office's two-day workshop by level, function and sex.

import type { FunctionalArea } from '../domain/catalogues';
import type { FindingPriority, FindingSource, NamedParticipant, ParticipantGroup } from '../domain/process';
import type { DemoOfficeCode } from './demo-users';

export interface FindingContent {
  /** null: department-wide. */
  office: DemoOfficeCode | null;
  title: string;
  description: string;
  area: FunctionalArea;
  paragraphs: readonly number[];
  source: FindingSource;
  priority: FindingPriority;
  /** The offices whose work plan answers it (an objective of the same area, else the first); none: still uncovered. */
  answeredIn: readonly DemoOfficeCode[];
}

export const DEMO_FINDINGS: readonly FindingContent[] = [
  {
    office: null,
    title: 'No departmental policy directive on gender mainstreaming',
    description:
      'The document review found guidance notes and a 2004 checklist, but no directive that makes gender mainstreaming an obligation of every office and mission component.',
    area: 'best-practices-and-guidance',
    paragraphs: [5, 17],
    source: 'document',
    priority: 'high',
    answeredIn: ['PBPS'],
  },
  {
    office: null,
    title: 'Gender focal points are named without terms of reference or time',
    description:
      'In interviews, focal points in five offices said the role was added to a full-time post, with no terms of reference, no time allocated and no access to senior management.',
    area: 'human-resources',
    paragraphs: [5],
    source: 'interview',
    priority: 'high',
    answeredIn: ['OMS'],
  },
  {
    office: null,
    title: 'Mission reports rarely give figures by sex',
    description: 'Of 40 reports of the Secretary-General reviewed, six gave any sex-disaggregated figure; mission reporting templates have no field for them.',
    area: 'political-affairs',
    paragraphs: [16, 17],
    source: 'document',
    priority: 'high',
    answeredIn: [],
  },
  {
    office: null,
    title: 'Pre-deployment training has no mandatory gender module',
    description:
      'Group sessions with trainers found gender covered in an optional hour of the standard generic training modules; troop and police contributors are not asked to deliver it.',
    area: 'training',
    paragraphs: [6, 7],
    source: 'group-session',
    priority: 'medium',
    answeredIn: ['MD', 'CPD'],
  },
  {
    office: 'OUSG',
    title: 'Senior managers carry no gender objectives in their compacts',
    description: 'None of the compacts between the Under-Secretary-General and the heads of office names a result on gender equality or on SCR 1325.',
    area: 'political-affairs',
    paragraphs: [1, 5],
    source: 'interview',
    priority: 'high',
    answeredIn: ['OUSG'],
  },
  {
    office: 'OO',
    title: 'Mandate proposals seldom analyse the situation of women',
    description:
      'Integrated mission planning documents and mandate proposals reviewed for three new missions had no analysis of the situation of women and girls, nor consultations with women’s groups.',
    area: 'political-affairs',
    paragraphs: [8, 15],
    source: 'document',
    priority: 'high',
    answeredIn: ['OO'],
  },
  {
    office: 'OMS',
    title: 'Few women among candidates for senior field posts',
    description: 'Rosters for P-4 and above in the field hold 18% women; shortlists for head of section posts in 2005 named a woman in one case of five.',
    area: 'human-resources',
    paragraphs: [4],
    source: 'document',
    priority: 'high',
    answeredIn: ['OMS'],
  },
  {
    office: 'OMS',
    title: 'Camps and offices lack separate facilities for women staff',
    description: 'Women staff in two missions reported shared ablutions and unlit accommodation areas; engineering standards do not provide for them.',
    area: 'logistics-and-mission-support',
    paragraphs: [5],
    source: 'group-session',
    priority: 'medium',
    answeredIn: ['OMS'],
  },
  {
    office: 'MD',
    title: 'Women are under 2% of military observers and staff officers',
    description: 'Force generation data show 1.6% women among military observers and 2.1% among staff officers; requests to contributors do not ask for women.',
    area: 'military',
    paragraphs: [4],
    source: 'document',
    priority: 'high',
    answeredIn: ['MD'],
  },
  {
    office: 'CPD',
    title: 'No specialised capacity to investigate sexual and gender-based violence',
    description:
      'Police components in four missions have no investigators trained for sexual and gender-based violence, and no agreed way of referring survivors to medical and legal help.',
    area: 'police',
    paragraphs: [10, 11],
    source: 'interview',
    priority: 'high',
    answeredIn: ['CPD'],
  },
  {
    office: 'UNMAS',
    title: 'Mine-risk education reaches men more than women and girls',
    description:
      'Programme records show sessions held where and when men gather; women and girls, who collect water and firewood, are reached less than half as often.',
    area: 'mine-action',
    paragraphs: [5],
    source: 'group-session',
    priority: 'medium',
    answeredIn: [],
  },
  {
    office: 'PBPS',
    title: 'After-action reviews do not capture lessons on gender',
    description: 'None of the after-action reviews filed in 2005 has a question on gender; lessons from the gender advisers in missions are not collected.',
    area: 'best-practices-and-guidance',
    paragraphs: [17],
    source: 'interview',
    priority: 'low',
    answeredIn: ['PBPS'],
  },
];

export const PILOT_LESSONS =
  'Two full days are needed: the first on SCR 1325 and the office’s functions, the second on writing objectives and targets. ' +
  'Senior management must open the workshop. Bring the needs-assessment findings of the office on one page. ' +
  'Draft targets in the room with the staff who will own them; baselines come later from the office’s own records.';

/** Who came to a workshop: groups by level and function, and a few people by name. */
export interface WorkshopContent {
  venue: string;
  groups: readonly ParticipantGroup[];
  named: readonly NamedParticipant[];
}

const g = (level: ParticipantGroup['level'], fn: FunctionalArea, women: number, men: number): ParticipantGroup => ({ level, function: fn, women, men });

/** The pilot, hosted by the Best Practices Section for the Gender Unit and a few staff of every office. */
export const PILOT_WORKSHOP: WorkshopContent = {
  venue: 'UN Headquarters, Conference Room 6',
  // The senior managers who opened it, and the officers lent by other offices, are listed by name; the rest counted.
  groups: [
    g('professional', 'best-practices-and-guidance', 4, 1),
    g('professional', 'political-affairs', 2, 2),
    g('professional', 'training', 1, 2),
    g('general-service', 'best-practices-and-guidance', 2, 1),
  ],
  named: [
    { name: 'Dr. Aïssatou Ndiaye-Camara', level: 'senior-management', function: 'best-practices-and-guidance', sex: 'female' },
    { name: 'Henrik Vestergaard', level: 'senior-management', function: 'best-practices-and-guidance', sex: 'male' },
    { name: 'Col. Lars Eriksen', level: 'senior-management', function: 'military', sex: 'male' },
    { name: 'Chief Supt. Grace Mwangi', level: 'professional', function: 'police', sex: 'female' },
    { name: 'Kenji Watanabe', level: 'professional', function: 'best-practices-and-guidance', sex: 'male' },
  ],
};

export const OFFICE_WORKSHOPS: Readonly<Record<Exclude<DemoOfficeCode, 'PBPS'>, WorkshopContent>> = {
  OUSG: {
    venue: 'UN Headquarters, Room S-3727',
    // The Chief of Staff and the Director of the Front Office by name, the other senior managers counted.
    groups: [
      g('senior-management', 'political-affairs', 1, 3),
      g('professional', 'political-affairs', 5, 4),
      g('professional', 'public-information', 3, 1),
      g('professional', 'conduct-and-discipline', 2, 2),
      g('general-service', 'political-affairs', 4, 1),
    ],
    named: [
      { name: 'Michael Osei', level: 'senior-management', function: 'political-affairs', sex: 'male' },
      { name: 'Ambassador Catalina Restrepo Villegas', level: 'senior-management', function: 'political-affairs', sex: 'female' },
    ],
  },
  OO: {
    venue: 'UN Headquarters, Conference Room 7',
    groups: [
      g('senior-management', 'political-affairs', 1, 5),
      g('professional', 'political-affairs', 6, 7),
      g('professional', 'electoral-assistance', 2, 1),
      g('professional', 'civil-affairs', 2, 2),
      g('professional', 'rule-of-law', 1, 2),
      g('general-service', 'political-affairs', 3, 1),
      g('field', 'civil-affairs', 2, 3),
    ],
    named: [],
  },
  OMS: {
    venue: 'UN Logistics Base, Brindisi',
    groups: [
      g('senior-management', 'logistics-and-mission-support', 1, 4),
      g('professional', 'human-resources', 5, 3),
      g('professional', 'logistics-and-mission-support', 2, 8),
      g('professional', 'budget-and-finance', 3, 3),
      g('general-service', 'human-resources', 5, 1),
      g('general-service', 'logistics-and-mission-support', 2, 4),
      g('field', 'logistics-and-mission-support', 1, 5),
    ],
    named: [],
  },
  MD: {
    venue: 'UN Headquarters, Military Division briefing room',
    groups: [
      g('senior-management', 'military', 0, 4),
      g('professional', 'military', 3, 14),
      g('professional', 'training', 2, 3),
      g('professional', 'ddr', 1, 2),
      g('general-service', 'military', 3, 1),
      g('field', 'military', 1, 4),
    ],
    named: [{ name: 'Lt. Col. Ana Souza', level: 'professional', function: 'training', sex: 'female' }],
  },
  CPD: {
    venue: 'UN Headquarters, Conference Room 8',
    groups: [
      g('senior-management', 'police', 1, 3),
      g('professional', 'police', 4, 11),
      g('professional', 'rule-of-law', 2, 1),
      g('professional', 'corrections', 1, 2),
      g('general-service', 'police', 2, 1),
      g('field', 'police', 2, 5),
    ],
    named: [],
  },
  UNMAS: {
    venue: 'UN Headquarters, Room DC1-0610',
    groups: [
      g('senior-management', 'mine-action', 1, 2),
      g('professional', 'mine-action', 3, 6),
      g('professional', 'training', 1, 1),
      g('general-service', 'mine-action', 2, 1),
      g('field', 'mine-action', 1, 4),
    ],
    named: [],
  },
};
