// The repositories of sequences, enrollments, records, users and the outbox, as SQL through Kysely.
// Each method is one question the product asks, answered from an index; an aggregate's columns
// hold what queries filter and sort on, its `data` column the rest as JSON.

import type { Kysely, Transaction } from 'kysely';
import type {
  BulkOperation,
  BulkOperationRepository,
  BulkProgress,
  EnrollmentRef,
  EnrollmentRepository,
  EnrollmentSaveOptions,
  OpenWork,
  OutboxMessage,
  OutboxRepository,
  RecordRepository,
  SequenceKey,
  SequencePage,
  SequencePageQuery,
  SequenceRepository,
  User,
  UserRepository,
} from '../app/ports.js';
import { RevisionConflictError } from '../app/ports.js';
import { parseEnrollment, parseRecord, parseSequence, parseUser, type Parsed } from '../app/validate.js';
import type { CrmRecord, Enrollment, HistoryEntry, RecordType, Sequence } from '../domain/model.js';
import { digestOf, type Engine } from './migrations.js';
import type { Database, EnrollmentTable } from './schema.js';
import { deepFreeze } from '../domain/frozen.js';
import { Lru } from '../domain/lru.js';

export type Executor = Kysely<Database> | Transaction<Database>;

/** How many ids go into one `IN (…)` list: far below both engines' limits on bound parameters. */
const IN_CHUNK = 500;

function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const parse = <T>(row: { data: string }): T => JSON.parse(row.data) as T;

/** A value that the code could not read back: refused before it is written. */
export class InvalidDataError extends Error {
  constructor(
    readonly kind: string,
    readonly reason: string,
  ) {
    super(`Refused to store an invalid ${kind}: ${reason}`);
  }
}

function valid<T>(kind: string, parsed: Parsed<T>): void {
  if (!parsed.ok) throw new InvalidDataError(kind, parsed.reason);
}

/** Lower-cased, trimmed, inner spaces collapsed: what "the same name" means for duplicates. */
export const matchKey = (value: string | undefined): string =>
  (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Sequences and versions read lately, by the digest of their stored JSON: the same text always reads
 * as the same sequence, so one is parsed once however often lists and presses ask for it, and one
 * changed in place (a status, a draft's edit) is simply another text. A reader asks for the digests
 * first and reads only the texts it has not parsed. Frozen: they are shared.
 */
const readSequences = new Lru<string, Sequence>(1024);

const parsedAlready = (digest: string | null): Sequence | undefined =>
  digest === null ? undefined : readSequences.get(digest);

function readSequence(row: { data: string; digest: string | null }): Sequence {
  const digest = row.digest ?? digestOf(row.data);
  let sequence = readSequences.get(digest);
  if (!sequence) {
    sequence = deepFreeze(parse<Sequence>(row));
    readSequences.set(digest, sequence);
  }
  return sequence;
}

type VersionRef = { id: string; version: number };

const versionKey = (id: string, version: number): string => `${id}\u0000${version}`;

export class SqlSequenceRepository implements SequenceRepository {
  constructor(private readonly db: Executor) {}

  async get(id: string): Promise<Sequence | undefined> {
    const row = await this.db.selectFrom('sequences').select('data').where('id', '=', id).executeTakeFirst();
    return row && parse<Sequence>(row);
  }

  async getVersion(id: string, version: number): Promise<Sequence | undefined> {
    return (await this.getVersions([{ id, version }]))[0];
  }

  async getVersions(refs: readonly VersionRef[]): Promise<Sequence[]> {
    const wanted = new Map(refs.map((ref) => [versionKey(ref.id, ref.version), ref]));
    const found: Sequence[] = [];
    const unread: VersionRef[] = [];
    for (const part of chunks([...wanted.values()], IN_CHUNK / 2)) {
      const rows = await this.versionRows(part).select(['sequence_id', 'version', 'digest']).execute();
      for (const row of rows) {
        if (!wanted.has(versionKey(row.sequence_id, row.version))) continue;
        const sequence = parsedAlready(row.digest);
        if (sequence) found.push(sequence);
        else unread.push({ id: row.sequence_id, version: row.version });
      }
    }
    const unreadKeys = new Set(unread.map((ref) => versionKey(ref.id, ref.version)));
    for (const part of chunks(unread, IN_CHUNK / 2)) {
      const rows = await this.versionRows(part)
        .select(['sequence_id', 'version', 'data', 'digest'])
        .execute();
      for (const row of rows) {
        if (unreadKeys.has(versionKey(row.sequence_id, row.version))) found.push(readSequence(row));
      }
    }
    return found;
  }

  /**
   * The rows of `refs` and maybe a few more: those of their sequences at any of their versions,
   * which the caller leaves out. Two lists answer from the index in a third of the time of one
   * condition per version.
   */
  private versionRows(refs: readonly VersionRef[]) {
    return this.db
      .selectFrom('sequence_versions')
      .where('sequence_id', 'in', [...new Set(refs.map((ref) => ref.id))])
      .where('version', 'in', [...new Set(refs.map((ref) => ref.version))]);
  }

  async save(sequence: Sequence): Promise<void> {
    valid('sequence', parseSequence(sequence));
    const data = JSON.stringify(sequence);
    const digest = digestOf(data);
    await inTransaction(this.db, async (tx) => {
      await tx
        .insertInto('sequence_versions')
        .values({ sequence_id: sequence.id, version: sequence.version, data, digest })
        .onConflict((oc) => oc.columns(['sequence_id', 'version']).doUpdateSet({ data, digest }))
        .execute();
      const row = {
        name: sequence.name,
        status: sequence.status,
        record_type: sequence.recordType,
        owner_id: sequence.ownerId,
        business_unit: sequence.businessUnit ?? null,
        version: sequence.version,
        data,
        digest,
        updated_at: sequence.updatedAt,
      };
      await tx
        .insertInto('sequences')
        .values({ id: sequence.id, ...row })
        // The latest never goes back to an older version, whichever of two saves commits last.
        .onConflict((oc) =>
          oc.column('id').doUpdateSet(row).where('sequences.version', '<=', sequence.version),
        )
        .execute();
    });
  }

  async delete(id: string): Promise<void> {
    await inTransaction(this.db, async (tx) => {
      await tx.deleteFrom('sequences').where('id', '=', id).execute();
      await tx.deleteFrom('sequence_versions').where('sequence_id', '=', id).execute();
    });
  }

  /** Read only, like versions. */
  async list(): Promise<Sequence[]> {
    const rows = await this.db
      .selectFrom('sequences')
      .select(['id', 'digest'])
      .orderBy('name')
      .orderBy('id')
      .execute();
    return this.readRows(rows);
  }

  async listPage(query: SequencePageQuery): Promise<SequencePage> {
    const { visibleTo, status, recordType, cursor, limit } = query;
    let asked = this.db.selectFrom('sequences');
    if (visibleTo) {
      asked = asked.where((eb) =>
        eb.or([
          eb('owner_id', '=', visibleTo.id),
          eb('business_unit', 'is', null),
          eb('business_unit', '=', visibleTo.businessUnit),
        ]),
      );
    }
    if (status) asked = asked.where('status', '=', status);
    if (recordType) asked = asked.where('record_type', '=', recordType);
    // Keyset pages: each starts from its key in the (name, id) index (sequences_digest_by_name, which
    // also holds the digest), so the hundredth page reads as few rows as the first.
    const page = async (direction: 'asc' | 'desc', from?: SequenceKey) => {
      let question = asked;
      if (from) {
        const side = direction === 'asc' ? '>' : '<';
        question = question.where((eb) => eb(eb.refTuple('name', 'id'), side, eb.tuple(from.name, from.id)));
      }
      const rows = await question
        .select(['id', 'name', 'digest'])
        .orderBy('name', direction)
        .orderBy('id', direction)
        .limit(limit)
        .execute();
      return direction === 'asc' ? rows : rows.reverse();
    };
    let rows;
    if (!cursor) rows = await page('asc');
    else if ('after' in cursor) {
      rows = await page('asc', cursor.after);
      // Nothing after it any more (renamed, deleted or filtered out since): the last page.
      if (rows.length === 0) rows = await page('desc');
    } else {
      rows = await page('desc', cursor.before);
      // Less than a page before it: the first page, whole.
      if (rows.length < limit) rows = await page('asc');
    }
    const sequences = await this.readRows(rows);
    const first = rows[0];
    // A first page that is not full holds them all; otherwise one count, whatever the page.
    if (!first || (!cursor && rows.length < limit)) return { sequences, total: rows.length, preceding: 0 };
    const counted = await asked
      .select((eb) => [
        eb.fn.countAll<number | string>().as('total'),
        eb.fn
          .count<number | string>(
            eb
              .case()
              .when(eb(eb.refTuple('name', 'id'), '<', eb.tuple(first.name, first.id)))
              .then(1)
              .end(),
          )
          .as('preceding'),
      ])
      .executeTakeFirstOrThrow();
    return { sequences, total: Number(counted.total), preceding: Number(counted.preceding) };
  }

  /** The sequences of `rows`, in their order: the texts not parsed yet are read in one question. */
  private async readRows(rows: readonly { id: string; digest: string | null }[]): Promise<Sequence[]> {
    const found = rows.map((row) => parsedAlready(row.digest));
    const unread = rows.filter((_, i) => !found[i]).map((row) => row.id);
    const read = new Map<string, Sequence>();
    for (const ids of chunks(unread)) {
      const texts = await this.db
        .selectFrom('sequences')
        .select(['id', 'data', 'digest'])
        .where('id', 'in', ids)
        .execute();
      for (const text of texts) read.set(text.id, readSequence(text));
    }
    // A sequence deleted between the two questions is left out.
    return rows.flatMap((row, i) => found[i] ?? read.get(row.id) ?? []);
  }

  async countActive(): Promise<number> {
    const row = await this.db
      .selectFrom('sequences')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

type EnrollmentRow = Pick<EnrollmentTable, 'id' | 'data'>;

/**
 * `enrollments` holds each enrollment's state (without history), `enrollment_history` its history,
 * one row per entry, appended as the enrollment moves on: a save writes only the new entries.
 */
export class SqlEnrollmentRepository implements EnrollmentRepository {
  constructor(
    private readonly db: Executor,
    private readonly engine: Engine,
  ) {}

  async get(id: string): Promise<Enrollment | undefined> {
    const row = await this.db
      .selectFrom('enrollments')
      .select(['id', 'data'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return (await this.withHistory([row]))[0];
  }

  async save(enrollment: Enrollment, options: EnrollmentSaveOptions = {}): Promise<void> {
    valid('enrollment', parseEnrollment(enrollment));
    await inTransaction(this.db, async (tx) => {
      const stored = await tx
        .selectFrom('enrollments')
        .select(['revision', 'history_length', ...INDEXED_COLUMNS])
        .where('id', '=', enrollment.id)
        // PostgreSQL: a second writer waits here until the first commits, then sees its revision.
        // SQLite: the transaction already holds the only connection.
        .$if(this.engine === 'postgres', (qb) => qb.forUpdate())
        .executeTakeFirst();
      const { expectedRevision } = options;
      if (expectedRevision !== undefined && (stored?.revision ?? null) !== expectedRevision) {
        throw new RevisionConflictError(enrollment.id, expectedRevision, stored?.revision ?? null);
      }
      const { history, ...state } = enrollment;
      const storedLength = stored?.history_length ?? 0;
      // The engine only appends, so a longer history adds its new entries. One no longer than the
      // stored one (an undo puts an earlier state back) replaces what follows the shared start.
      const from =
        history.length > storedLength ? storedLength : await this.sharedStart(tx, enrollment.id, history);
      const row = {
        sequence_id: enrollment.sequenceId,
        sequence_version: enrollment.sequenceVersion,
        record_id: enrollment.recordId,
        seller_id: enrollment.sellerId,
        status: enrollment.status,
        due_at: enrollment.current ? Date.parse(enrollment.current.dueAt) : null,
        revision: enrollment.revision,
        history_length: history.length,
        data: JSON.stringify(state),
        updated_at: enrollment.updatedAt,
      };
      if (stored) {
        // Only the columns that changed: an index none of whose columns is set is not touched, and
        // a step done (due time, revision, text) writes a third of the pages a whole row would.
        const changes: Partial<typeof row> = { ...row };
        for (const column of INDEXED_COLUMNS) if (stored[column] === row[column]) delete changes[column];
        await tx.updateTable('enrollments').set(changes).where('id', '=', enrollment.id).execute();
      } else {
        await tx
          .insertInto('enrollments')
          .values({ id: enrollment.id, created_at: enrollment.createdAt, ...row })
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
      }
      if (from < storedLength) {
        await tx
          .deleteFrom('enrollment_history')
          .where('enrollment_id', '=', enrollment.id)
          .where('position', '>=', from)
          .execute();
      }
      const added = history.slice(from).map((entry, i) => historyRow(enrollment.id, from + i, entry));
      for (const part of chunks(added, 100)) await tx.insertInto('enrollment_history').values(part).execute();
    });
  }

  /** How many leading entries of `history` are stored as they are. */
  private async sharedStart(tx: Executor, enrollmentId: string, history: HistoryEntry[]): Promise<number> {
    const rows = await tx
      .selectFrom('enrollment_history')
      .select(['position', 'data'])
      .where('enrollment_id', '=', enrollmentId)
      .orderBy('position')
      .execute();
    let same = 0;
    while (same < history.length && same < rows.length && rows[same]!.data === JSON.stringify(history[same]))
      same++;
    return same;
  }

  async listBySeller(sellerId: string): Promise<Enrollment[]> {
    return this.listWhere('seller_id', sellerId);
  }

  async listOpenBySeller(sellerId: string): Promise<Enrollment[]> {
    const rows = await this.db
      .selectFrom('enrollments')
      .select(['id', 'data'])
      .where('seller_id', '=', sellerId)
      .where('status', 'in', ['active', 'paused'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return this.withHistory(rows);
  }

  async listOpenWorkBySeller(sellerId: string): Promise<OpenWork[]> {
    // One question with two joins answers in a third of the time of three with long IN lists.
    const rows = await this.db
      .selectFrom('enrollments as e')
      .leftJoin('records as r', 'r.id', 'e.record_id')
      .leftJoin('sequence_versions as v', (join) =>
        join.onRef('v.sequence_id', '=', 'e.sequence_id').onRef('v.version', '=', 'e.sequence_version'),
      )
      .select(['e.id', 'e.data', 'e.sequence_id', 'e.sequence_version', 'r.data as record', 'v.digest'])
      .where('e.seller_id', '=', sellerId)
      .where('e.status', 'in', ['active', 'paused'])
      .orderBy('e.created_at')
      .orderBy('e.id')
      .execute();
    const enrollments = await this.withHistory(rows);
    const found = rows.map((row) => parsedAlready(row.digest));
    // The versions not parsed yet (or not stored: then none is found), in one more question.
    const unread = rows
      .filter((_, i) => !found[i])
      .map((row) => ({ id: row.sequence_id, version: row.sequence_version }));
    const read = new Map(
      (await new SqlSequenceRepository(this.db).getVersions(unread)).map((s) => [
        versionKey(s.id, s.version),
        s,
      ]),
    );
    return enrollments.map((enrollment, i) => {
      const row = rows[i]!;
      return {
        enrollment,
        record: row.record === null ? undefined : parse<CrmRecord>({ data: row.record }),
        sequence: found[i] ?? read.get(versionKey(row.sequence_id, row.sequence_version)),
      };
    });
  }

  async listByRecord(recordId: string): Promise<Enrollment[]> {
    return this.listWhere('record_id', recordId);
  }

  async listBySequence(sequenceId: string): Promise<Enrollment[]> {
    return this.listWhere('sequence_id', sequenceId);
  }

  async listOpenRefsBySequence(sequenceId: string): Promise<EnrollmentRef[]> {
    const rows = await this.db
      .selectFrom('enrollments')
      .select(['id', 'record_id', 'seller_id', 'sequence_version', 'status'])
      .where('sequence_id', '=', sequenceId)
      .where('status', 'in', ['active', 'paused'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      recordId: row.record_id,
      sellerId: row.seller_id,
      sequenceVersion: row.sequence_version,
      status: row.status as EnrollmentRef['status'],
    }));
  }

  async listActionsBy(
    userId: string,
    from: string,
    to: string,
  ): Promise<Pick<HistoryEntry, 'at' | 'action'>[]> {
    const rows = await this.db
      .selectFrom('enrollment_history')
      .select(['at', 'action'])
      .where('by_user', '=', userId)
      .where('at', '>=', from)
      .where('at', '<', to)
      .orderBy('at')
      .execute();
    return rows.map((row) => ({ at: row.at, action: row.action as HistoryEntry['action'] }));
  }

  /** One row per sequence, kept by the database as enrollments open and close (migration 004). */
  async countOpenBySequence(ids?: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const part of ids ? chunks([...new Set(ids)]) : [undefined]) {
      let asked = this.db
        .selectFrom('sequence_open_counts')
        .select(['sequence_id', 'open_count'])
        .where('open_count', '>', 0);
      if (part) asked = asked.where('sequence_id', 'in', part);
      const rows = await asked.execute();
      for (const row of rows) counts.set(row.sequence_id, Number(row.open_count));
    }
    return counts;
  }

  async list(): Promise<Enrollment[]> {
    const rows = await this.db
      .selectFrom('enrollments')
      .select(['id', 'data'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return this.withHistory(rows);
  }

  private async listWhere(
    column: 'seller_id' | 'record_id' | 'sequence_id',
    value: string,
  ): Promise<Enrollment[]> {
    const rows = await this.db
      .selectFrom('enrollments')
      .select(['id', 'data'])
      .where(column, '=', value)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return this.withHistory(rows);
  }

  /** The enrollments of `rows`, each with its history, in the order of `rows`. */
  private async withHistory(rows: EnrollmentRow[]): Promise<Enrollment[]> {
    const histories = new Map<string, HistoryEntry[]>(rows.map((row) => [row.id, []]));
    for (const ids of chunks(rows.map((row) => row.id))) {
      const entries = await this.db
        .selectFrom('enrollment_history')
        .select(['enrollment_id', 'data'])
        .where('enrollment_id', 'in', ids)
        .orderBy('enrollment_id')
        .orderBy('position')
        .execute();
      for (const entry of entries) histories.get(entry.enrollment_id)?.push(parse<HistoryEntry>(entry));
    }
    return rows.map((row) => ({
      ...parse<Omit<Enrollment, 'history'>>(row),
      history: histories.get(row.id) ?? [],
    }));
  }
}

/** The enrollment columns in an index (or the open-count triggers): set on a save only when changed. */
const INDEXED_COLUMNS = [
  'sequence_id',
  'sequence_version',
  'record_id',
  'seller_id',
  'status',
  'due_at',
] as const;

function historyRow(enrollmentId: string, position: number, entry: HistoryEntry) {
  return {
    enrollment_id: enrollmentId,
    position,
    at: entry.at,
    action: entry.action,
    by_user: entry.by,
    data: JSON.stringify(entry),
  };
}

export class SqlRecordRepository implements RecordRepository {
  constructor(private readonly db: Executor) {}

  async get(id: string): Promise<CrmRecord | undefined> {
    const row = await this.db.selectFrom('records').select('data').where('id', '=', id).executeTakeFirst();
    return row && parse<CrmRecord>(row);
  }

  async getMany(ids: readonly string[]): Promise<CrmRecord[]> {
    const found: CrmRecord[] = [];
    for (const part of chunks([...new Set(ids)])) {
      const rows = await this.db.selectFrom('records').select('data').where('id', 'in', part).execute();
      found.push(...rows.map((row) => parse<CrmRecord>(row)));
    }
    return found;
  }

  async save(record: CrmRecord): Promise<void> {
    valid('record', parseRecord(record));
    const row = {
      type: record.type,
      name: record.name,
      owner_id: record.ownerId,
      name_key: matchKey(record.name),
      email_key: record.email ? matchKey(record.email) : null,
      data: JSON.stringify(record),
      updated_at: record.updatedAt,
    };
    await this.db
      .insertInto('records')
      .values({ id: record.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('records').where('id', '=', id).execute();
  }

  async list(type?: RecordType): Promise<CrmRecord[]> {
    let query = this.db.selectFrom('records').select('data');
    if (type) query = query.where('type', '=', type);
    const rows = await query.orderBy('name').orderBy('id').execute();
    return rows.map((row) => parse<CrmRecord>(row));
  }

  /** Records of `type` with the same e-mail address, or the same name, as `record` (not itself). */
  async listLookalikes(record: CrmRecord): Promise<CrmRecord[]> {
    const email = record.email ? matchKey(record.email) : undefined;
    const rows = await this.db
      .selectFrom('records')
      .select('data')
      .where('type', '=', record.type)
      .where('id', '!=', record.id)
      .where((eb) =>
        email
          ? eb.or([eb('email_key', '=', email), eb('name_key', '=', matchKey(record.name))])
          : eb('name_key', '=', matchKey(record.name)),
      )
      .execute();
    return rows.map((row) => parse<CrmRecord>(row));
  }

  async listByOwner(ownerId: string, type?: RecordType): Promise<CrmRecord[]> {
    let query = this.db.selectFrom('records').select('data').where('owner_id', '=', ownerId);
    if (type) query = query.where('type', '=', type);
    const rows = await query.orderBy('name').orderBy('id').execute();
    return rows.map((row) => parse<CrmRecord>(row));
  }
}

export class SqlUserRepository implements UserRepository {
  constructor(private readonly db: Executor) {}

  async get(id: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').select('data').where('id', '=', id).executeTakeFirst();
    return row && parse<User>(row);
  }

  async save(user: User): Promise<void> {
    valid('user', parseUser(user));
    const row = { name: user.name, data: JSON.stringify(user), updated_at: user.updatedAt };
    await this.db
      .insertInto('users')
      .values({ id: user.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  /** Every user the code can read; one that cannot be read (stored by hand, or long ago) is left out. */
  async list(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').select('data').orderBy('name').orderBy('id').execute();
    return rows.flatMap((row) => {
      const parsed = parseUser(parse<unknown>(row));
      return parsed.ok ? [parsed.value] : [];
    });
  }

  /** The ids of stored users that cannot be read, and why: for the report at start-up. */
  async listUnreadable(): Promise<{ id: string; reason: string }[]> {
    const rows = await this.db.selectFrom('users').select(['id', 'data']).execute();
    return rows.flatMap((row) => {
      const parsed = parseUser(parse<unknown>(row));
      return parsed.ok ? [] : [{ id: row.id, reason: parsed.reason }];
    });
  }
}

/** Messages in the order they were added; adding an id again replaces the message in its place. */
export class SqlOutboxRepository implements OutboxRepository {
  constructor(private readonly db: Executor) {}

  async add(message: OutboxMessage): Promise<void> {
    const row = {
      enrollment_id: message.enrollmentId ?? null,
      sent_at: message.sentAt,
      data: JSON.stringify(message),
    };
    await this.db
      .insertInto('outbox')
      .values({ id: message.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async get(id: string): Promise<OutboxMessage | undefined> {
    const row = await this.db.selectFrom('outbox').select('data').where('id', '=', id).executeTakeFirst();
    return row && parse<OutboxMessage>(row);
  }

  async list(): Promise<OutboxMessage[]> {
    const rows = await this.db.selectFrom('outbox').select('data').orderBy('position').execute();
    return rows.map((row) => parse<OutboxMessage>(row));
  }

  async listByEnrollment(enrollmentId: string): Promise<OutboxMessage[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .select('data')
      .where('enrollment_id', '=', enrollmentId)
      .orderBy('position')
      .execute();
    return rows.map((row) => parse<OutboxMessage>(row));
  }
}

/**
 * Runs `fn` in a transaction: a new one on a database, or the caller's when `db` already is one
 * (the writes then commit with the caller's).
 */
export async function inTransaction<T>(db: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return (db as Kysely<Database>).transaction().execute(fn);
}

export class SqlBulkOperationRepository implements BulkOperationRepository {
  constructor(private readonly db: Executor) {}

  async create(operation: BulkOperation): Promise<void> {
    await this.db
      .insertInto('bulk_operations')
      .values({
        id: operation.id,
        kind: operation.kind,
        actor_id: operation.actor.id,
        sequence_id: operation.sequenceId,
        total: operation.total,
        chunks: operation.chunks,
        status: operation.status,
        data: JSON.stringify(operation),
        created_at: operation.createdAt,
        finished_at: operation.finishedAt ?? null,
      })
      .execute();
  }

  async get(id: string): Promise<BulkOperation | undefined> {
    const row = await this.db
      .selectFrom('bulk_operations')
      .select(['data', 'status', 'finished_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      ...parse<BulkOperation>(row),
      status: row.status as BulkOperation['status'],
      ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
    };
  }

  async finishChunk(id: string, chunk: number, counts: Omit<BulkProgress, 'chunksFinished'>): Promise<void> {
    await this.db
      .insertInto('bulk_chunks')
      .values({ operation_id: id, chunk, ...counts })
      .onConflict((oc) => oc.columns(['operation_id', 'chunk']).doNothing())
      .execute();
  }

  async progress(id: string): Promise<BulkProgress> {
    const row = await this.db
      .selectFrom('bulk_chunks')
      .select((eb) => [
        eb.fn.countAll<number>().as('chunks'),
        eb.fn.coalesce(eb.fn.sum<number>('done'), eb.lit(0)).as('done'),
        eb.fn.coalesce(eb.fn.sum<number>('skipped'), eb.lit(0)).as('skipped'),
        eb.fn.coalesce(eb.fn.sum<number>('refused'), eb.lit(0)).as('refused'),
      ])
      .where('operation_id', '=', id)
      .executeTakeFirstOrThrow();
    return {
      chunksFinished: Number(row.chunks),
      done: Number(row.done),
      skipped: Number(row.skipped),
      refused: Number(row.refused),
    };
  }

  async markDone(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('bulk_operations')
      .set({ status: 'done', finished_at: at })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
