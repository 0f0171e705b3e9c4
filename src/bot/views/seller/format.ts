// How times read on seller cards, always in the seller's time zone: "today 10:00", "tomorrow 08:00",
// "Mon 3 Mar 08:00"; due times relative when near ("in 2 h", "overdue by 2 days") or with the zone.

import { DateTime } from 'luxon';
import { isOverdue } from '../../../app/seller/work.js';
import type { Say } from '../../../i18n/index.js';

export type { Say } from '../../../i18n/index.js';

const HOUR_MS = 3_600_000;

/** A moment as a seller reads it: relative day names near today, else weekday, day and month. */
export function formatWhen(at: Date, now: Date, zone: string, say: Say): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale(say.locale);
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const time = english(say) ? local.toFormat('HH:mm') : local.toLocaleString(DateTime.TIME_SIMPLE);
  // Calendar days, not 24-hour blocks, so a daylight-saving change does not shift "tomorrow".
  const days = Math.round(local.startOf('day').diff(today, 'days').days);
  if (days === 0) return say('seller.when.today', { time });
  if (days === 1) return say('seller.when.tomorrow', { time });
  if (days === -1) return say('seller.when.yesterday', { time });
  return say('seller.when.date', { date: dayAndMonth(local, local.year !== today.year, say), time });
}

// English keeps the product's own short forms ("Mon 3 Mar", "14:00"); every other language writes
// dates and times the way its locale does (Intl through luxon: "T2, 3 thg 3", "2:00 pm").
const english = (say: Say): boolean => say.locale === 'en' || say.locale.startsWith('en-');

function dayAndMonth(local: DateTime, withYear: boolean, say: Say): string {
  if (english(say)) return local.toFormat(withYear ? 'ccc d LLL yyyy' : 'ccc d LLL');
  return local.toLocaleString({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  });
}

/**
 * A due time that reads right in any chat, whatever zone the reader's clock shows: relative when it
 * is near ("now", "in 40 min", "in 3 h", "overdue by 2 days"), else the seller's local time with its
 * zone ("tomorrow 08:00 CET").
 */
export function formatDue(
  dueAt: Date,
  now: Date,
  zone: string,
  say: Say,
): { text: string; overdue: boolean } {
  if (!isOverdue(dueAt, now)) {
    const minutes = Math.ceil((dueAt.getTime() - now.getTime()) / 60_000);
    if (minutes <= 0) return { text: say('seller.due.now'), overdue: false };
    if (minutes < 60) return { text: say('seller.due.inMinutes', { count: minutes }), overdue: false };
    if (minutes < 6 * 60)
      return { text: say('seller.due.inHours', { count: Math.floor(minutes / 60) }), overdue: false };
    return { text: withZone(formatWhen(dueAt, now, zone, say), dueAt, zone, say), overdue: false };
  }
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

/** "tomorrow 08:00" + " CET": the zone's short name at that moment (or its offset, "GMT+7"). */
export function withZone(text: string, at: Date, zone: string, say: Say): string {
  return `${text} ${DateTime.fromJSDate(at, { zone }).setLocale(say.locale).toFormat('ZZZZ')}`;
}

/** A local calendar date ("2026-03-02") as "Mon 2 Mar". */
export function formatDate(date: string, zone: string, say: Say): string {
  return dayAndMonth(DateTime.fromISO(date, { zone }).setLocale(say.locale), false, say);
}

/** The weekday of a local calendar date, e.g. "Friday". */
export function formatWeekday(date: string, zone: string, say: Say): string {
  return DateTime.fromISO(date, { zone }).setLocale(say.locale).toFormat('cccc');
}
