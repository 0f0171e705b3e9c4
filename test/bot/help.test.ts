// "help" shows the five things each user most needs, by role, and the rest behind "All commands".

import { afterEach, describe, expect, it } from 'vitest';
import { DANA, SAM, cardsOf, message } from '../helpers/activities.js';
import { shown } from '../../src/bot/views/literal.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { cardProblems } from '../helpers/card-schema.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

interface Fact {
  title: string;
  value: string;
}

async function help(user: typeof DANA): Promise<{ first: string[]; more: string[]; moreTitle: string }> {
  const { replies } = await harness!.post(message(user, 'help'));
  const [card] = cardsOf(replies) as {
    body: { type: string; facts?: Fact[] }[];
    actions?: { title: string; card: { body: { facts: Fact[] }[] } }[];
  }[];
  expect(cardProblems(card)).toEqual([]);
  const first = card!.body.find((element) => element.type === 'FactSet')!.facts!.map((f) => shown(f.title));
  const showMore = card!.actions?.[0];
  return {
    first,
    more: showMore?.card.body[0]!.facts.map((f) => shown(f.title)) ?? [],
    moreTitle: showMore?.title ?? '',
  };
}

describe('help', () => {
  it("gives a seller the seller's five, and a manager the manager's five, with the rest one press away", async () => {
    harness = await startHarness({ env: { ADMIN_IDS: DANA.id } });
    const seller = await help(SAM);
    expect(seller.first).toEqual([
      'up next',
      'overdue',
      'digest',
      'pause my sequences until <date>',
      'qualify <lead>',
    ]);
    expect(seller.more).toContain('resume my sequences');
    expect(seller.more).not.toContain('up next');
    expect(seller.moreTitle).toBe(`All commands (${seller.more.length} more)`);

    const manager = await help(DANA);
    expect(manager.first).toEqual([
      'templates',
      'create sequence from product demo template',
      'sequences',
      'connect Jane Doe to <sequence>',
      'stats for <sequence>',
    ]);
    // Nothing is lost: every command is in one of the two lists, once.
    const all = [...manager.first, ...manager.more];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(['up next', 'help', 'roles']));
  });
});
