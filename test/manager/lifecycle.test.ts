// The rest of a sequence's life by chat: asking which one when two match, offering the closest when
// none does, copy, deactivate, delete (an active one disconnects its records), blank sequences,
// pausing and resuming a record's enrollments.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { timerJobId } from '../../src/app/enrollments.js';
import type { TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { buttonsOf, press, say } from '../helpers/manager-chat.js';

const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };
const SAM: TestUser = { id: 'aad-sam', name: 'Sam Lee', timeZone: 'Europe/Warsaw' };

let h: Harness;

beforeEach(async () => {
  // Open local mode: everybody is an administrator.
  h = await startHarness();
  await say(h, DANA, 'hello');
  await say(h, SAM, 'hello');
});
afterEach(async () => {
  await h.close();
});

async function activeDemo(name: string) {
  await say(h, DANA, `create sequence from demo template named ${name}`);
  const asked = await say(h, DANA, `activate ${name}`);
  await press(h, DANA, asked.cards[0], 'Activate');
  return (await h.stores.sequences.list()).find((s) => s.name === name)!;
}

describe('when a phrase fits several things or none', () => {
  it('asks which template with a button each, and goes on with the one pressed', async () => {
    const asked = await say(h, DANA, 'create a sequence from the follow up template');
    expect(asked.all).toContain('More than one template fits "follow up". Which one did you mean?');
    expect(asked.all).toContain("Follow up when contacts don't show up");
    expect(asked.all).toContain('Webinar follow-up');
    // Each button says what pressing it does.
    expect(buttonsOf(asked.cards[0])).toEqual(['Use this one', 'Use this one']);
    const created = await press(h, DANA, asked.cards[0], 'manager.choose');
    expect(created.all).toContain('from the template "Follow up when contacts don\'t show up"');
    expect((await h.stores.sequences.list()).map((s) => s.templateId)).toEqual(['no-show']);
  });

  it('says when no template fits and offers the closest', async () => {
    const answer = await say(h, DANA, 'create sequence from webinr folow template');
    expect(answer.all).toContain('Webinar follow-up');
    const none = await say(h, DANA, 'show the galactic template');
    expect(none.all).toContain('I do not know a template called "galactic". The closest ones:');
    expect(buttonsOf(none.cards[0]).length).toBe(3);
    expect(await h.stores.sequences.list()).toHaveLength(1);
  });

  it('names a template by any distinctive word or abbreviation', async () => {
    for (const [phrase, id] of [
      ['demo', 'product-demo'],
      ['product demo', 'product-demo'],
      ['no-show', 'no-show'],
      ['renewal', 'account-renewal'],
      ['webinar', 'webinar-follow-up'],
      ['outbound', 'outbound-prospecting'],
      ['event invite', 'event-invite'],
      ['hvop', 'outbound-prospecting'],
      ['prod demo', 'product-demo'],
    ]) {
      await say(h, DANA, `create sequence from ${phrase} template`);
      const latest = (await h.stores.sequences.list())
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || 0)
        .at(-1);
      expect(latest).toBeDefined();
      expect((await h.stores.sequences.list()).some((s) => s.templateId === id)).toBe(true);
    }
    // Taken default names are numbered.
    const names = (await h.stores.sequences.list()).map((s) => s.name);
    expect(names).toContain('Meeting for product demo requests (Dana Reyes)');
    expect(names).toContain('Meeting for product demo requests (Dana Reyes) 2');
    expect(names).toContain('Meeting for product demo requests (Dana Reyes) 3');
  });

  it('asks which sequence when two fit, and which one to act on when none is named', async () => {
    await say(h, DANA, 'create sequence from demo template');
    await say(h, DANA, 'create sequence from demo template');
    const asked = await say(h, DANA, 'activate product demo');
    expect(asked.all).toContain('More than one sequence fits "product demo". Which one did you mean?');
    expect(asked.all).toContain('Meeting for product demo requests (Dana Reyes) 2');
    expect(asked.all).toContain('Draft · opportunity · owner Dana Reyes');
    const confirm = await press(h, DANA, asked.cards[0], 'manager.choose');
    expect(confirm.all).toContain('Activate "Meeting for product demo requests (Dana Reyes)"?');

    const missing = await say(h, DANA, 'deactivate Galactic outreach');
    expect(missing.all).toContain(
      'I could not find a sequence called "Galactic outreach". The closest ones:',
    );
    const unnamed = await say(h, SAM, 'stats');
    expect(unnamed.all).toContain('Which sequence do you mean? You asked to see its stats.');
  });

  it('asks which record when two fit', async () => {
    const demo = await activeDemo('Demo Q3');
    await say(h, DANA, 'add opportunity Contoso renewal at Contoso');
    await say(h, DANA, 'add opportunity Contoso expansion at Contoso');
    const asked = await say(h, DANA, 'connect Contoso to Demo Q3');
    expect(asked.all).toContain('More than one record fits "Contoso". Which one did you mean?');
    const done = await press(h, DANA, asked.cards[0], 'manager.choose');
    expect(done.all).toMatch(/Connected Contoso (renewal|expansion) to "Demo Q3"/);
    expect(await h.stores.enrollments.listBySequence(demo.id)).toHaveLength(1);
  });
});

describe('copy, deactivate and delete', () => {
  it('copies a sequence as a new draft owned by whoever copied it, and refuses a taken name', async () => {
    await activeDemo('Demo Q3');
    const copied = await say(h, SAM, 'copy Demo Q3 as Demo Q4');
    expect(copied.texts[0]).toBe('Copied "Demo Q3" as the draft "Demo Q4", owned by you.');
    const copy = (await h.stores.sequences.list()).find((s) => s.name === 'Demo Q4');
    expect(copy).toMatchObject({ status: 'draft', version: 1, ownerId: SAM.id, templateId: 'product-demo' });
    const taken = await say(h, SAM, 'copy Demo Q3 as demo q4');
    expect(taken.texts[0]).toBe(
      '"Demo Q3" was not copied:\n\nThere is already a sequence named "demo q4". Choose another name.',
    );
    const defaultName = await say(h, SAM, 'duplicate Demo Q3');
    expect(defaultName.texts[0]).toContain('as the draft "Copy of Demo Q3"');
  });

  it('deactivates: no new connections, records already connected go on', async () => {
    await activeDemo('Demo Q3');
    await say(h, DANA, 'add opportunity Contoso deal');
    await say(h, DANA, 'add opportunity Fabrikam deal');
    await say(h, DANA, 'connect Contoso deal to Demo Q3');
    const off = await say(h, DANA, 'deactivate Demo Q3');
    expect(off.texts[0]).toBe(
      '"Demo Q3" is inactive: no new records can be connected. The 1 records already connected go on to the end of their version.',
    );
    const refused = await say(h, DANA, 'connect Fabrikam deal to Demo Q3');
    expect(refused.texts[0]).toContain('"Demo Q3" is not active, so records cannot be connected to it.');
    expect((await h.stores.enrollments.list()).map((e) => e.status)).toEqual(['active']);
    const again = await say(h, DANA, 'deactivate Demo Q3');
    expect(again.texts[0]).toBe('"Demo Q3" is not active, so there is nothing to deactivate.');
  });

  it('deletes an active sequence after a confirmation: deactivated, records disconnected, gone', async () => {
    const demo = await activeDemo('Demo Q3');
    await say(h, DANA, 'add opportunity Contoso deal');
    // After hours in Warsaw: the first step falls due tomorrow morning, so its job is waiting.
    h.clock.set(new Date('2026-03-02T18:00:00.000Z'));
    await say(h, DANA, 'connect Contoso deal to Demo Q3');
    const [enrollment] = await h.stores.enrollments.list();
    expect(await h.stores.jobs.get(timerJobId(enrollment!.id))).toMatchObject({
      runAt: '2026-03-03T07:00:00.000Z',
    });

    const asked = await say(h, DANA, 'delete Demo Q3');
    expect(asked.all).toContain(
      '"Demo Q3" will be deactivated, its 1 connected record disconnected (its open steps disappear), and the sequence deleted. This cannot be undone.',
    );
    const cancelled = await press(h, DANA, asked.cards[0], 'Cancel');
    expect(cancelled.all).toContain('Cancelled: nothing was changed.');
    // Cancel leads back to the sequence's card, not to a dead end.
    expect(buttonsOf(cancelled.cards[0])).toEqual(expect.arrayContaining(['Customise', 'Stats']));
    expect(await h.stores.sequences.get(demo.id)).toBeDefined();

    const deleted = await press(h, DANA, asked.cards[0], 'Delete');
    expect(deleted.all).toContain('Deactivated "Demo Q3", disconnected 1 record, and deleted it.');
    expect(await h.stores.sequences.get(demo.id)).toBeUndefined();
    expect(await h.stores.enrollments.get(enrollment!.id)).toMatchObject({ status: 'disconnected' });
    expect(await h.stores.jobs.get(timerJobId(enrollment!.id))).toBeUndefined();
  });

  it('deletes a draft after a confirmation', async () => {
    await say(h, DANA, 'create a blank sequence for contacts named Partners');
    const asked = await say(h, DANA, 'delete it');
    expect(asked.all).toContain('Delete "Partners"?');
    const deleted = await press(h, DANA, asked.cards[0], 'Delete');
    expect(deleted.all).toContain('Deleted "Partners".');
    expect(await h.stores.sequences.list()).toEqual([]);
  });
});

describe("a record's enrollments", () => {
  it('disconnects, pauses and resumes them, and says when there is nothing to do', async () => {
    await activeDemo('Demo Q3');
    await say(h, DANA, 'add opportunity Contoso deal');
    await say(h, DANA, 'connect Contoso deal to Demo Q3');
    expect((await say(h, DANA, 'pause Contoso deal')).texts[0]).toBe(
      'Paused 1 sequence of Contoso deal. Type "resume Contoso deal" to go on.',
    );
    expect((await h.stores.enrollments.list())[0]?.status).toBe('paused');
    expect((await say(h, DANA, 'pause Contoso deal')).texts[0]).toBe(
      'Contoso deal has no running sequence to pause.',
    );
    expect((await say(h, DANA, 'resume Contoso deal')).texts[0]).toContain(
      'Resumed 1 sequence of Contoso deal',
    );
    expect((await say(h, DANA, 'resume Contoso deal in Demo Q3')).texts[0]).toBe(
      'Contoso deal has no paused sequence in "Demo Q3" to resume.',
    );
    expect((await say(h, DANA, 'disconnect Contoso deal from Demo Q3')).texts[0]).toBe(
      'Disconnected Contoso deal from 1 sequence. Its open steps are gone.',
    );
    expect((await h.stores.enrollments.list())[0]?.status).toBe('disconnected');
    expect((await say(h, DANA, 'disconnect Contoso deal')).texts[0]).toBe(
      'Contoso deal has no running sequence to disconnect.',
    );
  });

  it('connects all new leads at once, leaving out closed and already connected ones, and says which', async () => {
    await say(h, DANA, 'create sequence from webinar template named Webinar Q3');
    const asked = await say(h, DANA, 'activate it');
    await press(h, DANA, asked.cards[0], 'Activate');
    await say(h, DANA, 'add lead Jane Doe at Contoso, jane@contoso.com for Sam Lee');
    await say(h, DANA, 'add lead Ann Lee at Fabrikam, ann@fabrikam.com');
    await say(h, DANA, 'add lead Bo Ek, bo@example.com, status qualified');
    await say(h, DANA, 'add lead Cy Ng, cy@example.com, status contacted');
    await say(h, DANA, 'add opportunity Contoso deal');
    const answer = await say(h, DANA, 'connect all new leads to Webinar Q3');
    expect(answer.texts[0]).toBe('Connected 2 records to "Webinar Q3": Ann Lee, Jane Doe.');
    const enrollments = await h.stores.enrollments.list();
    expect(enrollments.map((e) => e.sellerId).sort()).toEqual([DANA.id, SAM.id].sort());
    expect((await say(h, DANA, 'connect every new lead to Webinar Q3')).texts[0]).toBe(
      'No leads to connect to "Webinar Q3" (2 already connected).',
    );
    expect((await say(h, DANA, 'connect all opportunities to Webinar Q3')).texts[0]).toBe(
      '"Webinar Q3" is for leads, not opportunities.',
    );
  });

  it('connects a record once, and from the card of the sequence', async () => {
    const demo = await activeDemo('Demo Q3');
    await say(h, DANA, 'add opportunity Contoso deal');
    await say(h, DANA, 'add opportunity Fabrikam deal');
    await say(h, DANA, 'connect Contoso deal to Demo Q3');
    expect((await say(h, DANA, 'connect Contoso deal to Demo Q3')).texts[0]).toContain(
      'Contoso deal is already connected to "Demo Q3".',
    );
    const card = (await say(h, DANA, 'open Demo Q3')).cards[0];
    const fabrikam = (await h.stores.records.list()).find((r) => r.name === 'Fabrikam deal')!;
    const connected = await press(h, DANA, card, 'Connect records', { connectRecords: fabrikam.id });
    expect(connected.all).toContain('Connected 1 record to "Demo Q3": Fabrikam deal.');
    expect(await h.stores.enrollments.listBySequence(demo.id)).toHaveLength(2);
  });
});
