// A seller works the whole "Meeting for product demo requests" sequence from Teams, on both
// branches: the pushed Up next cards, the outcomes, the waits passing on the test clock.

import { afterEach, describe, expect, it } from 'vitest';
import { DANA } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  actionTitled,
  advanceTo,
  checkedText,
  connect,
  createRecord,
  greet,
  lastPushed,
  press,
  pushedCards,
  sequenceFromTemplate,
  titlesOf,
} from '../helpers/seller-world.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** Monday 2 March 2026, 10:00 in Warsaw (UTC+1). */
const MONDAY_10_WARSAW = new Date('2026-03-02T09:00:00Z');

async function demoFor(name: string, firstName: string): Promise<{ enrollmentId: string; recordId: string }> {
  const record = await createRecord(h, DANA, {
    type: 'opportunity',
    name,
    company: name.split(' ')[0],
    firstName,
    email: `${firstName.toLowerCase()}@example.com`,
    phone: '+48 600 100 200',
  });
  const enrollmentId = await connect(h, 'seq-product-demo', record.id);
  return { enrollmentId, recordId: record.id };
}

/** Steps 1 to 3 (thank-you email, LinkedIn research, LinkedIn connect) from the first pushed card. */
async function firstThreeSteps(): Promise<Record<string, unknown>> {
  const first = lastPushed(h, DANA);
  const text = checkedText(first);
  expect(text).toContain('Thank-you email');
  expect(text).toContain('Step 1 of up to 8');
  expect(text).toContain('Due now');
  expect(text).toContain('Thank you for your interest');
  // The body is rendered for this record and seller.
  expect(text).toContain('Best regards,\nDana Reyes');
  const mail = actionTitled(first, 'Open in mail');
  expect(mail.url).toMatch(
    /^mailto:[a-z]+@example\.com\?subject=Thank%20you%20for%20your%20interest&body=Hello/,
  );
  expect(titlesOf(first)).toEqual(
    expect.arrayContaining(['Open in mail', 'Mark sent', 'Snooze', 'Skip', 'Show the sequence']),
  );

  const pushedBefore = pushedCards(h, DANA).length;
  const sent = await press(h, DANA, first, 'Mark sent');
  const sentText = checkedText(sent.card);
  expect(sentText).toContain('✓ Sent: Thank-you email');
  expect(sentText).toContain('Recorded by Dana Reyes, today 10:00.');
  // What comes next is on the same card, with its buttons.
  expect(sentText).toContain('LinkedIn research');
  expect(actionTitled(sent.card, 'Find on LinkedIn').url).toMatch(/^https:\/\/www\.linkedin\.com\/search\//);

  const researched = await press(h, DANA, sent.card, 'Mark complete');
  expect(checkedText(researched.card)).toContain('LinkedIn connection');
  const connected = await press(h, DANA, researched.card, 'Mark complete');
  const waitText = checkedText(connected.card);
  expect(waitText).toContain('Next: Ask for a demo time, due tomorrow 10:00 GMT+1.');
  expect(waitText).toContain('3 of up to 8 steps done');
  // The card the seller pressed already showed each next step: no push repeated them.
  expect(pushedCards(h, DANA)).toHaveLength(pushedBefore);
  return connected.card!;
}

describe('a seller walks "Meeting for product demo requests"', () => {
  it('the yes path: email, LinkedIn, a day later the demo-time email, a reply, the demo', async () => {
    h = await startHarness({ now: MONDAY_10_WARSAW });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    const { enrollmentId } = await demoFor('Contoso demo', 'Ann');

    // The first card arrives by itself in Dana's chat.
    expect(pushedCards(h, DANA)).toHaveLength(1);
    const afterWait = await firstThreeSteps();

    // Show the sequence: done, now, upcoming.
    const flow = await press(h, DANA, afterWait, 'Show the sequence');
    const flowText = checkedText(flow.card);
    expect(flowText).toContain('✓ Thank-you email: Sent · today 10:00 · Dana Reyes');
    expect(flowText).toContain('◷ Wait 1 day · until tomorrow 10:00');
    expect(flowText).toContain('○ Ask for a demo time');
    expect(flowText).toContain('○ Demo the product');

    // The wait ends on Tuesday at 10:00: the next card comes by itself.
    await advanceTo(h, '2026-03-03T09:00:00Z');
    expect(pushedCards(h, DANA)).toHaveLength(2);
    const askCard = lastPushed(h, DANA);
    const askText = checkedText(askCard);
    expect(askText).toContain('Ask for a demo time');
    expect(askText).toContain('Step 4 of up to 8');
    expect(askText).toContain('Finding a time for your demo');
    expect(askText).toContain('After you mark it sent, I wait up to 1 day of working time for a reply.');

    const sent = await press(h, DANA, askCard, 'Mark sent');
    const waiting = checkedText(sent.card);
    expect(waiting).toContain('Did Ann reply to "Ask for a demo time"?');
    expect(waiting).toContain('If I hear nothing by tomorrow 10:00, I will take it as no reply.');
    expect(titlesOf(sent.card)).toEqual(expect.arrayContaining(['Replied', 'No reply']));

    const replied = await press(h, DANA, sent.card, 'Replied');
    const repliedText = checkedText(replied.card);
    expect(repliedText).toContain('✓ Replied: Ask for a demo time');
    expect(repliedText).toContain('Set up the demo meeting');

    const setUp = await press(h, DANA, replied.card, 'Mark complete');
    expect(checkedText(setUp.card)).toContain('Demo the product');
    const demo = await press(h, DANA, setUp.card, 'Mark complete');
    expect(checkedText(demo.card)).toContain('This sequence is complete');

    const enrollment = await h.stores.enrollments.get(enrollmentId);
    expect(enrollment?.status).toBe('completed');
    expect(enrollment?.outcomes).toMatchObject({
      'thank-you-email': 'sent',
      'demo-time-email': 'replied',
      'set-up-demo': 'done',
      'run-demo': 'done',
    });
    // Nothing more was pushed after Tuesday's card: every later step was on the card Dana pressed.
    expect(pushedCards(h, DANA)).toHaveLength(2);
  });

  it('the no path: no reply, a call not answered, two days, a snoozed follow-up call, voicemail, closed as lost', async () => {
    h = await startHarness({ now: MONDAY_10_WARSAW });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    const { enrollmentId, recordId } = await demoFor('Fabrikam demo', 'Ben');
    await firstThreeSteps();

    await advanceTo(h, '2026-03-03T09:00:00Z');
    const sent = await press(h, DANA, lastPushed(h, DANA), 'Mark sent');
    expect(checkedText(sent.card)).toContain('Did Ben reply');

    // No reply within one working day: the condition takes the "no" path and the call is pushed.
    const pushedBefore = pushedCards(h, DANA).length;
    await advanceTo(h, '2026-03-04T09:00:00Z');
    expect(pushedCards(h, DANA)).toHaveLength(pushedBefore + 1);
    const callCard = lastPushed(h, DANA);
    const callText = checkedText(callCard);
    expect(callText).toContain('Call to book the demo');
    expect(callText).toContain('+48 600 100 200');
    expect(actionTitled(callCard, 'Call +48 600 100 200').url).toBe('tel:+48600100200');
    expect(titlesOf(callCard)).toEqual(expect.arrayContaining(['Answered', 'No answer', 'Left voicemail']));

    const noAnswer = await press(h, DANA, callCard, 'No answer');
    const noAnswerText = checkedText(noAnswer.card);
    expect(noAnswerText).toContain('✗ No answer: Call to book the demo');
    // Not the green banner of a step done: the customer did not respond.
    expect(JSON.stringify(noAnswer.card)).toContain('"style":"warning"');
    expect(JSON.stringify(noAnswer.card)).not.toContain('"style":"good"');
    expect(noAnswerText).toContain('Next: Follow-up call, due Fri 6 Mar 10:00 GMT+1.');

    // Two working days later the follow-up call is pushed.
    await advanceTo(h, '2026-03-06T09:00:00Z');
    const followUp = lastPushed(h, DANA);
    expect(checkedText(followUp)).toContain('Follow-up call');

    // Snoozed to tomorrow morning: tomorrow is Saturday, so the next working morning.
    const snoozed = await press(h, DANA, followUp, 'Tomorrow morning');
    const snoozedText = checkedText(snoozed.card);
    expect(snoozedText).toContain('Snoozed "Follow-up call" until Mon 9 Mar 08:00.');
    const countAfterSnooze = pushedCards(h, DANA).length;

    await advanceTo(h, '2026-03-09T07:00:00Z');
    const pushedMonday = pushedCards(h, DANA).slice(countAfterSnooze);
    const again = pushedMonday.find(
      (card) => checkedText(card).includes('Follow-up call') && checkedText(card).includes('Left voicemail'),
    );
    expect(again).toBeDefined();

    const voicemail = await press(h, DANA, again, 'Left voicemail');
    expect(checkedText(voicemail.card)).toContain('This sequence is complete: the opportunity is now lost.');

    // The command step closed the opportunity as lost.
    expect((await h.stores.records.get(recordId))?.stage).toBe('lost');
    const enrollment = await h.stores.enrollments.get(enrollmentId);
    expect(enrollment?.status).toBe('completed');
    expect(enrollment?.outcomes).toMatchObject({
      'demo-time-email': 'sent',
      'demo-call': 'notAnswered',
      'follow-up-call': 'leftVoicemail',
    });
    const branched = enrollment?.history.find(
      (e) => e.action === 'branched' && e.stepId === 'demo-time-reply',
    );
    expect(branched).toMatchObject({ outcome: 'timedOut', detail: 'no', by: 'system' });
    expect(enrollment?.history.some((e) => e.action === 'commandRun' && e.detail === 'stage=lost')).toBe(
      true,
    );
  });
});
