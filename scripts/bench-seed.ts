// The data `npm run bench` measures the bot against, written straight into a fresh SQLite file in
// a few large transactions (not through the bot, which would take hours): 250 sequences, 100,000
// enrollments on them with their records, history and timers, a seller with 50 steps due, a
// seller whose calls are pressed, and a manager.

import { sql } from 'kysely';
import { TIMER_JOB, timerJobId } from '../src/app/enrollments.js';
import type { User } from '../src/app/ports.js';
import type { Enrollment, Sequence, Step, WorkingHours } from '../src/domain/model.js';
import { createStores } from '../src/storage/stores.js';
import { benchLead } from './bench-lead.js';

export const BENCH_MANAGER = 'bench-manager';
/** The seller whose "up next" is measured: 50 steps due. */
export const BENCH_SELLER = 'bench-seller';
/** The seller whose Up next cards are pressed: many calls due, each press moves to the next call. */
export const BENCH_PRESSER = 'bench-presser';
/** Calls in a row on the sequence the presser works, so that every press has a step to record. */
export const PRESS_STEPS = 20;

export interface SeedSize {
  sequences: number;
  enrollments: number;
  /** Steps due for BENCH_SELLER. */
  sellerDue: number;
  /** Enrollments of BENCH_PRESSER, each good for PRESS_STEPS presses. */
  presserEnrollments: number;
  /** Other sellers the enrollments are spread over. */
  sellers: number;
}

export const FULL_SIZE: SeedSize = {
  sequences: 250,
  enrollments: 100_000,
  sellerDue: 50,
  presserEnrollments: 1_000,
  sellers: 2_000,
};

export const ALWAYS: WorkingHours = {
  timeZone: 'UTC',
  days: [1, 2, 3, 4, 5, 6, 7],
  start: '00:00',
  end: '23:59',
};

const sequenceId = (i: number): string => `bench-seq-${i}`;
/** The sequence the presser's calls are on. */
export const PRESS_SEQUENCE = sequenceId(0);

function sequenceOf(i: number, at: string): Sequence {
  const calls: Step[] = Array.from({ length: PRESS_STEPS }, (_, k) => ({
    id: `call-${k + 1}`,
    kind: 'phoneCall' as const,
    name: `Call ${k + 1}`,
    description: 'Call them',
    ...(k + 1 < PRESS_STEPS ? { next: `call-${k + 2}` } : {}),
  }));
  const usual: Step[] = [
    { id: 'task', kind: 'task', name: 'Prepare', description: 'Read up on them', next: 'wait' },
    {
      id: 'wait',
      kind: 'wait',
      name: 'Wait',
      description: '',
      duration: { days: 2, hours: 0 },
      next: 'call',
    },
    { id: 'call', kind: 'phoneCall', name: 'Call', description: 'Call them' },
  ];
  return {
    id: sequenceId(i),
    name: i === 0 ? 'Bench calls' : `Bench sequence ${i}`,
    recordType: 'lead',
    ownerId: BENCH_MANAGER,
    status: 'active',
    version: 1,
    tags: i % 10 === 0 ? ['q4'] : [],
    graph: i === 0 ? { start: 'call-1', steps: calls } : { start: 'task', steps: usual },
    createdAt: at,
    updatedAt: at,
  };
}

function userOf(id: string, name: string, roles: User['roles'], at: string, serviceUrl: string): User {
  return {
    id,
    name,
    roles,
    workingHours: ALWAYS,
    timeZoneSetByUser: true,
    digestTime: '08:00',
    // Today's digest went out at 8:00, as for an instance running since then: a fresh start does
    // not send every digest of the day again while it is measured.
    lastDigestDate: at.slice(0, 10),
    conversationReference: {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: `a:personal-${id}`, conversationType: 'personal', isGroup: false, name: '' },
      user: { id: `29:${id}`, name, aadObjectId: id },
      bot: { id: '28:bot', name: 'Sequence assistant' },
    },
    createdAt: at,
    updatedAt: at,
  };
}

/** Writes the bench's data into a new database under `dataDir`, as of `now`. */
export async function seedBench(
  dataDir: string,
  now: Date,
  size: SeedSize,
  serviceUrl: string,
): Promise<void> {
  const stores = await createStores({ kind: 'sqlite', dataDir });
  const at = now.toISOString();
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  try {
    const { db } = stores;
    for (let i = 0; i < size.sequences; i++) await stores.sequences.save(sequenceOf(i, at));
    const users: User[] = [
      userOf(BENCH_MANAGER, 'Morgan Manager', ['sequenceManager', 'salesManager'], at, serviceUrl),
      userOf(BENCH_SELLER, 'Sasha Seller', ['seller'], at, serviceUrl),
      userOf(BENCH_PRESSER, 'Pat Presser', ['seller'], at, serviceUrl),
      ...Array.from({ length: size.sellers }, (_, i) =>
        userOf(`seller-${i}`, `Seller ${i}`, ['seller'], at, serviceUrl),
      ),
    ];
    await db
      .insertInto('users')
      .values(users.map((u) => ({ id: u.id, name: u.name, data: JSON.stringify(u), updated_at: at })))
      .execute();

    // Enrollment i: the first sellerDue are the seller's (their task due an hour ago), the next
    // presserEnrollments the presser's (on the first call), the rest spread over the other sellers
    // and the other sequences, at their wait.
    const BATCH = 500;
    for (let start = 0; start < size.enrollments; start += BATCH * 20) {
      await db.transaction().execute(async (tx) => {
        for (let offset = start; offset < Math.min(size.enrollments, start + BATCH * 20); offset += BATCH) {
          const records = [];
          const enrollments = [];
          const history = [];
          const jobs = [];
          for (let i = offset; i < Math.min(size.enrollments, offset + BATCH); i++) {
            const mine = i < size.sellerDue;
            const pressed = !mine && i < size.sellerDue + size.presserEnrollments;
            const sellerId = mine ? BENCH_SELLER : pressed ? BENCH_PRESSER : `seller-${i % size.sellers}`;
            const seq = pressed ? 0 : 1 + (i % Math.max(1, size.sequences - 1));
            const stepId = pressed ? 'call-1' : mine ? 'task' : 'wait';
            const dueAt =
              mine || pressed ? now.getTime() - 3_600_000 : now.getTime() + 86_400_000 * (1 + (i % 3));
            const record = benchLead(`bench-r-${i}`, i, sellerId, dayAgo);
            const id = `bench-e-${String(i).padStart(6, '0')}`;
            const entries = [
              { at: dayAgo, action: 'connected', by: BENCH_MANAGER },
              { at: dayAgo, action: 'entered', stepId, by: 'system' },
            ];
            const enrollment: Omit<Enrollment, 'history'> = {
              id,
              sequenceId: sequenceId(seq),
              sequenceVersion: 1,
              recordId: record.id,
              recordType: 'lead',
              sellerId,
              status: 'active',
              current: { stepId, since: dayAgo, dueAt: new Date(dueAt).toISOString() },
              outcomes: {},
              revision: 1,
              createdAt: dayAgo,
              updatedAt: dayAgo,
            };
            records.push({
              id: record.id,
              type: 'lead',
              name: record.name,
              owner_id: sellerId,
              name_key: record.name.toLowerCase(),
              email_key: record.email!,
              data: JSON.stringify(record),
              updated_at: dayAgo,
            });
            enrollments.push({
              id,
              sequence_id: enrollment.sequenceId,
              sequence_version: 1,
              record_id: record.id,
              seller_id: sellerId,
              status: 'active',
              due_at: dueAt,
              revision: 1,
              history_length: entries.length,
              data: JSON.stringify(enrollment),
              created_at: dayAgo,
              updated_at: dayAgo,
            });
            for (const [position, entry] of entries.entries()) {
              history.push({
                enrollment_id: id,
                position,
                at: entry.at,
                action: entry.action,
                by_user: entry.by,
                data: JSON.stringify(entry),
              });
            }
            // Due steps were pushed already (their timers ran); waits keep their timer.
            if (!mine && !pressed) {
              jobs.push({
                id: timerJobId(id),
                type: TIMER_JOB,
                run_at: dueAt,
                payload: JSON.stringify({ enrollmentId: id, kind: 'waitEnds', stepId, revision: 1 }),
                attempts: 0,
                claim: null,
                lease_until: null,
              });
            }
          }
          await tx.insertInto('records').values(records).execute();
          await tx.insertInto('enrollments').values(enrollments).execute();
          await tx.insertInto('enrollment_history').values(history).execute();
          if (jobs.length > 0) await tx.insertInto('jobs').values(jobs).execute();
        }
      });
    }
    await sql`ANALYZE`.execute(db);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  } finally {
    await stores.close();
  }
}
