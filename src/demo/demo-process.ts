// The demo department's planning process, built from demo-process-content.ts: the needs
// assessment's findings (recorded by the Gender Advisor the week it ran), the pilot at the Best
// Practices Section and one two-day workshop per other office, all held, on the days the
// offices' milestones give; each plan linked to the workshop it came out of, and objectives
// citing the findings they answer (two findings are left uncovered). Pure, like demo-data.ts.

import { addDays } from '../domain/dates';
import type { NewRecord } from '../domain/model';
import type { OfficeContent } from './demo-content';
import { DEMO_FINDINGS, OFFICE_WORKSHOPS, PILOT_LESSONS, PILOT_WORKSHOP, type WorkshopContent } from './demo-process-content';
import { GENDER_ADVISOR, officeStaff } from './demo-users';

/** The second member of the Gender Unit, who co-facilitated the pilot. */
const GENDER_OFFICER = 'sofia.lindqvist@dpko.example.org';

export interface DemoProcess {
  findings: NewRecord<'finding'>[];
  workshops: NewRecord<'workshop'>[];
}

/** One office as the process sees it: its content, its id, its plan and the plan's objectives. */
export interface ProcessOffice {
  content: OfficeContent;
  officeId: string;
  plan: NewRecord<'plan'>;
  objectives: NewRecord<'objective'>[];
}

/**
 * The findings and workshops, and each office's plan and objectives with their links: the plan's
 * workshopId, the objectives' findingIds. The offices' own records are left as they were.
 */
export function buildDemoProcess(offices: readonly ProcessOffice[], today: string, newId: () => string): DemoProcess & { offices: ProcessOffice[] } {
  const idOf = new Map(offices.map((o) => [o.content.code, o.officeId]));
  const findings = DEMO_FINDINGS.map((f): NewRecord<'finding'> => ({
    id: newId(),
    officeId: f.office === null ? null : (idOf.get(f.office) ?? null),
    title: f.title,
    description: f.description,
    functionalArea: f.area,
    paragraphs: [...f.paragraphs],
    source: f.source,
    priority: f.priority,
    createdBy: GENDER_ADVISOR,
  }));
  const workshops: NewRecord<'workshop'>[] = [];
  const linked = offices.map((office): ProcessOffice => {
    const workshop = workshopOf(office, today, newId());
    workshops.push(workshop);
    const objectives = office.objectives.map((o) => ({ ...o }));
    DEMO_FINDINGS.forEach((content, i) => {
      const finding = findings[i];
      if (!finding || !content.answeredIn.includes(office.content.code)) return;
      const answering = objectives.find((o) => o.functionalArea === content.area) ?? objectives[0];
      if (answering) answering.findingIds = [...(answering.findingIds ?? []), finding.id];
    });
    return { ...office, plan: { ...office.plan, workshopId: workshop.id }, objectives };
  });
  workshops.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { findings, workshops, offices: linked };
}

/** The pilot for the Best Practices Section (which hosted it), an office workshop for every other office; two days ending on the office's workshop milestone. */
function workshopOf(office: ProcessOffice, today: string, id: string): NewRecord<'workshop'> {
  const code = office.content.code;
  const end = addDays(today, -office.content.timeline.workshop);
  const pilot = code === 'PBPS';
  const content: WorkshopContent = code === 'PBPS' ? PILOT_WORKSHOP : OFFICE_WORKSHOPS[code];
  const focalPoint = officeStaff(code).focalPoints[0];
  return {
    id,
    kind: pilot ? 'pilot' : 'office',
    officeIds: [office.officeId],
    start: addDays(end, -1),
    end,
    venue: content.venue,
    facilitators: pilot ? [GENDER_ADVISOR, GENDER_OFFICER] : [GENDER_ADVISOR, ...(focalPoint ? [focalPoint] : [])],
    status: 'held',
    lessonsLearnt: pilot ? PILOT_LESSONS : null,
    participants: { groups: content.groups.map((g) => ({ ...g })), named: content.named.map((n) => ({ ...n })) },
  };
}
