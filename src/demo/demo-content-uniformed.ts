// Work plan content of the uniformed offices: the Military Division and the Civilian Police
// Division.

import type { ObjectiveContent } from './objective-content';

export const MD_OBJECTIVES: readonly ObjectiveContent[] = [
  {
    title: 'More women serve as military observers and staff officers',
    pillar: 'participation',
    paragraphs: [4],
    area: 'military',
    lead: 'samuel.adeyemi@dpko.example.org',
    activities: [
      {
        title: 'Ask troop-contributing countries to nominate women officers',
        resources: 'Force Generation Service; permanent missions',
        targets: [
          {
            description: 'More women among the military observers deployed',
            indicator: 'Percentage of military observers deployed who are women',
            unit: '%',
            baseline: 2,
            target: 6,
            verification: 'DPKO Force Generation Service deployment statistics',
          },
          {
            description: 'More women among military staff officers in mission headquarters',
            indicator: 'Percentage of military staff officers in mission headquarters who are women',
            unit: '%',
            baseline: 3,
            target: 8,
            verification: 'DPKO Force Generation Service deployment statistics',
          },
          {
            description: 'Every troop-contributing country asked in writing for women candidates',
            indicator: 'Number of notes verbales requesting women candidates',
            unit: 'notes verbales',
            baseline: 0,
            target: 40,
            verification: 'Military Division correspondence log',
          },
        ],
      },
      {
        title: 'Brief troop-contributing countries on deploying women',
        resources: 'Military Adviser; within existing resources',
        targets: [
          {
            description: 'More women among seconded military officers at Headquarters',
            indicator: 'Percentage of seconded military officers at Headquarters who are women',
            unit: '%',
            baseline: 4,
            target: 10,
            verification: 'Military Division staffing table',
          },
          {
            description: 'Briefings to troop-contributing countries on women in contingents',
            indicator: 'Number of briefings to troop-contributing countries',
            unit: 'briefings',
            baseline: 1,
            target: 8,
            verification: "Military Adviser's meeting notes",
          },
        ],
      },
    ],
  },
  {
    title: 'Military personnel are trained on the protection, rights and needs of women',
    pillar: 'protection',
    paragraphs: [6, 10],
    area: 'training',
    lead: 'ana.souza@dpko.example.org',
    activities: [
      {
        title: 'Include gender and sexual exploitation and abuse in the standardised pre-deployment modules',
        resources: 'Training and Evaluation Service',
        targets: [
          {
            description: 'Standardised generic training modules that cover gender and SEA',
            indicator: 'Number of pre-deployment training modules that include gender and SEA',
            unit: 'modules',
            baseline: 1,
            target: 3,
            verification: 'Standardised Generic Training Modules (SGTM)',
          },
          {
            description: 'Troop-contributing countries using the gender module',
            indicator: 'Number of troop-contributing countries confirming use of the gender module',
            unit: 'countries',
            baseline: 5,
            target: 30,
            verification: 'Training recognition visit reports',
          },
        ],
      },
      {
        title: 'Deliver gender induction and train military gender focal points in missions',
        resources: 'Mission integrated training cells; Gender Unit',
        targets: [
          {
            description: 'Contingent personnel inducted on gender and SEA on arrival',
            indicator: 'Percentage of contingent personnel inducted on gender and SEA within 30 days of arrival',
            unit: '%',
            baseline: 55,
            target: 95,
            verification: 'Mission integrated training cell attendance records',
          },
          {
            description: 'Military gender focal points trained',
            indicator: 'Number of military gender focal points trained',
            unit: 'officers',
            baseline: 10,
            target: 60,
            verification: 'Training attendance records (ITS)',
          },
          {
            description: 'Training-of-trainers courses for military instructors',
            indicator: 'Number of training-of-trainers courses held',
            unit: 'courses',
            baseline: 0,
            target: 2,
            verification: 'Course reports',
          },
        ],
      },
    ],
  },
  {
    title: 'Force operations protect women and girls from sexual violence',
    pillar: 'protection',
    paragraphs: [9, 10],
    area: 'military',
    lead: 'ingrid.halvorsen@dpko.example.org',
    activities: [
      {
        title: "Put the protection of women into force commanders' directives and patrol planning",
        resources: 'Office of Military Affairs; force headquarters',
        targets: [
          {
            description: 'Force commander directives that address sexual and gender-based violence',
            indicator: 'Number of force commander directives with SGBV provisions',
            unit: 'directives',
            baseline: 2,
            target: 8,
            verification: 'Force headquarters directives',
          },
          {
            description: 'Patrols planned with input from women in local communities',
            indicator: 'Percentage of patrol plans informed by consultations with local women',
            unit: '%',
            baseline: 10,
            target: 40,
            verification: 'Force operations reports',
          },
        ],
      },
      {
        title: 'Issue guidance for military responses to sexual violence',
        resources: 'Within existing resources; Gender Unit review',
        targets: [
          {
            description: 'Military guidelines on responding to sexual violence issued',
            indicator: 'Number of guidelines issued',
            unit: 'guidelines',
            baseline: 0,
            target: 1,
            verification: 'Policy and Guidance Database',
          },
          {
            description: 'Missions running firewood and market-day patrols for women',
            indicator: 'Number of missions with firewood and market-day patrols',
            unit: 'missions',
            baseline: 1,
            target: 5,
            verification: 'Force monthly reports',
          },
          {
            description: "Civil-military projects carried out with women's groups",
            indicator: "Number of CIMIC projects carried out with women's groups",
            unit: 'projects',
            baseline: 2,
            target: 10,
            verification: 'CIMIC project reports',
          },
        ],
      },
    ],
  },
  {
    title: 'Military planning and reporting cover gender',
    pillar: 'prevention',
    paragraphs: [5, 17],
    area: 'military',
    lead: 'samuel.adeyemi@dpko.example.org',
    activities: [
      {
        title: 'Report sex-disaggregated data in force reports',
        resources: 'Force headquarters; Military Division reporting cell',
        targets: [
          {
            description: 'Force monthly reports with sex-disaggregated data',
            indicator: 'Percentage of force monthly reports with sex-disaggregated data',
            unit: '%',
            baseline: 15,
            target: 80,
            verification: 'Force monthly reports',
          },
          {
            description: 'Gender checklist added to the military reporting template',
            indicator: 'Number of reporting templates revised with a gender checklist',
            unit: 'templates',
            baseline: 0,
            target: 1,
            verification: 'Revised reporting template',
          },
        ],
      },
      {
        title: 'Include gender in military planning conferences',
        resources: 'Military Planning Service',
        targets: [
          {
            description: 'Military planning conferences with a gender session',
            indicator: 'Percentage of military planning conferences with a gender session',
            unit: '%',
            baseline: 0,
            target: 75,
            verification: 'Conference agendas',
          },
          {
            description: 'Military planners briefed by the Gender Unit',
            indicator: 'Number of military planners briefed',
            unit: 'staff',
            baseline: 0,
            target: 25,
            verification: 'Briefing attendance lists',
          },
        ],
      },
    ],
  },
];

export const CPD_OBJECTIVES: readonly ObjectiveContent[] = [
  {
    title: 'More women serve as United Nations police officers',
    pillar: 'participation',
    paragraphs: [4],
    area: 'police',
    lead: 'jean-pierre.nkurunziza@dpko.example.org',
    activities: [
      {
        title: 'Ask police-contributing countries to deploy women officers',
        resources: 'Selection Assistance and Assessment Teams; permanent missions',
        targets: [
          {
            description: 'More women among UN police deployed',
            indicator: 'Percentage of UN police officers deployed who are women',
            unit: '%',
            baseline: 4,
            target: 10,
            verification: 'Police Division deployment statistics',
          },
          {
            description: 'Police-contributing countries nominating women officers',
            indicator: 'Number of police-contributing countries nominating women officers',
            unit: 'countries',
            baseline: 12,
            target: 30,
            verification: 'Selection Assistance and Assessment Team reports',
          },
          {
            description: 'Women on Selection Assistance and Assessment Teams',
            indicator: 'Percentage of Selection Assistance and Assessment Team members who are women',
            unit: '%',
            baseline: 10,
            target: 30,
            verification: 'Assessment team lists',
          },
        ],
      },
      {
        title: 'Deploy women in formed police units and senior police posts',
        resources: 'Within existing resources',
        targets: [
          {
            description: 'Formed police units that include women officers',
            indicator: 'Number of formed police units with women officers',
            unit: 'units',
            baseline: 2,
            target: 8,
            verification: 'Formed police unit deployment records',
          },
          {
            description: 'Women in senior UN police command posts',
            indicator: 'Number of senior UN police command posts held by women',
            unit: 'posts',
            baseline: 1,
            target: 5,
            verification: 'Police Division staffing table',
          },
        ],
      },
    ],
  },
  {
    title: 'Host-state police services recruit, train and retain women',
    pillar: 'prevention',
    paragraphs: [1, 8],
    area: 'security-sector-reform',
    lead: 'jean-pierre.nkurunziza@dpko.example.org',
    activities: [
      {
        title: 'Support the recruitment of women into national police services',
        resources: 'UN police components; bilateral donors',
        targets: [
          {
            description: 'More women among new recruits of host-state police',
            indicator: 'Percentage of host-state police recruits who are women',
            unit: '%',
            baseline: 8,
            target: 20,
            verification: 'Host-state police academy intake records',
          },
          {
            description: 'Recruitment campaigns aimed at women',
            indicator: 'Number of police recruitment campaigns aimed at women',
            unit: 'campaigns',
            baseline: 0,
            target: 4,
            verification: 'UN police mission reports',
          },
        ],
      },
      {
        title: 'Make vetting gender-sensitive and support women police associations',
        resources: 'UN police components',
        targets: [
          {
            description: 'Host-state police officers vetted for sexual and gender-based violence offences',
            indicator: 'Percentage of host-state police officers vetted for SGBV offences',
            unit: '%',
            baseline: 30,
            target: 90,
            verification: 'Police vetting database',
          },
          {
            description: 'Women police associations supported',
            indicator: 'Number of women police associations supported',
            unit: 'associations',
            baseline: 0,
            target: 3,
            verification: 'Police component reports',
          },
        ],
      },
    ],
  },
  {
    title: 'Police components prevent and respond to sexual and gender-based violence',
    pillar: 'protection',
    paragraphs: [10, 11],
    area: 'police',
    lead: 'fatima.alhassan@dpko.example.org',
    activities: [
      {
        title: 'Establish specialised units for victims of sexual and gender-based violence',
        resources: 'UN police components; UNICEF and UNFPA',
        targets: [
          {
            description: 'Family and child protection units in host-state police',
            indicator: 'Number of family and child protection units established',
            unit: 'units',
            baseline: 3,
            target: 15,
            verification: 'UN police monthly reports',
          },
          {
            description: 'SGBV cases investigated with UN police mentoring',
            indicator: 'Percentage of reported SGBV cases investigated with UN police mentoring',
            unit: '%',
            baseline: 20,
            target: 60,
            verification: 'Case management records',
          },
          {
            description: 'Standard operating procedures on SGBV investigations',
            indicator: 'Number of standard operating procedures issued',
            unit: 'SOPs',
            baseline: 0,
            target: 1,
            verification: 'Police Division guidance register',
          },
        ],
      },
      {
        title: 'Train UN police on investigating sexual and gender-based violence',
        resources: 'Police Division training section',
        targets: [
          {
            description: 'UN police officers trained on SGBV investigation',
            indicator: 'Number of UN police officers trained on SGBV investigation',
            unit: 'officers',
            baseline: 50,
            target: 400,
            verification: 'Training attendance records',
          },
          {
            description: 'Police components with an SGBV adviser',
            indicator: 'Number of police components with an SGBV adviser',
            unit: 'missions',
            baseline: 1,
            target: 6,
            verification: 'Police component staffing tables',
          },
        ],
      },
    ],
  },
  {
    title: 'Police training and guidance integrate gender',
    pillar: 'prevention',
    paragraphs: [6, 7],
    area: 'training',
    lead: 'nadia.karimi@dpko.example.org',
    activities: [
      {
        title: 'Add a gender module to the UN police pre-deployment curriculum',
        resources: 'Police Division training section; Gender Unit',
        targets: [
          {
            description: 'Gender module in the standardised police training modules',
            indicator: 'Number of police training modules with a gender module',
            unit: 'modules',
            baseline: 0,
            target: 1,
            verification: 'Police pre-deployment curriculum',
          },
          {
            description: 'Pre-deployment courses that deliver the gender module',
            indicator: 'Percentage of police pre-deployment courses delivering the gender module',
            unit: '%',
            baseline: 30,
            target: 100,
            verification: 'Course reports',
          },
        ],
      },
      {
        title: 'Issue a gender toolkit and appoint gender focal points in police components',
        resources: 'Within existing resources',
        targets: [
          {
            description: 'Gender toolkit for police components issued',
            indicator: 'Number of gender toolkits issued',
            unit: 'toolkits',
            baseline: 0,
            target: 1,
            verification: 'Published toolkit',
          },
          {
            description: 'Police components with a gender focal point',
            indicator: 'Number of police components with a gender focal point',
            unit: 'missions',
            baseline: 3,
            target: 12,
            verification: 'Gender focal point register',
          },
        ],
      },
    ],
  },
];
