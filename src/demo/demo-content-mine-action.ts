// Work plan content of the Mine Action Service, whose programmes reach women and girls in
// mine-affected communities through risk education, clearance and survivor assistance.

import type { ObjectiveContent } from './objective-content';

export const UNMAS_OBJECTIVES: readonly ObjectiveContent[] = [
  {
    title: 'Mine risk education reaches women, girls, boys and men according to their needs',
    pillar: 'prevention',
    paragraphs: [5, 7],
    area: 'mine-action',
    lead: 'leila.haddad@dpko.example.org',
    activities: [
      {
        title: 'Revise mine risk education materials for women and girls',
        resources: 'Mine action programmes; UNICEF',
        targets: [
          {
            description: 'Mine risk education materials revised for women and girls',
            indicator: 'Number of mine risk education materials revised',
            unit: 'materials',
            baseline: 0,
            target: 6,
            verification: 'Mine action programme reports',
          },
          {
            description: 'More women and girls among mine risk education participants',
            indicator: 'Percentage of mine risk education participants who are women and girls',
            unit: '%',
            baseline: 30,
            target: 50,
            verification: 'IMSMA sex- and age-disaggregated records',
          },
        ],
      },
      {
        title: 'Recruit women facilitators and schedule sessions women can attend',
        resources: 'Implementing partners',
        targets: [
          {
            description: 'More women among mine risk education facilitators',
            indicator: 'Percentage of mine risk education facilitators who are women',
            unit: '%',
            baseline: 15,
            target: 40,
            verification: 'Implementing partner staffing reports',
          },
          {
            description: 'Sessions held at times and places accessible to women',
            indicator: 'Percentage of sessions held at times and places accessible to women',
            unit: '%',
            baseline: 20,
            target: 60,
            verification: 'Mine risk education session logs',
          },
        ],
      },
    ],
  },
  {
    title: 'Women take part in mine action decisions and employment',
    pillar: 'participation',
    paragraphs: [1, 4],
    area: 'mine-action',
    lead: 'diego.ramirez@dpko.example.org',
    activities: [
      {
        title: 'Include women in community liaison and survey teams',
        resources: 'Mine action programmes',
        targets: [
          {
            description: 'More women in community liaison teams',
            indicator: 'Percentage of community liaison team members who are women',
            unit: '%',
            baseline: 10,
            target: 35,
            verification: 'Programme staffing reports',
          },
          {
            description: 'Community surveys that consult women',
            indicator: 'Percentage of community surveys that consulted women separately',
            unit: '%',
            baseline: 25,
            target: 80,
            verification: 'Landmine impact survey reports',
          },
        ],
      },
      {
        title: 'Employ women in demining and apply gender guidelines in programmes',
        resources: 'Implementing partners; voluntary trust fund',
        targets: [
          {
            description: 'Women employed as deminers',
            indicator: 'Number of women employed as deminers',
            unit: 'deminers',
            baseline: 20,
            target: 120,
            verification: 'Programme employment records',
          },
          {
            description: 'Programmes applying the gender guidelines',
            indicator: 'Number of mine action programmes applying the gender guidelines',
            unit: 'programmes',
            baseline: 1,
            target: 8,
            verification: 'UNMAS programme reviews',
          },
        ],
      },
    ],
  },
  {
    title: 'Clearance and survivor assistance respond to the needs of women and girls',
    pillar: 'relief-and-recovery',
    paragraphs: [5, 12],
    area: 'mine-action',
    lead: 'diego.ramirez@dpko.example.org',
    activities: [
      {
        title: 'Collect casualty data by sex and age and issue gender guidelines',
        resources: 'IMSMA; Geneva International Centre for Humanitarian Demining',
        targets: [
          {
            description: 'Programmes reporting casualties by sex and age',
            indicator: 'Percentage of programmes reporting casualties by sex and age',
            unit: '%',
            baseline: 40,
            target: 100,
            verification: 'IMSMA casualty database',
          },
          {
            description: 'Gender guidelines for mine action programmes issued',
            indicator: 'Number of gender guidelines issued',
            unit: 'guidelines',
            baseline: 0,
            target: 1,
            verification: 'Published guidelines',
          },
        ],
      },
      {
        title: 'Make survivor assistance and clearance priorities accessible to women',
        resources: 'Rehabilitation partners; task planning',
        targets: [
          {
            description: 'Women and girl survivors receiving rehabilitation',
            indicator: 'Number of women and girl survivors receiving rehabilitation',
            unit: 'survivors',
            baseline: 60,
            target: 200,
            verification: 'Partner rehabilitation centre records',
          },
          {
            description: 'Clearance tasks prioritised with women (water points, fields, firewood routes)',
            indicator: "Percentage of clearance tasks prioritised with women's input",
            unit: '%',
            baseline: 20,
            target: 60,
            verification: 'Task dossiers',
          },
        ],
      },
    ],
  },
  {
    title: 'Mine action staff and partners apply a gender perspective',
    pillar: 'prevention',
    paragraphs: [6, 7],
    area: 'training',
    lead: 'leila.haddad@dpko.example.org',
    activities: [
      {
        title: 'Train programme managers and brief implementing partners on gender',
        resources: 'UNMAS training budget',
        targets: [
          {
            description: 'Programme managers trained on gender in mine action',
            indicator: 'Number of programme managers trained',
            unit: 'staff',
            baseline: 0,
            target: 25,
            verification: 'Training attendance records',
          },
          {
            description: 'Implementing partners briefed on the gender guidelines',
            indicator: 'Number of implementing partners briefed',
            unit: 'partners',
            baseline: 0,
            target: 15,
            verification: 'Briefing records',
          },
        ],
      },
      {
        title: 'Appoint gender focal points and review the portfolio each year',
        resources: 'Within existing resources',
        targets: [
          {
            description: 'Mine action programmes with a gender focal point',
            indicator: 'Number of programmes with a gender focal point',
            unit: 'programmes',
            baseline: 2,
            target: 10,
            verification: 'UNMAS focal point list',
          },
          {
            description: 'Annual gender review of the mine action portfolio',
            indicator: 'Number of annual gender reviews completed',
            unit: 'reviews',
            baseline: 0,
            target: 1,
            verification: 'Portfolio review report',
          },
        ],
      },
    ],
  },
];
