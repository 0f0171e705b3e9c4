import { describe, expect, it } from 'vitest';
import {
  addWorkingDuration,
  atLocal,
  isValidTimeZone,
  isWorkingTime,
  localDate,
  localTime,
  nextLocalTime,
  nextWorkingTime,
} from '../../src/domain/calendar.js';
import type { WorkingHours } from '../../src/domain/model.js';
import { NEW_YORK_HOURS, UTC_HOURS, WARSAW_HOURS } from './graphs.js';

// 2026-03-02 is a Monday. Europe changes clocks on 2026-03-29 and 2026-10-25, the USA on 2026-03-08 and 2026-11-01.
const at = (iso: string) => new Date(iso);
const everyDay = (hours: WorkingHours): WorkingHours => ({ ...hours, days: [1, 2, 3, 4, 5, 6, 7] });

describe('isWorkingTime', () => {
  it('is true from the start of the day up to, but not including, its end', () => {
    expect(isWorkingTime(at('2026-03-02T08:00:00Z'), UTC_HOURS)).toBe(true);
    expect(isWorkingTime(at('2026-03-02T16:59:59.999Z'), UTC_HOURS)).toBe(true);
    expect(isWorkingTime(at('2026-03-02T17:00:00Z'), UTC_HOURS)).toBe(false);
    expect(isWorkingTime(at('2026-03-02T07:59:00Z'), UTC_HOURS)).toBe(false);
  });

  it('is false on a day off', () => {
    expect(isWorkingTime(at('2026-03-07T10:00:00Z'), UTC_HOURS)).toBe(false);
  });

  it('reads the hours in the seller’s time zone', () => {
    // 07:30Z is 08:30 in Warsaw (CET) but 02:30 in New York (EST).
    expect(isWorkingTime(at('2026-03-02T07:30:00Z'), WARSAW_HOURS)).toBe(true);
    expect(isWorkingTime(at('2026-03-02T07:30:00Z'), NEW_YORK_HOURS)).toBe(false);
    expect(isWorkingTime(at('2026-03-02T16:30:00Z'), WARSAW_HOURS)).toBe(false);
    expect(isWorkingTime(at('2026-03-02T16:30:00Z'), NEW_YORK_HOURS)).toBe(true);
  });
});

describe('nextWorkingTime', () => {
  it('returns the same instant inside working hours', () => {
    expect(nextWorkingTime(at('2026-03-02T10:15:30Z'), UTC_HOURS)).toEqual(at('2026-03-02T10:15:30Z'));
  });

  it('moves an early-morning time to the start of the same day', () => {
    expect(nextWorkingTime(at('2026-03-02T06:00:00Z'), UTC_HOURS)).toEqual(at('2026-03-02T08:00:00Z'));
  });

  it('moves the end of the day (exclusive) to the next morning', () => {
    expect(nextWorkingTime(at('2026-03-02T17:00:00Z'), UTC_HOURS)).toEqual(at('2026-03-03T08:00:00Z'));
  });

  it('skips the weekend', () => {
    expect(nextWorkingTime(at('2026-03-06T18:00:00Z'), UTC_HOURS)).toEqual(at('2026-03-09T08:00:00Z'));
    expect(nextWorkingTime(at('2026-03-07T12:00:00Z'), UTC_HOURS)).toEqual(at('2026-03-09T08:00:00Z'));
  });

  it('follows whatever days the seller works', () => {
    const sundaysOnly = { ...UTC_HOURS, days: [7] };
    expect(nextWorkingTime(at('2026-03-02T10:00:00Z'), sundaysOnly)).toEqual(at('2026-03-08T08:00:00Z'));
  });

  it('lands on the local start of day after the clocks went forward', () => {
    // Saturday before the change → Monday 08:00 CEST, which is 06:00Z.
    expect(nextWorkingTime(at('2026-03-28T12:00:00Z'), WARSAW_HOURS)).toEqual(at('2026-03-30T06:00:00Z'));
  });
});

describe('addWorkingDuration', () => {
  it('with nothing to add is the next working time', () => {
    const none = { days: 0, hours: 0 };
    expect(addWorkingDuration(at('2026-03-02T10:00:00Z'), none, UTC_HOURS)).toEqual(
      at('2026-03-02T10:00:00Z'),
    );
    expect(addWorkingDuration(at('2026-03-02T18:00:00Z'), none, UTC_HOURS)).toEqual(
      at('2026-03-03T08:00:00Z'),
    );
  });

  it('adds working days, keeping the time of day', () => {
    expect(addWorkingDuration(at('2026-03-02T10:00:00Z'), { days: 2, hours: 0 }, UTC_HOURS)).toEqual(
      at('2026-03-04T10:00:00Z'),
    );
  });

  it('skips the weekend when adding days', () => {
    expect(addWorkingDuration(at('2026-03-06T10:00:00Z'), { days: 1, hours: 0 }, UTC_HOURS)).toEqual(
      at('2026-03-09T10:00:00Z'),
    );
    expect(addWorkingDuration(at('2026-03-02T10:00:00Z'), { days: 5, hours: 0 }, UTC_HOURS)).toEqual(
      at('2026-03-09T10:00:00Z'),
    );
  });

  it('starts counting from the next working time when started outside hours', () => {
    // Saturday → Monday 08:00, then one working day → Tuesday 08:00.
    expect(addWorkingDuration(at('2026-03-07T12:00:00Z'), { days: 1, hours: 0 }, UTC_HOURS)).toEqual(
      at('2026-03-10T08:00:00Z'),
    );
  });

  it('adds hours within a day', () => {
    expect(addWorkingDuration(at('2026-03-02T10:00:00Z'), { days: 0, hours: 4 }, UTC_HOURS)).toEqual(
      at('2026-03-02T14:00:00Z'),
    );
  });

  it('carries hours past the end of the day into the next working day', () => {
    // 2 h on Monday until 17:00, the last hour from Tuesday 08:00.
    expect(addWorkingDuration(at('2026-03-02T15:00:00Z'), { days: 0, hours: 3 }, UTC_HOURS)).toEqual(
      at('2026-03-03T09:00:00Z'),
    );
    // Friday afternoon carries over the weekend.
    expect(addWorkingDuration(at('2026-03-06T16:00:00Z'), { days: 0, hours: 2 }, UTC_HOURS)).toEqual(
      at('2026-03-09T09:00:00Z'),
    );
  });

  it('ends at the next period start when the hours use up a day exactly', () => {
    expect(addWorkingDuration(at('2026-03-02T08:00:00Z'), { days: 0, hours: 9 }, UTC_HOURS)).toEqual(
      at('2026-03-03T08:00:00Z'),
    );
  });

  it('handles fractions of an hour', () => {
    expect(addWorkingDuration(at('2026-03-02T16:45:00Z'), { days: 0, hours: 0.5 }, UTC_HOURS)).toEqual(
      at('2026-03-03T08:15:00Z'),
    );
  });

  it('adds days, then hours', () => {
    expect(addWorkingDuration(at('2026-03-02T10:00:00Z'), { days: 1, hours: 4 }, UTC_HOURS)).toEqual(
      at('2026-03-03T14:00:00Z'),
    );
    expect(addWorkingDuration(at('2026-03-02T10:00:00Z'), { days: 1, hours: 8 }, UTC_HOURS)).toEqual(
      at('2026-03-04T09:00:00Z'),
    );
  });

  it('refuses a negative or fractional-day duration', () => {
    expect(() => addWorkingDuration(at('2026-03-02T10:00:00Z'), { days: 0, hours: -1 }, UTC_HOURS)).toThrow(
      /duration/,
    );
    expect(() => addWorkingDuration(at('2026-03-02T10:00:00Z'), { days: 1.5, hours: 0 }, UTC_HOURS)).toThrow(
      /duration/,
    );
  });

  describe('across daylight-saving changes, a day keeps the local wall-clock time', () => {
    it('Europe/Warsaw, spring forward (29 March)', () => {
      // Friday 10:00 CET = 09:00Z → Monday 10:00 CEST = 08:00Z.
      expect(addWorkingDuration(at('2026-03-27T09:00:00Z'), { days: 1, hours: 0 }, WARSAW_HOURS)).toEqual(
        at('2026-03-30T08:00:00Z'),
      );
      // Working every day: Saturday 10:00 CET → Sunday 10:00 CEST, only 23 hours later.
      expect(
        addWorkingDuration(at('2026-03-28T09:00:00Z'), { days: 1, hours: 0 }, everyDay(WARSAW_HOURS)),
      ).toEqual(at('2026-03-29T08:00:00Z'));
    });

    it('Europe/Warsaw, fall back (25 October)', () => {
      // Friday 10:00 CEST = 08:00Z → Monday 10:00 CET = 09:00Z.
      expect(addWorkingDuration(at('2026-10-23T08:00:00Z'), { days: 1, hours: 0 }, WARSAW_HOURS)).toEqual(
        at('2026-10-26T09:00:00Z'),
      );
      expect(
        addWorkingDuration(at('2026-10-24T08:00:00Z'), { days: 1, hours: 0 }, everyDay(WARSAW_HOURS)),
      ).toEqual(at('2026-10-25T09:00:00Z'));
    });

    it('America/New_York, spring forward (8 March)', () => {
      // Friday 09:00 EST = 14:00Z → Monday 09:00 EDT = 13:00Z.
      expect(addWorkingDuration(at('2026-03-06T14:00:00Z'), { days: 1, hours: 0 }, NEW_YORK_HOURS)).toEqual(
        at('2026-03-09T13:00:00Z'),
      );
      expect(
        addWorkingDuration(at('2026-03-07T14:00:00Z'), { days: 1, hours: 0 }, everyDay(NEW_YORK_HOURS)),
      ).toEqual(at('2026-03-08T13:00:00Z'));
    });

    it('America/New_York, fall back (1 November)', () => {
      // Friday 09:00 EDT = 13:00Z → Monday 09:00 EST = 14:00Z.
      expect(addWorkingDuration(at('2026-10-30T13:00:00Z'), { days: 1, hours: 0 }, NEW_YORK_HOURS)).toEqual(
        at('2026-11-02T14:00:00Z'),
      );
    });

    it('carries hours into the first day after the change at its local start', () => {
      // Friday 16:00 CET: 1 h left that day, the second hour from Monday 08:00 CEST = 06:00Z.
      expect(addWorkingDuration(at('2026-03-27T15:00:00Z'), { days: 0, hours: 2 }, WARSAW_HOURS)).toEqual(
        at('2026-03-30T07:00:00Z'),
      );
    });
  });
});

describe('localDate and localTime', () => {
  it('give the date and time on the seller’s clock', () => {
    const lateMonday = at('2026-03-02T23:30:00Z');
    expect(localDate(lateMonday, 'Europe/Warsaw')).toBe('2026-03-03');
    expect(localTime(lateMonday, 'Europe/Warsaw')).toBe('00:30');
    expect(localDate(lateMonday, 'America/New_York')).toBe('2026-03-02');
    expect(localTime(lateMonday, 'America/New_York')).toBe('18:30');
    expect(localTime(lateMonday, 'UTC')).toBe('23:30');
  });
});

describe('atLocal', () => {
  it('is the instant of a local date and time, with the offset of that date', () => {
    expect(atLocal('2026-03-27', '08:00', 'Europe/Warsaw')).toEqual(at('2026-03-27T07:00:00Z'));
    expect(atLocal('2026-03-30', '08:00', 'Europe/Warsaw')).toEqual(at('2026-03-30T06:00:00Z'));
    expect(atLocal('2026-11-02', '08:00', 'America/New_York')).toEqual(at('2026-11-02T13:00:00Z'));
  });

  it('refuses a malformed date or time', () => {
    expect(() => atLocal('2026-3-2', '08:00', 'UTC')).toThrow(/yyyy-MM-dd/);
    expect(() => atLocal('2026-02-30', '08:00', 'UTC')).toThrow(/yyyy-MM-dd/);
    expect(() => atLocal('2026-03-02', '8:00', 'UTC')).toThrow(/HH:mm/);
    expect(() => atLocal('2026-03-02', '24:00', 'UTC')).toThrow(/HH:mm/);
  });
});

describe('nextLocalTime', () => {
  it('is later the same day when the time has not come yet', () => {
    expect(nextLocalTime(at('2026-03-02T07:00:00Z'), '08:00', UTC_HOURS)).toEqual(at('2026-03-02T08:00:00Z'));
  });

  it('is strictly after the given instant', () => {
    expect(nextLocalTime(at('2026-03-02T08:00:00Z'), '08:00', UTC_HOURS)).toEqual(at('2026-03-03T08:00:00Z'));
  });

  it('skips days off', () => {
    expect(nextLocalTime(at('2026-03-06T09:00:00Z'), '08:00', UTC_HOURS)).toEqual(at('2026-03-09T08:00:00Z'));
  });

  it('follows the local clock over a daylight-saving change', () => {
    expect(nextLocalTime(at('2026-03-28T12:00:00Z'), '08:00', WARSAW_HOURS)).toEqual(
      at('2026-03-30T06:00:00Z'),
    );
    // Sunday 8 March is the change day and a day off; Monday 08:00 EDT is 12:00Z.
    expect(nextLocalTime(at('2026-03-08T12:00:00Z'), '08:00', NEW_YORK_HOURS)).toEqual(
      at('2026-03-09T12:00:00Z'),
    );
  });
});

describe('time zones and malformed hours', () => {
  it('tells a valid IANA zone from an invalid one', () => {
    expect(isValidTimeZone('Europe/Warsaw')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('throws a clear error for an invalid zone', () => {
    const mars = { ...UTC_HOURS, timeZone: 'Mars/Olympus_Mons' };
    expect(() => isWorkingTime(at('2026-03-02T10:00:00Z'), mars)).toThrow(
      /Invalid time zone "Mars\/Olympus_Mons"/,
    );
    expect(() => nextWorkingTime(at('2026-03-02T10:00:00Z'), mars)).toThrow(/time zone/);
    expect(() => localDate(at('2026-03-02T10:00:00Z'), 'Nowhere')).toThrow(/time zone/);
    expect(() => atLocal('2026-03-02', '08:00', 'Nowhere')).toThrow(/time zone/);
  });

  it('throws a clear error for malformed working hours', () => {
    const monday = at('2026-03-02T10:00:00Z');
    expect(() => isWorkingTime(monday, { ...UTC_HOURS, start: '8am' })).toThrow(/Invalid time "8am"/);
    expect(() => isWorkingTime(monday, { ...UTC_HOURS, end: '17:60' })).toThrow(/HH:mm/);
    expect(() => isWorkingTime(monday, { ...UTC_HOURS, start: '17:00', end: '08:00' })).toThrow(/start/);
    expect(() => nextWorkingTime(monday, { ...UTC_HOURS, days: [] })).toThrow(/working days/);
    expect(() => nextWorkingTime(monday, { ...UTC_HOURS, days: [0] })).toThrow(/working days/);
    expect(() => nextLocalTime(monday, '8', UTC_HOURS)).toThrow(/HH:mm/);
  });
});
