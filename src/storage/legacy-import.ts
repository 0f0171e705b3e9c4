// Brings a data folder written by the Keyv-based version (one `keyv` table of JSON values in
// `sequence-assistant.sqlite`) into the database, once, at start: users, records, sequences with
// their versions, enrollments, their pending jobs and the outbox. Afterwards the old file is
// renamed, so that it is neither read again nor mistaken for live data.

import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Job, OutboxMessage, Repositories, Stores } from '../app/ports.js';
import { parseEnrollment, parseRecord, parseSequence, parseUser, type Parsed } from '../app/validate.js';

export const LEGACY_FILE_NAME = 'sequence-assistant.sqlite';

export interface LegacyImport {
  file: string;
  renamedTo: string;
  users: number;
  records: number;
  sequences: number;
  sequenceVersions: number;
  enrollments: number;
  jobs: number;
  outbox: number;
  /** Keys whose value could not be read; reported, not imported. */
  unreadable: string[];
}

interface LegacyRows {
  read(prefix: string): Array<{ key: string; value: unknown }>;
  close(): void;
}

function openLegacy(file: string): LegacyRows {
  const db = new SQLite(file, { fileMustExist: true });
  const query = db.prepare<{ prefix: string }, { key: string; value: string }>(
    'SELECT key, value FROM keyv WHERE substr(key, 1, length(@prefix)) = @prefix ORDER BY key',
  );
  return {
    read(prefix) {
      return query.all({ prefix }).map((row) => {
        try {
          return { key: row.key, value: (JSON.parse(row.value) as { value?: unknown }).value };
        } catch {
          return { key: row.key, value: undefined };
        }
      });
    },
    close: () => db.close(),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const checked = <T>(value: unknown, ok: boolean): Parsed<T> =>
  ok ? { ok: true, value: value as T } : { ok: false, reason: 'missing fields' };

const hasStrings = (value: unknown, ...fields: string[]): boolean =>
  isObject(value) && fields.every((field) => typeof value[field] === 'string');

/** Imports `<dataDir>/sequence-assistant.sqlite` if it is there; undefined when there is nothing to import. */
export async function importLegacyDataDir(
  stores: Stores,
  dataDir: string,
  now: Date,
): Promise<LegacyImport | undefined> {
  const file = join(dataDir, LEGACY_FILE_NAME);
  if (!existsSync(file)) return undefined;
  const legacy = openLegacy(file);
  const result: LegacyImport = {
    file,
    renamedTo: `${file}.imported-${now.toISOString().replace(/[:.]/g, '-')}`,
    users: 0,
    records: 0,
    sequences: 0,
    sequenceVersions: 0,
    enrollments: 0,
    jobs: 0,
    outbox: 0,
    unreadable: [],
  };
  try {
    /** The values under `prefix` that the code can read; the others are reported by key. */
    const take = <T>(prefix: string, parse: (value: unknown) => Parsed<T>): T[] =>
      legacy.read(prefix).flatMap(({ key, value }) => {
        const parsed = parse(value);
        if (parsed.ok) return [parsed.value];
        result.unreadable.push(key);
        return [];
      });
    const users = take('users:user:', parseUser);
    const records = take('records:rec:', parseRecord);
    const versions = take('sequenceVersions:seqv:', parseSequence);
    const sequences = take('sequences:seq:', parseSequence);
    const enrollments = take('enrollments:enr:', parseEnrollment);
    const jobs = take<Job>('jobs:job:', (v) =>
      checked(v, hasStrings(v, 'id', 'type', 'runAt') && !Number.isNaN(Date.parse((v as Job).runAt))),
    );
    const order = legacy.read('outbox:order')[0]?.value;
    const messages = new Map(
      take<OutboxMessage>('outbox:msg:', (v) => checked(v, hasStrings(v, 'id', 'to', 'subject'))).map((m) => [
        m.id,
        m,
      ]),
    );
    const outbox = Array.isArray(order)
      ? order.flatMap((id) => (typeof id === 'string' && messages.has(id) ? [messages.get(id)!] : []))
      : [...messages.values()];

    // All or nothing: a failure leaves the new database as it was and the old file in place.
    await stores.transaction(async (tx: Repositories) => {
      for (const user of users) await tx.users.save(user);
      for (const record of records) await tx.records.save(record);
      // Versions first, the latest last: the latest is saved as a version too, and wins.
      for (const version of versions) await tx.sequences.save(version);
      for (const sequence of sequences) await tx.sequences.save(sequence);
      for (const enrollment of enrollments) await tx.enrollments.save(enrollment);
      for (const job of jobs)
        await tx.jobs.put({ ...job, attempts: job.attempts ?? 0, payload: job.payload ?? {} });
      for (const message of outbox) await tx.outbox.add(message);
    });
    Object.assign(result, {
      users: users.length,
      records: records.length,
      sequences: sequences.length,
      sequenceVersions: versions.length,
      enrollments: enrollments.length,
      jobs: jobs.length,
      outbox: outbox.length,
    });
  } finally {
    legacy.close();
  }
  await rename(file, result.renamedTo);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) await rename(file + suffix, result.renamedTo + suffix);
  }
  return result;
}
