// "help" in the Agents Playground: the bot answers with its card, the Playground renders it
// without a warning, and every HTTP exchange is a 2xx.

import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ name: 'help' });
});

afterAll(async () => {
  await stack?.close();
});

describe('the Playground, as a newcomer meets it', () => {
  it('greets the demo user by name when the app is installed', async () => {
    onTestFailed(async () => void (await stack.page.screenshotPage('greeting-failed')));
    await stack.page.waitForBotText(/Hi Alex!/);
  });

  it('answers "help" with a readable card', async () => {
    onTestFailed(async () => void (await stack.page.screenshotPage('help-failed')));
    const before = await stack.page.cardCount();
    await stack.page.sendMessage('help');
    const card = await stack.page.waitForCard({ after: before, text: 'What I can do for you' });
    // The five things the user needs most, and the rest behind "All commands".
    expect(await card.innerText()).toMatch(/All commands/);
    await stack.page.screenshotCard(card, 'help');
    expect(await stack.problems()).toEqual([]);
  });

  it('understands the words as the user types them', async () => {
    const before = await stack.page.cardCount();
    await stack.page.sendMessage('What can you do?');
    await stack.page.waitForCard({ after: before, text: 'What I can do for you' });
    expect(await stack.problems()).toEqual([]);
  });

  // Last, since it leaves a failure behind: proves the suite would notice a bot answering non-2xx.
  it('the problem check sees a failed exchange with the bot', async () => {
    const response = await fetch(stack.recorder.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ not: 'an activity' }),
    });
    expect(response.status).toBe(400);
    expect((await stack.problems()).join('\n')).toMatch(/HTTP 400/);
  });
});
