// Vacation: "pause my sequences until <date>" holds every step with the time it had left, the
// return morning resumes them without a pile of overdue steps, and "resume my sequences" ends it early.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DANA, message, textsOf } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  advanceTo,
  checkedText,
  connect,
  createRecord,
  greet,
  lastPushed,
  press,
  pushedCards,
  pushedTexts,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';
import { vacationJobId } from '../../src/app/seller/vacation.js';

let h: Harness;
let enrollmentId: string;

/** Dana (Warsaw) does steps 1 to 3 on Monday; the 1-day wait would end Tuesday 10:00. */
beforeEach(async () => {
  h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
  await greet(h, DANA);
  await sequenceFromTemplate(h, 'product-demo');
  const deal = await createRecord(h, DANA, {
    type: 'opportunity',
    name: 'Contoso demo',
    email: 'a@contoso.example',
  });
  enrollmentId = await connect(h, 'seq-product-demo', deal.id);
  let card = lastPushed(h, DANA);
  for (const title of ['Mark sent', 'Mark complete', 'Mark complete'])
    card = (await press(h, DANA, card, title)).card!;
  expect((await h.stores.enrollments.get(enrollmentId))?.current).toMatchObject({
    stepId: 'wait-1-day',
    dueAt: '2026-03-03T09:00:00.000Z',
  });
});
afterEach(async () => {
  await h.close();
});

const say = async (text: string): Promise<string> =>
  textsOf((await h.post(message(DANA, text))).replies).join('\n');

describe('vacation', () => {
  it('pauses until the return morning, sends nothing meanwhile, and resumes with the time that was left', async () => {
    const answer = await say('Please pause my sequences until 2026-03-09');
    expect(answer).toContain('I paused your sequences (1) until Mon 9 Mar 08:00');
    const paused = await h.stores.enrollments.get(enrollmentId);
    expect(paused).toMatchObject({ status: 'paused', pausedUntil: '2026-03-09T07:00:00.000Z' });
    expect((await h.stores.users.get(DANA.id))?.pausedUntil).toBe('2026-03-09T07:00:00.000Z');
    // Asked again: "already paused", with the new return date, not "no running sequences".
    const again = await say('pause my sequences until 2026-03-09');
    expect(again).toContain('Your sequences are already paused; they now wait until Mon 9 Mar 08:00.');
    expect(again).not.toContain('no running sequences');

    // A record connected during the vacation waits too, instead of pinging Dana at the beach.
    const late = await createRecord(h, DANA, { type: 'opportunity', name: 'Late lead demo' });
    const lateId = await connect(h, 'seq-product-demo', late.id);
    expect((await h.stores.enrollments.get(lateId))?.status).toBe('paused');

    const pushed = pushedCards(h, DANA).length;
    await advanceTo(h, '2026-03-09T06:59:00Z');
    expect(pushedCards(h, DANA)).toHaveLength(pushed);

    // Monday 8:00 in Warsaw: back.
    await advanceTo(h, '2026-03-09T07:00:00Z');
    expect(pushedTexts(h, DANA).join('\n')).toContain(
      'Welcome back, Dana Reyes! I resumed your sequences (2)',
    );
    const resumed = await h.stores.enrollments.get(enrollmentId);
    expect(resumed?.status).toBe('active');
    // The wait had a day left when the vacation began: it ends a day after the return, not in the past.
    expect(resumed?.current).toMatchObject({ stepId: 'wait-1-day', dueAt: '2026-03-10T07:00:00.000Z' });
    expect((await h.stores.users.get(DANA.id))?.pausedUntil).toBeUndefined();
    // The step that was due when the late record was connected is due again now, not overdue by a week.
    const lateNow = await h.stores.enrollments.get(lateId);
    expect(lateNow?.current).toMatchObject({ stepId: 'thank-you-email', dueAt: '2026-03-09T07:00:00.000Z' });

    await advanceTo(h, '2026-03-10T07:00:00Z');
    expect(checkedText(lastPushed(h, DANA))).toContain('Ask for a demo time');
  });

  it('"resume my sequences" ends the vacation early', async () => {
    await say('pause my sequences until next monday');
    expect((await h.stores.enrollments.get(enrollmentId))?.status).toBe('paused');
    await advanceTo(h, '2026-03-04T09:00:00Z');
    const answer = await say('resume my sequences');
    expect(answer).toContain('I resumed your sequences (1)');
    const enrollment = await h.stores.enrollments.get(enrollmentId);
    expect(enrollment?.status).toBe('active');
    // Two days away, one day left: due Thursday 10:00.
    expect(enrollment?.current?.dueAt).toBe('2026-03-05T09:00:00.000Z');
    expect(await h.stores.jobs.get(vacationJobId(DANA.id))).toBeUndefined();
    expect(await say('resume my sequences')).toContain('None of your sequences is paused');
  });

  it('leaves alone what a manager paused for another reason', async () => {
    await h.ctx.enrollments.apply(enrollmentId, { type: 'paused', by: 'aad-manager' });
    await say('pause my sequences until 2026-03-04');
    expect(await say('resume my sequences')).toContain('none of your sequences was waiting for you');
    expect((await h.stores.enrollments.get(enrollmentId))?.status).toBe('paused');
  });

  it('says what is wrong with a date and changes nothing', async () => {
    expect(await say('pause my sequences until someday')).toContain('I could not read "someday" as a date');
    expect(await say('pause my sequences until 2026-03-01')).toContain('Pick a date after today');
    expect(await say('pause my sequences')).toContain('Until when?');
    expect((await h.stores.enrollments.get(enrollmentId))?.status).toBe('active');
    expect((await h.stores.users.get(DANA.id))?.pausedUntil).toBeUndefined();
  });

  it('a card pressed while on vacation says the sequence is paused and records nothing', async () => {
    const deal = await createRecord(h, DANA, { type: 'opportunity', name: 'Second demo' });
    const second = await connect(h, 'seq-product-demo', deal.id);
    const card = pushedCards(h, DANA).find((c) => checkedText(c).includes('Second demo'));
    await say('pause my sequences until 16 March');
    const answer = await press(h, DANA, card, 'Mark sent');
    const text = checkedText(answer.card);
    expect(text).toContain('This sequence is paused, so nothing was recorded.');
    expect(text).toContain('This sequence is paused until Mon 16 Mar 08:00.');
    expect((await h.stores.enrollments.get(second))?.outcomes).toEqual({});
  });
});
