// What the bot does with what it understood, as a chat: a change that cannot be taken back, read
// from a misspelt word or a name found only in part, is confirmed with a card that says exactly
// what will happen; every choice button says its action; "it" and "its" mean the thing in focus.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { buttonsOf, press, say } from '../helpers/manager-chat.js';
import { checkedText, createRecord, press as pressSeller } from '../helpers/seller-world.js';

const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };

let h: Harness;

beforeEach(async () => {
  // Open local mode: everybody is an administrator.
  h = await startHarness();
  await say(h, DANA, 'hello');
});
afterEach(async () => {
  await h.close();
});

async function activeSequence(name: string): Promise<void> {
  await say(h, DANA, `create sequence from demo template named ${name}`);
  const asked = await say(h, DANA, `activate ${name}`);
  await press(h, DANA, asked.cards[0], 'Activate');
}

async function connected(record: string, sequence: string): Promise<void> {
  await say(h, DANA, `add opportunity ${record}`);
  await say(h, DANA, `connect ${record} to ${sequence}`);
}

const statuses = async (): Promise<string[]> => (await h.stores.enrollments.list()).map((e) => e.status);

describe('a change that cannot be taken back, read from uncertain words', () => {
  it('is confirmed when the command word was misspelt, and done only when the button is pressed', async () => {
    await activeSequence('Demo Q3');
    await connected('Contoso pilot', 'Demo Q3');

    const asked = await say(h, DANA, 'paus Contoso pilot');
    expect(asked.all).toContain('Pause Contoso pilot in every sequence?');
    expect(asked.all).toContain('I read "paus Contoso pilot" as: Pause Contoso pilot in every sequence.');
    expect(buttonsOf(asked.cards[0])).toEqual(['Pause Contoso pilot in every sequence', 'Cancel']);
    expect(await statuses()).toEqual(['active']);

    const done = await press(h, DANA, asked.cards[0], 'Pause Contoso pilot in every sequence');
    expect(done.all).toContain('Paused 1 sequence of Contoso pilot.');
    expect(await statuses()).toEqual(['paused']);
  });

  it('is confirmed when the name was found only in part, and says which record and sequence', async () => {
    await activeSequence('Demo Q3');
    await connected('Contoso pilot', 'Demo Q3');
    const asked = await say(h, DANA, 'disconnect contoso from Demo Q3');
    expect(asked.all).toContain('Disconnect Contoso pilot from Demo Q3?');
    expect(await statuses()).toEqual(['active']);
    // Spelt out in full, it is done at once.
    const done = await say(h, DANA, 'disconnect Contoso pilot from Demo Q3');
    expect(done.texts[0]).toContain('Disconnected Contoso pilot from 1 sequence.');
    expect(await statuses()).toEqual(['disconnected']);
  });

  it('never reads a misspelt "remove tag" as a disconnection', async () => {
    await activeSequence('Demo Q3');
    await connected('Contoso pilot', 'Demo Q3');
    await say(h, DANA, 'tag Demo Q3 with q3');
    expect((await h.stores.sequences.list())[0]?.tags).toContain('q3');
    const answer = await say(h, DANA, 'remove tga q3 from Demo Q3');
    expect(answer.all).not.toContain('Disconnect');
    expect(await statuses()).toEqual(['active']);
    expect((await h.stores.sequences.list())[0]?.tags ?? []).not.toContain('q3');
  });

  it('is confirmed when "deactivate" names no sequence, rather than taking the one in focus', async () => {
    await activeSequence('Demo Q3');
    const asked = await say(h, DANA, 'deactivate');
    expect(asked.all).toContain('Deactivate Demo Q3?');
    expect((await h.stores.sequences.list())[0]?.status).toBe('active');
    const done = await press(h, DANA, asked.cards[0], 'Deactivate Demo Q3');
    expect(done.all).toContain('Demo Q3');
    expect((await h.stores.sequences.list())[0]?.status).toBe('inactive');
  });

  it('is confirmed before removing a step read from a misspelt word', async () => {
    await say(h, DANA, 'create sequence from demo template named Demo Q3');
    const before = (await h.stores.sequences.list())[0]!.graph.steps.length;
    const asked = await say(h, DANA, 'remvoe step 2');
    expect(asked.all).toContain('Remove step 2 from Demo Q3?');
    expect((await h.stores.sequences.list())[0]!.graph.steps.length).toBe(before);
  });
});

describe('choices', () => {
  it('say on their buttons what pressing them does', async () => {
    await activeSequence('Demo Q3');
    await activeSequence('Demo Q4');
    await connected('Contoso pilot', 'Demo Q3');
    await say(h, DANA, 'add opportunity Contoso renewal');
    const asked = await say(h, DANA, 'pause contoso');
    expect(buttonsOf(asked.cards[0])).toEqual(['Pause', 'Pause']);
  });

  it('"stats" alone asks which sequence instead of taking the last one touched', async () => {
    await activeSequence('Demo Q3');
    await activeSequence('Demo Q4');
    const asked = await say(h, DANA, 'stats');
    expect(asked.all).toContain('Demo Q3');
    expect(asked.all).toContain('Demo Q4');
    expect(buttonsOf(asked.cards[0])).toEqual(['Show stats', 'Show stats']);
  });
});

describe('the sequence in focus', () => {
  it('is what "its", "it" and "this one" mean', async () => {
    await say(h, DANA, 'create sequence from demo template named Demo Q3');
    const renamed = await say(h, DANA, 'change its name to Demo Q4');
    expect(renamed.all).toContain('Demo Q4');
    expect((await h.stores.sequences.list()).map((s) => s.name)).toEqual(['Demo Q4']);
    await say(h, DANA, 'tag it with emea');
    expect((await h.stores.sequences.list())[0]?.tags).toContain('emea');
    await say(h, DANA, 'remove the emea tag');
    expect((await h.stores.sequences.list())[0]?.tags ?? []).not.toContain('emea');
    const stats = await say(h, DANA, 'what are the stats on this one?');
    expect(stats.all).toContain('Demo Q4');
  });
});

describe("a seller's final change to a record, read from uncertain words", () => {
  it('is confirmed with a button that says it, and a clear name or a qualification is done at once', async () => {
    const jane = await createRecord(h, DANA, { type: 'lead', name: 'Jane Doe', company: 'Fabrikam' });
    const ravi = await createRecord(h, DANA, { type: 'lead', name: 'Ravi Patel', company: 'Adatum' });

    const asked = await say(h, DANA, 'dsiqualify Jane Doe');
    expect(asked.all).toContain('Disqualify Jane Doe?');
    expect(buttonsOf(asked.cards[0])).toEqual(['Disqualify Jane Doe · Fabrikam']);
    expect((await h.stores.records.get(jane.id))?.status).not.toBe('disqualified');
    const done = await pressSeller(h, DANA, asked.cards[0], 'Disqualify Jane Doe · Fabrikam');
    expect(checkedText(done.card)).toContain('Disqualified Jane Doe.');
    expect((await h.stores.records.get(jane.id))?.status).toBe('disqualified');

    // Chatter after the name is not part of it; qualifying is not final, so it is done at once.
    const qualified = await say(h, DANA, 'qualify Ravi Patel — they signed the NDA');
    expect(qualified.all).toContain('Qualified Ravi Patel');
    expect((await h.stores.records.get(ravi.id))?.status).toBe('qualified');
  });
});
