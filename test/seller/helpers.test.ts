// The seller module's small pure parts: due-time wording, snooze ends, parsing what sellers type,
// the send-rate limiter (on a fake monotonic clock), and how connector failures are classified.

import { describe, expect, it } from 'vitest';
import { backoffWithJitter, classifySendError } from '../../src/app/seller/proactive.js';
import { canonicalTimeZone, parseClock, parseHours } from '../../src/app/seller/profile.js';
import { SendRateLimiter } from '../../src/app/seller/rate-limiter.js';
import { snoozeEnd } from '../../src/app/seller/snooze.js';
import { parseReturnDate } from '../../src/app/seller/vacation.js';
import { formatDue, formatWhen, type Say } from '../../src/bot/views/seller/format.js';
import { linkedInUrl, mailtoUrl, telUrl } from '../../src/bot/views/seller/labels.js';
import type { WorkingHours } from '../../src/domain/model.js';
import { sayIn } from '../../src/i18n/index.js';

const say: Say = sayIn('en');
const WARSAW: WorkingHours = {
  timeZone: 'Europe/Warsaw',
  days: [1, 2, 3, 4, 5],
  start: '08:00',
  end: '17:00',
};
// Monday 2 March 2026, 10:00 in Warsaw.
const NOW = new Date('2026-03-02T09:00:00Z');

describe("due times in the seller's zone", () => {
  it('reads as today, tomorrow, a date, or overdue by hours or days', () => {
    const zone = 'Europe/Warsaw';
    expect(formatWhen(new Date('2026-03-02T15:30:00Z'), NOW, zone, say)).toBe('today 16:30');
    expect(formatWhen(new Date('2026-03-03T07:00:00Z'), NOW, zone, say)).toBe('tomorrow 08:00');
    expect(formatWhen(new Date('2026-03-01T07:00:00Z'), NOW, zone, say)).toBe('yesterday 08:00');
    expect(formatWhen(new Date('2026-03-09T07:00:00Z'), NOW, zone, say)).toBe('Mon 9 Mar 08:00');
    expect(formatWhen(new Date('2027-01-04T07:00:00Z'), NOW, zone, say)).toBe('Mon 4 Jan 2027 08:00');
    // Due times are relative when near, else carry the zone: they read right next to any clock.
    expect(formatDue(new Date('2026-03-02T08:30:00Z'), NOW, zone, say)).toEqual({
      text: 'now',
      overdue: false,
    });
    expect(formatDue(new Date('2026-03-02T09:40:00Z'), NOW, zone, say).text).toBe('in 40 min');
    expect(formatDue(new Date('2026-03-02T12:10:00Z'), NOW, zone, say).text).toBe('in 3 h');
    expect(formatDue(new Date('2026-03-03T07:00:00Z'), NOW, zone, say)).toEqual({
      text: 'tomorrow 08:00 GMT+1',
      overdue: false,
    });
    expect(formatDue(new Date('2026-03-03T13:00:00Z'), NOW, 'America/New_York', say).text).toBe(
      'tomorrow 08:00 EST',
    );
    expect(formatDue(new Date('2026-03-02T06:00:00Z'), NOW, zone, say)).toEqual({
      text: 'overdue by 3 hours',
      overdue: true,
    });
    expect(formatDue(new Date('2026-03-02T08:00:00Z'), NOW, zone, say).text).toBe('overdue by 1 hour');
    expect(formatDue(new Date('2026-02-28T09:00:00Z'), NOW, zone, say).text).toBe('overdue by 2 days');
    expect(formatDue(new Date('2026-03-01T08:00:00Z'), NOW, zone, say).text).toBe('overdue by 1 day');
  });

  it('keeps "tomorrow" right across a daylight-saving change', () => {
    // Sunday 29 March 2026 Warsaw moves to summer time; Saturday 23:30 to Sunday 23:30 is 23 hours.
    const saturday = new Date('2026-03-28T22:30:00Z');
    expect(formatWhen(new Date('2026-03-29T21:30:00Z'), saturday, 'Europe/Warsaw', say)).toBe(
      'tomorrow 23:30',
    );
  });
});

describe('snooze ends', () => {
  it('later today, tomorrow morning, next week, or a picked date and time', () => {
    expect(snoozeEnd('laterToday', NOW, WARSAW)).toEqual({ until: new Date('2026-03-02T12:00:00Z') });
    // Friday 16:00: three working hours run into Monday.
    expect(snoozeEnd('laterToday', new Date('2026-03-06T15:00:00Z'), WARSAW)).toEqual({
      until: new Date('2026-03-09T09:00:00Z'),
    });
    expect(snoozeEnd('tomorrow', NOW, WARSAW)).toEqual({ until: new Date('2026-03-03T07:00:00Z') });
    expect(snoozeEnd('tomorrow', new Date('2026-03-06T09:00:00Z'), WARSAW)).toEqual({
      until: new Date('2026-03-09T07:00:00Z'),
    });
    expect(snoozeEnd('nextWeek', NOW, WARSAW)).toEqual({ until: new Date('2026-03-09T07:00:00Z') });
    expect(snoozeEnd('custom', NOW, WARSAW, { date: '2026-03-04', time: '14:15' })).toEqual({
      until: new Date('2026-03-04T13:15:00Z'),
    });
    expect(snoozeEnd('custom', NOW, WARSAW, { date: '2026-03-04' })).toEqual({
      until: new Date('2026-03-04T07:00:00Z'),
    });
    expect(snoozeEnd('custom', NOW, WARSAW, {})).toEqual({ problem: 'missingDate' });
    expect(snoozeEnd('custom', NOW, WARSAW, { date: '4 March', time: '14:15' })).toEqual({
      problem: 'badDate',
    });
    expect(snoozeEnd('custom', NOW, WARSAW, { date: '2026-03-04', time: '25:00' })).toEqual({
      problem: 'badDate',
    });
  });
});

describe('what sellers type', () => {
  it('reads working hours and times of day', () => {
    expect(parseHours('9-18')).toEqual({ start: '09:00', end: '18:00' });
    expect(parseHours('9:30-17:30')).toEqual({ start: '09:30', end: '17:30' });
    expect(parseHours('9am-6pm')).toEqual({ start: '09:00', end: '18:00' });
    expect(parseHours('9 am to 5:30 pm')).toEqual({ start: '09:00', end: '17:30' });
    expect(parseHours('08.00–16.00')).toEqual({ start: '08:00', end: '16:00' });
    expect(parseHours('25-30')).toBeUndefined();
    expect(parseHours('whenever')).toBeUndefined();
    expect(parseClock('12am')).toBe('00:00');
    expect(parseClock('12pm')).toBe('12:00');
    expect(parseClock('13pm')).toBeUndefined();
  });

  it('reads time zones in any case and refuses unknown ones', () => {
    expect(canonicalTimeZone('europe/warsaw')).toBe('Europe/Warsaw');
    expect(canonicalTimeZone('America/New_York')).toBe('America/New_York');
    expect(canonicalTimeZone('Mars/Base')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });

  it("reads return dates relative to the seller's today", () => {
    const read = (text: string, monthFirst = false) =>
      parseReturnDate(text, '2026-03-02', 'Europe/Warsaw', monthFirst);
    expect(read('2026-03-16')).toBe('2026-03-16');
    expect(read('16 march')).toBe('2026-03-16');
    expect(read('march 16th')).toBe('2026-03-16');
    expect(read('1 feb')).toBe('2027-02-01');
    expect(read('monday')).toBe('2026-03-09');
    expect(read('next friday')).toBe('2026-03-06');
    expect(read('tomorrow')).toBe('2026-03-03');
    expect(read('next week')).toBe('2026-03-09');
    expect(read('16/03')).toBe('2026-03-16');
    expect(read('03/16', true)).toBe('2026-03-16');
    expect(read('31 february')).toBeUndefined();
    expect(read('someday')).toBeUndefined();
  });

  it('builds mail, call and LinkedIn links that clients accept', () => {
    expect(mailtoUrl('ann@contoso.example', 'Hi & welcome', 'Line 1\nLine 2')).toBe(
      'mailto:ann@contoso.example?subject=Hi%20%26%20welcome&body=Line%201%0D%0ALine%202',
    );
    expect(mailtoUrl('not an address?x', 's', 'b')).toBe('mailto:?subject=s&body=b');
    expect(telUrl('+48 (600) 100-200')).toBe('tel:+48600100200');
    expect(
      linkedInUrl({
        id: 'r',
        type: 'lead',
        name: 'Jane Doe',
        firstName: 'Jane',
        lastName: 'Doe',
        company: 'Fabrikam',
        ownerId: 'u',
        createdAt: '',
        updatedAt: '',
      }).url,
    ).toBe('https://www.linkedin.com/search/results/all/?keywords=Jane%20Doe%20Fabrikam');
    expect(
      linkedInUrl({
        id: 'r',
        type: 'lead',
        name: 'J',
        linkedInUrl: 'javascript:alert(1)',
        ownerId: 'u',
        createdAt: '',
        updatedAt: '',
      }).search,
    ).toBe(true);
  });
});

describe('the send-rate limiter', () => {
  /** A fake monotonic clock: sleeping moves it; each send takes 5 ms. */
  function fakeTime() {
    let now = 0;
    return {
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
      },
      pass: (ms: number) => {
        now += ms;
      },
    };
  }

  async function sendAll(
    limiter: SendRateLimiter,
    time: ReturnType<typeof fakeTime>,
    conversations: string[],
  ): Promise<{ c: string; at: number }[]> {
    const sent: { c: string; at: number }[] = [];
    for (const c of conversations) {
      const release = await limiter.acquire(c);
      sent.push({ c, at: time.now() });
      time.pass(5);
      release();
    }
    return sent;
  }

  const maxIn = (times: number[], window: number): number =>
    Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + window).length));

  it('holds a conversation to 7 a second, 8 in two seconds and 60 in thirty', async () => {
    const time = fakeTime();
    const limiter = new SendRateLimiter({ globalPerSecond: 1000, conversationPerSecond: 7, ...time });
    const sent = await sendAll(
      limiter,
      time,
      Array.from({ length: 70 }, () => 'a'),
    );
    const times = sent.map((s) => s.at);
    expect(maxIn(times, 1_000)).toBeLessThanOrEqual(7);
    expect(maxIn(times, 2_000)).toBeLessThanOrEqual(8);
    expect(maxIn(times, 30_000)).toBeLessThanOrEqual(60);
    // And no slower than it must: the 61st send goes out soon after the 30-second window opens.
    expect(times[60]! - times[0]!).toBeLessThan(31_000);
  });

  it('holds the whole app to the global rate across conversations', async () => {
    const time = fakeTime();
    const limiter = new SendRateLimiter({ globalPerSecond: 5, conversationPerSecond: 7, ...time });
    const sent = await sendAll(
      limiter,
      time,
      Array.from({ length: 30 }, (_, i) => `c${i % 6}`),
    );
    expect(
      maxIn(
        sent.map((s) => s.at),
        1_000,
      ),
    ).toBeLessThanOrEqual(5);
  });

  it('counts sends still in flight, so concurrent callers cannot overrun the limit', async () => {
    const time = fakeTime();
    const limiter = new SendRateLimiter({ globalPerSecond: 2, conversationPerSecond: 7, ...time });
    const first = await limiter.acquire('a');
    const second = await limiter.acquire('b');
    let thirdStarted = false;
    const third = limiter.acquire('c').then((release) => {
      thirdStarted = true;
      return release;
    });
    await Promise.resolve();
    expect(thirdStarted).toBe(false);
    first();
    second();
    (await third)();
    expect(thirdStarted).toBe(true);
    expect(time.now()).toBeGreaterThanOrEqual(1_000);
  });
});

describe('connector failures', () => {
  const restError = (statusCode: number, code: string, retryAfter?: string) => ({
    statusCode,
    code,
    response: {
      status: statusCode,
      headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) },
    },
  });

  it('tells blocked users, retryable failures (with Retry-After) and final refusals apart', () => {
    expect(classifySendError(restError(403, 'MessageWritesBlocked'))).toMatchObject({ kind: 'blocked' });
    expect(classifySendError(restError(403, 'BotNotInConversationRoster'))).toMatchObject({
      kind: 'blocked',
    });
    expect(classifySendError(restError(429, 'Throttled', '7'))).toEqual({
      kind: 'retry',
      status: 429,
      code: 'Throttled',
      retryAfterMs: 7_000,
    });
    for (const status of [408, 412, 502, 503, 504])
      expect(classifySendError(restError(status, 'x')).kind).toBe('retry');
    expect(classifySendError(restError(503, 'ServiceUnavailable', '12'))).toEqual({
      kind: 'retry',
      status: 503,
      code: 'ServiceUnavailable',
      retryAfterMs: 12_000,
    });
    expect(classifySendError(restError(500, 'InternalServerError')).kind).toBe('permanent');
    expect(
      classifySendError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).kind,
    ).toBe('retry');
    expect(classifySendError(restError(400, 'BadSyntax')).kind).toBe('permanent');
    expect(classifySendError(restError(413, 'MessageSizeTooBig')).kind).toBe('permanent');
  });

  it('backs off exponentially with jitter, never below Retry-After, never above the cap', () => {
    expect(backoffWithJitter(1_000, 0, 60_000, undefined, () => 0)).toBe(500);
    expect(backoffWithJitter(1_000, 3, 60_000, undefined, () => 1)).toBe(8_000);
    expect(backoffWithJitter(1_000, 20, 60_000, undefined, () => 1)).toBe(60_000);
    expect(backoffWithJitter(1_000, 0, 60_000, 30_000, () => 0.5)).toBe(30_000);
  });
});
