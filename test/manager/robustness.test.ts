// Bad input never crashes a turn and never changes anything: forged or stale card data, presses on
// things that are gone, and text that only looks like a command.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute, submit, type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { type Card, press, say } from '../helpers/manager-chat.js';
import { cardText } from '../helpers/activities.js';
import { cardProblems } from '../helpers/card-schema.js';

const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await say(h, DANA, 'hello');
});
afterEach(async () => {
  await h.close();
});

async function pressRaw(verb: string, data: Record<string, unknown>): Promise<string> {
  const { status, body } = await h.post(execute(DANA, verb, { verb, ...data }));
  expect(status).toBe(200);
  const value = (body as { value?: unknown }).value;
  if (typeof value !== 'string') expect(cardProblems(value)).toEqual([]);
  return typeof value === 'string' ? value : cardText(value);
}

describe('bad input', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['manager.choose', {}, 'That button did not carry what I need.'],
    [
      'manager.choose',
      { request: { intent: 'launch.rockets', slots: {} } },
      'That button did not carry what I need.',
    ],
    [
      'manager.choose',
      { request: { intent: 'sequence.activate', slots: {}, picked: { sequence: 'no-such-id' } } },
      'That sequence no longer exists.',
    ],
    ['manager.activate', {}, 'That button did not carry what I need.'],
    ['manager.activate', { sequenceId: 'no-such-id' }, 'That sequence no longer exists.'],
    [
      'manager.template.use',
      { templateId: 'no-such-template' },
      'Which template should the sequence start from?',
    ],
    ['manager.step.add', { sequenceId: 'x', addKind: 'teleport' }, 'Choose the kind of step to add.'],
    ['manager.step.remove', { sequenceId: 'x' }, 'Choose a step first.'],
    ['manager.step.duration', { sequenceId: 'x', durationStep: 'a' }, 'Give the days and hours.'],
    [
      'manager.step.edit',
      { sequenceId: 'x', editStep: 'a', editField: 'colour', editValue: 'red' },
      'Type the new text.',
    ],
    ['manager.connect', { sequenceId: 'x' }, 'Choose the records to connect.'],
    ['manager.rename', { sequenceId: 'x', newName: '   ' }, 'A sequence needs a name.'],
  ])('%s with %j is answered, not crashed on', async (verb, data, expected) => {
    expect(await pressRaw(verb, data)).toContain(expected);
    expect(await h.stores.sequences.list()).toEqual([]);
  });

  it('answers a press on a step that is gone, and an old client the same way', async () => {
    const created = await say(h, DANA, 'create sequence from demo template');
    const card = created.cards[0] as Card;
    const before = await h.stores.sequences.list();
    const form = (await press(h, DANA, card, 'Customise')).cards[0] as Card;
    const gone = await press(h, DANA, form, 'Remove the step', { removeStep: 'no-such-step' });
    expect(gone.all).toContain('There is no step no-such-step in');
    const { status, replies } = await h.post(
      submit(DANA, { verb: 'manager.step.remove', sequenceId: before[0]!.id, removeStep: 'nope' }),
    );
    expect(status).toBe(200);
    expect(replies.map((r) => r.text).join()).toContain('There is no step nope in');
    expect(await h.stores.sequences.list()).toEqual(before);
  });

  it('leaves text it does not understand to the product\'s "did you mean"', async () => {
    const answer = await say(h, DANA, 'activate the flux capacitor please');
    expect(answer.texts[0]).toContain('I could not find a sequence called "flux capacitor"');
    const nonsense = await say(h, DANA, 'blorp the wibble');
    expect(nonsense.texts[0]).toContain('Sorry, I did not understand "blorp the wibble".');
  });
});
