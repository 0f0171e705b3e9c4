// The interfaces between the application and the outside world: clock, storage, locks, jobs, mail.
// The implementations live in src/storage (one relational database: SQLite or PostgreSQL) and src/app.

import type {
  CrmRecord,
  Enrollment,
  HistoryEntry,
  LanguageCode,
  RecordType,
  Role,
  Sequence,
  SequenceStatus,
  WorkingHours,
} from '../domain/model.js';
import type { ConversationReference, Storage } from 'botbuilder';

/** The one source of time. Nothing in the product calls `Date.now()` or `new Date()` for the current time. */
export interface Clock {
  now(): Date;
}

export interface User {
  /** `from.aadObjectId` when Teams sends it, else `from.id`. */
  id: string;
  name: string;
  email?: string;
  locale?: string;
  /** The language the user chose ("language: polski"): it wins over Teams' locale. */
  language?: LanguageCode;
  roles: Role[];
  businessUnit?: string;
  /** Working hours; `timeZone` follows the Teams client unless the user set one. */
  workingHours: WorkingHours;
  /** True once the user chose a time zone themselves ("my time zone is ..."): Teams no longer overrides it. */
  timeZoneSetByUser?: boolean;
  /** Local "HH:mm" time of the daily digest. */
  digestTime: string;
  /** Where to send proactive messages: the user's 1:1 conversation with the bot. */
  conversationReference?: Partial<ConversationReference>;
  /** Vacation: the user's sequences are paused until this ISO time. */
  pausedUntil?: string;
  /** The user blocked or uninstalled the app (403 from Teams): no more proactive sends. */
  blockedAt?: string;
  /** Local date ("yyyy-MM-dd") of the last digest sent, so it goes once a day. */
  lastDigestDate?: string;
  createdAt: string;
  updatedAt: string;
}

export interface SequenceRepository {
  get(id: string): Promise<Sequence | undefined>;
  /**
   * The sequence as it was at `version` (enrollments stay on the version they started on). Read
   * only: versions are shared between readers (frozen); copy one to change it.
   */
  getVersion(id: string, version: number): Promise<Sequence | undefined>;
  /** The versions asked for that are stored, in one question however many (a list of work); read only. */
  getVersions(refs: readonly { id: string; version: number }[]): Promise<Sequence[]>;
  /** Saves the latest state and keeps a snapshot of this version. */
  save(sequence: Sequence): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every sequence, read only (shared between readers, frozen); `get` one to change it. */
  list(): Promise<Sequence[]>;
  /**
   * One page of the sequences `query` asks for, by name (then id), read only as `list`'s, and how
   * many it asks for in all: a list reads what it shows, however many sequences are stored, and a
   * page far in costs what the first does (it starts from its cursor, never skips rows).
   */
  listPage(query: SequencePageQuery): Promise<SequencePage>;
}

/** A place in the list of sequences: its order is by name, and by id between equal names. */
export interface SequenceKey {
  name: string;
  id: string;
}

/**
 * Where a page starts: the `limit` sequences after a key (the next page), or the `limit` before it
 * (the previous one). The key need not be stored any more (renamed, deleted): the page is where it
 * would stand. A next page past the end is the last page, and a previous page with less than a page
 * before it the first page, so a stale cursor still gives a full page when there is one.
 */
export type SequenceCursor = { after: SequenceKey } | { before: SequenceKey };

/** Which sequences a page lists. */
export interface SequencePageQuery {
  /**
   * Only those this person sees: their own, their business unit's and the organisation's (no
   * unit), as `isVisibleTo` in src/app/manager/permissions.ts reads it. Everyone's when absent.
   */
  visibleTo?: { id: string; businessUnit: string };
  status?: SequenceStatus;
  recordType?: RecordType;
  /** The first page when absent. */
  cursor?: SequenceCursor;
  limit: number;
}

export interface SequencePage {
  /** At most `limit`, in the list's order. */
  sequences: Sequence[];
  /** How many sequences the query keeps, on every page. */
  total: number;
  /** How many of them come before this page: it shows numbers `preceding + 1` onwards. */
  preceding: number;
}

export interface EnrollmentSaveOptions {
  /**
   * Compare-and-set: save only if the stored enrollment is at this revision (null: only if there is
   * none yet); otherwise `RevisionConflictError` and nothing is written.
   */
  expectedRevision?: number | null;
}

/** Another writer (a double click on another instance) saved the enrollment first. */
export class RevisionConflictError extends Error {
  constructor(
    readonly enrollmentId: string,
    readonly expected: number | null,
    readonly actual: number | null,
  ) {
    super(`Enrollment ${enrollmentId} is at revision ${actual ?? 'none'}, not ${expected ?? 'none'}`);
  }
}

/** What lists and counts need of an enrollment, read from its columns alone. */
export interface EnrollmentRef {
  id: string;
  recordId: string;
  sellerId: string;
  sequenceVersion: number;
  status: Enrollment['status'];
}

/** An open enrollment with what a list shows of it; undefined where the record or version is not stored. */
export interface OpenWork {
  enrollment: Enrollment;
  record: CrmRecord | undefined;
  sequence: Sequence | undefined;
}

export interface EnrollmentRepository {
  get(id: string): Promise<Enrollment | undefined>;
  save(enrollment: Enrollment, options?: EnrollmentSaveOptions): Promise<void>;
  /** Every enrollment of a seller, open or ended, oldest first. */
  listBySeller(sellerId: string): Promise<Enrollment[]>;
  /** The seller's active and paused enrollments, oldest first. */
  listOpenBySeller(sellerId: string): Promise<Enrollment[]>;
  /**
   * As `listOpenBySeller`, each with its record and the version of the sequence it runs on (read
   * only, as `SequenceRepository.getVersions`' are), asked together: what a work list reads.
   */
  listOpenWorkBySeller(sellerId: string): Promise<OpenWork[]>;
  listByRecord(recordId: string): Promise<Enrollment[]>;
  listBySequence(sequenceId: string): Promise<Enrollment[]>;
  /** The active and paused enrollments of a sequence, without their state or history. */
  listOpenRefsBySequence(sequenceId: string): Promise<EnrollmentRef[]>;
  /**
   * When `userId` did what on any enrollment, from `from` (inclusive) to `to` (exclusive), both ISO
   * times: from the index by person and time, so it costs what they did then, not what is stored.
   */
  listActionsBy(userId: string, from: string, to: string): Promise<Pick<HistoryEntry, 'at' | 'action'>[]>;
  /** Active and paused enrollments per sequence id: of the sequences in `ids`, or of all of them. */
  countOpenBySequence(ids?: readonly string[]): Promise<Map<string, number>>;
  /** Every enrollment: for exports and maintenance, never for a turn. */
  list(): Promise<Enrollment[]>;
}

export interface RecordRepository {
  get(id: string): Promise<CrmRecord | undefined>;
  /** The records of `ids` that exist, in no particular order. */
  getMany(ids: readonly string[]): Promise<CrmRecord[]>;
  save(record: CrmRecord): Promise<void>;
  delete(id: string): Promise<void>;
  list(type?: RecordType): Promise<CrmRecord[]>;
  listByOwner(ownerId: string, type?: RecordType): Promise<CrmRecord[]>;
  /** Records of the same type with the same e-mail address or the same name: duplicate candidates. */
  listLookalikes(record: CrmRecord): Promise<CrmRecord[]>;
}

export interface UserRepository {
  get(id: string): Promise<User | undefined>;
  save(user: User): Promise<void>;
  /** Every user the code can read, by name. */
  list(): Promise<User[]>;
  /** Stored users that cannot be read, and why (reported at start-up). */
  listUnreadable(): Promise<{ id: string; reason: string }[]>;
}

/** A message the product sent or would send by e-mail (the outbox keeps them for managers to read). */
export interface OutboxMessage {
  id: string;
  to: string;
  from: string;
  subject: string;
  body: string;
  enrollmentId?: string;
  sentAt: string;
  /** "outbox" when only kept here, "smtp" when also delivered through SMTP. */
  transport: 'outbox' | 'smtp';
}

export interface OutboxRepository {
  add(message: OutboxMessage): Promise<void>;
  get(id: string): Promise<OutboxMessage | undefined>;
  list(): Promise<OutboxMessage[]>;
  listByEnrollment(enrollmentId: string): Promise<OutboxMessage[]>;
}

/**
 * Serialises work on one key (an enrollment, a user) inside one process: the second caller runs
 * after the first has finished and sees its result. Across instances, the database decides
 * (transactions, compare-and-set on an enrollment's revision); the lock only saves wasted work.
 */
export interface Locks {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/** A unit of deferred work: a timer of the engine, a proactive card, a digest. */
export interface Job {
  /** Stable id: scheduling the same id again replaces the job (idempotent). */
  id: string;
  type: string;
  runAt: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** A job a worker holds: `claim` proves it, until the lease ends. */
export interface ClaimedJob extends Job {
  claim: string;
}

export interface ClaimOptions {
  /** Business time: jobs with `runAt <= now` are due. */
  now: Date;
  limit: number;
  /** Wall-clock epoch ms: jobs whose lease ended before this are free again (their worker died). */
  wallNow: number;
  /** Wall-clock epoch ms the new lease lasts until. */
  leaseUntil: number;
}

/**
 * Persistent jobs ordered by time, run at least once: a claimed job stays stored until its worker
 * completes it, and a worker's lease that ends lets another take the job over.
 */
export interface JobStore {
  /** Adds the job or replaces the one with the same id (idempotent scheduling). */
  put(job: Job): Promise<void>;
  remove(id: string): Promise<void>;
  get(id: string): Promise<Job | undefined>;
  /** Claims up to `limit` due jobs, earliest first, that no live lease holds. */
  claim(options: ClaimOptions): Promise<ClaimedJob[]>;
  /** Extends a held lease; false when the job was completed, replaced or taken over meanwhile. */
  extend(job: ClaimedJob, leaseUntil: number): Promise<boolean>;
  /** Removes a claimed job, unless it was replaced (put again) since the claim. */
  complete(job: ClaimedJob): Promise<void>;
  /** Puts a claimed job back to run at `runAt` after `attempts` tries, unless it was replaced. */
  release(job: ClaimedJob, runAt: Date, attempts: number): Promise<void>;
  /** The earliest `runAt` of the jobs no live lease holds. */
  nextRunAt(wallNow: number): Promise<Date | undefined>;
  count(): Promise<number>;
  /**
   * The earliest `runAt` (epoch ms) of the jobs put through this store or its transactions since
   * the last call, then forgets them; undefined when none was put.
   */
  takePutRunAt(): number | undefined;
}

/** A change to many records or enrollments that runs as chunk jobs off the turn. */
export interface BulkOperation {
  id: string;
  kind: 'connect' | 'disconnect';
  sequenceId: string;
  /** The sequence's name when the change began (it may be deleted by the end). */
  sequenceName: string;
  /** Who asked, as they were when they asked: the chunks act with their rights. */
  actor: { id: string; name: string; roles: Role[]; businessUnit: string };
  total: number;
  chunks: number;
  status: 'running' | 'done';
  /** What happens after the last chunk: tell the actor; delete the sequence too. */
  then: 'notify' | 'deleteSequence';
  createdAt: string;
  finishedAt?: string;
}

export interface BulkProgress {
  chunksFinished: number;
  done: number;
  skipped: number;
  refused: number;
}

export interface BulkOperationRepository {
  create(operation: BulkOperation): Promise<void>;
  get(id: string): Promise<BulkOperation | undefined>;
  /** Records one chunk's counts; a chunk that runs again (after a crash) counts once. */
  finishChunk(id: string, chunk: number, counts: Omit<BulkProgress, 'chunksFinished'>): Promise<void>;
  progress(id: string): Promise<BulkProgress>;
  /** Running → done once every chunk finished; true for the one caller that made the change. */
  markDone(id: string, at: string): Promise<boolean>;
}

export interface SendWindow {
  ms: number;
  max: number;
}

/** Teams' limits on proactive sends: per conversation, and for the whole app. */
export interface SendWindows {
  conversation: SendWindow[];
  global: SendWindow;
}

/** A place for one send (`id`), or how many milliseconds until there may be one. */
export type SendReservation = { wait: 0; id: string } | { wait: number; id?: undefined };

/** The proactive sends of every instance, so that together they keep to Teams' limits. */
export interface SendLog {
  /** Takes a place for one send to `conversationId` at `wallNow` (epoch ms), or says how long to wait. */
  reserve(conversationId: string, wallNow: number, windows: SendWindows): Promise<SendReservation>;
  /** The send finished (delivered or not): it counts from now until a window's length later. */
  finish(id: string, wallNow: number): Promise<void>;
}

/** The repositories one transaction writes through. */
export interface Repositories {
  sequences: SequenceRepository;
  enrollments: EnrollmentRepository;
  records: RecordRepository;
  users: UserRepository;
  outbox: OutboxRepository;
  jobs: JobStore;
  bulk: BulkOperationRepository;
}

/** Everything the product keeps, behind interfaces. */
export interface Stores extends Repositories {
  /** Which database engine: 'sqlite' (embedded) or 'postgres' (several instances). */
  engine: 'sqlite' | 'postgres';
  /**
   * Runs `fn` with repositories whose writes commit together, or not at all when it throws. `fn`
   * must use only the repositories it is given: on SQLite the transaction holds the one connection.
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  locks: Locks;
  sendLog: SendLog;
  /** The bot's turn state (teams-ai), tolerant of concurrent turns: never fails on eTags. */
  turnState: Storage;
  close(): Promise<void>;
}
