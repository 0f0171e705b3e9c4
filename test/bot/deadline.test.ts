// A turn past its deadline, over HTTP: the user is told "still working" at once, the work goes
// on, and its end is told once, by a proactive message through the stub connector; the guard job
// that stands for the turn meanwhile is gone at the end. The turn is made late by a delay set for
// tests only (turnDelay); the deadlines are shortened by the same settings an operator would use.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATE_TURN_GUARD_MS, LATE_TURN_JOB, turnDelay } from '../../src/bot/deadline.js';
import { t } from '../../src/i18n/index.js';
import { DANA, execute, message } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { advanceTo, greet, pushedCards, pushedTexts } from '../helpers/seller-world.js';

const STILL_WORKING = t('turn.stillWorking', {}, 'en');
const DONE = t('turn.done', {}, 'en');

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ env: { TURN_DEADLINE_MS: '200', INVOKE_DEADLINE_MS: '200' } });
  await greet(h, DANA);
  // What greeting queued (the catch-up, then the digest it plans) is done before jobs are counted.
  await h.ctx.runner.runDue();
});
afterEach(async () => {
  turnDelay.ms = 0;
  await h.close();
});

/** Waits (in real time, a bounded number of checks) until `condition` holds. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the condition never held');
}

describe('a turn past its deadline', () => {
  it('answers a chat message "still working", then the answer itself reaches the chat, and nothing more', async () => {
    const jobsBefore = await h.stores.jobs.count();
    turnDelay.ms = 700;
    const { status, replies } = await h.post({ ...message(DANA, 'help'), deliveryMode: undefined });
    expect(status).toBe(200);
    expect(replies).toEqual([]);
    // Told at once, by a message of its own; the help card is not there yet, and a guard stands for the turn.
    expect(pushedTexts(h, DANA)).toEqual([STILL_WORKING]);
    expect(pushedCards(h, DANA)).toHaveLength(0);
    expect(await h.stores.jobs.count()).toBe(jobsBefore + 1);

    await until(() => pushedCards(h, DANA).length > 0);
    await until(async () => (await h.stores.jobs.count()) === jobsBefore);
    await h.ctx.runner.runDue();
    expect(pushedCards(h, DANA)).toHaveLength(1);
    // The answer reached the chat itself: no "done" on top of it.
    expect(pushedTexts(h, DANA)).toEqual([STILL_WORKING]);
  });

  it('answers expectReplies with "still working" and tells "done" once when the work ends', async () => {
    const jobsBefore = await h.stores.jobs.count();
    turnDelay.ms = 700;
    const { status, replies } = await h.post(message(DANA, 'help'));
    expect(status).toBe(200);
    expect(replies.map((reply) => reply.text)).toEqual([STILL_WORKING]);
    expect(await h.stores.jobs.count()).toBe(jobsBefore + 1);
    expect(pushedTexts(h, DANA)).toEqual([]);

    await until(() => pushedTexts(h, DANA).length > 0);
    expect(pushedTexts(h, DANA)).toEqual([DONE]);
    // The notice's job is deleted once its send has returned: a moment after the text arrived.
    await until(async () => (await h.stores.jobs.count()) === jobsBefore);
    // A later drain sends nothing more.
    await h.ctx.runner.runDue();
    expect(pushedTexts(h, DANA)).toEqual([DONE]);
  });

  it('answers a card press in time with a "still working" message, and tells "done" once', async () => {
    turnDelay.ms = 700;
    const { status, body } = await h.post(execute(DANA, 'seller.skip', {}));
    expect(status).toBe(200);
    expect(body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: STILL_WORKING,
    });
    await until(() => pushedTexts(h, DANA).length > 0);
    expect(pushedTexts(h, DANA)).toEqual([DONE]);
  });

  it('answers in time as before when the turn is quick: no guard, no notice', async () => {
    const jobsBefore = await h.stores.jobs.count();
    const { replies } = await h.post(message(DANA, 'help'));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toBeUndefined();
    expect(await h.stores.jobs.count()).toBe(jobsBefore);
    expect(pushedTexts(h, DANA)).toEqual([]);
  });

  it('a guard that comes due while its turn still works waits for it: one "done", never "lost"', async () => {
    turnDelay.ms = 1_000;
    const { replies } = await h.post(message(DANA, 'help'));
    expect(replies.map((reply) => reply.text)).toEqual([STILL_WORKING]);
    await advanceTo(h, new Date(h.clock.now().getTime() + LATE_TURN_GUARD_MS + 1_000));
    expect(pushedTexts(h, DANA)).toEqual([]);
    await until(() => pushedTexts(h, DANA).length > 0);
    await h.ctx.runner.runDue();
    expect(pushedTexts(h, DANA)).toEqual([DONE]);
  });

  it('a guard left by a process that stopped mid-turn tells the user once that it was not finished', async () => {
    // A process cannot be stopped mid-turn inside this test: the guard it would leave is written
    // as answerInTime writes it, and then comes due.
    await h.ctx.runner.schedule({
      id: 'turn-late:from-a-stopped-process',
      type: LATE_TURN_JOB,
      runAt: h.clock.now().toISOString(),
      payload: { userId: DANA.id },
    });
    await h.ctx.runner.runDue();
    await h.ctx.runner.runDue();
    expect(pushedTexts(h, DANA)).toEqual([t('turn.lost', {}, 'en')]);
    expect(await h.stores.jobs.get('turn-late:from-a-stopped-process')).toBeUndefined();
  });
});
