// The sequence list a page at a time, in conversation: a sales manager pages through every sequence
// they may see to the end and back, filtered too, each sequence once; a page button from an old card,
// a forged one or a malformed one never shows what the rules hide, never crashes, changes nothing.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/manager/outcome.js';
import { DEFAULT_BUSINESS_UNIT } from '../../src/app/manager/outcome.js';
import { decideOnSequence } from '../../src/app/manager/permissions.js';
import type { Sequence } from '../../src/domain/model.js';
import { SEQUENCE_LIST_ROWS } from '../../src/bot/views/manager/sequence.js';
import { understand } from '../../src/bot/messages/registry.js';
import { t } from '../../src/i18n/index.js';
import { execute, submit, type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { type Card, actionsOf, buttonsOf, cardLines, press, pressOld, say } from '../helpers/manager-chat.js';

const ALEX: TestUser = { id: 'aad-alex', name: 'Alex Admin', timeZone: 'Europe/London' };
const PAT: TestUser = { id: 'aad-pat', name: 'Pat Kim', timeZone: 'Europe/Warsaw' };

const VERB = 'manager.sequences.page';

let h: Harness;
let stored: Sequence[];

beforeEach(async () => {
  h = await startHarness({ env: { ADMIN_IDS: ALEX.id } });
  for (const user of [ALEX, PAT]) await say(h, user, 'hello');
  await say(h, ALEX, 'make Pat Kim a sales manager');
  await say(h, ALEX, 'put Pat Kim in business unit East');
  await say(h, ALEX, 'create a blank sequence for leads named Base');
  const [base] = await h.stores.sequences.list();
  // Names in pairs that tie, ids in another order than the names'; a quarter in another unit.
  for (let i = 0; i < 84; i++) {
    await h.stores.sequences.save({
      ...base!,
      id: `seq-${String((i * 37) % 84).padStart(2, '0')}`,
      name: `Outreach ${String(Math.floor(i / 2)).padStart(2, '0')}`,
      ownerId: ALEX.id,
      ...(i % 4 === 0 ? { businessUnit: 'West' } : i % 4 === 2 ? {} : { businessUnit: 'East' }),
      status: i % 3 === 0 ? 'draft' : 'active',
      recordType: i % 5 === 0 ? 'opportunity' : 'lead',
    });
  }
  stored = await h.stores.sequences.list();
});
afterEach(async () => {
  await h.close();
});

async function patActor(): Promise<Actor> {
  const user = (await h.stores.users.list()).find((u) => u.name === PAT.name)!;
  return {
    id: user.id,
    name: user.name,
    roles: user.roles,
    businessUnit: user.businessUnit ?? DEFAULT_BUSINESS_UNIT,
  };
}

/** What Pat may see of the stored sequences that `keep` keeps, in the list's order. */
async function patSees(keep: (s: Sequence) => boolean = () => true): Promise<string[]> {
  const pat = await patActor();
  return stored
    .filter((s) => decideOnSequence(pat, 'view', s).allowed && keep(s))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map((s) => s.id);
}

/** The sequences a list card shows, by the ids its Open buttons carry. */
const shownIds = (card: Card | undefined): string[] =>
  actionsOf(card)
    .filter((a) => a.verb === 'manager.sequence.open')
    .map((a) => String(a.data.sequenceId));

/** Follows `button` from `card` for as long as the card has it; every card on the way. */
async function follow(card: Card, button: string): Promise<Card[]> {
  const cards = [card];
  while (buttonsOf(cards.at(-1)).includes(button)) {
    expect(cards.length, 'the pages never end').toBeLessThan(20);
    cards.push((await press(h, PAT, cards.at(-1), button)).cards[0]!);
  }
  return cards;
}

describe('the sequence list, a page at a time', () => {
  it('pages a sales manager through what they may see to the end and back, each sequence once', async () => {
    const expected = await patSees();
    const hidden = stored.length - expected.length;
    expect(hidden).toBeGreaterThan(0);
    expect(expected.length).toBeGreaterThan(2 * SEQUENCE_LIST_ROWS);
    const pages = Math.ceil(expected.length / SEQUENCE_LIST_ROWS);

    const first = (await say(h, PAT, 'sequences')).cards[0]!;
    expect(buttonsOf(first)).not.toContain('Previous page');
    const forward = await follow(first, 'Next page');
    expect(forward).toHaveLength(pages);
    expect(forward.flatMap(shownIds)).toEqual(expected);
    forward.forEach((card, i) => {
      const from = i * SEQUENCE_LIST_ROWS + 1;
      const to = Math.min(expected.length, from + SEQUENCE_LIST_ROWS - 1);
      expect(cardLines(card)).toContain(`${from}–${to} of ${expected.length}`);
      expect(cardLines(card)[0]).toBe('Sequences');
    });
    expect(buttonsOf(forward.at(-1))).not.toContain('Next page');

    const backward = (await follow(forward.at(-1)!, 'Previous page')).reverse();
    expect(backward.map(shownIds)).toEqual(forward.map(shownIds));
    expect(buttonsOf(backward[0])).not.toContain('Previous page');
  });

  it('keeps the filter on every page', async () => {
    const expected = await patSees((s) => s.status === 'active' && s.recordType === 'lead');
    const answer = await say(h, PAT, 'active lead sequences');
    const pages = await follow(answer.cards[0]!, 'Next page');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap(shownIds)).toEqual(expected);
    // Every page says what the list was asked for, as the first did.
    expect(cardLines(pages[0])[0]).toMatch(/^Sequences \(Active, lead\)$/i);
    for (const card of pages) expect(cardLines(card)[0]).toBe(cardLines(pages[0])[0]);
  });

  it('says that nothing matches a filter, not that there are no sequences, and how to see them all', async () => {
    const answer = await say(h, PAT, 'inactive sequences');
    expect(shownIds(answer.cards[0])).toEqual([]);
    const lines = cardLines(answer.cards[0]);
    expect(lines).toContain(t('manager.sequences.noneMatch'));
    expect(lines).not.toContain(t('manager.sequences.empty'));
    expect(buttonsOf(answer.cards[0])).not.toContain('Next page');
  });

  it('carries a name as it is stored, whatever it holds, and pages on from it', async () => {
    const expected = await patSees();
    // The last row of the first page, renamed so that it stays there: after the row before it.
    const [before, last] = expected
      .slice(SEQUENCE_LIST_ROWS - 2, SEQUENCE_LIST_ROWS)
      .map((id) => stored.find((s) => s.id === id)!);
    const name = `${before!.name} $root {hint} *not bold* <b> "quoted"`;
    await h.stores.sequences.save({ ...last!, name });
    const first = (await say(h, PAT, 'sequences')).cards[0]!;
    expect(actionsOf(first).find((a) => a.title === 'Next page')?.data.cursor).toEqual({
      after: { name, id: last!.id },
    });
    const next = (await press(h, PAT, first, 'Next page')).cards[0]!;
    expect(shownIds(next)).toEqual(expected.slice(SEQUENCE_LIST_ROWS, 2 * SEQUENCE_LIST_ROWS));
  });

  it('the Action.Submit fallback of an older client sends the same page', async () => {
    const first = (await say(h, PAT, 'sequences')).cards[0]!;
    const [next] = (await pressOld(h, PAT, first, 'Next page')).cards;
    expect(shownIds(next)).toEqual((await press(h, PAT, first, 'Next page')).cards.flatMap(shownIds));
    expect(shownIds(next)).toEqual((await patSees()).slice(SEQUENCE_LIST_ROWS, 2 * SEQUENCE_LIST_ROWS));
  });

  it('an old card pages from where its rows stood, after a sequence on it was deleted or renamed', async () => {
    const expected = await patSees();
    const first = (await say(h, PAT, 'sequences')).cards[0]!;
    const onIt = shownIds(first);
    // The last row of the card is deleted, another renamed to the end of the list.
    await h.stores.sequences.delete(onIt.at(-1)!);
    const renamed = stored.find((s) => s.id === onIt[3])!;
    await h.stores.sequences.save({ ...renamed, name: 'Zeta' });
    stored = await h.stores.sequences.list();
    const now = await patSees();
    // The next page starts after where the deleted row stood: nothing skipped, nothing twice.
    const next = (await press(h, PAT, first, 'Next page')).cards[0]!;
    const from = now.indexOf(expected[SEQUENCE_LIST_ROWS]!);
    expect(from).toBe(SEQUENCE_LIST_ROWS - 2);
    expect(shownIds(next)).toEqual(now.slice(from, from + SEQUENCE_LIST_ROWS));
    expect(shownIds(next)).toEqual(expected.slice(SEQUENCE_LIST_ROWS, 2 * SEQUENCE_LIST_ROWS));
    expect(cardLines(next)).toContain(`${from + 1}–${from + SEQUENCE_LIST_ROWS} of ${now.length}`);
    // And back: the first page as it is now, whole.
    const back = (await press(h, PAT, next, 'Previous page')).cards[0]!;
    expect(shownIds(back)).toEqual(now.slice(0, SEQUENCE_LIST_ROWS));
  });

  it('a forged cursor only says where to start in what the rules let the manager see', async () => {
    const visible = new Set(await patSees());
    const hiddenOne = stored.find((s) => !visible.has(s.id))!;
    for (const cursor of [
      { after: { name: hiddenOne.name, id: hiddenOne.id } },
      { before: { name: 'Outreach 30', id: hiddenOne.id } },
      { after: { name: 'A', id: 'x' } },
    ]) {
      const { status, body } = await h.post(execute(PAT, VERB, { verb: VERB, cursor }));
      expect(status).toBe(200);
      const ids = shownIds((body as { value: Card }).value);
      expect(ids.length).toBe(SEQUENCE_LIST_ROWS);
      for (const id of ids) expect(visible.has(id), id).toBe(true);
    }
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a cursor without its id', { cursor: { after: { name: 'Outreach 10' } } }, 'cursor'],
    [
      'a cursor both ways',
      { cursor: { after: { name: 'A', id: 'a' }, before: { name: 'B', id: 'b' } } },
      'cursor',
    ],
    ['a cursor with more in it', { cursor: { after: { name: 'A', id: 'a', offset: 30 } } }, 'cursor'],
    ['a cursor as text', { cursor: 'page-2' }, 'cursor'],
    ['a name longer than any', { cursor: { after: { name: 'x'.repeat(5000), id: 'a' } } }, 'cursor'],
    ['an id with control characters', { cursor: { before: { name: 'A', id: 'a\u0000' } } }, 'cursor'],
    ['a status there is not', { status: 'archived' }, 'status'],
    ['a record type as a number', { recordType: 7 }, 'recordType'],
  ])('refuses a page button with %s at the door, and changes nothing', async (_, data, field) => {
    const before = await h.stores.sequences.list();
    for (const activity of [
      execute(PAT, VERB, { verb: VERB, ...data }),
      submit(PAT, { verb: VERB, ...data }),
    ]) {
      const { status, body } = await h.post(activity);
      expect(status).toBe(400);
      expect((body as { error: string }).error).toContain(field);
    }
    expect(await h.stores.sequences.list()).toEqual(before);
  });
});

describe('the way back to the whole list', () => {
  // The command a "nothing matches" line suggests is one the bot understands, in every language.
  it.each(['en-US', 'gl-ES', 'hi-IN', 'pl-PL', 'vi-VN'])('is a command in %s', (locale) => {
    const line = t('manager.sequences.noneMatch', {}, locale);
    const command = /["„“]([^"”]+)["”]/.exec(line)?.[1];
    expect(command, line).toBeDefined();
    expect(understand(command!, {}, locale)?.parsed?.intent).toBe('sequences.list');
  });
});
