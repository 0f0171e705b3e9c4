import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationProvider, type Engine } from '../../src/storage/migrations.js';
import type { Database } from '../../src/storage/schema.js';
import { SqliteDialect } from '../../src/storage/sqlite-driver.js';
import { createStores, DATABASE_FILE_NAME } from '../../src/storage/stores.js';
import { createTestDatabase, postgresAvailable } from '../helpers/postgres.js';
import { makeTempDir } from './fixtures.js';

const ENGINES: Engine[] = ['sqlite', ...((await postgresAvailable()) ? (['postgres'] as const) : [])];

describe.each(ENGINES)('open counts on %s, from a database that had enrollments before them', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('counts the enrollments already stored when the migration runs, then follows new ones', async () => {
    let options: Parameters<typeof createStores>[0];
    let db: Kysely<Database>;
    if (engine === 'postgres') {
      const database = await createTestDatabase();
      cleanups.push(database.drop);
      options = { kind: 'postgres', url: database.url };
      db = new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }),
      });
    } else {
      const dataDir = await makeTempDir();
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      options = { kind: 'sqlite', dataDir };
      db = new Kysely<Database>({
        dialect: new SqliteDialect(new SQLite(join(dataDir, DATABASE_FILE_NAME))),
      });
    }
    const migrator = new Migrator({ db, provider: migrationProvider(engine) });
    expect((await migrator.migrateTo('003_send_log')).error).toBeUndefined();
    const row = (id: string, sequence: string, status: string) => ({
      id,
      created_at: '2026-01-01T00:00:00.000Z',
      sequence_id: sequence,
      sequence_version: 1,
      record_id: `record-${id}`,
      seller_id: 'seller',
      status,
      due_at: null,
      revision: 1,
      history_length: 0,
      data: '{}',
      updated_at: '2026-01-01T00:00:00.000Z',
    });
    await db
      .insertInto('enrollments')
      .values([
        row('a', 's1', 'active'),
        row('b', 's1', 'paused'),
        row('c', 's1', 'completed'),
        row('d', 's2', 'active'),
        row('e', 's3', 'exited'),
      ])
      .execute();
    await db.destroy();

    const stores = await createStores(options);
    cleanups.push(() => stores.close());
    expect(Object.fromEntries(await stores.enrollments.countOpenBySequence())).toEqual({ s1: 2, s2: 1 });
    await stores.db.updateTable('enrollments').set({ status: 'active' }).where('id', '=', 'e').execute();
    await stores.db.updateTable('enrollments').set({ status: 'completed' }).where('id', '=', 'a').execute();
    expect(Object.fromEntries(await stores.enrollments.countOpenBySequence())).toEqual({
      s1: 1,
      s2: 1,
      s3: 1,
    });
  });
});
