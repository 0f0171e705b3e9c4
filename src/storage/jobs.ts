// Persistent jobs on Keyv, ordered by time, for one instance of the product.
// A multi-instance deployment uses a Redis/BullMQ implementation of the same `JobStore` port: the
// schedule here is one key guarded by an in-process lock, which two processes would overwrite.

import type { Keyv } from 'keyv';
import type { Job, JobStore } from '../app/ports.js';
import { InProcessLocks } from './locks.js';

/** One job's place in the schedule: `at` is `runAt` in epoch milliseconds, so ordering ignores ISO offsets. */
interface ScheduleEntry {
  id: string;
  at: number;
}

const SCHEDULE = 'schedule';
const jobKey = (id: string): string => `job:${id}`;

/** Where an entry at `at` goes so that the schedule stays sorted and equal times keep insertion order. */
function insertionPoint(schedule: ScheduleEntry[], at: number): number {
  let low = 0;
  let high = schedule.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((schedule[middle]?.at ?? Infinity) <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Namespace `jobs`: `job:<id>` → Job; `schedule` → [{ id, at }] sorted by `at`, earliest first.
 *
 * Writes touch the schedule before the job, so an interrupted `put` can leave an entry whose job is
 * missing, never a stored job that would not run; `due` drops such entries when it meets them.
 */
export class KeyvJobStore implements JobStore {
  private readonly locks = new InProcessLocks();

  constructor(private readonly keyv: Keyv) {}

  async put(job: Job): Promise<void> {
    const at = Date.parse(job.runAt);
    if (Number.isNaN(at)) throw new RangeError(`Job ${job.id}: runAt "${job.runAt}" is not a time`);
    const value = structuredClone(job);
    await this.locks.withLock(SCHEDULE, async () => {
      const schedule = (await this.readSchedule()).filter((entry) => entry.id !== value.id);
      schedule.splice(insertionPoint(schedule, at), 0, { id: value.id, at });
      await this.keyv.set(SCHEDULE, schedule);
      await this.keyv.set(jobKey(value.id), value);
    });
  }

  async remove(id: string): Promise<void> {
    await this.locks.withLock(SCHEDULE, async () => {
      const schedule = await this.readSchedule();
      const rest = schedule.filter((entry) => entry.id !== id);
      if (rest.length !== schedule.length) await this.keyv.set(SCHEDULE, rest);
      await this.keyv.delete(jobKey(id));
    });
  }

  async get(id: string): Promise<Job | undefined> {
    return this.keyv.get<Job>(jobKey(id));
  }

  async due(now: Date, limit: number): Promise<Job[]> {
    if (limit <= 0) return [];
    // Under the lock so that a concurrent `put` cannot be mistaken for an entry without its job.
    return this.locks.withLock(SCHEDULE, async () => {
      const schedule = await this.readSchedule();
      const end = insertionPoint(schedule, now.getTime());
      const entries = schedule.slice(0, Math.min(end, limit));
      if (entries.length === 0) return [];
      const jobs = await this.keyv.getMany<Job>(entries.map((entry) => jobKey(entry.id)));
      const missing = new Set(entries.filter((_, i) => jobs[i] === undefined).map((entry) => entry.id));
      if (missing.size > 0) {
        // Left in place, an orphan entry would keep nextRunAt() in the past and spin the scheduler.
        await this.keyv.set(
          SCHEDULE,
          schedule.filter((entry) => !missing.has(entry.id)),
        );
      }
      return jobs.filter((job): job is Job => job !== undefined);
    });
  }

  async nextRunAt(): Promise<Date | undefined> {
    const first = (await this.readSchedule())[0];
    return first === undefined ? undefined : new Date(first.at);
  }

  private async readSchedule(): Promise<ScheduleEntry[]> {
    return (await this.keyv.get<ScheduleEntry[]>(SCHEDULE)) ?? [];
  }
}
