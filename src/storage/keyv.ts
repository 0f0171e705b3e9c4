// Builds the embedded stores: every repository, the job store and the turn state on Keyv, in one
// SQLite file (`<dataDir>/sequence-assistant.sqlite`) or, for tests, in memory.

import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Storage } from 'botbuilder';
import { Keyv } from 'keyv';
import { KeyvSqlite } from '@keyv/sqlite';
import type { Stores } from '../app/ports.js';
import { KeyvJobStore } from './jobs.js';
import { InProcessLocks } from './locks.js';
import {
  KeyvEnrollmentRepository,
  KeyvOutboxRepository,
  KeyvRecordRepository,
  KeyvSequenceRepository,
  KeyvUserRepository,
} from './repositories.js';
import { KeyvTurnStateStorage } from './turn-state.js';

export type StorageOptions = { kind: 'memory' } | { kind: 'sqlite'; dataDir: string };

/** `Stores` with the Bot Framework turn state, which shares their database. */
export interface KeyvStores extends Stores {
  turnState: Storage;
}

export const DATABASE_FILE_NAME = 'sequence-assistant.sqlite';

/** No `_` or `%`: the sqlite adapter iterates a namespace with `LIKE '<namespace>:%'`. */
const NAMESPACES = [
  'sequences',
  'sequenceVersions',
  'enrollments',
  'enrollmentIndex',
  'records',
  'users',
  'outbox',
  'jobs',
  'turnState',
] as const;
type Namespace = (typeof NAMESPACES)[number];

/** Waits this long for another connection's write instead of failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;
/** Rows per page when iterating; each page re-scans from the start, so small pages cost quadratic time. */
const ITERATION_PAGE = 1_000;

export async function createStores(options: StorageOptions): Promise<KeyvStores> {
  const keyvs = options.kind === 'memory' ? memoryNamespaces() : await sqliteNamespaces(options.dataDir);
  let closing: Promise<void> | undefined;
  return {
    sequences: new KeyvSequenceRepository(keyvs.sequences, keyvs.sequenceVersions),
    enrollments: new KeyvEnrollmentRepository(keyvs.enrollments, keyvs.enrollmentIndex),
    records: new KeyvRecordRepository(keyvs.records),
    users: new KeyvUserRepository(keyvs.users),
    outbox: new KeyvOutboxRepository(keyvs.outbox),
    jobs: new KeyvJobStore(keyvs.jobs),
    locks: new InProcessLocks(),
    turnState: new KeyvTurnStateStorage(keyvs.turnState),
    close: () => (closing ??= disconnectAll(Object.values(keyvs))),
  };
}

/**
 * Values go through JSON in both stores: what comes back is always a fresh copy, and the memory
 * store used by tests rejects nothing that SQLite would accept (and vice versa).
 * `throwOnErrors`: Keyv otherwise turns a failed read into "not found" and a failed write into `false`.
 */
function namespaced(store: KeyvSqlite | Map<string, unknown>, namespace: Namespace): Keyv {
  return new Keyv({
    store,
    namespace,
    serialize: JSON.stringify,
    deserialize: JSON.parse,
    throwOnErrors: true,
  });
}

function memoryNamespaces(): Record<Namespace, Keyv> {
  // One Map per namespace: Keyv's Map iterator would otherwise match any key that merely contains
  // the namespace's name.
  return Object.fromEntries(NAMESPACES.map((ns) => [ns, namespaced(new Map(), ns)])) as Record<
    Namespace,
    Keyv
  >;
}

/**
 * One adapter (one connection to the same file) per namespace: Keyv 5 writes its namespace onto the
 * adapter and iterates by it, so namespaces sharing an adapter would iterate each other's keys.
 */
async function sqliteNamespaces(dataDir: string): Promise<Record<Namespace, Keyv>> {
  await mkdir(dataDir, { recursive: true });
  const uri = `sqlite://${join(resolve(dataDir), DATABASE_FILE_NAME)}`;
  const opened: Keyv[] = [];
  const open = (ns: Namespace): [Namespace, Keyv] => {
    const store = new KeyvSqlite({ uri, busyTimeout: BUSY_TIMEOUT_MS, iterationLimit: ITERATION_PAGE });
    const keyv = namespaced(store, ns);
    opened.push(keyv);
    return [ns, keyv];
  };
  try {
    const [first, ...rest] = NAMESPACES;
    const firstEntry = open(first);
    // WAL lets the connections read while one writes; it is a property of the file, so once suffices,
    // before the other connections exist.
    await (firstEntry[1].store as KeyvSqlite).query('PRAGMA journal_mode=WAL');
    const entries = [firstEntry, ...rest.map(open)];
    // Connect (and create the table) now, so that a bad data directory fails here and not mid-turn.
    await Promise.all(entries.map(([, keyv]) => (keyv.store as KeyvSqlite).query('SELECT 1')));
    return Object.fromEntries(entries) as Record<Namespace, Keyv>;
  } catch (error) {
    await disconnectAll(opened).catch(() => undefined);
    throw error;
  }
}

async function disconnectAll(keyvs: Keyv[]): Promise<void> {
  await Promise.all(keyvs.map((keyv) => keyv.disconnect()));
}
