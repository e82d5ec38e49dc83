// The PlanStore contract for monitoring, run against every adapter beside plan-store.contract.ts:
// cycles and their periods, progress reports with versions and lines, period guards, and the
// snapshot that closes a period (its rows exactly once, the period closed only with all of them).

import { ConflictError, NotFoundError, StateError, ValidationError } from '../../src/domain/errors';
import type { PlanStore } from '../../src/store/plan-store';
import { commitOf, office } from '../support/factories';
import { cycleWithPeriods, progressReport, reportLine, snapshotRows } from '../support/monitoring-factories';
import type { StoreHarness } from './plan-store.contract';

export interface MonitoringContractOptions {
  /** Target rows of the large snapshot (1,000 or more on the Graph double). */
  snapshotRows?: number;
}

export function describeMonitoringStoreContract(name: string, open: () => Promise<StoreHarness>, options: MonitoringContractOptions = {}): void {
  describe(`PlanStore monitoring contract: ${name}`, () => {
    let h: StoreHarness;
    let store: PlanStore;
    beforeEach(async () => {
      h = await open();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    async function seedCycle(code = '2006-2007') {
      const c = cycleWithPeriods(code);
      await store.commit(commitOf(c.changes));
      return c;
    }

    async function seedReport() {
      const c = await seedCycle();
      const o = office();
      await store.commit(commitOf([{ op: 'create', entity: 'office', record: o }]));
      const period = c.periods[0]!;
      const report = progressReport(o.id, period.id);
      const lines = [reportLine(report.id, 'target-a'), reportLine(report.id, 'target-b', { value: 2, women: 2, men: 0 })];
      await store.commit(
        commitOf([
          { op: 'create', entity: 'report', record: report },
          ...lines.map((record) => ({ op: 'create' as const, entity: 'reportLine' as const, record })),
        ]),
      );
      return { c, office: o, period, report, lines };
    }

    async function closeWith(periodId: string, rows: ReturnType<typeof snapshotRows>, over: { forced?: boolean; missingOffices?: string[] } = {}) {
      const period = await store.get('period', periodId);
      return store.writeSnapshot({
        periodId,
        expectedVersion: period!.version,
        rows,
        forced: over.forced ?? false,
        missingOffices: over.missingOffices ?? [],
        actor: 'gender.unit@example.org',
        at: '2006-04-20T10:00:00.000Z',
      });
    }

    describe('cycles and periods', () => {
      it('keeps a cycle with its periods and lists them by start', async () => {
        await seedCycle('2008-2009');
        const c = await seedCycle('2006-2007');
        expect((await store.listCycles()).map((x) => x.id)).toEqual(['2006-2007', '2008-2009']);
        const periods = await store.listPeriods('2006-2007');
        expect(periods.map((p) => p.label)).toEqual(c.periods.map((p) => p.label));
        expect(periods[0]).toMatchObject({ status: 'open', version: 1, cycle: '2006-2007', reportDue: '2006-04-15' });
        expect(await store.listPeriods()).toHaveLength(16);
      });

      it('refuses a second cycle with the same code', async () => {
        await seedCycle();
        const error = await store.commit(commitOf([cycleWithPeriods().changes[0]!])).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).kind).toBe('duplicate');
      });

      it('refuses a period of a cycle that does not exist, and to delete a cycle that has periods', async () => {
        const { periods } = cycleWithPeriods('2010-2011');
        await expect(store.commit(commitOf([{ op: 'create', entity: 'period', record: periods[0]! }]))).rejects.toBeInstanceOf(NotFoundError);
        await seedCycle();
        await expect(store.commit(commitOf([{ op: 'delete', entity: 'cycle', id: '2006-2007', expectedVersion: 1 }]))).rejects.toBeInstanceOf(StateError);
      });
    });

    describe('progress reports', () => {
      it('reads a report with its lines, and lists reports by period and by office', async () => {
        const s = await seedReport();
        const contents = await store.getReportContents(s.report.id);
        expect(contents?.report).toMatchObject({ ...s.report, version: 1 });
        expect(contents?.lines.map((l) => l.targetId).sort()).toEqual(['target-a', 'target-b']);
        expect((await store.listReportLines([s.report.id])).map((l) => l.id)).toEqual(s.lines.map((l) => l.id).sort());
        expect(await store.listReportLines([])).toEqual([]);
        expect((await store.listReports({ periodId: s.period.id })).map((r) => r.id)).toEqual([s.report.id]);
        expect((await store.listReports({ officeId: s.office.id })).map((r) => r.id)).toEqual([s.report.id]);
        expect(await store.listReports({ periodId: s.c.periods[1]!.id })).toEqual([]);
        expect(await store.getReportContents('no-such-report')).toBeUndefined();
        // Two reports in one read, report by report in the order asked.
        const other = progressReport(s.office.id, s.c.periods[1]!.id);
        const otherLine = reportLine(other.id, 'target-a');
        await store.commit(
          commitOf([
            { op: 'create', entity: 'report', record: other },
            { op: 'create', entity: 'reportLine', record: otherLine },
          ]),
        );
        expect((await store.listReportLines([other.id, s.report.id])).map((l) => l.reportId)).toEqual([other.id, s.report.id, s.report.id]);
      });

      it('refuses a stale version of a report with the current one, and changes nothing', async () => {
        const s = await seedReport();
        await store.commit(commitOf([{ op: 'update', entity: 'report', id: s.report.id, expectedVersion: 1, patch: { summary: 'first' } }]));
        const error = await store
          .commit(commitOf([{ op: 'update', entity: 'report', id: s.report.id, expectedVersion: 1, patch: { summary: 'second' } }]))
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).kind).toBe('stale');
        expect((error as ConflictError).current).toMatchObject({ summary: 'first', version: 2 });
        expect(await store.get('report', s.report.id)).toMatchObject({ summary: 'first', version: 2 });
      });

      it('moves the report version on once per commit that changes its lines, without an audit event of its own', async () => {
        const s = await seedReport();
        const [a, b] = s.lines;
        await store.commit(
          commitOf([
            { op: 'update', entity: 'reportLine', id: a!.id, expectedVersion: 1, patch: { value: 9 } },
            { op: 'delete', entity: 'reportLine', id: b!.id, expectedVersion: 1 },
          ]),
        );
        expect(await store.get('report', s.report.id)).toMatchObject({ version: 2 });
        await store.commit(
          commitOf([
            { op: 'update', entity: 'report', id: s.report.id, expectedVersion: 2, patch: { summary: 'both' } },
            { op: 'create', entity: 'reportLine', record: reportLine(s.report.id, 'target-c') },
          ]),
        );
        expect(await store.get('report', s.report.id)).toMatchObject({ version: 3, summary: 'both' });
        const events = await store.listAudit({ entity: 'report', entityId: s.report.id, limit: 10 });
        expect(events.map((e) => e.action)).toEqual(['update', 'create']);
      });

      it('refuses a second report of an office for a period, and a second line for a target', async () => {
        const s = await seedReport();
        await expect(store.commit(commitOf([{ op: 'create', entity: 'report', record: progressReport(s.office.id, s.period.id) }]))).rejects.toBeInstanceOf(
          ConflictError,
        );
        await expect(store.commit(commitOf([{ op: 'create', entity: 'reportLine', record: reportLine(s.report.id, 'target-a') }]))).rejects.toBeInstanceOf(
          ConflictError,
        );
        expect(await store.listReportLines([s.report.id])).toHaveLength(2);
      });

      it('refuses to move a report to another period', async () => {
        const s = await seedReport();
        await expect(
          store.commit(commitOf([{ op: 'update', entity: 'report', id: s.report.id, expectedVersion: 1, patch: { periodId: s.c.periods[1]!.id } }])),
        ).rejects.toBeInstanceOf(StateError);
      });

      it('audits reports and their lines under the office', async () => {
        const s = await seedReport();
        const events = await store.listAudit({ officeIds: [s.office.id], limit: 10 });
        expect(events.map((e) => e.entity).sort()).toEqual(['office', 'report', 'reportLine', 'reportLine']);
      });

      it('checks a period guard inside the commit and writes nothing when the period closed', async () => {
        const s = await seedReport();
        await closeWith(s.period.id, snapshotRows(2, s.office.id));
        const guarded = commitOf([{ op: 'update', entity: 'report', id: s.report.id, expectedVersion: 1, patch: { summary: 'too late' } }]);
        await expect(store.commit({ ...guarded, periodGuards: [{ periodId: s.period.id, statuses: ['open'] }] })).rejects.toBeInstanceOf(StateError);
        expect(await store.get('report', s.report.id)).toMatchObject({ summary: s.report.summary, version: 1 });
      });
    });

    describe('snapshots', () => {
      it('closes a period with its header once every row is written, and reads the rows back', async () => {
        const { periods } = await seedCycle();
        const rows = snapshotRows(5);
        const closed = await closeWith(periods[0]!.id, rows, { forced: true, missingOffices: ['office-2'] });
        expect(closed).toMatchObject({
          status: 'closed',
          closedBy: 'gender.unit@example.org',
          closedAt: '2006-04-20T10:00:00.000Z',
          forced: true,
          missingOffices: ['office-2'],
          snapshotRows: 7,
          closing: null,
        });
        const snapshot = await store.getSnapshot(periods[0]!.id);
        expect(snapshot?.period).toEqual(closed);
        expect(snapshot?.rows).toHaveLength(7);
        expect(snapshot?.rows.find((r) => r.key === 'target-00003')).toEqual({ ...rows[3], periodId: periods[0]!.id });
        expect(await store.get('period', periods[0]!.id)).toEqual(closed);
      });

      it('reads only the rows of the scopes asked for', async () => {
        const { periods } = await seedCycle();
        await closeWith(periods[0]!.id, snapshotRows(5));
        const snapshot = await store.getSnapshot(periods[0]!.id, { scopes: ['office', 'department'] });
        expect(snapshot?.rows.map((r) => r.scope).sort()).toEqual(['department', 'office']);
      });

      it('has no snapshot for an open period or one that does not exist', async () => {
        const { periods } = await seedCycle();
        expect(await store.getSnapshot(periods[0]!.id)).toBeUndefined();
        expect(await store.getSnapshot('no-such-period')).toBeUndefined();
      });

      it('refuses to close a period twice, or one that does not exist', async () => {
        const { periods } = await seedCycle();
        await closeWith(periods[0]!.id, snapshotRows(2));
        await expect(closeWith(periods[0]!.id, snapshotRows(3))).rejects.toBeInstanceOf(StateError);
        expect((await store.getSnapshot(periods[0]!.id))?.rows).toHaveLength(4);
        await expect(
          store.writeSnapshot({
            periodId: 'nope',
            expectedVersion: 1,
            rows: [],
            forced: false,
            missingOffices: [],
            actor: 'a@example.org',
            at: '2006-04-20T10:00:00.000Z',
          }),
        ).rejects.toBeInstanceOf(NotFoundError);
      });

      it('refuses a close computed on a stale period, leaving it open without a snapshot', async () => {
        const { periods } = await seedCycle();
        const id = periods[0]!.id;
        await store.commit(commitOf([{ op: 'update', entity: 'period', id, expectedVersion: 1, patch: { reportDue: '2006-04-30' } }]));
        const stale = store.writeSnapshot({
          periodId: id,
          expectedVersion: 1,
          rows: snapshotRows(3),
          forced: false,
          missingOffices: [],
          actor: 'a@example.org',
          at: '2006-04-20T10:00:00.000Z',
        });
        await expect(stale).rejects.toBeInstanceOf(ConflictError);
        expect(await store.get('period', id)).toMatchObject({ status: 'open' });
        expect(await store.getSnapshot(id)).toBeUndefined();
      });

      it('refuses two rows with the same scope and key', async () => {
        const { periods } = await seedCycle();
        const rows = snapshotRows(2);
        await expect(closeWith(periods[0]!.id, [...rows, rows[0]!])).rejects.toBeInstanceOf(ValidationError);
        expect(await store.get('period', periods[0]!.id)).toMatchObject({ status: 'open', version: 1 });
      });

      it('audits a close as changes of the period, not row by row', async () => {
        const { periods } = await seedCycle();
        await closeWith(periods[0]!.id, snapshotRows(30));
        const events = await store.listAudit({ limit: 100 });
        const afterSeeding = events.filter((e) => e.action === 'update');
        expect(afterSeeding.every((e) => e.entity === 'period' && e.entityId === periods[0]!.id)).toBe(true);
        expect(afterSeeding[0]?.after).toMatchObject({ status: 'closed' });
      });

      it(`writes a snapshot of ${options.snapshotRows ?? 1000} targets, each row exactly once, and keeps other periods apart`, async () => {
        const n = options.snapshotRows ?? 1000;
        const { periods } = await seedCycle();
        await closeWith(periods[1]!.id, snapshotRows(3));
        await closeWith(periods[0]!.id, snapshotRows(n));
        const rows = (await store.getSnapshot(periods[0]!.id))?.rows ?? [];
        expect(rows).toHaveLength(n + 2);
        expect(new Set(rows.map((r) => `${r.scope}|${r.key}`)).size).toBe(n + 2);
        expect(rows.every((r) => r.periodId === periods[0]!.id)).toBe(true);
        expect((await store.getSnapshot(periods[1]!.id))?.rows).toHaveLength(5);
      }, 180_000);
    });
  });
}
