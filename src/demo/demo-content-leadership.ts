// Work plan content of the offices that lead and direct operations: the Office of the
// Under-Secretary-General and the Office of Operations.

import type { ObjectiveContent } from './objective-content';

export const OUSG_OBJECTIVES: readonly ObjectiveContent[] = [
  {
    title: 'Senior leadership champions gender mainstreaming and appoints more women to senior posts',
    pillar: 'participation',
    paragraphs: [1, 3, 4],
    area: 'political-affairs',
    lead: 'olga.petrenko@dpko.example.org',
    activities: [
      {
        title: 'Put forward women candidates for SRSG, DSRSG and head of component posts',
        resources: 'Within existing resources; Executive Office with OHRM',
        targets: [
          {
            description: 'Women on every shortlist for SRSG and DSRSG posts',
            indicator: 'Percentage of SRSG and DSRSG shortlists that include at least one woman',
            unit: '%',
            baseline: 40,
            target: 100,
            verification: 'Senior appointment records, Office of the USG',
          },
          {
            description: 'Roster of qualified women candidates for senior mission posts kept up to date',
            indicator: 'Number of women on the senior mission leadership roster',
            unit: 'candidates',
            baseline: 18,
            target: 40,
            verification: 'Senior leadership roster (Executive Office)',
          },
        ],
      },
      {
        title: "Include gender results in senior managers' compacts with the Secretary-General",
        resources: 'Within existing resources',
        targets: [
          {
            description: 'A gender mainstreaming objective in every DPKO senior manager compact',
            indicator: 'Number of DPKO senior manager compacts with a gender objective',
            unit: 'compacts',
            baseline: 0,
            target: 12,
            verification: 'Signed senior manager compacts',
          },
          {
            description: 'Gender results reviewed by the Senior Management Team',
            indicator: 'Number of Senior Management Team meetings with gender on the agenda',
            unit: 'meetings',
            baseline: 1,
            target: 4,
            verification: 'Senior Management Team minutes',
          },
        ],
      },
      {
        title: 'Improve gender balance among Headquarters staff at P-5 and above',
        resources: 'Executive Office; OHRM staffing data',
        targets: [
          {
            description: 'More women among Headquarters staff at P-5 and above',
            indicator: 'Percentage of DPKO Headquarters staff at P-5 and above who are women',
            unit: '%',
            baseline: 24,
            target: 35,
            verification: 'OHRM staffing statistics (IMIS)',
          },
          {
            description: 'Gender-balanced selection panels for D-1 and above',
            indicator: 'Percentage of D-1 and above selection panels with at least one woman member',
            unit: '%',
            baseline: 60,
            target: 100,
            verification: 'Central review body records',
          },
        ],
      },
    ],
  },
  {
    title: "The USG's Gender Policy Statement is known and applied across Headquarters and missions",
    pillar: 'prevention',
    paragraphs: [5, 17],
    area: 'public-information',
    lead: 'rajiv.menon@dpko.example.org',
    activities: [
      {
        title: 'Disseminate the Gender Policy Statement to every head of mission',
        resources: 'Code cable; Public Affairs Unit',
        targets: [
          {
            description: 'Every mission acknowledges the Policy Statement and names a senior gender champion',
            indicator: 'Number of missions that acknowledged the Policy Statement',
            unit: 'missions',
            baseline: 0,
            target: 18,
            verification: 'Code cable acknowledgements',
          },
          {
            description: 'Town hall meetings on the Policy Statement at Headquarters',
            indicator: 'Number of town hall meetings held on the Policy Statement',
            unit: 'meetings',
            baseline: 1,
            target: 3,
            verification: 'Town hall attendance records',
          },
        ],
      },
      {
        title: 'Report to the Security Council on gender mainstreaming in peacekeeping',
        resources: 'Within existing resources; Gender Unit drafting support',
        targets: [
          {
            description: 'A gender section in every report of the Secretary-General on a peacekeeping mission',
            indicator: 'Percentage of Secretary-General mission reports with a dedicated gender section',
            unit: '%',
            baseline: 35,
            target: 90,
            verification: 'Review of Secretary-General reports by the Gender Unit',
          },
          {
            description: 'Annual report on implementation of SCR 1325 in DPKO',
            indicator: 'Number of annual implementation reports submitted to OSAGI',
            unit: 'reports',
            baseline: 0,
            target: 1,
            verification: 'Report submitted to OSAGI',
          },
          {
            description: 'Public information products that feature women peacekeepers',
            indicator: 'Number of features and press releases on women in peacekeeping',
            unit: 'products',
            baseline: 3,
            target: 12,
            verification: 'Public Affairs Unit publication log',
          },
        ],
      },
    ],
  },
  {
    title: 'Zero tolerance of sexual exploitation and abuse is enforced from the top',
    pillar: 'protection',
    paragraphs: [10, 11],
    area: 'conduct-and-discipline',
    lead: 'olga.petrenko@dpko.example.org',
    activities: [
      {
        title: 'Conduct and discipline teams in every mission report allegations promptly',
        resources: 'Conduct and Discipline Unit; mission budgets',
        targets: [
          {
            description: 'A conduct and discipline team in every mission',
            indicator: 'Number of missions with a conduct and discipline team',
            unit: 'missions',
            baseline: 8,
            target: 18,
            verification: 'Conduct and Discipline Unit mission survey',
          },
          {
            description: 'Allegations of sexual exploitation and abuse reported to Headquarters within 7 days',
            indicator: 'Percentage of SEA allegations reported to Headquarters within 7 days',
            unit: '%',
            baseline: 45,
            target: 90,
            verification: 'Conduct and Discipline Unit case tracking',
          },
        ],
      },
      {
        title: 'Assist victims of sexual exploitation and abuse',
        resources: 'Trust fund contributions; UNICEF and UNFPA partnership',
        targets: [
          {
            description: 'Victim assistance guidelines adopted for all missions',
            indicator: 'Number of victim assistance guidelines issued',
            unit: 'guidelines',
            baseline: 0,
            target: 1,
            verification: 'Published guidelines',
          },
          {
            description: 'Missions with a working referral network for survivors',
            indicator: 'Number of missions with a functioning survivor referral network',
            unit: 'missions',
            baseline: 2,
            target: 10,
            verification: 'Mission conduct and discipline reports',
          },
        ],
      },
    ],
  },
];

export const OO_OBJECTIVES: readonly ObjectiveContent[] = [
  {
    title: 'Gender perspectives shape mission planning, mandates and concepts of operations',
    pillar: 'prevention',
    paragraphs: [5, 15, 17],
    area: 'political-affairs',
    lead: 'yusuf.okonkwo@dpko.example.org',
    activities: [
      {
        title: 'Include gender analysis in every technical assessment mission',
        resources: 'Integrated Mission Task Forces; Gender Unit advice',
        targets: [
          {
            description: 'A gender specialist on every technical assessment mission',
            indicator: 'Percentage of technical assessment missions that include a gender specialist',
            unit: '%',
            baseline: 20,
            target: 80,
            verification: 'Assessment mission terms of reference and team lists',
          },
          {
            description: 'Assessment mission reports with a gender analysis',
            indicator: 'Number of assessment mission reports with a gender analysis section',
            unit: 'reports',
            baseline: 1,
            target: 6,
            verification: 'Assessment mission reports',
          },
        ],
      },
      {
        title: 'Propose gender language for draft mandates and concepts of operations',
        resources: 'Within existing resources',
        targets: [
          {
            description: 'New and renewed mandates that refer to SCR 1325',
            indicator: 'Percentage of mandates drafted or renewed that reference SCR 1325',
            unit: '%',
            baseline: 50,
            target: 100,
            verification: 'Security Council resolutions',
          },
          {
            description: 'Mission concepts of operations with gender benchmarks',
            indicator: 'Number of mission concepts of operations with gender benchmarks',
            unit: 'documents',
            baseline: 0,
            target: 5,
            verification: 'Integrated Mission Planning Process documents',
          },
        ],
      },
      {
        title: "Consult women's organisations during assessment and Security Council missions",
        resources: 'Travel budget of the regional divisions',
        targets: [
          {
            description: "Meetings with women's organisations on every assessment mission",
            indicator: "Number of consultations with women's groups held during assessment missions",
            unit: 'consultations',
            baseline: 2,
            target: 10,
            verification: 'Back-to-office reports',
          },
          {
            description: "Assessment mission reports that reflect the views of women's groups",
            indicator: "Percentage of assessment mission reports that reflect the views of women's groups",
            unit: '%',
            baseline: 10,
            target: 60,
            verification: 'Assessment mission reports',
          },
        ],
      },
    ],
  },
  {
    title: 'Women take part in the peace processes and elections that missions support',
    pillar: 'participation',
    paragraphs: [1, 2, 8],
    area: 'electoral-assistance',
    lead: 'hannah.schmidt@dpko.example.org',
    activities: [
      {
        title: 'Support women as voters and candidates in mission-supported elections',
        resources: 'Electoral Assistance Division; UNDP and UNIFEM',
        targets: [
          {
            description: 'More women registered to vote',
            indicator: 'Percentage of registered voters who are women in mission-supported elections',
            unit: '%',
            baseline: 38,
            target: 50,
            verification: 'National electoral commission registration data',
          },
          {
            description: 'Women candidates trained for elections',
            indicator: 'Number of women candidates trained with mission support',
            unit: 'candidates',
            baseline: 120,
            target: 400,
            verification: 'Electoral Assistance Division training records',
          },
        ],
      },
      {
        title: 'Give gender advice to mediation and negotiation support teams',
        resources: 'Within existing resources; OSAGI roster of experts',
        targets: [
          {
            description: 'Women in mediation and negotiation support teams',
            indicator: 'Number of women in mediation and negotiation support teams',
            unit: 'experts',
            baseline: 2,
            target: 6,
            verification: 'Mediation support team lists',
          },
          {
            description: "Peace agreements supported by DPKO with provisions on women's rights",
            indicator: "Number of supported peace agreements with provisions on women's rights",
            unit: 'agreements',
            baseline: 1,
            target: 3,
            verification: 'Review of peace agreement texts',
          },
        ],
      },
    ],
  },
  {
    title: 'DDR programmes meet the different needs of female and male ex-combatants',
    pillar: 'relief-and-recovery',
    paragraphs: [8, 13],
    area: 'ddr',
    lead: 'hannah.schmidt@dpko.example.org',
    activities: [
      {
        title: 'Apply the gender module of the Integrated DDR Standards in mission DDR programmes',
        resources: 'Mission DDR budgets; UNDP',
        targets: [
          {
            description: 'Women and girls associated with armed groups registered in DDR',
            indicator: 'Percentage of DDR registrations that are women and girls',
            unit: '%',
            baseline: 8,
            target: 20,
            verification: 'Mission DDR database',
          },
          {
            description: 'Demobilisation sites with separate facilities for women and girls',
            indicator: 'Number of demobilisation sites with separate facilities for women and girls',
            unit: 'sites',
            baseline: 3,
            target: 12,
            verification: 'DDR site inspection reports',
          },
          {
            description: 'DDR officers trained on gender in DDR',
            indicator: 'Number of DDR officers trained on the gender module',
            unit: 'staff',
            baseline: 15,
            target: 60,
            verification: 'Training attendance records (ITS)',
          },
        ],
      },
      {
        title: 'Design reintegration support for female ex-combatants and women associated with armed groups',
        resources: 'Voluntary contributions; implementing partners',
        targets: [
          {
            description: 'Reintegration projects designed for women',
            indicator: 'Number of reintegration projects designed for women',
            unit: 'projects',
            baseline: 4,
            target: 15,
            verification: 'DDR programme quarterly reports',
          },
          {
            description: 'Women beneficiaries who complete reintegration',
            indicator: 'Percentage of women beneficiaries completing reintegration programmes',
            unit: '%',
            baseline: 40,
            target: 75,
            verification: 'Implementing partner reports',
          },
        ],
      },
    ],
  },
  {
    title: 'Rule of law and civil affairs components address the protection needs of women',
    pillar: 'protection',
    paragraphs: [9, 10, 11],
    area: 'rule-of-law',
    lead: 'yusuf.okonkwo@dpko.example.org',
    activities: [
      {
        title: 'Support gender-sensitive justice and legal reform',
        resources: 'Mission rule of law units; UNDP',
        targets: [
          {
            description: 'Mobile court sessions hearing cases of sexual and gender-based violence',
            indicator: 'Number of mobile court sessions on sexual and gender-based violence',
            unit: 'sessions',
            baseline: 0,
            target: 24,
            verification: 'Mission rule of law monthly reports',
          },
          {
            description: 'Draft laws reviewed for gender equality',
            indicator: 'Number of draft laws reviewed for gender equality with mission support',
            unit: 'laws',
            baseline: 2,
            target: 8,
            verification: 'Rule of law unit reports',
          },
        ],
      },
      {
        title: "Map and engage local women's organisations through civil affairs",
        resources: 'Civil affairs sections; quick-impact project funds',
        targets: [
          {
            description: "Missions with an up-to-date map of local women's organisations",
            indicator: "Number of missions with an up-to-date map of women's organisations",
            unit: 'missions',
            baseline: 3,
            target: 12,
            verification: 'Civil affairs mission reports',
          },
          {
            description: 'Quick-impact projects with women as primary beneficiaries',
            indicator: 'Percentage of quick-impact projects with women as primary beneficiaries',
            unit: '%',
            baseline: 20,
            target: 40,
            verification: 'Quick-impact project database',
          },
        ],
      },
    ],
  },
  {
    title: 'Mission gender units are established, staffed and reported on',
    pillar: 'participation',
    paragraphs: [5, 17],
    area: 'civil-affairs',
    lead: 'claire.dubois@dpko.example.org',
    activities: [
      {
        title: 'Establish gender adviser posts in mission staffing tables',
        resources: 'Mission budget proposals',
        targets: [
          {
            description: 'A full-time gender adviser in every multidimensional mission',
            indicator: 'Number of multidimensional missions with a full-time gender adviser post',
            unit: 'missions',
            baseline: 7,
            target: 11,
            verification: 'Mission staffing tables',
          },
          {
            description: 'Gender focal points appointed in traditional missions',
            indicator: 'Number of mission gender focal points appointed in traditional missions',
            unit: 'focal points',
            baseline: 3,
            target: 8,
            verification: 'Gender Unit focal point register',
          },
        ],
      },
      {
        title: 'Train desk officers to cover gender in reporting and briefings',
        resources: 'Gender Unit; Integrated Training Service',
        targets: [
          {
            description: 'Desk officers trained on gender-sensitive reporting',
            indicator: 'Number of desk officers trained on gender-sensitive reporting',
            unit: 'staff',
            baseline: 6,
            target: 30,
            verification: 'Training attendance records (ITS)',
          },
          {
            description: 'Briefing notes to the Security Council with gender content',
            indicator: 'Percentage of desk briefing notes with gender content',
            unit: '%',
            baseline: 25,
            target: 75,
            verification: 'Review of briefing notes by the Gender Unit',
          },
        ],
      },
    ],
  },
];
