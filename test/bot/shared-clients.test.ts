// Inbound turns share their connector and user-token clients instead of building them for each
// turn; proactive sends keep clients of their own (they change their retry policy).

import { TurnContext, type Activity } from 'botbuilder';
import { afterEach, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.js';
import { loadConfig } from '../../src/app/config.js';
import { createAppContext } from '../../src/app/context.js';
import { silentLogger } from '../../src/app/logger.js';
import { createAdapter } from '../../src/bot/app.js';
import { createStores } from '../../src/storage/stores.js';
import { DANA, message } from '../helpers/activities.js';

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

it('gives every turn from one service URL the same clients, and a proactive send its own', async () => {
  const stores = await createStores({ kind: 'memory' });
  closing.push(() => stores.close());
  const ctx = createAppContext({
    config: loadConfig({}),
    stores,
    log: silentLogger(),
    clock: new ManualClock(new Date('2026-03-02T09:00:00Z')),
  });
  const adapter = createAdapter(ctx);
  const clientsOfTurn = async (serviceUrl: string) => {
    const activity = { ...message(DANA, 'help'), serviceUrl, deliveryMode: 'expectReplies' } as Activity;
    const auth = await adapter.authenticate(activity, '');
    let seen: unknown[] = [];
    await adapter.runTurn(auth, activity, async (context: TurnContext) => {
      seen = [
        context.turnState.get(adapter.ConnectorClientKey),
        context.turnState.get(adapter.UserTokenClientKey),
      ];
    });
    return seen;
  };

  const [first, firstTokens] = await clientsOfTurn('https://smba.example/a/');
  const [second, secondTokens] = await clientsOfTurn('https://smba.example/a/');
  const [elsewhere] = await clientsOfTurn('https://smba.example/b/');
  expect(first).toBeDefined();
  expect(second).toBe(first);
  expect(secondTokens).toBe(firstTokens);
  expect(elsewhere).not.toBe(first);

  let proactive: unknown;
  await adapter.continueConversationAsync(
    '',
    TurnContext.getConversationReference({ ...message(DANA, ''), serviceUrl: 'https://smba.example/a/' }),
    async (context) => {
      proactive = context.turnState.get(context.adapter.ConnectorClientKey);
    },
  );
  expect(proactive).toBeDefined();
  expect(proactive).not.toBe(first);
});
