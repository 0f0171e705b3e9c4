// One record's card, asked for by name: "show Contoso pilot", "what's up with contoso", or just the
// name. It shows the status, owner, every sequence with the current step and when it is due, the
// last answers, and for the record's own seller the step's buttons.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DANA, cardsOf, message, textsOf } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  actionsOf,
  checkedText,
  connect,
  createRecord,
  greet,
  lastPushed,
  press,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
  await greet(h, DANA);
  await sequenceFromTemplate(h, 'product-demo');
});
afterEach(async () => {
  await h.close();
});

const say = async (text: string) => {
  const { replies } = await h.post(message(DANA, text));
  return { texts: textsOf(replies), cards: cardsOf(replies) };
};

describe('the record view', () => {
  it('shows a record by name, with its sequence, current step, answers and the step buttons', async () => {
    const record = await createRecord(h, DANA, {
      type: 'opportunity',
      name: 'Contoso pilot',
      company: 'Contoso',
    });
    const enrollment = await connect(h, 'seq-product-demo', record.id);

    for (const text of ['show Contoso pilot', 'Contoso pilot', "what's up with contoso?"]) {
      const { cards } = await say(text);
      expect(cards, text).toHaveLength(1);
      const card = checkedText(cards[0]);
      expect(card, text).toContain('Contoso pilot');
      expect(card, text).toContain('opportunity · Contoso');
      expect(card, text).toContain('Dana Reyes');
      expect(card, text).toContain('Meeting for product demo requests (running)');
      expect(card, text).toContain('Due today 10:00');
      expect(card, text).toContain('Current step: Email: Thank-you email');
      expect(card, text).toContain('No answer recorded yet.');
    }

    const { cards } = await say('show Contoso pilot');
    expect(actionsOf(cards[0]).map((a) => a.title)).toEqual(['Mark sent', 'Skip']);
    await press(h, DANA, cards[0], 'Mark sent');
    expect((await h.stores.enrollments.get(enrollment))!.history.some((e) => e.outcome === 'sent')).toBe(
      true,
    );
    const after = checkedText((await say('show Contoso pilot')).cards[0]);
    expect(after).toContain('Thank-you email: Sent');
  });

  it("shows the seller's note with the answer it was written on, as typed", async () => {
    const record = await createRecord(h, DANA, { type: 'opportunity', name: 'Contoso pilot' });
    const enrollment = await connect(h, 'seq-product-demo', record.id);
    await press(h, DANA, lastPushed(h, DANA), 'Mark sent', {
      [`note-${enrollment}`]: 'Sent from *my* phone',
    });
    const card = checkedText((await say('show Contoso pilot')).cards[0]);
    expect(card).toContain('Thank-you email: Sent');
    expect(card).toContain('“Sent from *my* phone”');
  });

  it('shows a sequence when the name is a sequence, and says so when it is neither', async () => {
    // "show X" says nothing of what X is: a sequence's name shows the sequence.
    const sequence = await say('show Meeting for product demo requests');
    expect(checkedText(sequence.cards[0])).toContain('Meeting for product demo requests');
    expect(checkedText(sequence.cards[0])).not.toContain('Last answers');
    const none = await say('show Zebra Unicorn Ltd');
    expect([...none.texts, ...none.cards.map(checkedText)].join('\n')).toMatch(/Zebra Unicorn Ltd/);
  });

  it('takes a name alone only when a record has exactly that name', async () => {
    const { texts } = await say('Contoso pilot');
    expect(texts.join('\n')).toContain('did not understand');
  });
});
