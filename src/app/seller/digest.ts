// The daily digest: at each seller's digest time (08:00 by default) on their working days, in their
// time zone, once per local day, and only when something is due or overdue. The job is persistent
// with a stable id per seller, so a restart at 8:00 still sends it, and never twice.

import { DateTime } from 'luxon';
import { atLocal, localDate, nextLocalTime } from '../../domain/calendar.js';
import type { Say } from '../../i18n/index.js';
import type { AppContext } from '../context.js';
import type { Job, JobStore, User } from '../ports.js';
import type { ProactiveSender } from './proactive.js';
import { workItems, type WorkItem } from './work.js';

export const DIGEST_JOB = 'seller.digest';
export const digestJobId = (userId: string): string => `digest:${userId}`;

export interface DigestData {
  /** The seller's local date the digest is for. */
  date: string;
  /** Due and overdue steps and waiting conditions, oldest first. */
  items: WorkItem[];
  dueToday: number;
  overdue: number;
  waiting: number;
  /** Steps the seller did on their previous working day. */
  done: number;
  /** Steps the seller did so far today, by their local day (a digest asked for in the afternoon). */
  doneToday: number;
  doneDate: string;
  doneIsYesterday: boolean;
}

/** What the seller recorded themselves; system moves (timeouts, automated emails) are not their work. */
const SELLER_ACTIONS = new Set(['completed', 'skipped', 'branched']);

function previousWorkingDate(date: string, user: User): string {
  const { timeZone, days } = user.workingHours;
  let day = DateTime.fromISO(date, { zone: timeZone });
  for (let i = 0; i < 7; i++) {
    day = day.minus({ days: 1 });
    if (days.includes(day.weekday)) break;
  }
  return day.toISODate() ?? date;
}

export async function digestData(ctx: AppContext, user: User, now: Date, say?: Say): Promise<DigestData> {
  const zone = user.workingHours.timeZone;
  const date = localDate(now, zone);
  const items = await workItems(ctx, user, now, 'all', say);
  const doneDate = previousWorkingDate(date, user);
  const yesterday = DateTime.fromISO(date, { zone }).minus({ days: 1 }).toISODate();
  let done = 0;
  let doneToday = 0;
  // What they did from the start of their previous working day to the end of today, wherever it
  // was: a record moved to somebody else since still counts as their work.
  // Times are stored as toISOString writes them, so they compare as text.
  const from = DateTime.fromISO(doneDate, { zone }).startOf('day').toJSDate().toISOString();
  const to = DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day').toJSDate().toISOString();
  for (const entry of await ctx.stores.enrollments.listActionsBy(user.id, from, to)) {
    if (!SELLER_ACTIONS.has(entry.action)) continue;
    const day = localDate(new Date(entry.at), zone);
    if (day === doneDate) done++;
    if (day === date) doneToday++;
  }
  return {
    date,
    items,
    dueToday: items.filter((item) => !item.waiting && !item.overdue).length,
    overdue: items.filter((item) => item.overdue).length,
    waiting: items.filter((item) => item.waiting).length,
    done,
    doneToday,
    doneDate,
    doneIsYesterday: doneDate === yesterday,
  };
}

export const hasDueWork = (data: DigestData): boolean => data.dueToday + data.overdue > 0;

export const onVacation = (user: User, now: Date): boolean =>
  user.pausedUntil !== undefined && new Date(user.pausedUntil).getTime() > now.getTime();

/**
 * Plans the seller's next digest. Keeps an existing job unless `replace` (their hours, zone or
 * digest time changed). `catchUpToday` (at start-up) sends today's digest now when its time has
 * passed during today's working day and it has not gone out: the server was down at 8:00.
 */
export async function scheduleDigest(
  ctx: AppContext,
  user: User,
  options: { replace?: boolean; catchUpToday?: boolean } = {},
  /** A transaction's job store, to plan it in that transaction. */
  via: JobStore = ctx.stores.jobs,
): Promise<void> {
  const id = digestJobId(user.id);
  if (!options.replace && (await via.get(id))) return;
  const now = ctx.clock.now();
  const hours = user.workingHours;
  let runAt: Date;
  try {
    runAt = nextLocalTime(now, user.digestTime, hours);
    if (options.catchUpToday) {
      const today = localDate(now, hours.timeZone);
      const todayAt = atLocal(today, user.digestTime, hours.timeZone);
      const endOfWork = atLocal(today, hours.end, hours.timeZone);
      const workingDay = hours.days.includes(DateTime.fromISO(today, { zone: hours.timeZone }).weekday);
      if (workingDay && user.lastDigestDate !== today && todayAt <= now && now < endOfWork) runAt = now;
    }
  } catch (error) {
    ctx.log.warn({ userId: user.id, err: error }, 'digest not planned: the working hours are not valid');
    return;
  }
  await ctx.runner.schedule(
    {
      id,
      type: DIGEST_JOB,
      runAt: runAt.toISOString(),
      payload: { userId: user.id },
    },
    via,
  );
}

/**
 * Queues today's digest and notes the date as sent, in one transaction: run again after a crash
 * (or by a second instance), the job finds the date noted and queues nothing, and a crash
 * between the two can leave neither done but never one without the other.
 */
async function queueDigestOnce(
  ctx: AppContext,
  sender: ProactiveSender,
  userId: string,
  date: string,
): Promise<boolean> {
  return ctx.stores.locks.withLock(`user:${userId}`, () =>
    ctx.stores.transaction(async (tx) => {
      const user = await tx.users.get(userId);
      if (!user || user.lastDigestDate === date) return false;
      await sender.enqueue(userId, `digest:${userId}:${date}`, { kind: 'digest', date }, tx.jobs);
      await tx.users.save({ ...user, lastDigestDate: date, updatedAt: ctx.clock.now().toISOString() });
      return true;
    }),
  );
}

/** The digest job: sends today's digest if it is due, then plans the next one. */
export async function runDigestJob(ctx: AppContext, sender: ProactiveSender, job: Job): Promise<void> {
  const userId = String(job.payload.userId);
  const user = await ctx.stores.users.get(userId);
  if (!user) return;
  try {
    const now = ctx.clock.now();
    const zone = user.workingHours.timeZone;
    const today = localDate(now, zone);
    // A job left over from a day the server was down is not sent a day late.
    const forToday = localDate(new Date(job.runAt), zone) === today;
    if (forToday && user.lastDigestDate !== today && !onVacation(user, now)) {
      const data = await digestData(ctx, user, now);
      if (hasDueWork(data)) {
        if (await queueDigestOnce(ctx, sender, user.id, today)) {
          ctx.log.info({ userId, date: today, due: data.dueToday, overdue: data.overdue }, 'digest queued');
        }
      }
    }
  } finally {
    const latest = (await ctx.stores.users.get(userId)) ?? user;
    await scheduleDigest(ctx, latest, { replace: true });
  }
}

/** Sellers whose digest jobs are checked, and planned where missing, in one transaction at start-up. */
const ENSURE_CHUNK = 250;

/**
 * At start-up: every seller has a digest job (a lost one is planned again; a missed one today goes
 * now). A chunk of sellers per transaction, not a commit each; between chunks the process answers
 * requests, so planning thousands of digests does not hold up the first turns.
 */
export async function ensureDigests(ctx: AppContext): Promise<void> {
  // After the server has begun to listen: this reads every user.
  await new Promise((resolve) => setImmediate(resolve));
  const users = await ctx.stores.users.list();
  for (let start = 0; start < users.length; start += ENSURE_CHUNK) {
    await ctx.stores.transaction(async (tx) => {
      for (const user of users.slice(start, start + ENSURE_CHUNK)) {
        await scheduleDigest(ctx, user, { catchUpToday: true }, tx.jobs);
      }
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
}
