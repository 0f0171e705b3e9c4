// A manager's day, as a chat over real HTTP: from "create sequence from product demo template" to an
// active, customised sequence with records connected and the first seller steps due.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DUE_JOB, timerJobId } from '../../src/app/enrollments.js';
import { cardText, type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { buttonsOf, press, pressOld, say } from '../helpers/manager-chat.js';

const ALEX: TestUser = { id: 'aad-alex', name: 'Alex Admin', timeZone: 'Europe/London' };
const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };
const SAM: TestUser = { id: 'aad-sam', name: 'Sam Lee', timeZone: 'America/New_York' };

let h: Harness;

beforeEach(async () => {
  h = await startHarness({ env: { ADMIN_IDS: ALEX.id } });
  for (const user of [ALEX, DANA, SAM]) await say(h, user, 'hello');
});
afterEach(async () => {
  await h.close();
});

async function onlySequence() {
  const [sequence] = await h.stores.sequences.list();
  if (!sequence) throw new Error('no sequence');
  return sequence;
}

describe('a manager builds and runs a sequence by typing', () => {
  it('goes from "create sequence from product demo template" to an active, customised sequence with records connected and the first steps due', async () => {
    // The administrator makes Dana a sequence manager.
    const granted = await say(h, ALEX, 'make Dana Reyes a sequence manager');
    expect(granted.texts).toEqual(['Dana Reyes is now a sequence manager.']);
    expect((await say(h, DANA, 'my role')).texts[0]).toContain(
      'Your roles: sequence manager. Business unit: default.',
    );

    // The templates, with their figures.
    const templates = await say(h, DANA, 'what templates do you have?');
    const list = cardText(templates.cards[0]);
    for (const name of [
      "Follow up when contacts don't show up",
      'High-volume outbound prospecting',
      'Invite to an upcoming event',
      'Meeting for product demo requests',
      'Upcoming account renewal',
      'Webinar follow-up',
    ]) {
      expect(list).toContain(name);
    }
    expect(list).toContain('opportunity · 9 steps · 5 days to complete');
    expect(list).toContain('account · 13 steps · 50 days to complete');

    const flow = await say(h, DANA, 'show the product demo template');
    expect(flow.all).toContain('9 steps · 5 days to complete');
    // Only performed steps are numbered; the wait and the condition are placed by the step before them.
    expect(flow.all).toContain('◷ After step 3: wait 1 day (working time)');
    expect(flow.all).toContain('Then: step 4 "Ask for a demo time".');
    // The whole flow as a picture: the condition's two answers side by side, a path that meets a step
    // drawn elsewhere pointing to it.
    expect(flow.all).toContain('◇ Replied within 1 day?');
    expect(flow.all).toContain('✓ Replied');
    expect(flow.all).toContain('☑ 5. Set up the demo meeting');
    expect(flow.all).toContain('✗ No reply');
    expect(flow.all).toContain('☎ 7. Call to book the demo');
    expect(flow.all).toContain('↪ on to 5. Set up the demo meeting');

    // Create: a draft copy for Dana with a default name, answered with its card.
    const created = await say(h, DANA, 'create sequence from product demo template');
    expect(created.texts[0]).toContain(
      'Created the draft "Meeting for product demo requests (Dana Reyes)" from the template "Meeting for product demo requests".',
    );
    // Activate, Customise (a card of its own with the forms), Copy, Stats, Delete.
    expect(buttonsOf(created.cards[0])).toEqual(
      expect.arrayContaining(['Activate', 'Customise', 'Copy', 'Stats', 'Delete']),
    );
    const form = (await press(h, DANA, created.cards[0], 'Customise')).cards[0];
    expect(buttonsOf(form)).toEqual(
      expect.arrayContaining(['Rename', 'Add the step', 'Remove the step', 'Back to the sequence']),
    );
    let sequence = await onlySequence();
    expect(sequence).toMatchObject({
      status: 'draft',
      version: 1,
      ownerId: DANA.id,
      recordType: 'opportunity',
      templateId: 'product-demo',
    });
    expect(sequence.businessUnit).toBeUndefined(); // a sequence manager builds for everyone

    // Customise by typing: add a call after step 3, change a wait, try to remove a step a condition needs.
    const added = await say(h, DANA, 'add a call after step 3: introduce yourself and confirm the demo');
    // One line naming the change; the sequence card only on request.
    expect(added.first).toBe(
      'Added step 4 "Introduce yourself and confirm the demo" (Phone call) after step 3 of "Meeting for product demo requests (Dana Reyes)".',
    );
    expect(added.cards).toHaveLength(1);
    expect(buttonsOf(added.cards[0])).toEqual(['Show the sequence']);
    const shownCard = await press(h, DANA, added.cards[0], 'Show the sequence');
    expect(buttonsOf(shownCard.cards[0])).toEqual(expect.arrayContaining(['Customise']));
    sequence = await onlySequence();
    const call = sequence.graph.steps[3]!;
    expect(call).toMatchObject({ kind: 'phoneCall', next: 'wait-1-day' });
    expect(sequence.graph.steps[2]).toMatchObject({ id: 'connect-customer', next: call.id });

    const waited = await say(h, DANA, 'change the wait after step 4 to 2 days');
    expect(waited.first).toBe(
      'the wait after step 4 "Wait 2 days" of "Meeting for product demo requests (Dana Reyes)" now waits 2 days.',
    );

    const refused = await say(h, DANA, 'remove step 5');
    expect(refused.texts[0]).toBe(
      'Nothing was changed in "Meeting for product demo requests (Dana Reyes)":\n\nYou cannot remove step 5 "Ask for a demo time": the condition after step 5 "Replied with a demo time?" depends on it. Remove the condition first.',
    );

    await say(h, DANA, 'tag it with q3, demo');
    await say(h, DANA, 'rename it to Demo requests Q3');
    await say(h, DANA, 'set the description to For inbound demo requests');
    sequence = await onlySequence();
    expect(sequence).toMatchObject({
      name: 'Demo requests Q3',
      tags: ['q3', 'demo'],
      description: 'For inbound demo requests',
      version: 1,
    });

    // Customise with the card: add a task after the demo.
    const card = (await say(h, DANA, 'show Demo requests Q3')).cards[0];
    const customise = (await press(h, DANA, card, 'Customise')).cards[0];
    const withTask = await press(h, DANA, customise, 'Add the step', {
      addKind: 'task',
      addPosition: 'after:run-demo',
      addDescription: 'Send a recap of the demo with the next steps.',
    });
    expect(withTask.all).toContain(
      'Added step 8 "Send a recap of the demo with the next steps" (Task) after step 7 of "Demo requests Q3".',
    );
    // One line naming the change, on the same form, to go on editing; the sequence card is one press away.
    expect(buttonsOf(withTask.cards[0])).toEqual(
      expect.arrayContaining(['Add the step', 'Back to the sequence']),
    );
    const back = await press(h, DANA, withTask.cards[0], 'Back to the sequence');
    expect(buttonsOf(back.cards[0])).toEqual(expect.arrayContaining(['Activate', 'Customise']));
    expect((await onlySequence()).graph.steps.find((s) => s.id === 'run-demo')).toMatchObject({
      next: 'task-1',
    });

    // Activate, with a confirmation.
    const asked = await say(h, DANA, 'activate it');
    expect(asked.all).toContain('Activate "Demo requests Q3"?');
    const activated = await press(h, DANA, asked.cards[0], 'Activate');
    expect(activated.all).toContain('"Demo requests Q3" is active.');
    expect(buttonsOf(activated.cards[0])).toContain('Deactivate');
    expect(await onlySequence()).toMatchObject({ status: 'active', version: 1 });

    // Records: Sam's opportunities.
    const addedRecord = await say(
      h,
      DANA,
      'add opportunity Contoso deal at Contoso, buyer@contoso.com, +1 555 0100 for Sam Lee',
    );
    expect(addedRecord.texts[0]).toContain(
      'Added the opportunity Contoso deal (Contoso, buyer@contoso.com, +1 555 0100), owned by Sam Lee.',
    );
    await say(h, DANA, 'add opportunity Fabrikam expansion at Fabrikam, it@fabrikam.com for Sam Lee');
    const opportunities = await say(h, DANA, 'opportunities');
    expect(opportunities.all).toContain('Contoso deal · Contoso');
    expect(opportunities.all).toContain('opportunity · stage develop · owner Sam Lee');

    // Connect one: the steps go to the record's owner; the first step's due job exists.
    const connected = await say(h, DANA, 'connect Contoso deal to Demo requests Q3');
    expect(connected.texts[0]).toBe(
      'Connected Contoso deal to "Demo requests Q3" (version 1). The first step, "Thank-you email", goes to Sam Lee.',
    );
    const [first] = await h.stores.enrollments.list();
    expect(first).toMatchObject({
      sellerId: SAM.id,
      sequenceVersion: 1,
      status: 'active',
      current: { stepId: 'thank-you-email' },
    });
    const due = await h.stores.jobs.get(timerJobId(first!.id));
    expect(due).toMatchObject({
      type: DUE_JOB,
      payload: { enrollmentId: first!.id, stepId: 'thank-you-email' },
    });

    // Editing the active sequence saves a new version; the record already connected stays on its own.
    const edited = await say(
      h,
      DANA,
      'change the description of step 1 to Thank them warmly for asking for a demo.',
    );
    expect(edited.all).toContain(
      'Saved as version 2: records already connected stay on their version, new connections get this one.',
    );
    const many = await say(h, DANA, 'connect all open opportunities to it');
    expect(many.texts[0]).toBe(
      'Connected 1 record to "Demo requests Q3": Fabrikam expansion.\n\n1 were already connected and left as they were.',
    );
    const enrollments = await h.stores.enrollments.list();
    expect(enrollments.map((e) => e.sequenceVersion).sort()).toEqual([1, 2]);
    expect((await h.stores.sequences.getVersion(sequence.id, 1))?.graph.steps[0]?.description).not.toContain(
      'warmly',
    );
    expect((await h.stores.sequences.getVersion(sequence.id, 2))?.graph.steps[0]?.description).toContain(
      'warmly',
    );

    // The list and the stats.
    const sequences = await say(h, DANA, 'sequences');
    expect(sequences.all).toContain('Demo requests Q3');
    expect(sequences.all).toContain('Active · opportunity · 2 connected');
    expect(sequences.all).toContain('Tags: q3, demo');
    const stats = await say(h, DANA, 'stats for Demo requests Q3');
    expect(stats.all).toContain('Stats: Demo requests Q3');
    expect(stats.all).toMatch(/Connected\n2/);
    expect(stats.all).toMatch(/In progress\n2/);

    // The first seller step falls due at 8:00 in Sam's time zone. When the seller's side is in
    // place, Sam gets a card then.
    await h.ctx.runner.advanceTo(h.clock, new Date(due!.runAt));
    const toSam = h.connector.received.filter((r) => r.conversationId === `a:personal-${SAM.id}`);
    if (toSam.length > 0) {
      const pushed = toSam.flatMap((r) => r.activity.attachments ?? []).map((a) => cardText(a.content));
      expect(pushed.join('\n')).toContain('Thank-you email');
    }
  });

  it('answers an older client (Action.Submit) with messages, through the same handlers', async () => {
    await say(h, ALEX, 'make Dana Reyes a sequence manager');
    const created = await say(h, DANA, 'create a blank sequence for leads named Cold leads');
    expect(created.texts[0]).toContain('Created the blank lead sequence "Cold leads" as a draft.');
    const form = (await pressOld(h, DANA, created.cards[0], 'Customise')).cards[0];
    const answer = await pressOld(h, DANA, form, 'Add the step', {
      addKind: 'email',
      addPosition: 'end',
      addDescription: 'Introduce yourself with subject "Hello" and body "Hi {{record.firstName}}"',
    });
    expect(answer.texts[0]).toBe('Added step 1 "Introduce yourself" (Email) at the start of "Cold leads".');
    expect((await onlySequence()).graph).toMatchObject({
      start: 'email-1',
      steps: [{ kind: 'email', template: { subject: 'Hello', body: 'Hi {{record.firstName}}' } }],
    });
  });
});
