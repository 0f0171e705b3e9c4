// Builders for stored values and a way to open the embedded stores on memory or on a real SQLite file.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job, OutboxMessage, User } from '../../src/app/ports.js';
import type { CrmRecord, Enrollment, Sequence } from '../../src/domain/model.js';
import { DEFAULT_WORKING_HOURS } from '../../src/domain/model.js';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider, type Engine } from '../../src/storage/migrations.js';
import type { Database } from '../../src/storage/schema.js';
import { SqliteDialect } from '../../src/storage/sqlite-driver.js';
import {
  createStores,
  DATABASE_FILE_NAME,
  type SqlStores,
  type StorageOptions,
} from '../../src/storage/stores.js';
import { createTestDatabase, postgresAvailable } from '../helpers/postgres.js';

/** Every engine the product runs on: SQLite in memory and in a file, and PostgreSQL when it is here. */
export const STORE_KINDS = [
  'memory',
  'sqlite',
  ...((await postgresAvailable()) ? (['postgres'] as const) : []),
] as const;
export type StoreKind = 'memory' | 'sqlite' | 'postgres';

export const T0 = '2025-03-03T09:00:00.000Z';

export async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sequence-assistant-storage-'));
}

/** Stores of `kind`, and `dispose()` to close them and remove the temporary data directory. */
export async function openStores(
  kind: StoreKind,
): Promise<{ stores: SqlStores; dispose: () => Promise<void> }> {
  if (kind === 'memory') {
    const stores = await createStores({ kind: 'memory' });
    return { stores, dispose: () => stores.close() };
  }
  if (kind === 'postgres') {
    const database = await createTestDatabase();
    const stores = await createStores({ kind: 'postgres', url: database.url });
    return {
      stores,
      dispose: async () => {
        await stores.close();
        await database.drop();
      },
    };
  }
  const dataDir = await makeTempDir();
  const stores = await createStores({ kind: 'sqlite', dataDir });
  return {
    stores,
    dispose: async () => {
      await stores.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function aSequence(overrides: Partial<Sequence> = {}): Sequence {
  return {
    id: 'seq-1',
    name: 'Demo follow-up',
    recordType: 'lead',
    ownerId: 'manager-1',
    status: 'active',
    version: 1,
    tags: ['demo'],
    graph: {
      start: 'call',
      steps: [{ id: 'call', kind: 'phoneCall', name: 'Call', description: 'Call the lead' }],
    },
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function anEnrollment(overrides: Partial<Enrollment> = {}): Enrollment {
  return {
    id: 'enr-1',
    sequenceId: 'seq-1',
    sequenceVersion: 1,
    recordId: 'lead-1',
    recordType: 'lead',
    sellerId: 'seller-1',
    status: 'active',
    current: { stepId: 'call', since: T0, dueAt: T0 },
    outcomes: {},
    history: [{ at: T0, action: 'connected', by: 'seller-1' }],
    revision: 1,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function aRecord(overrides: Partial<CrmRecord> = {}): CrmRecord {
  return {
    id: 'lead-1',
    type: 'lead',
    firstName: 'Ada',
    lastName: 'Lovelace',
    name: 'Ada Lovelace',
    company: 'Analytical Engines',
    email: 'ada@example.com',
    ownerId: 'seller-1',
    status: 'new',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 'seller-1',
    name: 'Sam Seller',
    roles: ['seller'],
    workingHours: { ...DEFAULT_WORKING_HOURS, days: [...DEFAULT_WORKING_HOURS.days] },
    digestTime: '08:30',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function aMessage(overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    id: 'msg-1',
    to: 'ada@example.com',
    from: 'sam@example.com',
    subject: 'Thanks for your time',
    body: 'Hi Ada, thanks for the demo.',
    sentAt: T0,
    transport: 'outbox',
    ...overrides,
  };
}

export function aJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job-1',
    type: 'timer',
    runAt: T0,
    payload: { enrollmentId: 'enr-1', revision: 1 },
    attempts: 0,
    ...overrides,
  };
}

/**
 * A fresh database of `engine` migrated up to `migration` (to store rows as an older release did),
 * the options to open the product's stores on it afterwards, and `dispose()` to remove it.
 */
export async function databaseAt(
  engine: Engine,
  migration: string,
): Promise<{ db: Kysely<Database>; options: StorageOptions; dispose: () => Promise<void> }> {
  let options: StorageOptions;
  let db: Kysely<Database>;
  let dispose: () => Promise<void>;
  if (engine === 'postgres') {
    const database = await createTestDatabase();
    options = { kind: 'postgres', url: database.url };
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }),
    });
    dispose = database.drop;
  } else {
    const dataDir = await makeTempDir();
    options = { kind: 'sqlite', dataDir };
    db = new Kysely<Database>({ dialect: new SqliteDialect(new SQLite(join(dataDir, DATABASE_FILE_NAME))) });
    dispose = () => rm(dataDir, { recursive: true, force: true });
  }
  const migrated = await new Migrator({ db, provider: migrationProvider(engine) }).migrateTo(migration);
  if (migrated.error) throw migrated.error;
  return { db, options, dispose };
}
