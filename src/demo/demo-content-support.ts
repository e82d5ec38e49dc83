// Work plan content of the offices that support the missions and the Department: the Office of
// Mission Support and the Peacekeeping Best Practices Section (home of the Gender Unit).

import type { ObjectiveContent } from './objective-content';

export const OMS_OBJECTIVES: readonly ObjectiveContent[] = [
  {
    title: 'Gender balance among civilian staff in peacekeeping missions improves',
    pillar: 'participation',
    paragraphs: [1, 4],
    area: 'human-resources',
    lead: 'priya.raghavan@dpko.example.org',
    activities: [
      {
        title: 'Reach out to qualified women candidates for mission posts',
        resources: 'Personnel Management and Support Service; outreach budget',
        targets: [
          {
            description: 'More women among international civilian staff in missions',
            indicator: 'Percentage of international civilian staff in missions who are women',
            unit: '%',
            baseline: 28,
            target: 35,
            verification: 'Personnel Management and Support Service staffing statistics',
          },
          {
            description: 'Outreach campaigns aimed at women professionals',
            indicator: 'Number of outreach campaigns targeting women candidates',
            unit: 'campaigns',
            baseline: 1,
            target: 6,
            verification: 'Recruitment outreach log',
          },
          {
            description: 'More women on the roster for P-4 and above mission posts',
            indicator: 'Percentage of roster candidates for P-4 and above who are women',
            unit: '%',
            baseline: 22,
            target: 35,
            verification: 'Galaxy roster reports',
          },
        ],
      },
      {
        title: 'Make recruitment panels and hiring managers gender-aware',
        resources: 'OHRM competency-based interviewing course',
        targets: [
          {
            description: 'Interview panels with at least one woman member',
            indicator: 'Percentage of interview panels with at least one woman member',
            unit: '%',
            baseline: 65,
            target: 100,
            verification: 'Recruitment case files',
          },
          {
            description: 'Hiring managers trained in competency-based interviewing with a gender module',
            indicator: 'Number of hiring managers trained',
            unit: 'staff',
            baseline: 20,
            target: 120,
            verification: 'Training attendance records',
          },
          {
            description: 'More women among newly recruited Field Service staff',
            indicator: 'Percentage of new Field Service recruits who are women',
            unit: '%',
            baseline: 15,
            target: 25,
            verification: 'Field Personnel Division recruitment statistics',
          },
        ],
      },
    ],
  },
  {
    title: 'Mission facilities and supplies meet the needs and security of women personnel',
    pillar: 'protection',
    paragraphs: [4, 10],
    area: 'logistics-and-mission-support',
    lead: 'tomas.herrera@dpko.example.org',
    activities: [
      {
        title: 'Provide separate and secure accommodation and ablutions for women',
        resources: 'Mission engineering budgets',
        targets: [
          {
            description: 'Mission camps with separate, lockable ablutions for women',
            indicator: 'Percentage of mission camps with separate, lockable ablutions for women',
            unit: '%',
            baseline: 40,
            target: 90,
            verification: 'Engineering section camp inspection reports',
          },
          {
            description: 'Accommodation blocks upgraded to the minimum security standard',
            indicator: 'Number of accommodation blocks upgraded to the minimum security standard',
            unit: 'blocks',
            baseline: 12,
            target: 60,
            verification: 'Mission security assessments',
          },
        ],
      },
      {
        title: 'Include gender-specific items in mission supply and procurement',
        resources: 'Logistics Support Division; Procurement Service',
        targets: [
          {
            description: "Uniforms and body armour in women's sizes held in mission stock",
            indicator: "Number of missions stocking uniforms and body armour in women's sizes",
            unit: 'missions',
            baseline: 2,
            target: 10,
            verification: 'Logistics Support Division stock reports',
          },
          {
            description: 'Standard procurement specifications reviewed for the needs of women',
            indicator: 'Number of standard specifications reviewed',
            unit: 'specifications',
            baseline: 0,
            target: 15,
            verification: 'Procurement Service specification register',
          },
        ],
      },
    ],
  },
  {
    title: 'Mission budgets identify resources for gender mainstreaming',
    pillar: 'relief-and-recovery',
    paragraphs: [5, 17],
    area: 'budget-and-finance',
    lead: 'kwame.mensah@dpko.example.org',
    activities: [
      {
        title: 'Put gender outputs into results-based budgeting frameworks',
        resources: 'Within existing resources',
        targets: [
          {
            description: 'Mission budget proposals with gender outputs',
            indicator: 'Number of mission budget proposals with gender outputs in the results-based budgeting framework',
            unit: 'missions',
            baseline: 4,
            target: 16,
            verification: 'Results-based budgeting frameworks submitted to the ACABQ',
          },
          {
            description: 'Dedicated budget lines for mission gender units',
            indicator: 'Number of mission budgets with a dedicated gender unit line',
            unit: 'missions',
            baseline: 6,
            target: 12,
            verification: 'Approved mission budgets',
          },
        ],
      },
      {
        title: 'Train budget officers in gender-responsive budgeting',
        resources: 'Gender Unit; UNIFEM training materials',
        targets: [
          {
            description: 'Budget officers trained in gender-responsive budgeting',
            indicator: 'Number of budget officers trained',
            unit: 'staff',
            baseline: 0,
            target: 40,
            verification: 'Training attendance records',
          },
          {
            description: 'Guidance note on gender in results-based budgeting',
            indicator: 'Number of guidance notes issued',
            unit: 'guidelines',
            baseline: 0,
            target: 1,
            verification: 'Published guidance note',
          },
        ],
      },
    ],
  },
  {
    title: 'Conditions of service enable women to serve and stay in field missions',
    pillar: 'participation',
    paragraphs: [4],
    area: 'human-resources',
    lead: 'priya.raghavan@dpko.example.org',
    activities: [
      {
        title: 'Review conditions of service and staff welfare in missions',
        resources: 'OHRM; Staff Counsellor’s Office',
        targets: [
          {
            description: 'Review of family and non-family duty station policy submitted to OHRM',
            indicator: 'Number of policy reviews submitted to OHRM',
            unit: 'reviews',
            baseline: 0,
            target: 1,
            verification: 'Memorandum to OHRM',
          },
          {
            description: 'Missions with a staff counsellor',
            indicator: 'Number of missions with a staff counsellor',
            unit: 'missions',
            baseline: 5,
            target: 12,
            verification: "Staff Counsellor's Office reports",
          },
        ],
      },
      {
        title: 'Learn why women leave mission service',
        resources: 'Mission personnel sections',
        targets: [
          {
            description: 'Exit interviews with women staff leaving missions',
            indicator: 'Percentage of departing women staff who had an exit interview',
            unit: '%',
            baseline: 10,
            target: 70,
            verification: 'Exit interview records',
          },
          {
            description: 'Analysis of the reasons women leave mission service',
            indicator: 'Number of exit interview analyses published',
            unit: 'reports',
            baseline: 0,
            target: 2,
            verification: 'Exit interview analysis report',
          },
        ],
      },
    ],
  },
];

export const PBPS_OBJECTIVES: readonly ObjectiveContent[] = [
  {
    title: 'Gender guidance and lessons learned are available to every mission',
    pillar: 'prevention',
    paragraphs: [5, 17],
    area: 'best-practices-and-guidance',
    lead: 'kenji.watanabe@dpko.example.org',
    activities: [
      {
        title: 'Publish the DPKO Gender Resource Package and the policy directive on gender equality',
        resources: 'Gender Unit; publication budget',
        targets: [
          {
            description: 'Gender Resource Package distributed to every mission',
            indicator: 'Number of missions that received the Gender Resource Package',
            unit: 'missions',
            baseline: 8,
            target: 18,
            verification: 'Distribution records',
          },
          {
            description: 'Policy directive on gender equality in peacekeeping issued',
            indicator: 'Number of policy directives on gender issued',
            unit: 'directives',
            baseline: 0,
            target: 1,
            verification: 'Policy and Guidance Database',
          },
          {
            description: 'Lessons-learned studies on gender in peacekeeping',
            indicator: 'Number of lessons-learned studies on gender published',
            unit: 'studies',
            baseline: 1,
            target: 4,
            verification: 'Best Practices Section publication list',
          },
        ],
      },
      {
        title: 'Review every new DPKO guidance document for gender',
        resources: 'Within existing resources',
        targets: [
          {
            description: 'New guidance documents reviewed by the Gender Unit before issue',
            indicator: 'Percentage of new DPKO guidance documents reviewed by the Gender Unit',
            unit: '%',
            baseline: 30,
            target: 100,
            verification: 'Guidance review log',
          },
          {
            description: 'Good practice notes from mission gender advisers shared on the intranet',
            indicator: 'Number of good practice notes posted',
            unit: 'notes',
            baseline: 5,
            target: 25,
            verification: 'Peacekeeping intranet publication log',
          },
        ],
      },
    ],
  },
  {
    title: 'Gender is part of every training course and of the office work plans',
    pillar: 'prevention',
    paragraphs: [6, 7],
    area: 'training',
    lead: 'mei.chen@dpko.example.org',
    activities: [
      {
        title: 'Include gender sessions in Headquarters and mission training courses',
        resources: 'Integrated Training Service; Gender Unit trainers',
        targets: [
          {
            description: 'Senior mission leaders courses with a gender session',
            indicator: 'Percentage of senior mission leaders courses with a gender session',
            unit: '%',
            baseline: 50,
            target: 100,
            verification: 'Course agendas',
          },
          {
            description: 'Mission gender focal points trained',
            indicator: 'Number of mission gender focal points trained',
            unit: 'focal points',
            baseline: 20,
            target: 80,
            verification: 'Training attendance records (ITS)',
          },
        ],
      },
      {
        title: 'Run the SCR 1325 workshops that produce the office work plans',
        resources: 'Three gender consultants; OSAGI and OHRM support',
        targets: [
          {
            description: 'Pilot workshop and five office workshops held',
            indicator: 'Number of 2-day office workshops held',
            unit: 'workshops',
            baseline: 0,
            target: 6,
            verification: 'Workshop reports',
          },
          {
            description: 'DPKO staff of all levels trained in a 2-day SCR 1325 workshop',
            indicator: 'Number of DPKO staff who attended a 2-day SCR 1325 workshop',
            unit: 'staff',
            baseline: 0,
            target: 150,
            verification: 'Workshop attendance lists',
          },
          {
            description: 'Every office with an endorsed SCR 1325 work plan',
            indicator: 'Number of offices with an endorsed work plan',
            unit: 'offices',
            baseline: 0,
            target: 7,
            verification: '1325 Action Plan records',
          },
        ],
      },
    ],
  },
  {
    title: 'The Gender Unit monitors the Action Plan and reports on SCR 1325',
    pillar: 'participation',
    paragraphs: [1, 17],
    area: 'best-practices-and-guidance',
    lead: 'sofia.lindqvist@dpko.example.org',
    activities: [
      {
        title: 'Monitor implementation of the office work plans',
        resources: 'Gender Unit; 1325 Action Plan app',
        targets: [
          {
            description: 'Quarterly progress reviews with the office focal points',
            indicator: 'Number of quarterly progress reviews held',
            unit: 'reviews',
            baseline: 0,
            target: 8,
            verification: 'Review minutes',
          },
          {
            description: 'Targets with a check-in in the last quarter',
            indicator: 'Percentage of targets with a check-in in the last quarter',
            unit: '%',
            baseline: 0,
            target: 90,
            verification: '1325 Action Plan dashboard',
          },
        ],
      },
      {
        title: 'Report on SCR 1325 to the Security Council and the Special Committee on Peacekeeping',
        resources: 'Within existing resources',
        targets: [
          {
            description: "Contributions to the Secretary-General's annual report on women, peace and security",
            indicator: 'Number of contributions submitted to OSAGI',
            unit: 'reports',
            baseline: 1,
            target: 2,
            verification: 'OSAGI submissions',
          },
          {
            description: 'Briefings to the Special Committee on Peacekeeping (C-34)',
            indicator: 'Number of briefings to the C-34 on the Action Plan',
            unit: 'briefings',
            baseline: 0,
            target: 2,
            verification: 'C-34 records',
          },
        ],
      },
    ],
  },
  {
    title: 'HIV/AIDS programmes address the vulnerability of women and girls',
    pillar: 'protection',
    paragraphs: [6, 10],
    area: 'hiv-aids',
    lead: 'mei.chen@dpko.example.org',
    activities: [
      {
        title: 'Deliver HIV/AIDS awareness training with a gender component to peacekeepers',
        resources: 'Mission HIV/AIDS units; UNAIDS',
        targets: [
          {
            description: 'Peacekeepers trained on HIV/AIDS at induction',
            indicator: 'Percentage of newly arrived peacekeepers who received HIV/AIDS awareness training',
            unit: '%',
            baseline: 60,
            target: 95,
            verification: 'Mission HIV/AIDS unit reports',
          },
          {
            description: 'Women peer educators trained',
            indicator: 'Number of women peer educators trained',
            unit: 'educators',
            baseline: 10,
            target: 60,
            verification: 'Peer education training records',
          },
        ],
      },
      {
        title: 'Offer voluntary confidential counselling and testing and post-exposure prophylaxis',
        resources: 'Medical Support Section; UNAIDS',
        targets: [
          {
            description: 'Missions offering voluntary confidential counselling and testing',
            indicator: 'Number of missions offering VCCT',
            unit: 'missions',
            baseline: 6,
            target: 15,
            verification: 'HIV/AIDS Policy Adviser reports',
          },
          {
            description: 'Post-exposure prophylaxis kits available at every mission medical facility',
            indicator: 'Percentage of mission medical facilities with PEP kits in stock',
            unit: '%',
            baseline: 70,
            target: 100,
            verification: 'Medical Support Section inventory',
          },
        ],
      },
    ],
  },
];
