// Jobs in the database: a row per job, found by the `(run_at, position)` index, claimed under a
// lease so that several workers (and several instances on PostgreSQL, with SKIP LOCKED) share the
// due work and a worker that dies mid-job leaves it to be taken over when its lease ends.

import { randomUUID } from 'node:crypto';
import type { ClaimedJob, ClaimOptions, Job, JobStore } from '../app/ports.js';
import type { Engine } from './migrations.js';
import { inTransaction, type Executor } from './repositories.js';
import type { Selectable } from 'kysely';
import type { JobTable } from './schema.js';

type JobRow = Selectable<JobTable>;

const toJob = (row: JobRow): Job => ({
  id: row.id,
  type: row.type,
  runAt: new Date(Number(row.run_at)).toISOString(),
  payload: JSON.parse(row.payload) as Record<string, unknown>,
  attempts: row.attempts,
});

/**
 * The earliest run time of the jobs put since it was last taken, shared by a store and its
 * transactions: after a turn, the runner drains only when the turn put a job that is due.
 */
export class PutJobs {
  private earliest = Number.POSITIVE_INFINITY;

  note(runAt: number): void {
    if (runAt < this.earliest) this.earliest = runAt;
  }

  take(): number | undefined {
    const at = this.earliest;
    this.earliest = Number.POSITIVE_INFINITY;
    return Number.isFinite(at) ? at : undefined;
  }
}

export class SqlJobStore implements JobStore {
  constructor(
    private readonly db: Executor,
    private readonly engine: Engine,
    private readonly puts: PutJobs = new PutJobs(),
  ) {}

  /**
   * Adds the job, or replaces the one with its id: the replacement is a new row (it runs after the
   * jobs already due at its time, and a worker still holding the old one cannot complete it away).
   */
  async put(job: Job): Promise<void> {
    const at = Date.parse(job.runAt);
    if (Number.isNaN(at)) throw new RangeError(`Job ${job.id}: runAt "${job.runAt}" is not a time`);
    const row = {
      id: job.id,
      type: job.type,
      run_at: at,
      payload: JSON.stringify(job.payload),
      attempts: job.attempts,
      claim: null,
      lease_until: null,
    };
    await inTransaction(this.db, async (tx) => {
      await tx.deleteFrom('jobs').where('id', '=', job.id).execute();
      await tx.insertInto('jobs').values(row).execute();
    });
    this.puts.note(at);
  }

  takePutRunAt(): number | undefined {
    return this.puts.take();
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('jobs').where('id', '=', id).execute();
  }

  async get(id: string): Promise<Job | undefined> {
    const row = await this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toJob(row);
  }

  async claim(options: ClaimOptions): Promise<ClaimedJob[]> {
    if (options.limit <= 0) return [];
    const claim = randomUUID();
    const due = this.db
      .selectFrom('jobs')
      .select('position')
      .where('run_at', '<=', options.now.getTime())
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', options.wallNow)]))
      .orderBy('run_at')
      .orderBy('position')
      .limit(options.limit)
      // Another instance's claim in flight is skipped, not waited for.
      .$if(this.engine === 'postgres', (qb) => qb.forUpdate().skipLocked());
    const rows = await this.db
      .updateTable('jobs')
      .set({ claim, lease_until: options.leaseUntil })
      .where('position', 'in', due)
      .returningAll()
      .execute();
    return rows
      .sort((a, b) => Number(a.run_at) - Number(b.run_at) || Number(a.position) - Number(b.position))
      .map((row) => ({ ...toJob(row), claim }));
  }

  async extend(job: ClaimedJob, leaseUntil: number): Promise<boolean> {
    const result = await this.db
      .updateTable('jobs')
      .set({ lease_until: leaseUntil })
      .where('id', '=', job.id)
      .where('claim', '=', job.claim)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async complete(job: ClaimedJob): Promise<void> {
    await this.db.deleteFrom('jobs').where('id', '=', job.id).where('claim', '=', job.claim).execute();
  }

  async release(job: ClaimedJob, runAt: Date, attempts: number): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({ run_at: runAt.getTime(), attempts, claim: null, lease_until: null })
      .where('id', '=', job.id)
      .where('claim', '=', job.claim)
      .execute();
  }

  async nextRunAt(wallNow: number): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.min('run_at').as('next'))
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', wallNow)]))
      .executeTakeFirst();
    const next = row?.next;
    return next === null || next === undefined ? undefined : new Date(Number(next));
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
