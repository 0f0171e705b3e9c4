// Opens the one database the product keeps everything in, and brings its schema up to date:
// an embedded SQLite file under DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
// Everything above this file speaks Kysely and does not know which engine it runs on.

import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import type { Pool } from 'pg';
import { migrationProvider, type Engine } from './migrations.js';
import { SqliteDialect, sharedSync, walSync } from './sqlite-driver.js';
import type { Database } from './schema.js';

export type DatabaseOptions =
  /** A file under `dataDir`: the embedded default; `sync` as SQLITE_SYNC says (full unless told). */
  | { kind: 'sqlite'; dataDir: string; sync?: 'full' | 'normal' }
  /** A private in-memory SQLite database: the same engine and schema, gone when closed (tests). */
  | { kind: 'memory' }
  | { kind: 'postgres'; url: string; poolSize?: number };

export const DATABASE_FILE_NAME = 'sequence-assistant.db';

/** Waits this long for another process's write (the CSV import next to a running bot) instead of failing. */
const BUSY_TIMEOUT_MS = 5_000;

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const { db, engine } =
    options.kind === 'postgres' ? await openPostgres(options) : await openSqlite(options);
  try {
    await migrate(db, engine);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  let closing: Promise<void> | undefined;
  return { db, engine, close: () => (closing ??= db.destroy()) };
}

async function openSqlite(
  options: { kind: 'sqlite'; dataDir: string; sync?: 'full' | 'normal' } | { kind: 'memory' },
): Promise<{ db: Kysely<Database>; engine: Engine }> {
  let file = ':memory:';
  if (options.kind === 'sqlite') {
    await mkdir(options.dataDir, { recursive: true });
    file = join(resolve(options.dataDir), DATABASE_FILE_NAME);
  }
  const connection = new SQLite(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL: readers never wait for the writer. It needs a local disk: SQLite's WAL does not work on a
    // network file system (docs/DEPLOY.md says where to put the file, and when to use PostgreSQL).
    connection.pragma('journal_mode = WAL');
    // SQLite syncs only at checkpoints (NORMAL): the file stays consistent whatever happens. By
    // default (SQLITE_SYNC=full) every change is on disk before the code that made it goes on (a
    // turn answers): the driver syncs the log itself, off the event loop, one sync for the commits
    // made meanwhile, instead of SQLite's fsync inside each commit. SQLITE_SYNC=normal skips that:
    // nothing is lost when the process is killed, but the last commits may be on a power cut.
    connection.pragma('synchronous = NORMAL');
    connection.pragma('foreign_keys = ON');
    // 64 MiB of page cache (SQLite's default is 2 MiB): the upper levels of every index stay in
    // memory, so a lookup in a table of a million rows reads one or two pages from disk at most.
    connection.pragma('cache_size = -65536');
  } catch (error) {
    connection.close();
    throw error;
  }
  const log = options.kind === 'sqlite' && options.sync !== 'normal' ? walSync(file) : undefined;
  const dialect = new SqliteDialect(
    connection,
    log ? { durable: sharedSync(log.sync), onClose: log.close } : {},
  );
  return { db: new Kysely<Database>({ dialect }), engine: 'sqlite' };
}

/** The PostgreSQL client is loaded only by a process that uses PostgreSQL. */
async function openPostgres(options: {
  url: string;
  poolSize?: number;
}): Promise<{ db: Kysely<Database>; engine: Engine }> {
  const { default: pg } = await import('pg');
  // PostgreSQL's bigint (epoch milliseconds here) arrives as a string by default; every value the
  // product stores in one is far below 2^53.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  const pool: Pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // A database that is away makes a turn fail fast (and answer "temporarily unavailable") rather than hang.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // A client that loses its server (a restart, a failover) must not crash the process: the
  // query in flight fails on its own (the turn answers "try again"), and the pool replaces the
  // client. An 'error' event with no listener would end the process, idle or checked out alike.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres' };
}

async function migrate(db: Kysely<Database>, engine: Engine): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(engine) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${String(error)}`, { cause: error });
  }
}

/** Error codes of a database that is away or restarting, rather than of a query that is wrong. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'SQLITE_BUSY',
]);

/**
 * True when `error` says the database cannot be reached now (PostgreSQL stopped, restarting or
 * refusing connections; SQLite locked past the busy timeout): worth a "try again shortly", not a
 * bug. Looks through `cause` chains and aggregated errors.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_CODES.has(code) || code.startsWith('57P') || code.startsWith('08'))
  ) {
    return true;
  }
  if (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i.test(
      message,
    )
  ) {
    return true;
  }
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
