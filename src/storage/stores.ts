// Builds the product's stores on one database: every repository, the job store and the bot's turn
// state (Keyv over the same connection), with transactions that span them.

import type { Storage } from 'botbuilder';
import { Keyv } from 'keyv';
import { SystemClock } from '../app/clock.js';
import type { Repositories, Stores } from '../app/ports.js';
import { openDatabase, type DatabaseOptions } from './database.js';
import { PutJobs, SqlJobStore } from './jobs.js';
import { SqlKeyvStore } from './keyv-store.js';
import { SqlSendLog } from './send-log.js';
import { InProcessLocks } from './locks.js';
import type { Engine } from './migrations.js';
import {
  SqlBulkOperationRepository,
  SqlEnrollmentRepository,
  SqlOutboxRepository,
  SqlRecordRepository,
  SqlSequenceRepository,
  SqlUserRepository,
  type Executor,
} from './repositories.js';
import type { Database } from './schema.js';
import { KeyvTurnStateStorage } from './turn-state.js';
import type { Kysely } from 'kysely';

export { DATABASE_FILE_NAME, type DatabaseOptions } from './database.js';

export type StorageOptions = DatabaseOptions;

/** The stores and the database under them (for maintenance: the legacy import, benchmarks). */
export interface SqlStores extends Stores {
  db: Kysely<Database>;
  turnState: Storage;
}

function repositories(db: Executor, engine: Engine, puts: PutJobs): Repositories {
  return {
    sequences: new SqlSequenceRepository(db),
    enrollments: new SqlEnrollmentRepository(db, engine),
    records: new SqlRecordRepository(db),
    users: new SqlUserRepository(db),
    outbox: new SqlOutboxRepository(db),
    jobs: new SqlJobStore(db, engine, puts),
    bulk: new SqlBulkOperationRepository(db),
  };
}

export async function createStores(options: StorageOptions): Promise<SqlStores> {
  const { db, engine, close } = await openDatabase(options);
  const wall = new SystemClock();
  const puts = new PutJobs();
  const turnState = new Keyv({
    store: new SqlKeyvStore(db, () => wall.now().getTime()),
    namespace: 'turnState',
    serialize: JSON.stringify,
    deserialize: JSON.parse,
    // Keyv would otherwise turn a failed read into "not found" and a failed write into `false`.
    throwOnErrors: true,
  });
  return {
    ...repositories(db, engine, puts),
    engine,
    db,
    transaction: async (fn) => {
      // Jobs put in the transaction are told to the runner once they are committed, not before.
      const putHere = new PutJobs();
      const result = await db.transaction().execute((tx) => fn(repositories(tx, engine, putHere)));
      const at = putHere.take();
      if (at !== undefined) puts.note(at);
      return result;
    },
    locks: new InProcessLocks(),
    sendLog: new SqlSendLog(db, engine),
    turnState: new KeyvTurnStateStorage(turnState),
    close,
  };
}

/** Where the product keeps its data, from the configuration: PostgreSQL when a URL is given. */
export function storageOptions(config: {
  databaseUrl?: string;
  dataDir: string;
  sqliteSync?: 'full' | 'normal';
}): StorageOptions {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'sqlite', dataDir: config.dataDir, ...(config.sqliteSync ? { sync: config.sqliteSync } : {}) };
}
