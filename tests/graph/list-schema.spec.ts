import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ENTITY_NAMES } from '../../src/domain/model';
import { graphColumn, itemFields, listFor, loadListSchema } from '../../src/graph/list-schema';

describe('the SharePoint list schema', () => {
  const schema = loadListSchema();

  it('has a list for every stored entity, the audit log, the transaction journal and the period snapshots', () => {
    expect(schema.lists.map((l) => l.entity).sort()).toEqual([...ENTITY_NAMES, 'audit', 'transaction', 'snapshot'].sort());
  });

  it('indexes every column the store filters on', () => {
    const filtered: Record<string, string[]> = {
      office: ['EntityId', 'Code'],
      plan: ['EntityId', 'OfficeId', 'Cycle', 'Status', 'PendingTx'],
      target: ['EntityId', 'PlanId', 'Owner', 'DueDate', 'Status'],
      checkin: ['EntityId', 'TargetId'],
      audit: ['Entity', 'EntityRef', 'OfficeId'],
      reminder: ['EntityId', 'CreatedAt'],
      conversation: ['EntityId', 'UserEmail', 'Active'],
      transaction: ['TxId', 'TxState'],
      cycle: ['EntityId'],
      period: ['EntityId', 'Cycle', 'CycleStart', 'PeriodStatus'],
      report: ['EntityId', 'PeriodId', 'OfficeId', 'PeriodOffice', 'ReportStatus'],
      reportLine: ['EntityId', 'ReportId', 'TargetId', 'ReportTarget'],
      snapshot: ['RowKey', 'PeriodId', 'PeriodScope'],
    };
    for (const [entity, columns] of Object.entries(filtered)) {
      const list = listFor(schema, entity);
      for (const name of columns)
        expect({ entity, name, indexed: list.columns.find((c) => c.name === name)?.indexed }).toEqual({ entity, name, indexed: true });
    }
  });

  it('maps a column spec to its Graph facet', () => {
    expect(graphColumn({ name: 'DueDate', type: 'date', indexed: true, unique: false, required: false })).toMatchObject({
      name: 'DueDate',
      indexed: true,
      dateTime: { format: 'dateOnly' },
    });
    expect(graphColumn({ name: 'Status', type: 'choice', choices: ['a', 'b'], indexed: false, unique: false, required: false })).toMatchObject({
      choice: { choices: ['a', 'b'] },
    });
  });

  it('mirrors a record in item fields, with derived unique keys and the whole record as JSON', () => {
    const target = {
      id: 't1',
      version: 3,
      planId: 'p1',
      ref: '1.2.a',
      description: 'More women observers',
      dueDate: '2026-12-01',
      baseline: 2,
      status: 'on-track',
    };
    const fields = itemFields(listFor(schema, 'target'), target);
    expect(fields).toMatchObject({
      Title: 'More women observers',
      EntityId: 't1',
      EntityVersion: 3,
      PlanRef: 'p1|1.2.a',
      DueDate: '2026-12-01T00:00:00Z',
      Baseline: 2,
    });
    expect(JSON.parse(fields.Record as string)).toEqual(target);
  });

  it('keys each snapshot row by period, scope and key, uniquely', () => {
    const spec = listFor(schema, 'snapshot');
    expect(spec.columns.find((c) => c.name === 'RowKey')).toMatchObject({ indexed: true, unique: true, derivedFrom: ['periodId', 'scope', 'key'] });
    const fields = itemFields(spec, { periodId: '2006-2007_2006-Q1', scope: 'office', key: 'o1', overdue: false });
    expect(fields).toMatchObject({ RowKey: '2006-2007_2006-Q1|office|o1', PeriodScope: '2006-2007_2006-Q1|office', Title: 'o1' });
  });

  it('refuses a schema that indexes more than 20 columns', () => {
    const bad = {
      description: '',
      version: 1,
      lists: [{ entity: 'x', name: 'Xs', displayName: 'X', columns: Array.from({ length: 21 }, (_, i) => ({ name: `C${i}`, type: 'text', indexed: true })) }],
    };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ls-')), 'lists.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    expect(() => loadListSchema(file)).toThrow(/at most 20 indexed columns/);
  });
});
