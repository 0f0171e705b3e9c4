// What the seller types: the work list and its filters, paging, tolerant phrasing, and "nothing due".

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DANA, SAM, cardsOf, message, textsOf } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { sellerCommands } from '../../src/bot/messages/seller/index.js';
import { closest, normalize } from '../../src/bot/text.js';
import { isMessageKey, t } from '../../src/i18n/index.js';
import {
  advanceTo,
  checkedText,
  connect,
  createRecord,
  greet,
  press,
  sequenceFromTemplate,
  titlesOf,
} from '../helpers/seller-world.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
  await greet(h, DANA);
  await greet(h, SAM);
  await sequenceFromTemplate(h, 'product-demo');
});
afterEach(async () => {
  await h.close();
});

async function ask(text: string): Promise<{ card?: Record<string, unknown>; text: string }> {
  const { replies } = await h.post(message(DANA, text));
  return { card: cardsOf(replies)[0], text: textsOf(replies).join('\n') };
}

/** Dana's opportunity, driven to the demo call (a phone call due now) or left at the thank-you email. */
async function deal(name: string, toCall: boolean): Promise<string> {
  const record = await createRecord(h, DANA, {
    type: 'opportunity',
    name,
    phone: '+48 22 100 20 30',
    email: 'x@example.com',
  });
  const id = await connect(h, 'seq-product-demo', record.id);
  if (!toCall) return id;
  const enrollment = await h.stores.enrollments.get(id);
  // Straight to the call, as if the earlier steps were done and the reply never came.
  await h.stores.enrollments.save({
    ...enrollment!,
    outcomes: { 'thank-you-email': 'sent', 'demo-time-email': 'sent' },
    current: { stepId: 'demo-call', since: h.clock.now().toISOString(), dueAt: h.clock.now().toISOString() },
  });
  return id;
}

describe('the work list', () => {
  it('keeps a record in its place after a press, although its next step is now due', async () => {
    await deal('Bravo demo', false);
    await deal('Charlie demo', false);
    await advanceTo(h, '2026-03-02T09:30:00Z');
    await deal('Alpha demo', false);
    const rank = (text: string): string[] =>
      ['Alpha demo', 'Bravo demo', 'Charlie demo'].sort((a, b) => text.lastIndexOf(a) - text.lastIndexOf(b));
    const { card } = await ask('up next');
    const before = rank(checkedText(card));
    // The first "Mark sent" is the first record's: its next step becomes due now, the latest of all.
    const after = await press(h, DANA, card, 'Mark sent');
    const text = checkedText(after.card);
    expect(text).toContain(`✓ Sent: Thank-you email for ${before[0]}.`);
    expect(rank(text)).toEqual(before);
  });

  it('takes back the last press from the list with Undo for a few minutes, on the list', async () => {
    const id = await deal('Bravo demo', false);
    const { card } = await ask('up next');
    const sent = await press(h, DANA, card, 'Mark sent');
    expect(titlesOf(sent.card)).toContain('Undo');
    expect((await h.stores.enrollments.get(id))!.current?.stepId).toBe('research-customer');
    const undone = await press(h, DANA, sent.card, 'Undo');
    const text = checkedText(undone.card);
    // The answer is the list again, with the step back on it and nothing more to undo.
    expect(text).toContain('↶ Undone. "Thank-you email" is yours to do again.');
    expect(text).toContain('Thank-you email');
    expect(titlesOf(undone.card)).not.toContain('Undo');
    const restored = (await h.stores.enrollments.get(id))!;
    expect(restored.current?.stepId).toBe('thank-you-email');
    expect(restored.history.filter((e) => e.action === 'completed')).toHaveLength(0);

    // After a few minutes the button says so and changes nothing.
    const again = await press(h, DANA, undone.card, 'Mark sent');
    await advanceTo(h, '2026-03-02T09:10:00Z');
    const late = await press(h, DANA, again.card, 'Undo');
    expect(checkedText(late.card)).toContain('can no longer be undone');
    expect((await h.stores.enrollments.get(id))!.current?.stepId).toBe('research-customer');
  });

  it('"up next" lists due and overdue steps oldest first, grouped by record, each with its buttons', async () => {
    await deal('Alpha demo', false);
    await advanceTo(h, '2026-03-02T11:00:00Z');
    await deal('Bravo demo', true);
    // Sam's steps never appear in Dana's list.
    const samDeal = await createRecord(h, SAM, { type: 'opportunity', name: 'Sam only demo' });
    await connect(h, 'seq-product-demo', samDeal.id);

    const { card } = await ask('Could you please show me up next?');
    const text = checkedText(card);
    expect(text).toContain('Up next: 2 to do');
    expect(text.indexOf('Alpha demo')).toBeLessThan(text.indexOf('Bravo demo'));
    expect(text).toContain('overdue by 2 hours');
    expect(text).toContain('Email · Thank-you email');
    expect(text).toContain('Phone call · Call to book the demo');
    expect(text).not.toContain('Sam only demo');
    expect(titlesOf(card)).toEqual(
      expect.arrayContaining([
        'Open in mail',
        'Mark sent',
        'Call +48 22 100 20 30',
        'Answered',
        'No answer',
        'Left voicemail',
        'More',
      ]),
    );

    // Acting from the list records and re-renders the list with what comes next.
    const answered = await press(h, DANA, card, 'Answered');
    const after = checkedText(answered.card);
    expect(after).toContain('✓ Answered: Call to book the demo for Bravo demo.');
    expect(after).toContain('Bravo demo · Next: Set up the demo meeting, due now.');
    expect(after).toContain('Task · Set up the demo meeting');

    // "Open" shows the full Up next card, with the way back to the list.
    const opened = await press(h, DANA, answered.card, 'Open');
    expect(checkedText(opened.card)).toContain('Show the sequence');
    const back = await press(h, DANA, opened.card, 'Back to the list');
    expect(checkedText(back.card)).toContain('Up next: 2 to do');
  });

  it('"overdue", "calls" and "emails" filter the same list', async () => {
    await deal('Alpha demo', false);
    await advanceTo(h, '2026-03-02T12:00:00Z');
    await deal('Bravo demo', true);
    const calls = checkedText((await ask('calls')).card);
    expect(calls).toContain('Calls: 1 to do');
    expect(calls).toContain('Bravo demo');
    expect(calls).not.toContain('Alpha demo');
    const emails = checkedText((await ask('my emails please')).card);
    expect(emails).toContain('Emails: 1 to do');
    expect(emails).toContain('Alpha demo');
    const overdue = checkedText((await ask("What's overdue?")).card);
    expect(overdue).toContain('Overdue: 1');
    expect(overdue).toContain('Alpha demo');
    expect(overdue).not.toContain('Bravo demo');
  });

  it('pages after five records; a press on page 2 answers with the list again', async () => {
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) await deal(`${name} demo`, false);
    const { card } = await ask("what's next");
    const first = checkedText(card);
    expect(first).toContain('Up next: 7 to do');
    expect(first).toContain('Page 1 of 2');
    expect(first).toContain('E demo');
    expect(first).not.toContain('F demo');
    const more = await press(h, DANA, card, 'More (2 of 2)');
    const second = checkedText(more.card);
    expect(second).toContain('Page 2 of 2');
    expect(second).toContain('G demo');
    expect(second).not.toContain('A demo');

    const sent = await press(h, DANA, more.card, 'Mark sent', {}, 0);
    expect(checkedText(sent.card)).toContain('✓ Sent: Thank-you email for F demo.');
  });

  it('shows a reply the seller is waiting for, with Replied / No reply, and its time limit', async () => {
    const id = await deal('Waiting demo', false);
    const enrollment = await h.stores.enrollments.get(id);
    await h.stores.enrollments.save({
      ...enrollment!,
      outcomes: { 'thank-you-email': 'sent', 'demo-time-email': 'sent' },
      current: {
        stepId: 'demo-time-reply',
        since: h.clock.now().toISOString(),
        dueAt: '2026-03-03T09:00:00.000Z',
      },
    });
    const { card } = await ask('up next');
    const text = checkedText(card);
    expect(text).toContain('Did Waiting demo reply to "Ask for a demo time"?');
    expect(text).toContain('If I hear nothing by tomorrow 10:00, I will take it as no reply.');
    const noReply = await press(h, DANA, card, 'No reply');
    const after = checkedText(noReply.card);
    expect(after).toContain('✗ No reply: Ask for a demo time for Waiting demo.');
    expect(after).toContain('Phone call · Call to book the demo');
    expect((await h.stores.enrollments.get(id))?.current?.stepId).toBe('demo-call');
  });

  it('with nothing due says so and when the next step is due', async () => {
    expect((await ask('today')).text).toContain('You have no steps in any sequence right now.');
    const id = await deal('Later demo', false);
    const enrollment = await h.stores.enrollments.get(id);
    await h.stores.enrollments.save({
      ...enrollment!,
      current: { ...enrollment!.current!, dueAt: '2026-03-04T09:00:00.000Z' },
    });
    const { text, card } = await ask('my steps');
    expect(card).toBeUndefined();
    expect(text).toContain('Nothing is due today. Well done!');
    expect(text).toContain('Your next step is "Thank-you email" for Later demo, due Wed 4 Mar 10:00.');
  });

  it('every seller command has catalogue text for help, and close misspellings find it', () => {
    for (const command of sellerCommands) {
      expect(isMessageKey(command.usage), command.name).toBe(true);
      expect(isMessageKey(command.description), command.name).toBe(true);
    }
    const usages = sellerCommands.map((command) => t(command.usage));
    expect(usages).toEqual(
      expect.arrayContaining([
        'up next',
        'overdue',
        'calls',
        'emails',
        'digest',
        'resume my sequences',
        'qualify <lead>',
      ]),
    );
    expect(closest('up nxet', usages)[0]).toBe('up next');
    expect(closest('resume my sequence', usages)[0]).toBe('resume my sequences');
  });

  it('"help" lists the seller commands, and text the bot cannot place gets the closest ones', async () => {
    const help = checkedText((await ask('help')).card);
    for (const usage of [
      'up next',
      'overdue',
      'digest',
      'pause my sequences until <date>',
      'set my working hours 9-18',
    ]) {
      expect(help).toContain(usage);
    }
    // One misspelt word is forgiven; more is not placed, and the closest commands are offered.
    expect((await ask('up nxet')).text).toContain('You have no steps');
    const { text } = await ask('upp nxet');
    expect(text).toContain('did not understand "upp nxet"');
    expect(text).toContain('"up next"');
  });

  it('understands the same command however it is phrased', () => {
    const matches = (text: string): string | undefined =>
      sellerCommands.find((command) => command.match(normalize(text)))?.name;
    expect(matches('Up next')).toBe('seller.upNext');
    expect(matches('Could you please show me the up next?')).toBe('seller.upNext');
    expect(matches("What's next?")).toBe('seller.upNext');
    expect(matches('show me my steps, thanks')).toBe('seller.upNext');
    expect(matches('TODAY!')).toBe('seller.upNext');
    expect(matches('can you list my calls please')).toBe('seller.calls');
    expect(matches('Emails.')).toBe('seller.emails');
    expect(matches('overdue')).toBe('seller.overdue');
    expect(matches('please pause my sequences until 16 March')).toBe('seller.pause');
    expect(matches("I'm on vacation until Monday")).toBe('seller.pause');
    expect(matches('set my working hours to 9-17')).toBe('seller.workingHours');
    // A manager's "pause Jane Doe" or "stop the Demo Q3 sequence" is left to the managers' commands.
    expect(matches('pause Jane Doe')).toBeUndefined();
    expect(matches('pause all sequences for Jane Doe')).toBeUndefined();
    expect(matches('stop the Demo Q3 sequence')).toBeUndefined();
    expect(matches('resume Demo Q3 for Jane Doe')).toBeUndefined();
    expect(matches('Could you resume my sequences?')).toBe('seller.resume');
    expect(matches('Set my working hours 9am-6pm')).toBe('seller.workingHours');
    expect(matches('my timezone is Europe/Warsaw')).toBe('seller.timeZone');
    expect(matches('please qualify Jane Doe')).toBe('seller.qualify');
    expect(matches('close Contoso deal as won')).toBe('seller.close');
    expect(matches('send my digest at 7:30')).toBe('seller.digestTime');
    expect(matches('digest')).toBe('seller.digest');
    expect(matches('make me a sandwich')).toBeUndefined();
  });
});
