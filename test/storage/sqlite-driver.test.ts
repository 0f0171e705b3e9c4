// The embedded database's driver: one connection handed out in the order it was asked for, and
// statements prepared once and reused with fresh values.

import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FifoMutex, SqliteDialect, sharedSync, walSync } from '../../src/storage/sqlite-driver.js';

interface Db {
  items: { id: number; name: string };
}

/** A fresh in-memory database with an empty `items` table. */
async function itemsDb(): Promise<Kysely<Db>> {
  const db = new Kysely<Db>({ dialect: new SqliteDialect(new SQLite(':memory:')) });
  await db.schema
    .createTable('items')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .execute();
  return db;
}

describe('the FIFO mutex', () => {
  it('hands the lock to waiters in the order they asked, never to a later caller first', async () => {
    const mutex = new FifoMutex();
    const order: number[] = [];
    await mutex.lock();
    const waiting = [1, 2, 3].map((n) => mutex.lock().then(() => order.push(n)));
    expect(mutex.waiting).toBe(3);
    mutex.unlock();
    await waiting[0];
    // A newcomer while 2 and 3 wait goes after them.
    const late = mutex.lock().then(() => order.push(4));
    mutex.unlock();
    await waiting[1];
    mutex.unlock();
    await waiting[2];
    mutex.unlock();
    await late;
    expect(order).toEqual([1, 2, 3, 4]);
    mutex.unlock();
    expect(mutex.waiting).toBe(0);
  });
});

describe('the SQLite driver', () => {
  it('answers each query with its own values through statements it reuses', async () => {
    const db = await itemsDb();
    for (let i = 0; i < 20; i++)
      await db
        .insertInto('items')
        .values({ id: i, name: `item ${i}` })
        .execute();
    const names = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.selectFrom('items').select('name').where('id', '=', i).executeTakeFirstOrThrow(),
      ),
    );
    expect(names.map((row) => row.name)).toEqual(Array.from({ length: 20 }, (_, i) => `item ${i}`));
    const result = await db.updateTable('items').set({ name: 'x' }).where('id', '<', 5).executeTakeFirst();
    expect(Number(result.numUpdatedRows)).toBe(5);
    await db.destroy();
  });

  it('runs queries asked during a transaction after it, in the order asked, and rolls back on failure', async () => {
    const db = await itemsDb();
    const seen: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction().execute(async (tx) => {
      await tx.insertInto('items').values({ id: 1, name: 'in the transaction' }).execute();
      await held;
      seen.push('transaction');
    });
    const outside = [1, 2, 3].map((n) =>
      db
        .selectFrom('items')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((row) => seen.push(`query ${n}: ${row.n}`)),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([]);
    release();
    await Promise.all([transaction, ...outside]);
    expect(seen).toEqual(['transaction', 'query 1: 1', 'query 2: 1', 'query 3: 1']);

    await expect(
      db.transaction().execute(async (tx) => {
        await tx.insertInto('items').values({ id: 2, name: 'rolled back' }).execute();
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await db.selectFrom('items').select('id').execute()).map((row) => row.id)).toEqual([1]);
    await db.destroy();
  });

  it('streams a select, and keeps answering other questions on the same text afterwards', async () => {
    const db = await itemsDb();
    await db
      .insertInto('items')
      .values([1, 2, 3].map((id) => ({ id, name: `n${id}` })))
      .execute();
    const streamed: number[] = [];
    for await (const row of db.selectFrom('items').select('id').orderBy('id').stream()) streamed.push(row.id);
    expect(streamed).toEqual([1, 2, 3]);
    const again = await db.selectFrom('items').select('id').orderBy('id').execute();
    expect(again.map((row) => row.id)).toEqual([1, 2, 3]);
    expect((await sql<{ v: number }>`select 41 + 1 as v`.execute(db)).rows[0]?.v).toBe(42);
    await db.destroy();
  });
});

describe('shared syncs', () => {
  it('returns each caller after a sync that began after its call, one sync for those who asked meanwhile', async () => {
    const runs: Array<() => void> = [];
    const flush = sharedSync(() => new Promise<void>((resolve) => runs.push(resolve)));
    const done: number[] = [];
    const first = flush().then(() => done.push(1));
    await Promise.resolve();
    expect(runs).toHaveLength(1);
    // Asked while the first sync runs: that sync may not cover them, so they wait for the next.
    const later = [2, 3, 4].map((n) => flush().then(() => done.push(n)));
    runs[0]!();
    await first;
    expect(done).toEqual([1]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(runs).toHaveLength(2);
    runs[1]!();
    await Promise.all(later);
    expect(done).toEqual([1, 2, 3, 4]);
    expect(runs).toHaveLength(2);
  });

  it('gives a failed sync to everyone waiting on it, and syncs again for the next caller', async () => {
    let fail = true;
    let syncs = 0;
    const flush = sharedSync(async () => {
      syncs++;
      if (fail) throw new Error('disk gone');
    });
    await expect(Promise.all([flush(), flush()])).rejects.toThrow('disk gone');
    fail = false;
    await expect(flush()).resolves.toBeUndefined();
    expect(syncs).toBeGreaterThanOrEqual(2);
  });
});

describe('durable writes', () => {
  it('answers a write only once its sync finished, hands the connection on before, and never syncs for reads', async () => {
    const syncs: Array<() => void> = [];
    const durable = () => new Promise<void>((resolve) => syncs.push(resolve));
    const db = new Kysely<Db>({ dialect: new SqliteDialect(new SQLite(':memory:'), { durable }) });
    await db.schema
      .createTable('items')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text')
      .execute();
    expect(syncs).toHaveLength(0);

    let answered = false;
    const write = db
      .transaction()
      .execute((tx) => tx.insertInto('items').values({ id: 1, name: 'one' }).execute())
      .then(() => (answered = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(syncs).toHaveLength(1);
    expect(answered).toBe(false);
    // The connection is free meanwhile: a read goes through and asks for no sync.
    expect(await db.selectFrom('items').select('name').execute()).toEqual([{ name: 'one' }]);
    expect(syncs).toHaveLength(1);
    syncs[0]!();
    await write;
    expect(answered).toBe(true);

    // An update that changes nothing has nothing to make durable; one that does, has.
    await db.updateTable('items').set({ name: 'none' }).where('id', '=', 9).execute();
    await db.selectFrom('items').selectAll().execute();
    expect(syncs).toHaveLength(1);
    const update = db.updateTable('items').set({ name: 'uno' }).where('id', '=', 1).execute();
    await new Promise((resolve) => setImmediate(resolve));
    expect(syncs).toHaveLength(2);
    syncs[1]!();
    await update;
    await db.destroy();
  });

  it('syncs the log of a real file without error, and of a file with no log yet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wal-'));
    try {
      const file = join(dir, 'test.db');
      const log = walSync(file);
      await expect(log.sync()).resolves.toBeUndefined();
      const sqlite = new SQLite(file);
      sqlite.pragma('journal_mode = WAL');
      const db = new Kysely<Db>({
        dialect: new SqliteDialect(sqlite, { durable: sharedSync(log.sync), onClose: log.close }),
      });
      await db.schema.createTable('items').addColumn('id', 'integer').addColumn('name', 'text').execute();
      await db.insertInto('items').values({ id: 1, name: 'one' }).execute();
      expect((await stat(`${file}-wal`)).size).toBeGreaterThan(0);
      await db.destroy();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
