// A seller's step named by its record, typed instead of pressed: the same event through the same
// ownership check as the card's button, the card as it now is in answer, and nothing changed for
// a record that is not the seller's.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DANA, SAM, cardsOf, message, textsOf } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  checkedText,
  connect,
  createRecord,
  greet,
  press as pressSeller,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
  await greet(h, DANA);
  await greet(h, SAM);
  await sequenceFromTemplate(h, 'product-demo');
  await sequenceFromTemplate(h, 'webinar-follow-up');
});
afterEach(async () => {
  await h.close();
});

const say = async (text: string, user = DANA) => {
  const { replies } = await h.post(message(user, text));
  const cards = cardsOf(replies);
  return { text: [...textsOf(replies), ...cards.map(checkedText)].join('\n'), cards };
};

const actions = async (enrollmentId: string) =>
  (await h.stores.enrollments.get(enrollmentId))!.history.map((entry) => entry.action);

async function opportunity(name: string, owner = DANA): Promise<string> {
  const record = await createRecord(h, owner, { type: 'opportunity', name, company: 'Contoso' });
  return connect(h, 'seq-product-demo', record.id);
}

describe("a seller's step by its record's name", () => {
  it('completes, skips and snoozes the current step as the card buttons would', async () => {
    const enrollment = await opportunity('Contoso pilot');

    const done = await say('done with the email to Contoso pilot');
    expect(done.text).toContain('Contoso pilot');
    expect(await actions(enrollment)).toContain('completed');
    const afterEmail = (await h.stores.enrollments.get(enrollment))!.current?.stepId;

    await say('skip the LinkedIn step for Contoso pilot');
    expect(await actions(enrollment)).toContain('skipped');
    expect((await h.stores.enrollments.get(enrollment))!.current?.stepId).not.toBe(afterEmail);

    await say('snooze Contoso pilot until tomorrow');
    const snoozed = await h.stores.enrollments.get(enrollment);
    expect(snoozed!.history.at(-1)?.action).toBe('snoozed');
    // Tomorrow at the start of Dana's working day (8:00 in Warsaw).
    expect(snoozed!.current?.dueAt).toBe('2026-03-03T07:00:00.000Z');
  });

  it('asks for the answer when a call is "done", and records the one typed', async () => {
    const record = await createRecord(h, DANA, { type: 'contact', name: 'Ravi Patel', company: 'Adatum' });
    await sequenceFromTemplate(h, 'no-show');
    const enrollment = await connect(h, 'seq-no-show', record.id);
    await say('sent the email to Ravi Patel');
    // Now waiting for his reply: "no reply" takes the call path.
    const none = await say('no reply from Ravi Patel');
    expect(none.text).toContain('Ravi Patel');
    expect((await actions(enrollment)).filter((a) => a === 'branched')).toHaveLength(1);
    const asked = await say('done with the call to Ravi Patel');
    expect(asked.text).toContain('How did it go? Press the answer below.');
    expect(
      (await h.stores.enrollments.get(enrollment))!.history.some((e) => e.outcome === 'notAnswered'),
    ).toBe(false);
    await say('called Ravi Patel, no answer');
    const history = (await h.stores.enrollments.get(enrollment))!.history;
    expect(
      history.some((e) => e.action === 'completed' && e.outcome === 'notAnswered' && e.by === DANA.id),
    ).toBe(true);
  });

  it('confirms a skip read from a misspelt word or part of a name, with a button that says it', async () => {
    const enrollment = await opportunity('Contoso pilot');
    const asked = await say('sikp the email to Contoso pilot');
    expect(asked.text).toContain('Skip Email: Thank-you email · Contoso pilot');
    expect(await actions(enrollment)).not.toContain('skipped');
    const partly = await say('skip the email to contoso');
    expect(partly.text).toContain('I read "skip the email to contoso" as: Skip Email: Thank-you email');
    expect(await actions(enrollment)).not.toContain('skipped');
    await pressSeller(
      h,
      DANA,
      partly.cards[0],
      'Skip Email: Thank-you email · Contoso pilot (Meeting for product demo requests)',
    );
    expect(await actions(enrollment)).toContain('skipped');
  });

  it("changes nothing on another seller's record, and says so", async () => {
    const sams = await opportunity('Fabrikam deal', SAM);
    const answer = await say('skip the step for Fabrikam deal');
    expect(answer.text).toContain('None of your open steps is for "Fabrikam deal". Nothing was changed.');
    expect(await actions(sams)).not.toContain('skipped');
  });

  it('snoozes everything, lists who has not replied, and takes "it" as the record just named', async () => {
    const contoso = await opportunity('Contoso pilot');
    const lead = await createRecord(h, DANA, { type: 'lead', name: 'Jane Doe', company: 'Fabrikam' });
    const webinar = await connect(h, 'seq-webinar-follow-up', lead.id);

    const waiting = await say("who hasn't replied yet?");
    expect(waiting.text).toContain('Waiting for a reply from 1: Jane Doe.');

    const all = await say('snooze everything until Monday');
    expect(all.text).toContain('Snoozed 1 step(s)');
    expect((await h.stores.enrollments.get(contoso))!.current?.dueAt).toBe('2026-03-09T07:00:00.000Z');
    // The reply check cannot be snoozed; it still waits.
    expect(await actions(webinar)).not.toContain('snoozed');

    await say('Jane Doe replied');
    expect((await say("who hasn't replied")).text).toContain('no email of yours is waiting for a reply');

    await say('done with the email to Contoso pilot');
    await say('we closed it, mark it won');
    expect((await h.stores.records.get((await h.stores.enrollments.get(contoso))!.recordId))?.stage).toBe(
      'won',
    );
  });
});
