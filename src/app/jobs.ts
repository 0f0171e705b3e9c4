// Runs deferred work (engine timers, due-step pushes, digests, effects) from the persistent job
// store: on the real clock by polling, under the test clock step by step up to the target time.
// Rule: services only enqueue; entry points (a turn, the poller, the test clock) drain.

import type { Logger } from './logger.js';
import type { ManualClock } from './clock.js';
import type { Clock, Job, JobStore } from './ports.js';

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
const BATCH = 50;
/** Guards against a handler that keeps scheduling work at the same instant. */
const MAX_JOBS_PER_DRAIN = 10_000;

export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private drainChain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;

  constructor(
    private readonly jobs: JobStore,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  on(type: string, handler: JobHandler): void {
    if (this.handlers.has(type)) throw new Error(`A handler for job type "${type}" is already registered`);
    this.handlers.set(type, handler);
  }

  /** Adds or replaces (same id) a job. */
  async schedule(job: Omit<Job, 'attempts'> & { attempts?: number }): Promise<void> {
    await this.jobs.put({ ...job, attempts: job.attempts ?? 0 });
  }

  async cancel(id: string): Promise<void> {
    await this.jobs.remove(id);
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

  /** Test clock: moves `clock` to `target`, running each job at its own due time on the way. */
  async advanceTo(clock: ManualClock, target: Date): Promise<void> {
    for (let i = 0; i < MAX_JOBS_PER_DRAIN; i++) {
      await this.runDue();
      const next = await this.jobs.nextRunAt();
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

  private async drain(): Promise<void> {
    let ran = 0;
    while (ran < MAX_JOBS_PER_DRAIN) {
      const due = await this.jobs.due(this.clock.now(), BATCH);
      if (due.length === 0) return;
      for (const job of due) {
        await this.runOne(job);
        ran++;
      }
    }
    this.log.error({ ran }, 'job drain stopped: too many jobs at one instant');
  }

  private async runOne(job: Job): Promise<void> {
    const handler = this.handlers.get(job.type);
    // Remove first: a handler may schedule a new job under the same id (a timer replacing itself).
    await this.jobs.remove(job.id);
    if (!handler) {
      this.log.error({ jobId: job.id, jobType: job.type }, 'no handler for job type; dropped');
      return;
    }
    try {
      await handler(job);
    } catch (error) {
      if (error instanceof PermanentJobError) {
        this.log.warn({ jobId: job.id, jobType: job.type, reason: error.message }, 'job failed permanently');
        return;
      }
      const attempts = job.attempts + 1;
      if (attempts >= MAX_ATTEMPTS) {
        this.log.error({ jobId: job.id, jobType: job.type, attempts, err: error }, 'job gave up');
        return;
      }
      const delay = error instanceof RetryLaterError ? error.retryAfterMs : backoffMs(attempts);
      // Keep a newer job scheduled under the same id by the handler before it failed.
      if (await this.jobs.get(job.id)) return;
      await this.jobs.put({
        ...job,
        attempts,
        runAt: new Date(this.clock.now().getTime() + delay).toISOString(),
      });
      this.log.warn(
        { jobId: job.id, jobType: job.type, attempts, delayMs: delay, err: error },
        'job will retry',
      );
    }
  }
}
