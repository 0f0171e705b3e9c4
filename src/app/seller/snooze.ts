// When a snooze ends, in the seller's working time: later today (+3 working hours), tomorrow
// morning (the next working day's start), next week (Monday's start), or a date and time they pick.

import { DateTime } from 'luxon';
import { addWorkingDuration, atLocal, localDate, nextWorkingTime } from '../../domain/calendar.js';
import type { WorkingHours } from '../../domain/model.js';

export type SnoozeChoice = 'laterToday' | 'tomorrow' | 'nextWeek' | 'custom';
export const SNOOZE_CHOICES: readonly SnoozeChoice[] = ['laterToday', 'tomorrow', 'nextWeek', 'custom'];

export type SnoozeEnd = { until: Date } | { problem: 'missingDate' | 'badDate' };

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

export function snoozeEnd(
  choice: SnoozeChoice,
  now: Date,
  hours: WorkingHours,
  picked: { date?: string; time?: string } = {},
): SnoozeEnd {
  const zone = hours.timeZone;
  const today = DateTime.fromISO(localDate(now, zone), { zone });
  switch (choice) {
    case 'laterToday':
      return { until: addWorkingDuration(now, { days: 0, hours: 3 }, hours) };
    case 'tomorrow': {
      const tomorrow = today.plus({ days: 1 }).toISODate() ?? '';
      return { until: nextWorkingTime(atLocal(tomorrow, hours.start, zone), hours) };
    }
    case 'nextWeek': {
      const monday = today.plus({ weeks: 1 }).startOf('week').toISODate() ?? '';
      return { until: nextWorkingTime(atLocal(monday, hours.start, zone), hours) };
    }
    case 'custom': {
      const date = picked.date?.trim();
      if (!date) return { problem: 'missingDate' };
      const time = picked.time?.trim() || hours.start;
      const match = HHMM.exec(time);
      if (!match) return { problem: 'badDate' };
      const hhmm = `${match[1]!.padStart(2, '0')}:${match[2]}`;
      try {
        // The seller's own choice is kept as given, even outside working hours.
        return { until: atLocal(date, hhmm, zone) };
      } catch {
        return { problem: 'badDate' };
      }
    }
  }
}
