// Working-hours time arithmetic: when a seller works, when the next working moment is, and how waits
// and time limits count only working time. All local reasoning happens in the seller's time zone.

import { DateTime, IANAZone } from 'luxon';
import type { Duration, WorkingHours } from './model.js';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MS = 3_600_000;

interface ClockTime {
  hour: number;
  minute: number;
}

/** Working hours after validation, ready for arithmetic. */
interface Hours {
  zone: string;
  days: ReadonlySet<number>;
  start: ClockTime;
  end: ClockTime;
}

/** Zones already found valid: asking luxon builds an Intl formatter each time, and every user read asks. */
const validZones = new Set<string>();

export function isValidTimeZone(tz: string): boolean {
  if (validZones.has(tz)) return true;
  const valid = tz.length > 0 && IANAZone.isValidZone(tz);
  // Only valid names are kept, so text from outside cannot grow the set beyond the IANA list.
  if (valid) validZones.add(tz);
  return valid;
}

function checkZone(tz: string): string {
  if (!isValidTimeZone(tz))
    throw new Error(`Invalid time zone "${tz}": expected an IANA name such as "Europe/Warsaw".`);
  return tz;
}

function parseClockTime(hhmm: string): ClockTime {
  const match = HHMM.exec(hhmm);
  if (!match) throw new Error(`Invalid time "${hhmm}": expected "HH:mm" between 00:00 and 23:59.`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function checkInstant(at: Date): Date {
  if (Number.isNaN(at.getTime())) throw new Error('Invalid date: the instant is not a valid Date.');
  return at;
}

function parseHours(hours: WorkingHours): Hours {
  const zone = checkZone(hours.timeZone);
  const start = parseClockTime(hours.start);
  const end = parseClockTime(hours.end);
  if (start.hour * 60 + start.minute >= end.hour * 60 + end.minute) {
    throw new Error(`Invalid working hours ${hours.start}-${hours.end}: the start must come before the end.`);
  }
  if (hours.days.length === 0 || hours.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw new Error(
      `Invalid working days [${hours.days.join(', ')}]: expected ISO weekdays 1 (Monday) to 7.`,
    );
  }
  return { zone, days: new Set(hours.days), start, end };
}

function local(at: Date, zone: string): DateTime {
  return DateTime.fromJSDate(checkInstant(at), { zone });
}

/** `day` at a wall-clock time; luxon moves a time that a DST gap skips forward by the gap. */
function onDay(day: DateTime, time: ClockTime): DateTime {
  return day.set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 });
}

export function isWorkingTime(at: Date, hours: WorkingHours): boolean {
  const h = parseHours(hours);
  const t = local(at, h.zone);
  if (!h.days.has(t.weekday)) return false;
  return t >= onDay(t, h.start) && t < onDay(t, h.end);
}

export function nextWorkingTime(at: Date, hours: WorkingHours): Date {
  const h = parseHours(hours);
  const t = local(at, h.zone);
  let day = t.startOf('day');
  // Today plus a full week always contains a working day, since `days` is not empty.
  for (let i = 0; i < 8; i++, day = day.plus({ days: 1 })) {
    if (!h.days.has(day.weekday)) continue;
    const start = onDay(day, h.start);
    if (t < start) return start.toJSDate();
    if (t < onDay(day, h.end)) return new Date(at.getTime());
  }
  throw new Error('No working time found within a week; the working hours are inconsistent.');
}

export function addWorkingDuration(at: Date, d: Duration, hours: WorkingHours): Date {
  if (!Number.isInteger(d.days) || d.days < 0 || !Number.isFinite(d.hours) || d.hours < 0) {
    throw new Error(`Invalid duration ${d.days} days ${d.hours} hours: expected whole days and hours >= 0.`);
  }
  const h = parseHours(hours);
  let t = local(nextWorkingTime(at, hours), h.zone);

  if (d.days > 0) {
    // Step calendar dates, not 24-hour blocks, so a daylight-saving change never moves the wall-clock time.
    const { hour, minute, second, millisecond } = t;
    let day = t.startOf('day');
    for (let left = d.days; left > 0;) {
      day = day.plus({ days: 1 });
      if (h.days.has(day.weekday)) left--;
    }
    t = day.set({ hour, minute, second, millisecond });
  }

  let remaining = d.hours * HOUR_MS;
  let cursor = nextWorkingTime(t.toJSDate(), hours);
  // Each round uses up the rest of one working period, so this ends after about hours / period-length rounds.
  for (;;) {
    const periodEnd = onDay(local(cursor, h.zone), h.end).toMillis();
    const available = periodEnd - cursor.getTime();
    if (remaining < available) return new Date(cursor.getTime() + remaining);
    remaining -= available;
    cursor = nextWorkingTime(new Date(periodEnd), hours);
  }
}

export function localDate(at: Date, timeZone: string): string {
  return local(at, checkZone(timeZone)).toFormat('yyyy-MM-dd');
}

export function localTime(at: Date, timeZone: string): string {
  return local(at, checkZone(timeZone)).toFormat('HH:mm');
}

export function nextLocalTime(after: Date, hhmm: string, hours: WorkingHours): Date {
  const h = parseHours(hours);
  const time = parseClockTime(hhmm);
  const t = local(after, h.zone);
  let day = t.startOf('day');
  // Today may already be past `hhmm`, so look one day further than a week.
  for (let i = 0; i < 9; i++, day = day.plus({ days: 1 })) {
    if (!h.days.has(day.weekday)) continue;
    const candidate = onDay(day, time);
    if (candidate > t) return candidate.toJSDate();
  }
  throw new Error('No working day found within a week; the working hours are inconsistent.');
}

export function atLocal(date: string, hhmm: string, timeZone: string): Date {
  const zone = checkZone(timeZone);
  const time = parseClockTime(hhmm);
  const day = ISO_DATE.test(date) ? DateTime.fromISO(date, { zone }) : undefined;
  if (!day?.isValid) throw new Error(`Invalid date "${date}": expected "yyyy-MM-dd".`);
  return onDay(day, time).toJSDate();
}
