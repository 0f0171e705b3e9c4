// Kysely's driver for the embedded SQLite file, written for a bot that answers many turns at once
// on one connection. Kysely's own SQLite driver prepares every statement anew, and wakes every
// waiting query each time the connection comes free; under 32 concurrent turns the first cost a
// tenth of a turn's time and the second let some turns wait seconds while later ones went first.

import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import {
  CompiledQuery,
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

/** A connection that prepares each SQL text once and reuses the statement (bound fresh each time). */
class SqliteConnection implements DatabaseConnection {
  private readonly statements = new Lru<string, Statement>(STATEMENT_CACHE_SIZE);

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
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    });
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error('SQLite streams select queries only');
    // Its own statement: a cached one could be asked to run again while this one is iterating.
    const statement = this.db.prepare(compiled.sql);
    for (const row of statement.iterate(compiled.parameters as unknown[])) yield { rows: [row as R] };
  }
}

const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export class SqliteDriver implements Driver {
  private readonly mutex = new FifoMutex();
  private readonly connection: SqliteConnection;

  constructor(private readonly db: SqliteDatabase) {
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
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoteIdentifier(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoteIdentifier(name)}`));
  }

  async releaseConnection(): Promise<void> {
    this.mutex.unlock();
  }

  async destroy(): Promise<void> {
    this.db.close();
  }
}

/** Kysely's SQLite dialect with the driver above. */
export class SqliteDialect implements Dialect {
  constructor(private readonly db: SqliteDatabase) {}

  createDriver(): Driver {
    return new SqliteDriver(this.db);
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
