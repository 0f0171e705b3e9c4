// The interfaces between the application and the outside world: clock, storage, locks, jobs, mail.
// The embedded implementations live in src/storage and src/app; a Redis/BullMQ deployment swaps
// them without touching handlers or the engine.

import type { CrmRecord, Enrollment, RecordType, Role, Sequence, WorkingHours } from '../domain/model.js';
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
  /** The sequence as it was at `version` (enrollments stay on the version they started on). */
  getVersion(id: string, version: number): Promise<Sequence | undefined>;
  /** Saves the latest state and keeps a snapshot of this version. */
  save(sequence: Sequence): Promise<void>;
  delete(id: string): Promise<void>;
  list(): Promise<Sequence[]>;
}

export interface EnrollmentRepository {
  get(id: string): Promise<Enrollment | undefined>;
  save(enrollment: Enrollment): Promise<void>;
  listBySeller(sellerId: string): Promise<Enrollment[]>;
  listByRecord(recordId: string): Promise<Enrollment[]>;
  listBySequence(sequenceId: string): Promise<Enrollment[]>;
  list(): Promise<Enrollment[]>;
}

export interface RecordRepository {
  get(id: string): Promise<CrmRecord | undefined>;
  save(record: CrmRecord): Promise<void>;
  delete(id: string): Promise<void>;
  list(type?: RecordType): Promise<CrmRecord[]>;
}

export interface UserRepository {
  get(id: string): Promise<User | undefined>;
  save(user: User): Promise<void>;
  list(): Promise<User[]>;
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
  list(): Promise<OutboxMessage[]>;
}

/**
 * Serialises work on one key (an enrollment, a user): the second caller runs after the first has
 * finished and sees its result. Embedded: in-process. Several instances: a Redis lock.
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

/** Persistent jobs ordered by time. Embedded: Keyv. Later: BullMQ delayed jobs. */
export interface JobStore {
  put(job: Job): Promise<void>;
  remove(id: string): Promise<void>;
  get(id: string): Promise<Job | undefined>;
  /** Jobs with `runAt <= now`, earliest first, at most `limit`. */
  due(now: Date, limit: number): Promise<Job[]>;
  /** The earliest `runAt` of all jobs, if any. */
  nextRunAt(): Promise<Date | undefined>;
}

/** Everything the product keeps, behind interfaces. */
export interface Stores {
  sequences: SequenceRepository;
  enrollments: EnrollmentRepository;
  records: RecordRepository;
  users: UserRepository;
  outbox: OutboxRepository;
  jobs: JobStore;
  locks: Locks;
  /** The bot's turn state (teams-ai), tolerant of concurrent turns: never fails on eTags. */
  turnState: Storage;
  close(): Promise<void>;
}
