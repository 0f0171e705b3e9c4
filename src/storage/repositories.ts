// The repositories of sequences, enrollments, records, users and the outbox on Keyv namespaces.
// Key layout per namespace is documented on each class; values are plain JSON.

import type { Keyv } from 'keyv';
import type {
  EnrollmentRepository,
  OutboxMessage,
  OutboxRepository,
  RecordRepository,
  SequenceRepository,
  User,
  UserRepository,
} from '../app/ports.js';
import type { CrmRecord, Enrollment, RecordType, Sequence } from '../domain/model.js';
import { InProcessLocks } from './locks.js';

/** Every value of `keyv`'s namespace whose key starts with `prefix`, in no particular order. */
export async function valuesWithPrefix<T>(keyv: Keyv, prefix: string): Promise<T[]> {
  const values: T[] = [];
  for await (const [, value] of entriesWithPrefix<T>(keyv, prefix)) values.push(value);
  return values;
}

async function* entriesWithPrefix<T>(keyv: Keyv, prefix: string): AsyncGenerator<[string, T]> {
  if (!keyv.iterator) throw new Error(`The store of namespace "${keyv.namespace}" cannot be iterated`);
  for await (const [key, value] of keyv.iterator(keyv.namespace)) {
    if (typeof key === 'string' && key.startsWith(prefix)) yield [key, value as T];
  }
}

/** The stored values of `keys` that exist, in the order of `keys`. */
async function getExisting<T>(keyv: Keyv, keys: string[]): Promise<T[]> {
  if (keys.length === 0) return [];
  const values = await keyv.getMany<T>(keys);
  return values.filter((value): value is T => value !== undefined && value !== null);
}

const byName = <T extends { id: string; name: string }>(a: T, b: T): number =>
  a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/**
 * Namespace `sequences`: `seq:<id>` → the latest Sequence.
 * Namespace `sequenceVersions`: `seqv:<id>:<version>` → the Sequence as saved at that version.
 * Snapshots live apart so that `list()` iterates the latest sequences only.
 */
export class KeyvSequenceRepository implements SequenceRepository {
  private readonly locks = new InProcessLocks();

  constructor(
    private readonly latest: Keyv,
    private readonly versions: Keyv,
  ) {}

  async get(id: string): Promise<Sequence | undefined> {
    return this.latest.get<Sequence>(`seq:${id}`);
  }

  async getVersion(id: string, version: number): Promise<Sequence | undefined> {
    return this.versions.get<Sequence>(`seqv:${id}:${version}`);
  }

  async save(sequence: Sequence): Promise<void> {
    const value = structuredClone(sequence);
    // Per id, so that two saves cannot leave an older version as the latest.
    await this.locks.withLock(value.id, async () => {
      // Snapshot first: the latest never names a version that has no snapshot.
      await this.versions.set(`seqv:${value.id}:${value.version}`, value);
      await this.latest.set(`seq:${value.id}`, value);
    });
  }

  async delete(id: string): Promise<void> {
    await this.locks.withLock(id, async () => {
      // Latest first: an interrupted delete leaves unreachable snapshots, never a sequence without them.
      await this.latest.delete(`seq:${id}`);
      const prefix = `seqv:${id}:`;
      const keys: string[] = [];
      // The rest must be a bare version: `seqv:a:` is also the start of the snapshots of sequence "a:b".
      for await (const [key] of entriesWithPrefix(this.versions, prefix)) {
        if (!key.slice(prefix.length).includes(':')) keys.push(key);
      }
      // Collected before deleting: deleting while the sqlite iterator pages with OFFSET would skip rows.
      if (keys.length > 0) await this.versions.deleteMany(keys);
    });
  }

  async list(): Promise<Sequence[]> {
    return (await valuesWithPrefix<Sequence>(this.latest, 'seq:')).sort(byName);
  }
}

const INDEXES = {
  seller: (enrollment: Enrollment) => enrollment.sellerId,
  record: (enrollment: Enrollment) => enrollment.recordId,
  sequence: (enrollment: Enrollment) => enrollment.sequenceId,
} as const;
type IndexName = keyof typeof INDEXES;
const INDEX_NAMES = Object.keys(INDEXES) as IndexName[];

const indexKey = (name: IndexName, value: string): string => `idx:${name}:${value}`;

/**
 * Namespace `enrollments`: `enr:<id>` → Enrollment.
 * Namespace `enrollmentIndex`: `idx:seller:<sellerId>`, `idx:record:<recordId>`,
 * `idx:sequence:<sequenceId>` → enrollment ids, in the order they joined the index.
 *
 * The indexes let the per-seller, per-record and per-sequence lists read only their enrollments.
 * They may hold a stale id after an interrupted save, so reads check the enrollment still matches.
 */
export class KeyvEnrollmentRepository implements EnrollmentRepository {
  /** Keys `enr:<id>` (one save per enrollment at a time) and `idx:...` (one index update per key at a time). */
  private readonly locks = new InProcessLocks();

  constructor(
    private readonly items: Keyv,
    private readonly index: Keyv,
  ) {}

  async get(id: string): Promise<Enrollment | undefined> {
    return this.items.get<Enrollment>(`enr:${id}`);
  }

  async save(enrollment: Enrollment): Promise<void> {
    const value = structuredClone(enrollment);
    await this.locks.withLock(`enr:${value.id}`, async () => {
      const previous = await this.items.get<Enrollment>(`enr:${value.id}`);
      const moves = INDEX_NAMES.map((name) => ({
        name,
        from: previous === undefined ? undefined : INDEXES[name](previous),
        to: INDEXES[name](value),
      })).filter((move) => move.from !== move.to);
      // Join the new indexes before the write and leave the old ones after it: an interrupted save
      // leaves at most a stale entry (filtered on read), never an enrollment missing from its index.
      await Promise.all(
        moves.map((move) =>
          this.updateIndex(indexKey(move.name, move.to), (ids) =>
            ids.includes(value.id) ? undefined : [...ids, value.id],
          ),
        ),
      );
      await this.items.set(`enr:${value.id}`, value);
      await Promise.all(
        moves.flatMap(({ name, from }) =>
          from === undefined
            ? []
            : [
                this.updateIndex(indexKey(name, from), (ids) =>
                  ids.includes(value.id) ? ids.filter((id) => id !== value.id) : undefined,
                ),
              ],
        ),
      );
    });
  }

  listBySeller(sellerId: string): Promise<Enrollment[]> {
    return this.listByIndex('seller', sellerId);
  }

  listByRecord(recordId: string): Promise<Enrollment[]> {
    return this.listByIndex('record', recordId);
  }

  listBySequence(sequenceId: string): Promise<Enrollment[]> {
    return this.listByIndex('sequence', sequenceId);
  }

  async list(): Promise<Enrollment[]> {
    const enrollments = await valuesWithPrefix<Enrollment>(this.items, 'enr:');
    return enrollments.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  private async listByIndex(name: IndexName, value: string): Promise<Enrollment[]> {
    const ids = (await this.index.get<string[]>(indexKey(name, value))) ?? [];
    const enrollments = await getExisting<Enrollment>(
      this.items,
      ids.map((id) => `enr:${id}`),
    );
    return enrollments.filter((enrollment) => INDEXES[name](enrollment) === value);
  }

  /**
   * Read-modify-write of one index key; concurrent saves in this process queue on the key.
   * `change` returns the new ids, or undefined when there is nothing to write.
   */
  private async updateIndex(key: string, change: (ids: string[]) => string[] | undefined): Promise<void> {
    await this.locks.withLock(key, async () => {
      const next = change((await this.index.get<string[]>(key)) ?? []);
      if (next === undefined) return;
      if (next.length === 0) await this.index.delete(key);
      else await this.index.set(key, next);
    });
  }
}

/** Namespace `records`: `rec:<id>` → CrmRecord. */
export class KeyvRecordRepository implements RecordRepository {
  constructor(private readonly keyv: Keyv) {}

  async get(id: string): Promise<CrmRecord | undefined> {
    return this.keyv.get<CrmRecord>(`rec:${id}`);
  }

  async save(record: CrmRecord): Promise<void> {
    await this.keyv.set(`rec:${record.id}`, structuredClone(record));
  }

  async delete(id: string): Promise<void> {
    await this.keyv.delete(`rec:${id}`);
  }

  async list(type?: RecordType): Promise<CrmRecord[]> {
    const records = await valuesWithPrefix<CrmRecord>(this.keyv, 'rec:');
    return records.filter((record) => type === undefined || record.type === type).sort(byName);
  }
}

/** Namespace `users`: `user:<id>` → User. */
export class KeyvUserRepository implements UserRepository {
  constructor(private readonly keyv: Keyv) {}

  async get(id: string): Promise<User | undefined> {
    return this.keyv.get<User>(`user:${id}`);
  }

  async save(user: User): Promise<void> {
    await this.keyv.set(`user:${user.id}`, structuredClone(user));
  }

  async list(): Promise<User[]> {
    return (await valuesWithPrefix<User>(this.keyv, 'user:')).sort(byName);
  }
}

const OUTBOX_ORDER = 'order';

/**
 * Namespace `outbox`: `msg:<id>` → OutboxMessage; `order` → message ids, oldest first.
 * The id list keeps the order of `add` calls, which neither store's iteration promises.
 */
export class KeyvOutboxRepository implements OutboxRepository {
  private readonly locks = new InProcessLocks();

  constructor(private readonly keyv: Keyv) {}

  async add(message: OutboxMessage): Promise<void> {
    const value = structuredClone(message);
    await this.locks.withLock(OUTBOX_ORDER, async () => {
      // Message first: the order never names a message that is not stored.
      await this.keyv.set(`msg:${value.id}`, value);
      const order = (await this.keyv.get<string[]>(OUTBOX_ORDER)) ?? [];
      // Adding the same id again replaces the message and keeps its place.
      if (!order.includes(value.id)) await this.keyv.set(OUTBOX_ORDER, [...order, value.id]);
    });
  }

  async list(): Promise<OutboxMessage[]> {
    const order = (await this.keyv.get<string[]>(OUTBOX_ORDER)) ?? [];
    return getExisting<OutboxMessage>(
      this.keyv,
      order.map((id) => `msg:${id}`),
    );
  }
}
