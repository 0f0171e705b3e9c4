// Card actions that must never record twice or for the wrong person: a double click, a stale
// card, a forged action, an older client's Action.Submit, broken data, and an owner change.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DANA, SAM, execute, message, textsOf } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  actionTitled,
  checkedText,
  connect,
  conversationOf,
  createRecord,
  greet,
  invokeAnswer,
  lastPushed,
  press,
  pressFallback,
  pushedCards,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';

let h: Harness;
let enrollmentId: string;
let recordId: string;

beforeEach(async () => {
  h = await startHarness({ now: new Date('2026-03-02T09:00:00Z'), env: { CARD_REFRESH: '1' } });
  await greet(h, DANA);
  await greet(h, SAM);
  await sequenceFromTemplate(h, 'product-demo');
  const record = await createRecord(h, DANA, {
    type: 'opportunity',
    name: 'Contoso demo',
    company: 'Contoso',
    email: 'ann@contoso.example',
  });
  recordId = record.id;
  enrollmentId = await connect(h, 'seq-product-demo', record.id);
});
afterEach(async () => {
  await h.close();
});

const completions = async (stepId: string): Promise<number> =>
  ((await h.stores.enrollments.get(enrollmentId))?.history ?? []).filter(
    (e) => e.action === 'completed' && e.stepId === stepId,
  ).length;

describe('seller card actions', () => {
  it('a double click records once; the second press gets the refreshed card saying it was already done', async () => {
    const card = lastPushed(h, DANA);
    const action = actionTitled(card, 'Mark sent');
    const [a, b] = await Promise.all([
      h.post(execute(DANA, action.verb!, action.data!)),
      h.post(execute(DANA, action.verb!, action.data!)),
    ]);
    const texts = [invokeAnswer(a), invokeAnswer(b)].map((answer) => checkedText(answer.card));
    expect(texts.filter((t) => t.includes('✓ Sent: Thank-you email'))).toHaveLength(1);
    const second = texts.find((t) => t.includes('already done'));
    expect(second).toContain(
      'This step was already done: Sent by Dana Reyes, today 10:00. Nothing was recorded twice.',
    );
    // Both cards show the truth now: the next step.
    for (const text of texts) expect(text).toContain('LinkedIn research');
    expect(await completions('thank-you-email')).toBe(1);
  });

  it('a stale card from yesterday refreshes to the truth and changes nothing', async () => {
    const stale = lastPushed(h, DANA);
    await press(h, DANA, stale, 'Mark sent');
    const revision = (await h.stores.enrollments.get(enrollmentId))?.revision;
    // The next day Dana finds the old card and presses Skip on it.
    await h.ctx.runner.advanceTo(h.clock, new Date('2026-03-03T08:00:00Z'));
    const answer = await press(h, DANA, stale, 'Skip');
    const text = checkedText(answer.card);
    expect(text).toContain('This step was already done: Sent by Dana Reyes, yesterday 10:00.');
    expect(text).toContain('LinkedIn research');
    const after = await h.stores.enrollments.get(enrollmentId);
    expect(after?.revision).toBe(revision);
    expect(after?.outcomes['thank-you-email']).toBe('sent');

    // Teams refreshes a pushed card by itself when Dana looks at it (Universal Actions refresh).
    const refresh = (
      stale as { refresh?: { action: { verb: string; data: Record<string, unknown> }; userIds: string[] } }
    ).refresh;
    expect(refresh?.userIds).toEqual([`29:${DANA.id}`]);
    const refreshed = invokeAnswer(await h.post(execute(DANA, refresh!.action.verb, refresh!.action.data)));
    const refreshedText = checkedText(refreshed.card);
    expect(refreshedText).toContain('LinkedIn research');
    expect(refreshedText).not.toContain('Thank-you email');
    expect((await h.stores.enrollments.get(enrollmentId))?.revision).toBe(revision);
  });

  it("refuses a forged action on another seller's step and changes nothing", async () => {
    const before = await h.stores.enrollments.get(enrollmentId);
    const action = actionTitled(lastPushed(h, DANA), 'Mark sent');
    // Sam copies Dana's card data into his own press.
    const answer = invokeAnswer(await h.post(execute(SAM, action.verb!, action.data!)));
    expect(answer.card).toBeUndefined();
    expect(answer.text).toContain('assigned to someone else');
    const after = await h.stores.enrollments.get(enrollmentId);
    expect(after).toEqual(before);
    // Not even the view of the sequence is shown to him.
    const flow = actionTitled(lastPushed(h, DANA), 'Show the sequence');
    const peek = invokeAnswer(await h.post(execute(SAM, flow.verb!, flow.data!)));
    expect(peek.text).toContain('assigned to someone else');
  });

  it('answers broken or unknown card data clearly, without a change or a crash', async () => {
    const before = await h.stores.enrollments.get(enrollmentId);
    const noIds = invokeAnswer(await h.post(execute(DANA, 'seller.complete', { verb: 'seller.complete' })));
    expect(noIds.text).toContain('did not carry what I need');
    const unknown = invokeAnswer(
      await h.post(
        execute(DANA, 'seller.complete', { verb: 'seller.complete', enrollmentId: 'nope', stepId: 'x' }),
      ),
    );
    expect(unknown.text).toContain('cannot find that step');
    const badOutcome = invokeAnswer(
      await h.post(
        execute(DANA, 'seller.complete', {
          verb: 'seller.complete',
          enrollmentId,
          stepId: 'thank-you-email',
          outcome: 'won the lottery',
        }),
      ),
    );
    expect(checkedText(badOutcome.card)).toContain(
      'That answer does not fit this step. Nothing was recorded.',
    );
    const wrongOutcome = invokeAnswer(
      await h.post(
        execute(DANA, 'seller.complete', {
          verb: 'seller.complete',
          enrollmentId,
          stepId: 'thank-you-email',
          outcome: 'answered',
        }),
      ),
    );
    expect(checkedText(wrongOutcome.card)).toContain('That answer does not fit this step.');
    // Data of the wrong type never comes from a card the bot rendered: the door refuses it.
    const weird = await h.post(
      execute(DANA, 'seller.skip', { verb: 'seller.skip', enrollmentId: { $ne: 1 }, stepId: 3 }),
    );
    expect(weird.status).toBe(400);
    expect((weird.body as { error: string }).error).toContain('enrollmentId');
    expect(await h.stores.enrollments.get(enrollmentId)).toEqual(before);
  });

  it('an older client presses the Action.Submit fallback: recorded once, the card updated in place', async () => {
    const card = lastPushed(h, DANA);
    const received = h.connector.received.length;
    const { status } = await pressFallback(h, DANA, card, 'Mark sent', 'activity-card-1');
    expect(status).toBe(200);
    expect(await completions('thank-you-email')).toBe(1);
    // The bot replaced the pressed card (PUT to the card's activity) with the updated one.
    const updates = h.connector.received
      .slice(received)
      .filter((r) => r.conversationId === conversationOf(DANA));
    const updated = updates.flatMap((r) => r.activity.attachments ?? []).map((a) => a.content);
    expect(updated).toHaveLength(1);
    expect(checkedText(updated[0])).toContain('✓ Sent: Thank-you email');
    // Pressed again from the same old card: the truth, no second record.
    const again = await pressFallback(h, DANA, card, 'Mark sent');
    const replyCards = again.replies.flatMap((r) => r.attachments ?? []).map((a) => a.content);
    expect(checkedText(replyCards[0])).toContain('already done');
    expect(await completions('thank-you-email')).toBe(1);
  });

  it("snoozes to a date and time picked in the card, in the seller's time zone, and refuses a past or missing one", async () => {
    const card = lastPushed(h, DANA);
    const inputs = (date: string, time: string) => ({
      [`snoozeDate-${enrollmentId}`]: date,
      [`snoozeTime-${enrollmentId}`]: time,
    });
    const missing = await press(h, DANA, card, 'Snooze until then', inputs('', ''));
    expect(checkedText(missing.card)).toContain('Pick a date for the snooze. Nothing was changed.');
    const past = await press(h, DANA, card, 'Snooze until then', inputs('2026-03-01', '09:00'));
    expect(checkedText(past.card)).toContain('That time has already passed.');
    expect((await h.stores.enrollments.get(enrollmentId))?.current?.snoozed).toBeUndefined();

    const snoozed = await press(h, DANA, card, 'Snooze until then', inputs('2026-03-04', '14:30'));
    expect(checkedText(snoozed.card)).toContain('Snoozed "Thank-you email" until Wed 4 Mar 14:30.');
    // 14:30 in Warsaw is 13:30 UTC.
    expect((await h.stores.enrollments.get(enrollmentId))?.current).toMatchObject({
      dueAt: '2026-03-04T13:30:00.000Z',
      snoozed: true,
    });
    // The snoozed step comes back by itself at that time.
    const before = pushedCards(h, DANA).length;
    await h.ctx.runner.advanceTo(h.clock, new Date('2026-03-04T13:30:00Z'));
    expect(pushedCards(h, DANA).length).toBeGreaterThan(before);
    expect(checkedText(lastPushed(h, DANA))).toContain('Thank-you email');
  });

  it('a record owner change sends later steps to the new owner, and the old owner can no longer act', async () => {
    const danaCard = lastPushed(h, DANA);
    const record = await h.stores.records.get(recordId);
    await h.ctx.enrollments.updateRecord({ ...record!, ownerId: SAM.id }, 'aad-manager');
    await h.ctx.runner.runDue();
    const enrollment = await h.stores.enrollments.get(enrollmentId);
    expect(enrollment?.sellerId).toBe(SAM.id);
    expect(enrollment?.history.at(-1)).toMatchObject({ action: 'ownerChanged', detail: SAM.id });

    // Sam gets the step's card; Dana's old card no longer works for her.
    const samCard = lastPushed(h, SAM);
    expect(checkedText(samCard)).toContain('Thank-you email');
    expect(checkedText(samCard)).toContain('Best regards,\nSam Lee');
    const refused = await press(h, DANA, danaCard, 'Mark sent');
    expect(refused.text).toMatch(/someone else|belongs to Sam Lee/);
    const done = await press(h, SAM, samCard, 'Mark sent');
    expect(checkedText(done.card)).toContain('Recorded by Sam Lee');

    // Dana's work list no longer shows it; Sam's does.
    const danaList = await h.post(message(DANA, 'up next'));
    expect(textsOf(danaList.replies).join(' ')).toContain('You have no steps');
    expect(pushedCards(h, DANA)).toHaveLength(1);
  });

  it('keeps the note written with a skip in the history, and shows it in the sequence, as typed', async () => {
    const card = lastPushed(h, DANA);
    const note = `note-${enrollmentId}`;
    // The note box travels with every button of the card, as Teams sends a card's inputs.
    const skipped = await press(h, DANA, card, 'Skip', {
      [note]: '  Already emailed **her** <b>yesterday</b>  ',
    });
    expect(checkedText(skipped.card)).toContain('↷ Skipped: Thank-you email');
    const entry = (await h.stores.enrollments.get(enrollmentId))!.history.find((e) => e.action === 'skipped');
    expect(entry).toMatchObject({
      stepId: 'thank-you-email',
      note: 'Already emailed **her** <b>yesterday</b>',
    });
    const flow = await press(h, DANA, skipped.card, 'Show the sequence');
    const text = checkedText(flow.card);
    expect(text).toContain('↷ Thank-you email: Skipped');
    expect(text).toContain('“Already emailed **her** <b>yesterday</b>”');
    // The next step was recorded without a note: an empty box adds nothing.
    const next = await press(h, DANA, skipped.card, 'Mark complete', { [note]: '   ' });
    expect(checkedText(next.card)).toContain('Research on LinkedIn');
    const completed = (await h.stores.enrollments.get(enrollmentId))!.history.find(
      (e) => e.action === 'completed',
    );
    expect(completed?.note).toBeUndefined();
  });

  it('keeps a note written with "No reply" in the history, and shows it in the sequence', async () => {
    const sent = (await press(h, DANA, lastPushed(h, DANA), 'Mark sent')).card;
    const researched = (await press(h, DANA, sent, 'Mark complete')).card;
    await press(h, DANA, researched, 'Mark complete');
    // The day's wait passes; the demo-time email falls due and is sent; the card waits for a reply.
    await h.ctx.runner.advanceTo(h.clock, new Date('2026-03-04T09:00:00Z'));
    const due = (await h.stores.enrollments.get(enrollmentId))!;
    expect(due.current?.stepId).toBe('demo-time-email');
    // The morning's digest came first: open the step from it, on its own card.
    const upNext = (await press(h, DANA, lastPushed(h, DANA), 'Open')).card;
    const waiting = (await press(h, DANA, upNext, 'Mark sent')).card;
    expect(checkedText(waiting)).toContain('No reply');
    const note = `note-${enrollmentId}`;
    expect(JSON.stringify(waiting)).toContain(`"id":"${note}"`);
    const recorded = await press(h, DANA, waiting, 'No reply', { [note]: ' Out of office until *Monday* ' });
    const entry = (await h.stores.enrollments.get(enrollmentId))!.history.find(
      (e) => e.action === 'branched',
    );
    expect(entry).toMatchObject({ outcome: 'noReply', detail: 'no', note: 'Out of office until *Monday*' });
    const flow = checkedText((await press(h, DANA, recorded.card, 'Show the sequence')).card);
    expect(flow).toContain('“Out of office until *Monday*”');
    // The whole sequence one press away, drawn as on the manager's cards, with where the record is now.
    expect(flow).toContain('Show the whole flow');
    expect(flow).toContain('▶ ☎ 7. Call to book the demo');
  });

  it('cuts a note at 500 characters', async () => {
    const card = lastPushed(h, DANA);
    await press(h, DANA, card, 'Mark sent', { [`note-${enrollmentId}`]: 'x'.repeat(2000) });
    const entry = (await h.stores.enrollments.get(enrollmentId))!.history.find(
      (e) => e.action === 'completed',
    );
    expect(entry?.note).toHaveLength(500);
  });

  it('takes back the last press with Undo for a few minutes, and not after', async () => {
    const card = lastPushed(h, DANA);
    const before = (await h.stores.enrollments.get(enrollmentId))!;
    const sent = await press(h, DANA, card, 'Mark sent');
    expect(checkedText(sent.card)).toContain('Research on LinkedIn');
    const undone = await press(h, DANA, sent.card, 'Undo');
    expect(checkedText(undone.card)).toContain('↶ Undone. "Thank-you email" is yours to do again.');
    const restored = (await h.stores.enrollments.get(enrollmentId))!;
    expect(restored.current?.stepId).toBe('thank-you-email');
    expect(restored.outcomes).toEqual(before.outcomes);
    expect(restored.history.at(-1)).toMatchObject({ action: 'undone', by: DANA.id });
    expect(await completions('thank-you-email')).toBe(0);
    // Undo twice does nothing more.
    const again = await press(h, DANA, sent.card, 'Undo');
    expect(checkedText(again.card)).toContain('can no longer be undone');

    // Later than a few minutes: refused, and nothing changes.
    const skipped = await press(h, DANA, undone.card, 'Skip');
    h.clock.set(new Date(h.clock.now().getTime() + 6 * 60_000));
    const late = await press(h, DANA, skipped.card, 'Undo');
    expect(checkedText(late.card)).toContain('can no longer be undone');
    expect((await h.stores.enrollments.get(enrollmentId))!.current?.stepId).toBe('research-customer');
  });
});
