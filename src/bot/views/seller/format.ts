// How times read on seller cards, always in the seller's time zone: "today 10:00", "tomorrow 08:00",
// "Mon 3 Mar 08:00", "overdue by 2 days".

import { DateTime } from 'luxon';
import { isOverdue } from '../../../app/seller/work.js';
import type { MessageKey, MessageParams } from '../../../i18n/index.js';

/** Catalogue text in the reader's language (Turn.say). */
export type Say = (key: MessageKey, params?: MessageParams) => string;

const HOUR_MS = 3_600_000;

/** A moment as a seller reads it: relative day names near today, else weekday, day and month. */
export function formatWhen(at: Date, now: Date, zone: string, say: Say): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale('en');
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const time = local.toFormat('HH:mm');
  // Calendar days, not 24-hour blocks, so a daylight-saving change does not shift "tomorrow".
  const days = Math.round(local.startOf('day').diff(today, 'days').days);
  if (days === 0) return say('seller.when.today', { time });
  if (days === 1) return say('seller.when.tomorrow', { time });
  if (days === -1) return say('seller.when.yesterday', { time });
  const date = local.toFormat(local.year === today.year ? 'ccc d LLL' : 'ccc d LLL yyyy');
  return say('seller.when.date', { date, time });
}

/** A due time: "overdue by ..." once it is an hour late, else when it is due. */
export function formatDue(
  dueAt: Date,
  now: Date,
  zone: string,
  say: Say,
): { text: string; overdue: boolean } {
  if (!isOverdue(dueAt, now)) return { text: formatWhen(dueAt, now, zone, say), overdue: false };
  const hours = Math.floor((now.getTime() - dueAt.getTime()) / HOUR_MS);
  if (hours < 24) {
    return {
      text: hours === 1 ? say('seller.due.overdueHour') : say('seller.due.overdueHours', { count: hours }),
      overdue: true,
    };
  }
  const days = Math.floor(hours / 24);
  return {
    text: days === 1 ? say('seller.due.overdueDay') : say('seller.due.overdueDays', { count: days }),
    overdue: true,
  };
}

/** A local calendar date ("2026-03-02") as "Mon 2 Mar". */
export function formatDate(date: string, zone: string): string {
  return DateTime.fromISO(date, { zone }).setLocale('en').toFormat('ccc d LLL');
}

/** The weekday of a local calendar date, e.g. "Friday". */
export function formatWeekday(date: string, zone: string): string {
  return DateTime.fromISO(date, { zone }).setLocale('en').toFormat('cccc');
}
