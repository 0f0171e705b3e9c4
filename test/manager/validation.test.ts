// Every validation message, as the manager reads it: each change is checked at once, nothing is saved
// when it breaks a rule, and the answer says which rule in the words of the validation catalogue.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { managerServices } from '../../src/app/manager/index.js';
import type { CrmRecord, Sequence } from '../../src/domain/model.js';
import { MAX_ACTIVE_SEQUENCES } from '../../src/domain/validation.js';
import type { TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { actionOn, press, say } from '../helpers/manager-chat.js';

const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await say(h, DANA, 'hello');
});
afterEach(async () => {
  await h.close();
});

const latest = async (): Promise<Sequence> =>
  (await h.stores.sequences.list()).sort((a, b) => a.name.localeCompare(b.name)).at(-1)!;

/** Says each phrase; the last answer's first text. */
async function chat(...phrases: string[]): Promise<string> {
  let text = '';
  for (const phrase of phrases) text = (await say(h, DANA, phrase)).first;
  return text;
}

async function activate(name: string): Promise<void> {
  const asked = await say(h, DANA, `activate ${name}`);
  await press(h, DANA, asked.cards[0], 'Activate');
}

describe('changes that break a rule of the step graph are refused with its message', () => {
  it.each<[string, string[], string]>([
    [
      'validation.waitTooLong',
      ['create sequence from renewal template', 'change the wait after step 2 to 31 days'],
      'Wait "Wait 31 days" is longer than 30 days, the most a wait can last. Shorten it or split it with a step in between.',
    ],
    [
      'validation.waitAtEnd',
      ['create sequence from demo template', 'add a wait of 2 days after step 6'],
      'Wait "Wait 2 days" is the last step of its path, and a sequence cannot end with a wait. Add a step after it or remove it.',
    ],
    [
      'validation.missingTimeLimit',
      [
        'create sequence from demo template',
        'change the time limit of the condition after step 4 to 0 hours',
      ],
      'Condition "Replied with a demo time?" needs a time limit longer than zero: the "no" path is taken when it passes.',
    ],
    [
      'validation.conditionNotAfterStep',
      ['create sequence from demo template', 'add a task after step 4: call first'],
      'Condition "Replied with a demo time?" must come directly after the step it checks, "Ask for a demo time", and after no other step.',
    ],
    [
      'validation.replyConditionNeedsEmail',
      ['create sequence from demo template', 'add a condition after step 2'],
      'Condition "Replied to "Research on LinkedIn"?" waits for a reply, so the step it checks must be an email; "Research on LinkedIn" is not.',
    ],
    [
      'validation.closingCommandNotLast',
      ['create sequence from webinar template', 'add a qualify step after step 1'],
      'Step "Qualify the lead" qualifies, disqualifies or closes the record, which takes it out of its sequences, so no step can follow it.',
    ],
    [
      'validation.automatedEmailNeedsTemplate',
      ['create sequence from renewal template', 'add an automated email at the end'],
      'Automated email "Automated email" needs an email template with a subject and a body, because the system sends it by itself.',
    ],
  ])('%s', async (_code, phrases, message) => {
    const before = await chat(...phrases.slice(0, -1)).then(latest);
    const answer = await chat(phrases.at(-1)!);
    expect(answer).toContain(`Nothing was changed in "${before.name}":`);
    expect(answer).toContain(message);
    expect(await h.stores.sequences.get(before.id)).toEqual(before);
  });

  it('takes an automated email once it has its subject and body', async () => {
    await chat('create sequence from renewal template');
    expect(
      await chat(
        'add an automated email at the end with subject "Thank you" and body "Hello, thank you for renewing."',
      ),
    ).toBe(
      'Added step 14 "Automated email" (Automated email) after step 13 of "Upcoming account renewal (Dana Reyes)".',
    );
    expect((await latest()).graph.steps.at(-1)).toMatchObject({
      kind: 'automatedEmail',
      template: { subject: 'Thank you', body: 'Hello, thank you for renewing.' },
    });
  });

  it('validation.advanceFirst and validation.stepAfterAdvance', async () => {
    await chat('create sequence from outbound template named Outbound');
    await activate('Outbound');
    await chat(
      'create a blank sequence for leads named Nurture',
      'add a task at the end: call',
      'add an email at the end',
    );
    const first = await chat('add advance to Outbound at the start');
    expect(first).toContain(
      'Step "Advance to "Outbound"" advances to another sequence, so it cannot be the first step.',
    );
    expect(first).toContain(
      'Step "Advance to "Outbound"" advances to another sequence, so no step can follow it.',
    );
    const middle = await chat('add advance to Outbound after step 1');
    expect(middle).toContain(
      'Step "Advance to "Outbound"" advances to another sequence, so no step can follow it.',
    );
    expect(middle).not.toContain('first step');
    // At the end it fits.
    expect(await chat('add advance to Outbound at the end')).toBe(
      'Added step 3 "Advance to "Outbound"" (Command) after step 2 of "Nurture".',
    );
  });

  it('validation.invalidWaitDuration and validation.invalidTimeLimit, from the card form', async () => {
    const summary = (await say(h, DANA, 'create sequence from demo template')).cards[0];
    const card = (await press(h, DANA, summary, 'Customise')).cards[0];
    expect(actionOn(card, 'Change it').verb).toBe('manager.step.duration');
    const wait = await press(h, DANA, card, 'Change it', {
      durationStep: 'wait-1-day',
      durationDays: '1',
      durationHours: '30',
    });
    expect(wait.all).toContain('must last whole days and hours, none negative, with fewer than 24 hours.');
    const limit = await press(h, DANA, card, 'Change it', {
      durationStep: 'demo-time-reply',
      durationDays: '-1',
      durationHours: '0',
    });
    expect(limit.all).toContain(
      'Condition "Replied with a demo time?" needs a time limit in whole days and hours, none negative, with fewer than 24 hours.',
    );
  });

  it('checks the whole graph on every change: a stored graph with broken links is named, step by step', async () => {
    const at = h.clock.now().toISOString();
    const broken: Sequence = {
      id: 'broken',
      name: 'Broken',
      recordType: 'lead',
      ownerId: DANA.id,
      status: 'draft',
      version: 1,
      tags: [],
      createdAt: at,
      updatedAt: at,
      graph: {
        start: 'a',
        steps: [
          { id: 'a', kind: 'task', name: 'A', description: 'a', next: 'b' },
          { id: 'b', kind: 'phoneCall', name: 'B', description: 'b', next: 'c' },
          {
            id: 'c',
            kind: 'condition',
            name: 'C',
            description: 'c',
            about: 'a',
            test: 'callAnswered',
            timeLimit: { days: 1, hours: 0 },
            yes: 'missing',
            no: 'a',
          },
          { id: 'd', kind: 'task', name: 'D', description: 'd', next: 'nowhere' },
          { id: 'd', kind: 'task', name: 'D again', description: 'd' },
          {
            id: 'e',
            kind: 'condition',
            name: 'E',
            description: 'e',
            about: 'ghost',
            test: 'emailReplied',
            timeLimit: { days: 1, hours: 0 },
          },
          {
            id: 'f',
            kind: 'command',
            name: 'F',
            description: 'f',
            command: { type: 'advanceToSequence', sequenceId: ' ' },
          },
        ],
      },
    };
    await h.stores.sequences.save(broken);
    const answer = await chat('rename Broken to Mended');
    for (const message of [
      'Two or more steps use the id "d". Give each step its own id.',
      'Step "D" is followed by "nowhere", but there is no step with that id.',
      'Condition "C" sends its "yes" path to "missing", but there is no step with that id.',
      'Condition "E" checks step "ghost", but there is no step with that id.',
      'Condition "C" must come directly after the step it checks, "A", and after no other step.',
      'Condition "C" waits for an answered call, so the step it checks must be a phone call; "A" is not.',
      'Step "A" leads back to itself. A sequence must always move forward: remove the loop.',
      'Step "D" cannot be reached from the start of the sequence. Connect it or remove it.',
      'Step "F" advances to another sequence but does not say which one. Choose the sequence.',
    ]) {
      expect(answer).toContain(message);
    }
    expect((await h.stores.sequences.get('broken'))?.name).toBe('Broken');

    await h.stores.sequences.save({
      ...broken,
      id: 'no-start',
      name: 'No start',
      graph: { steps: [broken.graph.steps[0]!] },
    });
    expect(await chat('rename No start to Started')).toContain(
      'The sequence has steps, but none follows "Sequence starts here". Choose the first step.',
    );
    await h.stores.sequences.save({
      ...broken,
      id: 'bad-start',
      name: 'Bad start',
      graph: { start: 'zzz', steps: [broken.graph.steps[0]!] },
    });
    expect(await chat('rename Bad start to Started')).toContain(
      'The sequence starts with step "zzz", but there is no step with that id.',
    );
  });
});

describe('activation rules', () => {
  it('validation.emptySequence', async () => {
    await chat('create a blank sequence for leads named Empty');
    expect(await chat('activate it')).toBe(
      '"Empty" cannot be activated yet:\n\n"Empty" has no steps, so it cannot be activated. Add at least one step.',
    );
    expect((await latest()).status).toBe('draft');
  });

  it('validation.tooManyActiveSequences', async () => {
    const at = h.clock.now().toISOString();
    for (let i = 0; i < MAX_ACTIVE_SEQUENCES; i++) {
      await h.stores.sequences.save({
        id: `active-${i}`,
        name: `Active ${String(i).padStart(3, '0')}`,
        recordType: 'lead',
        ownerId: 'someone',
        status: 'active',
        version: 1,
        tags: [],
        graph: { start: 't', steps: [{ id: 't', kind: 'task', name: 'T', description: 't' }] },
        createdAt: at,
        updatedAt: at,
      });
    }
    await chat('create sequence from demo template named Zulu demo');
    expect(await chat('activate Zulu demo')).toContain(
      'Your organisation already has 250 active sequences, and at most 250 are allowed. Deactivate one before activating "Zulu demo".',
    );
  }, 60_000);
});

describe('connection rules', () => {
  it.each<[string, string, string]>([
    [
      'validation.sequenceNotActive',
      'add opportunity Draft deal',
      '"Demo draft" is not active, so records cannot be connected to it.',
    ],
    [
      'validation.recordTypeMismatch',
      'add lead Jane Doe',
      '"Demo live" is for opportunity records, so Jane Doe (lead) cannot be connected to it.',
    ],
    [
      'validation.opportunityClosed',
      'add opportunity Lost deal, stage lost',
      'The opportunity Lost deal is closed as lost, so it cannot be connected to a sequence.',
    ],
  ])('%s', async (_code, addRecord, message) => {
    await chat('create sequence from demo template named Demo live');
    await activate('Demo live');
    await chat('create sequence from demo template named Demo draft');
    await chat(addRecord);
    const [record] = await h.stores.records.list();
    const target = message.includes('Demo draft') ? 'Demo draft' : 'Demo live';
    const answer = await chat(`connect ${record!.name} to ${target}`);
    expect(answer).toContain(`${record!.name} was not connected to "${target}":`);
    expect(answer).toContain(message);
    expect(await h.stores.enrollments.list()).toEqual([]);
  });

  it('validation.leadClosed', async () => {
    await chat('create sequence from webinar template named Webinar');
    await activate('Webinar');
    await chat('add lead Jane Doe, status qualified');
    expect(await chat('connect Jane Doe to Webinar')).toContain(
      'The lead Jane Doe is already qualified, so it cannot be connected to a sequence.',
    );
  });

  it('validation.notFound, when a record goes while it is being connected', async () => {
    await chat('create sequence from webinar template named Webinar');
    await activate('Webinar');
    const sequence = await latest();
    const at = h.clock.now().toISOString();
    const ghost: CrmRecord = {
      id: 'ghost',
      type: 'lead',
      name: 'Ghost',
      ownerId: DANA.id,
      createdAt: at,
      updatedAt: at,
    };
    const services = managerServices(h.ctx, {
      rolesOf: () => ['administrator'],
      isConfiguredAdministrator: () => true,
    });
    const result = await services.connections.connect(
      { id: DANA.id, name: DANA.name, roles: ['administrator'], businessUnit: 'default' },
      sequence,
      ghost,
    );
    expect(result).toEqual({
      ok: false,
      problems: [{ key: 'validation.notFound', params: { id: 'ghost' } }],
    });
  });
});

describe("the manager's own checks", () => {
  it('refuses a taken name, a bad e-mail or phone, a status on a contact, and says so', async () => {
    await chat('create sequence from demo template named Demo Q3');
    expect(await chat('create sequence from webinar template named demo q3')).toBe(
      'The sequence was not created:\n\nThere is already a sequence named "demo q3". Choose another name.',
    );
    await chat('create sequence from webinar template named Webinar Q3');
    expect(await chat('rename it to Demo Q3')).toBe(
      'Nothing was changed in "Webinar Q3":\n\nThere is already a sequence named "Demo Q3". Choose another name.',
    );
    expect(await chat('add lead Jane Doe, jane@contoso, +1 555')).toBe(
      'The lead was not added:\n\n"jane@contoso" is not an e-mail address.\n\n"+1 555" is not a phone number (7 to 15 digits, e.g. +1 555 0100).',
    );
    expect(await chat('add contact Jo Lee, status qualified')).toBe(
      'The contact was not added:\n\nOnly leads have a status; for contact records leave it out.',
    );
    expect(await chat('add lead Jane Doe, jane@contoso.com')).toContain('Added the lead Jane Doe');
    expect(await chat('add lead Janet Doe, JANE@contoso.com')).toBe(
      'The lead was not added:\n\nThere is already a lead Jane Doe with these details.',
    );
    expect(await chat('remove step 40 from Demo Q3')).toBe(
      'Nothing was changed in "Demo Q3":\n\nThere is no step 40 in "Demo Q3": it has 9 steps, numbered on its card.',
    );
    expect(await chat('remove tag spring from Demo Q3')).toBe(
      'Nothing was changed in "Demo Q3":\n\n"Demo Q3" has no tag spring. Its tags: -.',
    );
  });
});
