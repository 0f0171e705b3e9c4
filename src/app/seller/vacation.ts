// Vacation: a seller pauses all their running sequences until a date; a job resumes them at the
// start of their working day on that date. The engine's resume keeps each step's remaining delay,
// so nothing falls due in a heap on the first morning back.

import { createRequire } from 'node:module';
import type * as ChronoModule from 'chrono-node';
import { DateTime } from 'luxon';
import { atLocal, nextWorkingTime } from '../../domain/calendar.js';
import type { Enrollment } from '../../domain/model.js';
import type { AppContext } from '../context.js';
import type { Job, User } from '../ports.js';
import type { ProactiveSender } from './proactive.js';

export const RESUME_JOB = 'seller.resume';
export const vacationJobId = (userId: string): string => `vacation:${userId}`;

/** When a seller back on `date` (their local "yyyy-MM-dd") starts work: that day's start, or the next working one. */
export function returnTime(date: string, user: User): Date {
  const hours = user.workingHours;
  return nextWorkingTime(atLocal(date, hours.start, hours.timeZone), hours);
}

/** The furthest ahead a vacation may end. */
export const MAX_PAUSE_DAYS = 366;

async function saveUser(
  ctx: AppContext,
  userId: string,
  change: (user: User) => User,
): Promise<User | undefined> {
  return ctx.stores.locks.withLock(`user:${userId}`, async () => {
    const user = await ctx.stores.users.get(userId);
    if (!user) return undefined;
    const next = { ...change(user), updatedAt: ctx.clock.now().toISOString() };
    await ctx.stores.users.save(next);
    return next;
  });
}

/** Pauses every running sequence of the seller until `until`; returns how many were paused. */
export async function pauseSeller(ctx: AppContext, userId: string, until: Date): Promise<number> {
  const iso = until.toISOString();
  await saveUser(ctx, userId, (user) => ({ ...user, pausedUntil: iso }));
  await ctx.runner.schedule({ id: vacationJobId(userId), type: RESUME_JOB, runAt: iso, payload: { userId } });
  let count = 0;
  for (const enrollment of await ctx.stores.enrollments.listOpenBySeller(userId)) {
    if (enrollment.sellerId !== userId || enrollment.status !== 'active') continue;
    const result = await ctx.enrollments.apply(enrollment.id, { type: 'paused', by: userId, until: iso });
    if (result.ok) count++;
  }
  ctx.log.info({ userId, until: iso, paused: count }, 'seller on vacation');
  return count;
}

/** An enrollment the seller's vacation paused (not one a manager paused for another reason). */
function pausedForVacation(enrollment: Enrollment, userId: string): boolean {
  if (enrollment.status !== 'paused' || enrollment.sellerId !== userId) return false;
  const pause = [...enrollment.history].reverse().find((entry) => entry.action === 'paused');
  return pause?.by === userId;
}

/** Ends the seller's vacation now; returns how many sequences went on. */
export async function resumeSeller(ctx: AppContext, userId: string, by: string): Promise<number> {
  await saveUser(ctx, userId, (user) => {
    const { pausedUntil: _ended, ...rest } = user;
    return rest;
  });
  await ctx.runner.cancel(vacationJobId(userId));
  let count = 0;
  for (const enrollment of await ctx.stores.enrollments.listOpenBySeller(userId)) {
    if (!pausedForVacation(enrollment, userId)) continue;
    const result = await ctx.enrollments.apply(enrollment.id, { type: 'resumed', by });
    if (result.ok) count++;
  }
  ctx.log.info({ userId, resumed: count, by }, 'seller back from vacation');
  return count;
}

/** The return job: resumes the seller's sequences and welcomes them back. */
export async function runResumeJob(ctx: AppContext, sender: ProactiveSender, job: Job): Promise<void> {
  const userId = String(job.payload.userId);
  const user = await ctx.stores.users.get(userId);
  // The seller came back early ("resume my sequences") or moved the date: this job is stale.
  if (!user?.pausedUntil || new Date(user.pausedUntil).getTime() > ctx.clock.now().getTime()) return;
  const count = await resumeSeller(ctx, userId, 'system');
  if (count > 0)
    await sender.enqueue(userId, `resumed:${userId}:${user.pausedUntil}`, { kind: 'resumed', count });
}

/** Parses a return date the way sellers type it, relative to their local today. */
export function parseReturnDate(
  text: string,
  today: string,
  zone: string,
  monthFirst: boolean,
): string | undefined {
  const base = DateTime.fromISO(today, { zone });
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1');
  const valid = (d: DateTime): string | undefined => (d.isValid ? (d.toISODate() ?? undefined) : undefined);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cleaned);
  if (iso) return valid(DateTime.fromObject({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! }, { zone }));
  if (cleaned === 'tomorrow') return valid(base.plus({ days: 1 }));
  if (cleaned === 'next week') return valid(base.plus({ weeks: 1 }).startOf('week'));
  const weekday =
    /^(?:next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)$/.exec(
      cleaned,
    );
  if (weekday) {
    const names = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    const target = names.indexOf(weekday[1]!.slice(0, 3)) + 1;
    const ahead = (target - base.weekday + 7) % 7 || 7;
    return valid(base.plus({ days: ahead }));
  }
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const monthOf = (word: string): number => months.indexOf(word.slice(0, 3)) + 1;
  // A date without a year is the next one to come.
  const upcoming = (month: number, day: number, year?: number): string | undefined => {
    if (month < 1) return undefined;
    let d = DateTime.fromObject({ year: year ?? base.year, month, day }, { zone });
    if (year === undefined && d.isValid && d <= base) d = d.plus({ years: 1 });
    return valid(d);
  };
  // "the 2nd": that day of this month, or of the next when it has passed.
  const dayOnly = /^(?:the )?(\d{1,2})$/.exec(cleaned);
  if (dayOnly && /\d(?:st|nd|rd|th)\b/.test(text.toLowerCase())) {
    const day = +dayOnly[1]!;
    const thisMonth = DateTime.fromObject({ year: base.year, month: base.month, day }, { zone });
    return valid(thisMonth.isValid && thisMonth > base ? thisMonth : base.plus({ months: 1 }).set({ day }));
  }
  const dayMonth = /^(\d{1,2}) ([a-z]+)(?: (\d{4}))?$/.exec(cleaned);
  if (dayMonth) return upcoming(monthOf(dayMonth[2]!), +dayMonth[1]!, dayMonth[3] ? +dayMonth[3] : undefined);
  const monthDay = /^([a-z]+) (\d{1,2})(?: (\d{4}))?$/.exec(cleaned);
  if (monthDay) return upcoming(monthOf(monthDay[1]!), +monthDay[2]!, monthDay[3] ? +monthDay[3] : undefined);
  const numeric = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?$/.exec(cleaned);
  if (numeric) {
    const [a, b] = [+numeric[1]!, +numeric[2]!];
    return monthFirst
      ? upcoming(a, b, numeric[3] ? +numeric[3] : undefined)
      : upcoming(b, a, numeric[3] ? +numeric[3] : undefined);
  }
  // Everything else ("the 3rd of January", "in two weeks", "next Friday please") is read by chrono,
  // which knows far more ways of writing a date; only a date that is the whole text counts.
  const found = wholeDate(cleaned, base.set({ hour: 12 }).toJSDate(), monthFirst);
  return found ? valid(DateTime.fromJSDate(found, { zone })) : undefined;
}

const DATE_WORDS = /^(?:on|the|by|until|till|til)\s+/;

type Chrono = typeof ChronoModule;
let chronoModule: Chrono | undefined;

/**
 * chrono, loaded at its first use rather than at start-up (it is a tenth of the start, and most
 * messages are no date); `preloadDates` loads it a second after the server listens.
 */
function chrono(): Chrono {
  chronoModule ??= createRequire(import.meta.url)('chrono-node') as Chrono;
  return chronoModule;
}

export function preloadDates(): void {
  chrono();
}

function wholeDate(text: string, reference: Date, monthFirst: boolean): Date | undefined {
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(DATE_WORDS, '')
    .replace(/[.!?]+$/, '');
  if (!cleaned) return undefined;
  const parser = monthFirst ? chrono().en.casual : chrono().en.GB;
  const [first] = parser.parse(cleaned, reference, { forwardDate: true });
  if (!first) return undefined;
  const covered = first.index + first.text.length;
  const rest = `${cleaned.slice(0, first.index)} ${cleaned.slice(covered)}`.trim();
  if (rest && !/^(?:the|of|on)$/.test(rest)) return undefined;
  return first.start.date();
}

/** True when the text is a date a seller might give ("Monday", "the 3rd of January", "12/28"). */
export function isDateText(text: string): boolean {
  const cleaned = text.trim().toLowerCase();
  if (!cleaned || /^(?:now|today|tonight)$/.test(cleaned)) return false;
  if (/^(?:the )?\d{1,2}(?:st|nd|rd|th)$/.test(cleaned)) return true;
  const reference = new Date(Date.UTC(2026, 0, 15, 12));
  return (
    wholeDate(cleaned, reference, false) !== undefined || wholeDate(cleaned, reference, true) !== undefined
  );
}
