// Every refusal of the role rules, as the user reads it: who may do what, and why not.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute, type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { press, say } from '../helpers/manager-chat.js';

const ALEX: TestUser = { id: 'aad-alex', name: 'Alex Admin', timeZone: 'Europe/London' };
const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };
const SAM: TestUser = { id: 'aad-sam', name: 'Sam Lee', timeZone: 'Europe/Warsaw' };
const PAT: TestUser = { id: 'aad-pat', name: 'Pat Kim', timeZone: 'Europe/Warsaw' };

let h: Harness;
const SAMS = 'Webinar follow-up (Sam Lee)';

beforeEach(async () => {
  h = await startHarness({ env: { ADMIN_IDS: ALEX.id } });
  for (const user of [ALEX, DANA, SAM, PAT]) await say(h, user, 'hello');
  // Sam, a seller, builds his own sequence: visible to his business unit.
  await say(h, SAM, 'create sequence from webinar template');
});
afterEach(async () => {
  await h.close();
});

const first = async (text: string, user: TestUser = DANA): Promise<string> =>
  (await say(h, user, text)).first;

describe('granting roles and business units', () => {
  it('is for administrators only', async () => {
    expect(await first('make Dana Reyes a sequence manager', SAM)).toBe(
      'Sorry, "make Dana Reyes a sequence manager" needs one of these roles: administrator. Your roles: seller.',
    );
    expect(await first("remove Dana's sequence manager role", SAM)).toContain(
      'needs one of these roles: administrator',
    );
    expect(await first('put Dana Reyes in business unit West', SAM)).toContain(
      'needs one of these roles: administrator',
    );
    expect((await h.stores.users.get(DANA.id))?.roles).toEqual([]);
  });

  it('says who cannot be found, asks who when two fit, and refuses what cannot be removed', async () => {
    expect(await first('make Robin Hood a sequence manager', ALEX)).toMatch(
      /^I do not know anyone called "Robin Hood"\. People appear here once they have talked to me\. People I know: .*Sam Lee/,
    );
    await say(h, { id: 'aad-dana-2', name: 'Dana Reyes' }, 'hello');
    const which = await say(h, ALEX, 'make Dana Reyes a sales manager');
    expect(which.all).toContain('More than one person fits "Dana Reyes". Who did you mean?');
    expect(await first("remove Alex's administrator role", ALEX)).toBe(
      'You cannot remove your own administrator role; ask another administrator.',
    );
    expect(await first("remove Sam's sales manager role", ALEX)).toBe(
      'Sam Lee is not a sales manager, so there is nothing to remove.',
    );
    await say(h, ALEX, 'make Sam an admin');
    expect(await first('make Sam Lee an administrator', ALEX)).toBe('Sam Lee is already an administrator.');
  });

  it('lists roles and business units for everyone, and "my role"', async () => {
    await say(h, ALEX, 'make Pat Kim a sales manager');
    await say(h, ALEX, 'put Pat Kim in business unit East');
    const roles = await say(h, SAM, 'roles');
    expect(roles.all).toContain('Alex Admin');
    expect(roles.all).toMatch(/Pat Kim[\s\S]{0,80}sales manager[\s\S]{0,40}Business unit: East/);
    expect(roles.all).toContain('Sam Lee (you)');
    const mine = await say(h, PAT, 'what is my role?');
    expect(mine.texts[0]).toContain('Your roles: sales manager. Business unit: East.');
    expect(mine.texts[0]).toContain(
      'As a sales manager you may see every sequence and record, connect records and see stats.',
    );
  });
});

describe("a seller and another seller's sequence in the same business unit", () => {
  it('may view, connect and copy it', async () => {
    const card = await say(h, DANA, `show ${SAMS}`);
    expect(card.all).toContain(SAMS);
    expect(await first(`copy ${SAMS} as Dana webinar`)).toBe(
      `Copied "${SAMS}" as the draft "Dana webinar", owned by you.`,
    );
  });

  it('may not edit, activate, deactivate or delete it, and is told whose it is and who could', async () => {
    const because = `"${SAMS}" belongs to Sam Lee: only its owner, an administrator or a sequence manager may`;
    expect(await first(`rename ${SAMS} to Mine`)).toBe(
      `Nothing was changed in "${SAMS}":\n\nSorry, ${because} edit it. Your roles: seller. You can copy it and change the copy.`,
    );
    expect(await first(`add a task at the end of ${SAMS}`)).toContain(`${because} edit it.`);
    expect(await first(`activate ${SAMS}`)).toBe(
      `Sorry, ${because} activate it. Your roles: seller. You can copy it and change the copy.`,
    );
    expect(await first(`delete ${SAMS}`)).toContain(`${because} delete it.`);
    expect(await first(`stats for ${SAMS}`)).toBe(
      `Sorry, "${SAMS}" belongs to Sam Lee: only its owner, an administrator, a sequence manager or a sales manager may see its stats. Your roles: seller.`,
    );
    // Sam may: it is his.
    const asked = await say(h, SAM, 'activate it');
    const done = await press(h, SAM, asked.cards[0], 'Activate');
    expect(done.all).toContain(`"${SAMS}" is active.`);
    expect(await first(`deactivate ${SAMS}`)).toContain(`${because} deactivate it.`);
  });

  it('may not see it from another business unit, even by pressing an old button', async () => {
    await say(h, ALEX, 'put Dana Reyes in business unit West');
    expect(await first(`show ${SAMS}`)).toContain(`I could not find a sequence called "${SAMS}"`);
    const [sequence] = await h.stores.sequences.list();
    const { body } = await h.post(
      execute(DANA, 'manager.sequence.open', { verb: 'manager.sequence.open', sequenceId: sequence!.id }),
    );
    expect(JSON.stringify(body)).toContain(
      `Sorry, \\"${SAMS}\\" belongs to another business unit, so you cannot view it. Only its owner, an administrator, a sequence manager or a sales manager can.`,
    );
  });
});

describe('sales managers and sequence managers', () => {
  it("lets a sales manager see their unit's sequences, connect and see stats, but not change them", async () => {
    await say(h, ALEX, 'make Pat Kim a sales manager');
    expect((await say(h, PAT, `show ${SAMS}`)).all).toContain(SAMS);
    expect((await say(h, PAT, `stats for ${SAMS}`)).all).toContain(`Stats: ${SAMS}`);
    expect(await first(`activate ${SAMS}`, PAT)).toContain('may activate it. Your roles: sales manager.');
  });

  it("keeps a sales manager out of another unit's sequences", async () => {
    await say(h, ALEX, 'make Pat Kim a sales manager');
    await say(h, ALEX, 'put Pat Kim in business unit East');
    expect(await first(`show ${SAMS}`, PAT)).toContain(`I could not find a sequence called "${SAMS}"`);
    expect(await first(`stats for ${SAMS}`, PAT)).toContain(`I could not find a sequence called "${SAMS}"`);
  });

  it("lets a sequence manager change anybody's sequence", async () => {
    await say(h, ALEX, 'make Dana Reyes a sequence manager');
    expect(await first(`rename ${SAMS} to Webinar (team)`)).toBe(`Renamed "${SAMS}" to "Webinar (team)".`);
    const asked = await say(h, DANA, 'delete Webinar (team)');
    expect((await press(h, DANA, asked.cards[0], 'Delete')).all).toContain('Deleted "Webinar (team)".');

    // Once the role is removed, so is the right.
    expect(await first("remove Dana's sequence manager role", ALEX)).toBe(
      'Dana Reyes is no longer a sequence manager.',
    );
    await say(h, SAM, 'create sequence from renewal template');
    expect(await first('activate Upcoming account renewal (Sam Lee)')).toContain(
      'only its owner, an administrator or a sequence manager may activate it',
    );
  });
});

describe('records', () => {
  it('lets a seller add records only for themselves, and see only their own', async () => {
    expect(await first('add lead Jane Doe at Contoso for Sam Lee')).toBe(
      'The lead was not added:\n\nSorry, only an administrator, a sequence manager or a sales manager may add records for someone else. Your roles: seller.',
    );
    expect(await first('add lead Jane Doe at Contoso')).toContain(
      'Added the lead Jane Doe (Contoso), owned by you.',
    );
    expect((await say(h, SAM, 'leads')).all).toContain('No records here yet.');
    expect(await first('connect Jane Doe to Webinar', SAM)).toContain(
      'I could not find a record called "Jane Doe"',
    );
  });
});
