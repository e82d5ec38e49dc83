// The Word document's introduction: what SCR 1325 asks of a peacekeeping department, how this
// action plan came about (needs assessment, pilot workshop, office workshops, consolidation)
// and how to read it. Written for this product from the facts of the Department's background
// note, not quoted from it.

import { HeadingLevel, Paragraph } from 'docx';
import type { ConsolidatedPlan } from './consolidate';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level });
const body = (text: string) => new Paragraph({ text, spacing: { after: 120 } });

export const INTRODUCTION_HEADING = 'Introduction';

export function introduction(plan: ConsolidatedPlan): Paragraph[] {
  return [
    new Paragraph({ text: INTRODUCTION_HEADING, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    heading('Resolution 1325 and peacekeeping'),
    body(
      'In resolution 1325 (2000) on Women, Peace and Security, the Security Council recognised that war affects women and ' +
        'girls in particular ways and that lasting peace depends on their full part in preventing conflict, making peace and ' +
        'rebuilding afterwards. Its eighteen operative paragraphs ask for more women in decision-making and in field ' +
        'operations, a gender perspective in peacekeeping and in peace agreements, training on the protection, rights and ' +
        'needs of women, and an end to impunity for violence against them.',
    ),
    body(
      'Several paragraphs are addressed to peacekeeping directly: the role of women in field operations (paragraph 4), ' +
        'gender components in missions (5), training of military, police and civilian personnel (6), the different needs of ' +
        'female and male ex-combatants in disarmament, demobilisation and reintegration (13), and reporting on gender ' +
        'mainstreaming across missions (17).',
    ),
    heading('Why the Department has an action plan'),
    body(
      'The Department has made progress in bringing gender perspectives into its operations since 2000, yet many staff still ' +
        'lack the concepts and practical tools to do so in their daily work. In 2004 the Council asked every part of the United ' +
        'Nations to prepare an action plan for the resolution, feeding a system-wide plan due in October 2005, and the Special ' +
        "Committee on Peacekeeping Operations repeated the request in February 2005. The Under-Secretary-General's gender " +
        "policy statement makes this action plan one of the pillars of the Department's strategy for gender mainstreaming.",
    ),
    heading('How the plan was made'),
    body(
      "The Department's Gender Advisor led the work together with the Office of Human Resources Management and the Office of " +
        'the Special Adviser on gender equality and the advancement of women, helped by three gender consultants. Offices first discussed the objectives of the ' +
        'exercise and agreed that staff of every function and grade, senior managers included, would take part; the gender ' +
        'policy statement was then presented to all staff at a town hall meeting.',
    ),
    body(
      'A needs assessment came next: over one week the consultants met staff one by one and in groups, looked at the gender ' +
        "side of each office's work and noted the information and resources that would help most. A pilot workshop tested " +
        'and refined the approach, after which each office held a two-day workshop shaped by the gaps the assessment had ' +
        "found and by its own functions. Every workshop ended with the office's own work plan of objectives, activities and " +
        'measurable targets.',
    ),
    body(
      'The Gender Unit brings the office work plans together into this Departmental Action Plan. It follows implementation ' +
        "and evaluates it, and each office's progress towards its targets is reviewed as part of the Department's regular " +
        'reporting on resolution 1325.',
    ),
    heading('How to read this document'),
    body(
      'The summary gives the state of the plan by office and by pillar. Each office then has a section with its objectives; ' +
        'under each objective a table lists its activities and another its targets. References are hierarchical: objective ' +
        '1, activity 1.2, target 1.2.a. A target is overdue when its due date has passed and it is neither achieved nor ' +
        `dropped; figures are as of ${plan.asOf}. The annex repeats the whole matrix in one table.`,
    ),
    ...(plan.draft
      ? [
          body(
            'This document is a DRAFT: at least one of the work plans it includes has not yet been endorsed by the Gender ' +
              'Unit, and its content may still change.',
          ),
        ]
      : []),
  ];
}
