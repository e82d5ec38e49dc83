// A department being monitored, for the monitoring benchmarks: 20 offices × 500 targets (the
// plans of synthetic-plans.ts), the cycle 2006-2007 reported quarterly (8 periods), a check-in
// on every tenth target in the first quarter, and every office's report for that quarter,
// accepted, with one line per target. Written through the PlanStore port, so it is the same
// on SQLite and on the SharePoint double.

import type { NewRecord } from '../src/domain/model';
import { periodsOf, type Period } from '../src/domain/monitoring';
import type { Change, PlanStore } from '../src/store/plan-store';
import { createBenchPlans } from './synthetic-plans';

export const BENCH_CYCLE = '2006-2007';
export const BENCH_OFFICES = 20;
export const BENCH_TARGETS_PER_OFFICE = 500;
export const FOCAL = 'focal@bench.example.org';
export const GENDER_UNIT = 'gender.unit@bench.example.org';
/** The instant the world is written and closed at: after every period of the cycle ended. */
export const BENCH_NOW = '2008-02-01T09:00:00.000Z';

export interface MonitoringWorld {
  planIds: string[];
  officeIds: string[];
  /** The periods of the cycle, oldest first; the first has its reports. */
  periods: Period[];
}

export interface MonitoringWorldOptions {
  offices?: number;
  /** Reports (accepted, a line per target) for this many of the first periods (default 1). */
  reportedPeriods?: number;
}

/** Writes the world into an empty store. */
export async function createMonitoringWorld(store: PlanStore, options: MonitoringWorldOptions = {}): Promise<MonitoringWorld> {
  const offices = options.offices ?? BENCH_OFFICES;
  const specs = Array.from({ length: offices }, (_, i) => ({
    code: `M${i + 10}`,
    objectives: 5,
    activitiesPerObjective: 10,
    targetsPerActivity: BENCH_TARGETS_PER_OFFICE / 50,
  }));
  // Every tenth target is overdue at the end of the first quarter (synthetic-plans.ts), the others due later.
  const planIds = await createBenchPlans(store, specs, '2006-03-31', FOCAL);
  const at = BENCH_NOW;
  const cycle: NewRecord<'cycle'> = { id: BENCH_CYCLE, start: '2006-01-01', end: '2007-12-31', periodicity: 'quarterly', reportDueDays: 15 };
  const drafts = periodsOf(cycle).map((p): NewRecord<'period'> => ({
    ...p,
    status: 'open',
    closedAt: null,
    closedBy: null,
    forced: false,
    missingOffices: [],
    snapshotRows: 0,
    closing: null,
  }));
  await store.commit({
    actor: GENDER_UNIT,
    at,
    changes: [{ op: 'create', entity: 'cycle', record: cycle }, ...drafts.map((record): Change => ({ op: 'create', entity: 'period', record }))],
  });
  const periods = await store.listPeriods(BENCH_CYCLE);
  const reported = periods.slice(0, options.reportedPeriods ?? 1);

  for (const planId of planIds) {
    const contents = await store.getPlanContents(planId);
    if (!contents) throw new Error(`The bench plan ${planId} was not written.`);
    const officeId = contents.plan.officeId;
    for (const period of reported) {
      const checkIns = contents.targets
        .filter((_, i) => i % 10 === 0)
        .map((t, i): Change => ({
          op: 'create',
          entity: 'checkin',
          record: {
            id: `${t.id}-${period.id}-c`,
            planId,
            targetId: t.id,
            date: period.end,
            value: i % 12,
            percent: null,
            status: 'on-track',
            note: 'Quarterly figure',
            evidenceUrl: null,
            author: FOCAL,
          },
        }));
      await store.commit({ actor: FOCAL, at, changes: checkIns });
      const reportId = `report-${officeId}-${period.id}`;
      const submittedAt = `${period.reportDue}T08:00:00.000Z`;
      const report: NewRecord<'report'> = {
        id: reportId,
        officeId,
        periodId: period.id,
        status: 'accepted',
        summary: 'Steady progress on deployment and training.',
        achievements: 'Two more women officers deployed.',
        challenges: null,
        supportNeeded: null,
        nextSteps: 'Continue the outreach.',
        transitions: [
          { from: 'draft', to: 'submitted', by: FOCAL, at: submittedAt, comment: null },
          { from: 'submitted', to: 'accepted', by: GENDER_UNIT, at: submittedAt, comment: null },
        ],
        createdBy: FOCAL,
        submittedBy: FOCAL,
        submittedAt,
        decidedBy: GENDER_UNIT,
        decidedAt: submittedAt,
        returnComment: null,
      };
      const lines = contents.targets.map((t, i): Change => ({
        op: 'create',
        entity: 'reportLine',
        record: {
          id: `${reportId}-${t.id}`,
          reportId,
          targetId: t.id,
          value: i % 12,
          women: null,
          men: null,
          milestone: null,
          status: t.status,
          comment: null,
        },
      }));
      await store.commit({ actor: FOCAL, at, changes: [{ op: 'create', entity: 'report', record: report }, ...lines] });
    }
  }
  return { planIds, officeIds: (await store.listOffices()).map((o) => o.id), periods };
}
