import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/storage/migrations.js';
import { createStores } from '../../src/storage/stores.js';
import { postgresAvailable } from '../helpers/postgres.js';
import { databaseAt } from './fixtures.js';

const ENGINES: Engine[] = ['sqlite', ...((await postgresAvailable()) ? (['postgres'] as const) : [])];

describe.each(ENGINES)('open counts on %s, from a database that had enrollments before them', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('counts the enrollments already stored when the migration runs, then follows new ones', async () => {
    const { db, options, dispose } = await databaseAt(engine, '003_send_log');
    cleanups.push(dispose);
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
