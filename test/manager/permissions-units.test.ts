// Business units in conversation: a sales manager of one unit neither sees nor changes another
// unit's records, adds none for its people, and nobody connects a record to a sequence its owner
// cannot see.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { press, say } from '../helpers/manager-chat.js';

const ALEX: TestUser = { id: 'aad-alex', name: 'Alex Admin', timeZone: 'Europe/London' };
const PAT: TestUser = { id: 'aad-pat', name: 'Pat Kim', timeZone: 'Europe/Warsaw' };
const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };
const SAM: TestUser = { id: 'aad-sam', name: 'Sam Lee', timeZone: 'America/New_York' };

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ env: { ADMIN_IDS: ALEX.id } });
  for (const user of [ALEX, PAT, DANA, SAM]) await say(h, user, 'hello');
  // Pat manages sales in East, where Dana sells; Sam sells in West.
  await say(h, ALEX, 'make Pat Kim a sales manager');
  for (const [who, unit] of [
    ['Pat Kim', 'East'],
    ['Dana Reyes', 'East'],
    ['Sam Lee', 'West'],
  ])
    await say(h, ALEX, `put ${who} in business unit ${unit}`);
  await say(h, ALEX, 'add opportunity Contoso deal for Sam Lee');
});
afterEach(async () => {
  await h.close();
});

const first = async (user: TestUser, text: string): Promise<string> =>
  (await say(h, user, text)).texts[0] ?? '';

describe('a sales manager and another business unit', () => {
  it("does not see the other unit's records, and cannot pause or resume them", async () => {
    const [deal] = await h.stores.records.list();
    expect(deal).toMatchObject({ name: 'Contoso deal', ownerId: SAM.id });
    expect((await say(h, PAT, 'opportunities')).all).not.toContain('Contoso deal');
    expect((await say(h, ALEX, 'opportunities')).all).toContain('Contoso deal');
    const before = await h.stores.enrollments.list();
    for (const command of ['pause Contoso deal', 'resume Contoso deal', 'disconnect Contoso deal']) {
      expect(await first(PAT, command)).toContain('I could not find a record called "Contoso deal"');
    }
    expect(await h.stores.enrollments.list()).toEqual(before);
  });

  it('adds records for the people of its own unit only', async () => {
    expect(await first(PAT, 'add lead Jane Doe at Fabrikam for Sam Lee')).toBe(
      'The lead was not added:\n\nSorry, only an administrator may add records for someone else. Your roles: sales manager.',
    );
    expect(await first(PAT, 'add lead Ann Bee at Acme for Dana Reyes')).toContain(
      'Added the lead Ann Bee (Acme)',
    );
    expect((await h.stores.records.list('lead')).map((r) => [r.name, r.ownerId])).toEqual([
      ['Ann Bee', DANA.id],
    ]);
  });

  it('never connects a record to a sequence its owner cannot see, whoever asks', async () => {
    await say(h, DANA, 'create sequence from demo template named East demo');
    const asked = await say(h, ALEX, 'activate East demo');
    await press(h, ALEX, asked.cards[0]!, 'Activate');
    expect((await h.stores.sequences.list()).find((s) => s.name === 'East demo')).toMatchObject({
      status: 'active',
      businessUnit: 'East',
    });
    const answer = (await say(h, ALEX, 'connect Contoso deal to East demo')).all;
    expect(answer).toContain('belongs to another business unit');
    expect(await h.stores.enrollments.list()).toEqual([]);
  });
});
