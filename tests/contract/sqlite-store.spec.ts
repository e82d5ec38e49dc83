import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { describeLifecycleStoreContract } from './lifecycle-store.contract';
import { describeMonitoringStoreContract } from './monitoring-store.contract';
import { describePlanStoreContract, type StoreHarness } from './plan-store.contract';
import { describeProcessStoreContract } from './process-store.contract';
import { describeScorecardStoreContract } from './scorecard-store.contract';

async function openSqlite(): Promise<StoreHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-store-'));
  const store = new SqliteStore({ path: path.join(dir, 'test.db') });
  return {
    store,
    async cleanup() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describePlanStoreContract('SQLite', openSqlite);
describeMonitoringStoreContract('SQLite', openSqlite, { snapshotRows: 10_000 });
describeScorecardStoreContract('SQLite', openSqlite);
describeLifecycleStoreContract('SQLite', openSqlite);
describeProcessStoreContract('SQLite', openSqlite);
