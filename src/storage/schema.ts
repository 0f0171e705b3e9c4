// The tables the product keeps, as Kysely sees them. One row type per table; JSON columns hold
// the parts of an aggregate that no query filters on, as text on both engines.

import type { Generated } from 'kysely';

export interface SequenceTable {
  id: string;
  name: string;
  status: string;
  record_type: string;
  owner_id: string;
  business_unit: string | null;
  version: number;
  /** The whole Sequence as JSON. */
  data: string;
  /** A hash of `data` (migration 005): a reader that has parsed this text already skips reading it. */
  digest: string | null;
  updated_at: string;
}

export interface SequenceVersionTable {
  sequence_id: string;
  version: number;
  data: string;
  /** As `sequences.digest`; null when the text was written without one (then it is read). */
  digest: string | null;
}

export interface RecordTable {
  id: string;
  type: string;
  name: string;
  owner_id: string;
  /** `matchKey` of the name and of the e-mail address: how duplicates are found. */
  name_key: string;
  email_key: string | null;
  data: string;
  updated_at: string;
}

export interface EnrollmentTable {
  id: string;
  sequence_id: string;
  sequence_version: number;
  record_id: string;
  seller_id: string;
  status: string;
  /** When the current step is due, the wait ends or the condition times out (epoch ms); null when none. */
  due_at: number | null;
  revision: number;
  /** How many history rows the enrollment has: the next entry's position. */
  history_length: number;
  /** The Enrollment as JSON, without its history (that lives in enrollment_history). */
  data: string;
  created_at: string;
  updated_at: string;
}

export interface EnrollmentHistoryTable {
  enrollment_id: string;
  position: number;
  at: string;
  action: string;
  by_user: string;
  data: string;
}

export interface UserTable {
  id: string;
  name: string;
  data: string;
  updated_at: string;
}

export interface OutboxTable {
  /** Insertion order: the outbox lists messages in the order they were added. */
  position: Generated<number>;
  id: string;
  enrollment_id: string | null;
  sent_at: string;
  data: string;
}

export interface JobTable {
  /** Insertion order, so that jobs due at the same instant run in the order they were scheduled. */
  position: Generated<number>;
  id: string;
  type: string;
  run_at: number;
  payload: string;
  attempts: number;
  /** Set while a worker holds the job: who, and until when (epoch ms) the lease lasts. */
  claim: string | null;
  lease_until: number | null;
}

export interface KeyValueTable {
  key: string;
  value: string;
  expires_at: number | null;
}

export interface BulkOperationTable {
  id: string;
  /** 'connect' | 'disconnect' */
  kind: string;
  actor_id: string;
  sequence_id: string;
  /** How many records or enrollments the change covers, in how many chunk jobs. */
  total: number;
  chunks: number;
  /** 'running' until the last chunk finished, then 'done'. */
  status: string;
  /** What the change needs besides (the actor as they asked, what to do when done), as JSON. */
  data: string;
  created_at: string;
  finished_at: string | null;
}

export interface BulkChunkTable {
  operation_id: string;
  chunk: number;
  done: number;
  skipped: number;
  refused: number;
}

export interface SendLogTable {
  id: string;
  conversation_id: string;
  /** Wall-clock epoch ms the send finished; while it is in flight, a time ahead that every window counts. */
  at: number;
}

/** Open (active or paused) enrollments per sequence, kept by triggers on `enrollments`. */
export interface SequenceOpenCountTable {
  sequence_id: string;
  open_count: number;
}

export interface Database {
  sequence_open_counts: SequenceOpenCountTable;
  send_log: SendLogTable;
  bulk_operations: BulkOperationTable;
  bulk_chunks: BulkChunkTable;
  sequences: SequenceTable;
  sequence_versions: SequenceVersionTable;
  records: RecordTable;
  enrollments: EnrollmentTable;
  enrollment_history: EnrollmentHistoryTable;
  users: UserTable;
  outbox: OutboxTable;
  jobs: JobTable;
  key_values: KeyValueTable;
}
