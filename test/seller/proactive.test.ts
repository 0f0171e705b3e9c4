// Proactive Up next cards against a stub Teams connector: throttling storms lose nothing, a user
// who blocked the app gets nothing until they write again, a seller who has not installed the app
// gets what is due when they first write, and sends stay within Teams' rate limits.

import { afterEach, describe, expect, it } from 'vitest';
import { DANA, SAM, message, type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  advanceTo,
  checkedText,
  conversationOf,
  createRecord,
  greet,
  pushedCards,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const MONDAY = new Date('2026-03-02T09:00:00Z');

/** Connects `count` new opportunities of `owner`; each one's first step falls due now. */
async function dueSteps(owner: TestUser, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const record = await createRecord(h, owner, {
      type: 'opportunity',
      name: `${prefix} ${i}`,
      company: prefix,
    });
    const result = await h.ctx.enrollments.connect('seq-product-demo', record.id, 'aad-manager');
    if (!result.ok) throw new Error('connect failed');
    ids.push(result.enrollment.id);
  }
  return ids;
}

/** How many pushed cards name each record. */
function cardsPerRecord(user: TestUser, names: string[]): number[] {
  const texts = pushedCards(h, user).map((card) => checkedText(card));
  return names.map((name) => texts.filter((text) => text.split('\n').includes(name)).length);
}

describe('proactive sends', () => {
  it('a 429 storm (and a few 502s) loses nothing: every card arrives exactly once', async () => {
    h = await startHarness({ now: MONDAY });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    h.connector.failNext(
      ...Array.from({ length: 6 }, () => ({ status: 429, retryAfterSeconds: 3, code: 'Throttled' })),
      { status: 502 },
      { status: 504 },
      { status: 412, code: 'PreconditionFailed' },
      ...Array.from({ length: 3 }, () => ({ status: 429, retryAfterSeconds: 3, code: 'Throttled' })),
    );
    await dueSteps(DANA, 5, 'Storm');
    await h.ctx.runner.runDue();
    const names = [1, 2, 3, 4, 5].map((i) => `Storm ${i}`);
    // The storm held some cards back; they wait for their retry instead of blocking the queue.
    expect(cardsPerRecord(DANA, names).filter((n) => n === 1).length).toBeLessThan(5);
    // Retries wait in business time (Retry-After, backoff): move the clock on and let them run.
    await advanceTo(h, new Date(MONDAY.getTime() + 2 * 3_600_000));
    expect(cardsPerRecord(DANA, names)).toEqual([1, 1, 1, 1, 1]);
  });

  it('a 503 with Retry-After is tried again no sooner than it says, and the card arrives once', async () => {
    h = await startHarness({ now: MONDAY });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    h.connector.failNext({ status: 503, retryAfterSeconds: 120, code: 'ServiceUnavailable' });
    await dueSteps(DANA, 1, 'Outage');
    await h.ctx.runner.runDue();
    expect(cardsPerRecord(DANA, ['Outage 1'])).toEqual([0]);
    // Still inside the connector's Retry-After: nothing is tried.
    await advanceTo(h, new Date(MONDAY.getTime() + 110_000));
    expect(cardsPerRecord(DANA, ['Outage 1'])).toEqual([0]);
    await advanceTo(h, new Date(MONDAY.getTime() + 2 * 3_600_000));
    expect(cardsPerRecord(DANA, ['Outage 1'])).toEqual([1]);
  });

  it('a 500 is not retried: the card is dropped, and later ones still go out', async () => {
    h = await startHarness({ now: MONDAY });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    h.connector.failNext({ status: 500, code: 'InternalServerError' });
    await dueSteps(DANA, 1, 'Fault');
    await h.ctx.runner.runDue();
    await advanceTo(h, new Date(MONDAY.getTime() + 2 * 3_600_000));
    expect(cardsPerRecord(DANA, ['Fault 1'])).toEqual([0]);
    await dueSteps(DANA, 1, 'After');
    await h.ctx.runner.runDue();
    expect(cardsPerRecord(DANA, ['After 1'])).toEqual([1]);
  });

  it('a 403 from a user who blocked the app stops sends to them until they write again', async () => {
    h = await startHarness({ now: MONDAY });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    h.connector.failNext({ status: 403, code: 'MessageWritesBlocked' });
    await dueSteps(DANA, 1, 'Blocked');
    await h.ctx.runner.runDue();
    expect(pushedCards(h, DANA)).toHaveLength(0);
    expect((await h.stores.users.get(DANA.id))?.blockedAt).toBe(MONDAY.toISOString());

    // More steps fall due: nothing is even tried (the stub would accept them).
    await dueSteps(DANA, 2, 'Later');
    await h.ctx.runner.runDue();
    expect(pushedCards(h, DANA)).toHaveLength(0);

    // Dana writes again: unblocked, and what is due comes to her in one work list.
    await h.post(message(DANA, 'hello'));
    expect((await h.stores.users.get(DANA.id))?.blockedAt).toBeUndefined();
    const cards = pushedCards(h, DANA);
    expect(cards).toHaveLength(1);
    const text = checkedText(cards[0]);
    expect(text).toContain('These steps were waiting for you');
    expect(text).toContain('Blocked 1');
    expect(text).toContain('Later 2');
  });

  it('a seller without the app installed is skipped, and gets what is due when they first write', async () => {
    h = await startHarness({ now: MONDAY });
    await sequenceFromTemplate(h, 'product-demo');
    await dueSteps(SAM, 2, 'Waiting');
    await h.ctx.runner.runDue();
    expect(pushedCards(h, SAM)).toHaveLength(0);
    await h.post(message(SAM, 'hello'));
    const cards = pushedCards(h, SAM);
    expect(cards).toHaveLength(1);
    expect(checkedText(cards[0])).toContain('Waiting 2');
    // Had his first words been "up next", the list would have been the answer, not a second push.
    await h.post(message(SAM, 'up next'));
    expect(pushedCards(h, SAM)).toHaveLength(1);
  });

  it('never sends faster than the global rate or than 7 a second per conversation', async () => {
    h = await startHarness({ now: MONDAY, env: { SEND_RATE_GLOBAL: '4' } });
    // All three are in their working hours now (Sam, in New York, would wait for his morning).
    const users: TestUser[] = [
      DANA,
      { id: 'aad-lee', name: 'Lee Park', timeZone: 'Europe/London' },
      { id: 'aad-kim', name: 'Kim Berg', timeZone: 'Europe/Stockholm' },
    ];
    for (const user of users) await greet(h, user);
    await sequenceFromTemplate(h, 'product-demo');
    for (const user of users) await dueSteps(user, 4, `Rate ${user.name}`);
    const start = h.connector.received.length;
    await h.ctx.runner.runDue();
    const sends = h.connector.received.slice(start);
    expect(sends).toHaveLength(12);
    const maxInWindow = (times: number[], windowMs: number): number =>
      Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
    expect(
      maxInWindow(
        sends.map((s) => s.at),
        1_000,
      ),
    ).toBeLessThanOrEqual(4);
    for (const user of users) {
      const times = sends.filter((s) => s.conversationId === conversationOf(user)).map((s) => s.at);
      expect(times).toHaveLength(4);
      expect(maxInWindow(times, 1_000)).toBeLessThanOrEqual(4);
    }
  });

  it('per conversation: at most 7 in any second and 8 in any two seconds', async () => {
    h = await startHarness({ now: MONDAY, env: { SEND_RATE_GLOBAL: '30' } });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    await dueSteps(DANA, 11, 'Burst');
    const start = h.connector.received.length;
    await h.ctx.runner.runDue();
    const times = h.connector.received.slice(start).map((s) => s.at);
    expect(times).toHaveLength(11);
    const maxInWindow = (windowMs: number): number =>
      Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
    expect(maxInWindow(1_000)).toBeLessThanOrEqual(7);
    expect(maxInWindow(2_000)).toBeLessThanOrEqual(8);
  }, 30_000);
});
