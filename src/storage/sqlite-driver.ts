// Kysely's driver for the embedded SQLite file, written for a bot that answers many turns at once
// on one connection. Kysely's own SQLite driver prepares every statement anew, and wakes every
// waiting query each time the connection comes free; under 32 concurrent turns the first cost a
// tenth of a turn's time and the second let some turns wait seconds while later ones went first.

import { open, type FileHandle } from 'node:fs/promises';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import {
  type CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import { Lru } from '../domain/lru.js';

/** Prepared statements kept per connection; the product asks a few hundred different questions. */
const STATEMENT_CACHE_SIZE = 512;

/** One connection at a time, handed to waiters in the order they asked. */
export class FifoMutex {
  private locked = false;
  private readonly waiters: Array<() => void> = [];

  lock(): Promise<void> {
    if (!this.locked) {
      this.locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Hands the lock straight to the longest waiter, so no later caller can overtake it. */
  unlock(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.locked = false;
  }

  get waiting(): number {
    return this.waiters.length;
  }
}

/**
 * Runs `sync` for every caller, sharing runs: a caller returns once a run that began after its call
 * has finished, so one run serves every write made while the one before it was running.
 */
export function sharedSync(sync: () => Promise<void>): () => Promise<void> {
  let asked = 0;
  let done = 0;
  let running: Promise<void> | undefined;
  const runOnce = async (): Promise<void> => {
    const upTo = asked;
    try {
      await sync();
      done = Math.max(done, upTo);
    } finally {
      running = undefined;
    }
  };
  return async () => {
    const mine = ++asked;
    while (done < mine) {
      running ??= runOnce();
      await running;
    }
  };
}

/**
 * fdatasync of a database's write-ahead log (`<file>-wal`), on libuv's thread pool rather than on
 * the event loop. A log not there yet holds nothing to sync.
 */
export function walSync(databaseFile: string): { sync: () => Promise<void>; close: () => Promise<void> } {
  let handle: FileHandle | undefined;
  return {
    async sync() {
      if (!handle) {
        try {
          handle = await open(`${databaseFile}-wal`, 'r');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
          throw error;
        }
      }
      await handle.datasync();
    },
    async close() {
      await handle?.close();
      handle = undefined;
    },
  };
}

/** A connection that prepares each SQL text once and reuses the statement (bound fresh each time). */
class SqliteConnection implements DatabaseConnection {
  private readonly statements = new Lru<string, Statement>(STATEMENT_CACHE_SIZE);
  /** Whether a statement changed rows since the connection was last handed back. */
  private wrote = false;

  constructor(private readonly db: SqliteDatabase) {}

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.prepare(compiled.sql);
    const parameters = compiled.parameters as unknown[];
    if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as R[] });
    const { changes, lastInsertRowid } = statement.run(parameters);
    if (changes > 0) this.wrote = true;
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    });
  }

  /**
   * A statement that changes no rows itself (begin, commit, savepoints): `changes` would repeat the
   * last INSERT's count, which says nothing about this one.
   */
  control(sql: string): Promise<void> {
    this.prepare(sql).run();
    return Promise.resolve();
  }

  /** Whether rows were changed since the last call. */
  takeWrites(): boolean {
    const wrote = this.wrote;
    this.wrote = false;
    return wrote;
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error('SQLite streams select queries only');
    // Its own statement: a cached one could be asked to run again while this one is iterating.
    const statement = this.db.prepare(compiled.sql);
    for (const row of statement.iterate(compiled.parameters as unknown[])) yield { rows: [row as R] };
  }
}

const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export interface SqliteDriverOptions {
  /**
   * Makes every write made before the call durable (see `walSync`, `sharedSync`). A query or
   * transaction that changed rows returns only once it has, after handing the connection on: the
   * fsync runs off the event loop, and writes made meanwhile share the next one.
   */
  durable?: () => Promise<void>;
  /** Called when the database closes (the log's file handle). */
  onClose?: () => Promise<void>;
}

export class SqliteDriver implements Driver {
  private readonly mutex = new FifoMutex();
  private readonly connection: SqliteConnection;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly options: SqliteDriverOptions = {},
  ) {
    this.connection = new SqliteConnection(db);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock();
    return this.connection;
  }

  /**
   * BEGIN IMMEDIATE: the write lock is taken when the transaction begins. A deferred transaction
   * that reads and then writes cannot wait for another process's writer (the CSV import, a second
   * process on the file): SQLite answers "database is locked" at once. An immediate one waits for
   * the lock up to the busy timeout.
   */
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SqliteConnection).control('begin immediate');
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SqliteConnection).control('commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SqliteConnection).control('rollback');
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await (connection as SqliteConnection).control(`savepoint ${quoteIdentifier(name)}`);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await (connection as SqliteConnection).control(`rollback to ${quoteIdentifier(name)}`);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await (connection as SqliteConnection).control(`release ${quoteIdentifier(name)}`);
  }

  async releaseConnection(): Promise<void> {
    const wrote = this.connection.takeWrites();
    this.mutex.unlock();
    if (wrote && this.options.durable) await this.options.durable();
  }

  async destroy(): Promise<void> {
    this.db.close();
    await this.options.onClose?.();
  }
}

/** Kysely's SQLite dialect with the driver above. */
export class SqliteDialect implements Dialect {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly options: SqliteDriverOptions = {},
  ) {}

  createDriver(): Driver {
    return new SqliteDriver(this.db, this.options);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
