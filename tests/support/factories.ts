// Small factories for records and commits, shared by the contract suite and the API tests.

import type { NewRecord } from '../../src/domain/model';
import type { Change, CommitRequest } from '../../src/store/plan-store';

let counter = 0;
let codeCounter = 0;
export const id = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export const AT = '2026-11-28T09:00:00.000Z';

export function office(over: Partial<NewRecord<'office'>> = {}): NewRecord<'office'> {
  return {
    id: id('office'),
    code: `X${++codeCounter}`,
    name: 'Office of Tests',
    focalPoints: ['focal@example.org'],
    digestChannelId: null,
    milestones: { needsAssessment: null, workshop: null, planSubmitted: null, planEndorsed: null },
    ...over,
  };
}

export function plan(officeId: string, over: Partial<NewRecord<'plan'>> = {}): NewRecord<'plan'> {
  return { id: id('plan'), officeId, cycle: '2006-2007', title: 'Work plan', status: 'draft', reviewComment: null, history: [], ...over };
}

export function objective(planId: string, over: Partial<NewRecord<'objective'>> = {}): NewRecord<'objective'> {
  return { id: id('obj'), planId, ref: '1', title: 'Objective', pillar: 'participation', paragraphs: [4], functionalArea: 'military', ...over };
}

export function activity(planId: string, objectiveId: string, over: Partial<NewRecord<'activity'>> = {}): NewRecord<'activity'> {
  return { id: id('act'), planId, objectiveId, ref: '1.1', title: 'Activity', owner: null, start: null, end: null, resources: null, ...over };
}

export function target(planId: string, activityId: string, over: Partial<NewRecord<'target'>> = {}): NewRecord<'target'> {
  return {
    id: id('tgt'),
    planId,
    activityId,
    ref: '1.1.a',
    description: 'Target',
    indicator: 'Indicator',
    unit: '%',
    baseline: 0,
    targetValue: 10,
    dueDate: '2026-12-31',
    owner: 'owner@example.org',
    meansOfVerification: 'Records',
    status: 'not-started',
    progress: 0,
    lastCheckInAt: null,
    ...over,
  };
}

export function checkin(planId: string, targetId: string, over: Partial<NewRecord<'checkin'>> = {}): NewRecord<'checkin'> {
  return {
    id: id('chk'),
    planId,
    targetId,
    date: '2026-11-01',
    value: null,
    percent: 50,
    status: 'on-track',
    note: null,
    evidenceUrl: null,
    author: 'owner@example.org',
    ...over,
  };
}

export const create = (change: Omit<Extract<Change, { op: 'create' }>, 'op'>): Change => ({ op: 'create', ...change }) as Change;

export function commitOf(changes: Change[], over: Partial<CommitRequest> = {}): CommitRequest {
  return { actor: 'tester@example.org', at: AT, changes, ...over };
}

/** An office with one plan holding one objective, activity and target, as create changes. */
export function smallPlanChanges(over: { code?: string; cycle?: string } = {}) {
  const o = office(over.code ? { code: over.code } : {});
  const p = plan(o.id, over.cycle ? { cycle: over.cycle } : {});
  const ob = objective(p.id);
  const a = activity(p.id, ob.id);
  const t = target(p.id, a.id);
  return {
    office: o,
    plan: p,
    objective: ob,
    activity: a,
    target: t,
    officeChanges: [{ op: 'create', entity: 'office', record: o }] as Change[],
    planChanges: [
      { op: 'create', entity: 'plan', record: p },
      { op: 'create', entity: 'objective', record: ob },
      { op: 'create', entity: 'activity', record: a },
      { op: 'create', entity: 'target', record: t },
    ] as Change[],
  };
}
