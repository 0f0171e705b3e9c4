// Runs deferred work (engine timers, due-step pushes, digests, effects, bulk changes) from the
// job table: on the real clock by polling, under the test clock step by step up to the target.
// Rule: services only enqueue (in the transaction of the change that causes the work); entry
// points (a turn, the poller, the test clock) drain.
//
// At least once: a job is claimed under a lease and stays stored until its handler has finished;
// a worker that dies leaves it to another when the lease runs out. Handlers are idempotent (a
// timer carries the revision it was set at, a digest the local date it is for), so running a job
// again never has its effect twice.

import { SystemClock } from './clock.js';
import type { Logger } from './logger.js';
import type { ManualClock } from './clock.js';
import type { ClaimedJob, Clock, Job, JobStore } from './ports.js';

export type JobHandler = (job: Job) => Promise<void>;

/** A failure the handler knows is final (e.g. the user blocked the app): log it, do not retry. */
export class PermanentJobError extends Error {}

/** A failure that names when to try again (e.g. Retry-After from Teams). */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

const MAX_ATTEMPTS = 12;
/** Guards against a handler that keeps scheduling work at the same instant. */
const MAX_JOBS_PER_DRAIN = 10_000;

export interface JobRunnerOptions {
  /** Jobs run at once by this process: one slow send does not hold up the others. */
  concurrency?: number;
  /** How long a claim lasts without renewal; a running job's lease is renewed every third of it. */
  leaseMs?: number;
  /** Wall clock for leases (they are about processes being alive, not business time). */
  wall?: Clock;
}

export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private drainChain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly wall: Clock;
  /** Jobs this process is running now, for lease renewal. */
  private readonly running = new Set<ClaimedJob>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly jobs: JobStore,
    private readonly clock: Clock,
    private readonly log: Logger,
    options: JobRunnerOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.leaseMs = options.leaseMs ?? 60_000;
    this.wall = options.wall ?? new SystemClock();
  }

  on(type: string, handler: JobHandler): void {
    if (this.handlers.has(type)) throw new Error(`A handler for job type "${type}" is already registered`);
    this.handlers.set(type, handler);
  }

  /** Adds or replaces (same id) a job; through `via` (a transaction's job store) it commits with that transaction. */
  async schedule(
    job: Omit<Job, 'attempts'> & { attempts?: number },
    via: JobStore = this.jobs,
  ): Promise<void> {
    await via.put({ ...job, attempts: job.attempts ?? 0 });
  }

  async cancel(id: string, via: JobStore = this.jobs): Promise<void> {
    await via.remove(id);
  }

  /**
   * Runs every job due at the clock's current time, earliest first, including jobs those jobs
   * schedule for now. Calls are serialised: a second caller waits and then drains again, so it
   * sees its own work done.
   */
  runDue(): Promise<void> {
    const run = this.drainChain.then(() => this.drain());
    this.drainChain = run.catch(() => undefined);
    return run;
  }

  /**
   * Drains when a job put since the last call is due now (a turn's e-mail, a record update, a push):
   * a turn that put none costs no query. Jobs put for later are the poller's.
   */
  runPutDue(): Promise<void> {
    const at = this.jobs.takePutRunAt();
    return at !== undefined && at <= this.clock.now().getTime() ? this.runDue() : Promise.resolve();
  }

  /** Test clock: moves `clock` to `target`, running each job at its own due time on the way. */
  async advanceTo(clock: ManualClock, target: Date): Promise<void> {
    for (let i = 0; i < MAX_JOBS_PER_DRAIN; i++) {
      await this.runDue();
      const next = await this.jobs.nextRunAt(this.wall.now().getTime());
      if (!next || next.getTime() > target.getTime()) break;
      clock.set(next);
    }
    clock.set(target);
    await this.runDue();
  }

  /** Polls for due work on the real clock until `stop()`. */
  start(pollIntervalMs: number): void {
    this.stopped = false;
    const tick = (): void => {
      if (this.stopped) return;
      this.runDue()
        .catch((error: unknown) => this.log.error({ err: error }, 'job drain failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, pollIntervalMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.drainChain;
  }

  /** Claims due jobs while there is room, runs up to `concurrency` at once, until none is left. */
  private async drain(): Promise<void> {
    const active = new Set<Promise<void>>();
    let ran = 0;
    try {
      for (;;) {
        const room = this.concurrency - active.size;
        const claimed =
          room > 0 && ran < MAX_JOBS_PER_DRAIN
            ? await this.jobs.claim({
                now: this.clock.now(),
                limit: Math.min(room, MAX_JOBS_PER_DRAIN - ran),
                wallNow: this.wall.now().getTime(),
                leaseUntil: this.wall.now().getTime() + this.leaseMs,
              })
            : [];
        for (const job of claimed) {
          ran++;
          const run = this.runOne(job).finally(() => active.delete(run));
          active.add(run);
        }
        if (claimed.length > 0) continue;
        if (active.size === 0) break;
        // Something finished: there may be room again, or new work it scheduled for now.
        await Promise.race(active);
      }
    } finally {
      await Promise.allSettled(active);
    }
    if (ran >= MAX_JOBS_PER_DRAIN) this.log.error({ ran }, 'job drain stopped: too many jobs at one instant');
  }

  /**
   * Never rejects: a run whose outcome cannot be recorded (the database went away between the
   * handler and the write) is logged, and the job, still stored under its lease, runs again when
   * the lease runs out. A rejection here would reach no handler while the drain awaits a claim.
   */
  private async runOne(job: ClaimedJob): Promise<void> {
    this.hold(job);
    try {
      await this.settle(job);
    } catch (error) {
      this.log.error(
        { jobId: job.id, jobType: job.type, err: error },
        'job outcome not recorded; it runs again when its lease runs out',
      );
    } finally {
      this.letGo(job);
    }
  }

  private async settle(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.type);
    if (!handler) {
      this.log.error({ jobId: job.id, jobType: job.type }, 'no handler for job type; dropped');
      await this.jobs.complete(job);
      return;
    }
    try {
      await handler(job);
    } catch (error) {
      await this.failed(job, error);
      return;
    }
    // Kept until here: a process killed mid-handler leaves the job to run again.
    await this.jobs.complete(job);
  }

  private async failed(job: ClaimedJob, error: unknown): Promise<void> {
    if (error instanceof PermanentJobError) {
      this.log.warn({ jobId: job.id, jobType: job.type, reason: error.message }, 'job failed permanently');
      await this.jobs.complete(job);
      return;
    }
    const attempts = job.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) {
      this.log.error({ jobId: job.id, jobType: job.type, attempts, err: error }, 'job gave up');
      await this.jobs.complete(job);
      return;
    }
    const delay = error instanceof RetryLaterError ? error.retryAfterMs : backoffMs(attempts);
    // A newer job put under the same id by the handler before it failed stays as it is.
    await this.jobs.release(job, new Date(this.clock.now().getTime() + delay), attempts);
    this.log.warn(
      { jobId: job.id, jobType: job.type, attempts, delayMs: delay, err: error },
      'job will retry',
    );
  }

  /** Renews the leases of running jobs, so a long send is not taken over while it is alive. */
  private hold(job: ClaimedJob): void {
    this.running.add(job);
    if (this.heartbeat) return;
    this.heartbeat = setInterval(
      () => {
        const until = this.wall.now().getTime() + this.leaseMs;
        for (const held of this.running) {
          this.jobs.extend(held, until).catch((error: unknown) => {
            this.log.warn({ jobId: held.id, err: error }, 'job lease not renewed');
          });
        }
      },
      Math.max(10, Math.floor(this.leaseMs / 3)),
    );
    this.heartbeat.unref();
  }

  private letGo(job: ClaimedJob): void {
    this.running.delete(job);
    if (this.running.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
  }
}
