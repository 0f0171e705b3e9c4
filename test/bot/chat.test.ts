// Small talk: a greeting answers with what to type, a thank-you or an "ok" with a short word back,
// never with "I did not understand"; an "ok" after words nobody understood is still not understood.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from '../../src/bot/grammar/index.js';
import type { TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { say } from '../helpers/manager-chat.js';

const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };
const SAM: TestUser = { id: 'aad-sam', name: 'Sam Lee', timeZone: 'Europe/Warsaw' };

describe('small talk, read by the grammar', () => {
  it.each([
    'thanks',
    'thank you',
    'Thanks!',
    'ok',
    'OK.',
    'okay',
    'cool',
    'got it',
    '👍',
    'ok thanks',
    'great, thanks',
    'thx',
    'perfect',
  ])('"%s" is a thank-you', (text) => {
    expect(parse(text)?.intent).toBe('chat.thanks');
  });

  it.each(['hi', 'hello', 'Hey!', 'hi there', 'good morning', 'hello bot'])('"%s" is a greeting', (text) => {
    expect(parse(text)?.intent).toBe('chat.greeting');
  });

  it('never reads a thank-you or a greeting out of a longer text', () => {
    expect(parse('florp the zibble, ok?')).toBeUndefined();
    expect(parse('hi, what is the weather in Oslo')).toBeUndefined();
    // Courtesy around a command still leaves the command.
    expect(parse('hi, show my up next please')?.intent).toBe('work.upNext');
    expect(parse('ok thanks, qualify Jane Doe')?.intent).toBe('record.qualify');
  });
});

describe('small talk in a chat', () => {
  let h: Harness;
  beforeEach(async () => {
    // Dana is an administrator; Sam a seller.
    h = await startHarness({ env: { ADMIN_IDS: DANA.id } });
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers thanks, ok, cool, got it and 👍 with a short word, not "I did not understand"', async () => {
    for (const text of ['thanks', 'ok', 'cool', 'got it', '👍']) {
      const answer = await say(h, SAM, text);
      expect(answer.texts, text).toEqual(['Glad to help!']);
      expect(answer.cards).toEqual([]);
    }
  });

  it('answers a greeting with a hint of what to type, by role', async () => {
    expect((await say(h, SAM, 'hi')).texts).toEqual([
      'Hi Sam! Type "up next" to see what is due, or "help" for everything I can do.',
    ]);
    expect((await say(h, DANA, 'Hello!')).texts).toEqual([
      'Hi Dana! Type "show sequences" or "team" to see where things stand, or "help" for everything I can do.',
    ]);
  });

  it('still says it did not understand words around an "ok"', async () => {
    const answer = await say(h, SAM, 'florp the zibble, ok?');
    expect(answer.all).toContain('Sorry, I did not understand');
  });

  it('does not list small talk in help', async () => {
    const help = await say(h, SAM, 'help');
    expect(help.all).not.toContain('A greeting, a thank-you');
  });
});
