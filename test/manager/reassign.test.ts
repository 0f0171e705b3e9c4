// "reassign <record> to <seller>": a manager of the business unit gives a record and the open steps
// of its sequences to another seller. The new owner gets the Up next card of a step due now; the
// old owner's card no longer acts; the record and its enrollments change together or not at all.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DANA, type TestUser } from '../helpers/activities.js';
import { startHarness, tempDataDir, type Harness } from '../helpers/harness.js';
import { press, say } from '../helpers/manager-chat.js';
import {
  connect,
  createRecord,
  greet,
  press as pressSeller,
  pushedCards,
  sequenceFromTemplate,
  titlesOf,
} from '../helpers/seller-world.js';

const ALEX: TestUser = { id: 'aad-alex', name: 'Alex Admin', timeZone: 'Europe/London' };
const PAT: TestUser = { id: 'aad-pat', name: 'Pat Kim', timeZone: 'Europe/Warsaw' };
const MEGAN: TestUser = { id: 'aad-megan', name: 'Megan Bowen', timeZone: 'Europe/Warsaw' };
const SAM: TestUser = { id: 'aad-sam', name: 'Sam Lee', timeZone: 'Europe/Warsaw' };

let h: Harness;
let enrollmentId: string;

beforeEach(async () => {
  // A real SQLite file, so that "together or not at all" is the database's transaction.
  h = await startHarness({ env: { ADMIN_IDS: ALEX.id }, dataDir: tempDataDir() });
  for (const user of [ALEX, PAT, DANA, MEGAN, SAM]) await greet(h, user);
  // Pat manages sales in East, where Dana and Megan sell; Sam sells in West.
  await say(h, ALEX, 'make Pat Kim a sales manager');
  for (const [who, unit] of [
    ['Pat Kim', 'East'],
    ['Dana Reyes', 'East'],
    ['Megan Bowen', 'East'],
    ['Sam Lee', 'West'],
  ])
    await say(h, ALEX, `put ${who} in business unit ${unit}`);
  await sequenceFromTemplate(h, 'product-demo');
  const record = await createRecord(h, DANA, {
    type: 'opportunity',
    name: 'Contoso pilot',
    company: 'Contoso',
  });
  enrollmentId = await connect(h, 'seq-product-demo', record.id);
});
afterEach(async () => {
  await h.close();
});

const owners = async () => {
  const [record] = await h.stores.records.list();
  const enrollment = await h.stores.enrollments.get(enrollmentId);
  return { record: record?.ownerId, steps: enrollment?.sellerId };
};

describe('reassigning a record', () => {
  it('moves the record and its open steps; the new owner gets the card, the old card no longer acts', async () => {
    const danasCard = pushedCards(h, DANA).at(-1)!;
    expect(titlesOf(danasCard)).toContain('Mark sent');
    expect(pushedCards(h, MEGAN)).toEqual([]);

    const answer = await say(h, PAT, 'reassign Contoso pilot to Megan Bowen');
    expect(answer.texts).toEqual([
      'Contoso pilot now belongs to Megan Bowen, with the open steps of 1 sequence.',
    ]);
    expect(await owners()).toEqual({ record: MEGAN.id, steps: MEGAN.id });
    const enrollment = await h.stores.enrollments.get(enrollmentId);
    expect(enrollment?.history.at(-1)).toMatchObject({
      action: 'ownerChanged',
      by: PAT.id,
      detail: MEGAN.id,
    });

    // The step was due: Megan's Up next card comes at once.
    const megansCard = pushedCards(h, MEGAN).at(-1);
    expect(megansCard && titlesOf(megansCard)).toContain('Mark sent');

    // Dana's old card is refused and changes nothing.
    const before = await h.stores.enrollments.get(enrollmentId);
    const stale = await pressSeller(h, DANA, danasCard, 'Mark sent');
    expect(stale.text ?? '').toMatch(/someone else|new owner/);
    expect((await h.stores.enrollments.get(enrollmentId))?.revision).toBe(before?.revision);

    // Megan's works.
    const done = await pressSeller(h, MEGAN, megansCard, 'Mark sent');
    expect(done.status).toBe(200);
    expect(
      (await h.stores.enrollments.get(enrollmentId))?.history.some((e) => e.action === 'completed'),
    ).toBe(true);
  });

  it("offers a manager a Reassign form on the record's card, with the sellers they may give it to", async () => {
    const view = await say(h, PAT, 'show Contoso pilot');
    const card = view.cards[0]!;
    const form = JSON.stringify(card);
    expect(form).toContain('"title":"Reassign"');
    // Megan is of Pat's unit; Sam is not, and Dana already owns it.
    expect(form).toContain('"value":"aad-megan"');
    expect(form).not.toContain('"value":"aad-sam"');
    expect(form).not.toContain('"value":"aad-dana"');
    const done = await press(h, PAT, card, 'Give to this seller', { reassignTo: MEGAN.id });
    expect(done.all).toContain('Contoso pilot now belongs to Megan Bowen');
    expect(await owners()).toEqual({ record: MEGAN.id, steps: MEGAN.id });
    // The seller who owns a record gets no such form; a forged press is refused all the same.
    const own = await say(h, MEGAN, 'show Contoso pilot');
    expect(JSON.stringify(own.cards[0])).not.toContain('"title":"Reassign"');
    const forged = await press(h, MEGAN, card, 'Give to this seller', { reassignTo: DANA.id });
    expect(forged.all).toContain('Sorry, only an administrator, a sequence manager or a sales manager may');
    expect(await owners()).toEqual({ record: MEGAN.id, steps: MEGAN.id });
  });

  it.each([
    'give Contoso pilot to Megan Bowen',
    'hand Contoso pilot over to Megan Bowen',
    'transfer the opportunity Contoso pilot to Megan Bowen',
    'Megan Bowen should take over Contoso pilot',
  ])('understands "%s"', async (text) => {
    const answer = await say(h, PAT, text);
    expect(answer.texts[0]).toContain('Contoso pilot now belongs to Megan Bowen');
    expect(await owners()).toEqual({ record: MEGAN.id, steps: MEGAN.id });
  });

  it('confirms first when a name was found only in part or misspelt, and names who gets what', async () => {
    const asked = await say(h, PAT, 'reasign contoso to megan');
    expect(asked.all).toContain('Give Contoso pilot to Megan Bowen?');
    expect(await owners()).toEqual({ record: DANA.id, steps: DANA.id });
    const done = await press(h, PAT, asked.cards[0]!, 'Give Contoso pilot to Megan Bowen');
    expect(done.all).toContain('Contoso pilot now belongs to Megan Bowen');
    expect(await owners()).toEqual({ record: MEGAN.id, steps: MEGAN.id });
  });

  it('refuses a seller, another business unit and the same owner, and changes nothing', async () => {
    expect((await say(h, DANA, 'reassign Contoso pilot to Megan Bowen')).texts[0]).toContain(
      'needs one of these roles',
    );
    expect((await say(h, PAT, 'reassign Contoso pilot to Sam Lee')).all).toContain('only an administrator');
    expect((await say(h, PAT, 'reassign Contoso pilot to Dana Reyes')).texts[0]).toBe(
      'Contoso pilot already belongs to Dana Reyes; nothing changed.',
    );
    expect(await owners()).toEqual({ record: DANA.id, steps: DANA.id });
    // An administrator may move it across units.
    expect((await say(h, ALEX, 'reassign Contoso pilot to Sam Lee')).texts[0]).toContain(
      'now belongs to Sam Lee',
    );
    expect(await owners()).toEqual({ record: SAM.id, steps: SAM.id });
  });

  it('writes the record and its enrollments in one transaction: a failed enrollment write leaves the owner as it was', async () => {
    const stores = h.stores;
    const original = stores.transaction.bind(stores);
    // The database refuses the enrollment row (as a full disk would) after the record row was written.
    stores.transaction = (fn) =>
      original((tx) =>
        fn({
          ...tx,
          enrollments: {
            ...tx.enrollments,
            save: () => Promise.reject(new Error('disk full')),
          },
        }),
      );
    const answer = await say(h, PAT, 'reassign Contoso pilot to Megan Bowen');
    expect(answer.texts[0]).toContain('Something went wrong on my side and nothing was changed');
    stores.transaction = original;
    expect(await owners()).toEqual({ record: DANA.id, steps: DANA.id });
    expect(pushedCards(h, MEGAN)).toEqual([]);
  });
});
