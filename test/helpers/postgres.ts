// Throwaway PostgreSQL databases for tests, on the machine's server (TEST_DATABASE_URL, or the
// local server with trust authentication). Each test gets a database of its own, dropped after.
// Under CI the server must be there (.ci/run starts it); elsewhere its tests are skipped with a
// warning when no server answers, so `npm test` still works on a machine without PostgreSQL.

import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let available: Promise<boolean> | undefined;

/** Whether a PostgreSQL server answers at ADMIN_URL; under CI its absence is an error. */
export function postgresAvailable(): Promise<boolean> {
  available ??= (async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch (error) {
      if (process.env.CI) throw new Error(`PostgreSQL is required under CI: ${String(error)}`);
      console.warn(`PostgreSQL not reachable at ${ADMIN_URL}: its tests are skipped`);
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return available;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty database: its URL, and `drop()` to remove it (after every connection to it closed). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `seq_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
