// Dates and times read the way the reader's locale writes them; English keeps the product's forms.

import { describe, expect, it } from 'vitest';
import { formatDate, formatDue, formatWeekday, formatWhen } from '../../src/bot/views/seller/format.js';
import { formatLocale, readerLocale, sayIn } from '../../src/i18n/index.js';

const zone = 'Europe/Warsaw';
const now = new Date('2026-03-02T09:00:00Z'); // Monday 10:00 in Warsaw
const friday = new Date('2026-03-06T13:30:00Z'); // Friday 14:30 in Warsaw

describe('dates and times for the reader', () => {
  it('English as before: "Fri 6 Mar 14:30", "today 14:30"', () => {
    const say = sayIn('en-US');
    expect(formatWhen(friday, now, zone, say)).toBe('Fri 6 Mar 14:30');
    expect(formatWhen(new Date('2026-03-02T13:30:00Z'), now, zone, say)).toBe('today 14:30');
    expect(formatDate('2026-03-06', zone, say)).toBe('Fri 6 Mar');
    expect(formatWeekday('2026-03-06', zone, say)).toBe('Friday');
  });

  it('each language writes weekday and month in its own words', () => {
    const vi = sayIn('vi-VN');
    expect(vi.locale).toBe('vi-VN');
    expect(formatWeekday('2026-03-06', zone, vi)).toBe('Thứ Sáu');
    const when = formatWhen(friday, now, zone, vi);
    expect(when).toContain('14:30');
    expect(when).toMatch(/thg 3/);
    expect(formatDate('2026-03-06', zone, vi)).toBe('Thứ 6, 6 thg 3');
    expect(formatWeekday('2026-03-06', zone, sayIn('hi-IN'))).toBe('शुक्रवार');
    expect(formatWeekday('2026-03-06', zone, sayIn('pl-PL'))).toBe('piątek');
    expect(formatWeekday('2026-03-06', zone, sayIn('gl-ES'))).toBe('venres');
    // India writes times on a 12-hour clock.
    expect(formatWhen(friday, now, zone, sayIn('hi-IN'))).toMatch(/2:30 (pm|PM|अपराह्न)/);
  });

  it('a language we do not speak gets English dates, matching its English sentence', () => {
    const fr = sayIn('fr-FR');
    expect(fr.locale).toBe('en');
    expect(formatWhen(friday, now, zone, fr)).toBe('Fri 6 Mar 14:30');
    expect(formatLocale(undefined)).toBe('en');
  });

  it("the due line is in the reader's language", () => {
    const late = new Date('2026-03-05T09:00:00Z');
    expect(formatDue(now, late, zone, sayIn('en')).text).toBe('overdue by 3 days');
    expect(formatDue(now, late, zone, sayIn('vi-VN')).text).not.toBe('overdue by 3 days');
    expect(formatDue(now, late, zone, sayIn('vi-VN')).text).toContain('3');
  });

  it("a user's chosen language wins over the locale Teams reports", () => {
    expect(readerLocale({ locale: 'en-US' })).toBe('en-US');
    expect(readerLocale({ locale: 'en-US', language: 'pl' })).toBe('pl');
    expect(readerLocale({})).toBeUndefined();
  });
});
