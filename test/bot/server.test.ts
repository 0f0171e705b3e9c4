import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { DANA, SAM, cardText, cardsOf, message, textsOf } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function postJson(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('the HTTP server', () => {
  it('answers the health check once listening', async () => {
    harness = await startHarness();
    const response = await fetch(`${harness.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('in local mode accepts an unauthenticated activity and answers "help" with a card', async () => {
    harness = await startHarness();
    const { status, replies } = await harness.post(message(DANA, 'help'));
    expect(status).toBe(200);
    const [card] = cardsOf(replies);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(cardText(card)).toContain('What I can do for you');
    expect(cardText(card)).toContain('administrator');
  });

  it('with BOT_ID and BOT_PASSWORD refuses a request without a Bot Framework token', async () => {
    harness = await startHarness({
      env: { BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_PASSWORD: 'x' },
    });
    const { status } = await harness.post(message(DANA, 'help'));
    expect(status).toBe(401);
    expect(await harness.stores.users.get(DANA.id)).toBeUndefined();
  });

  it('answers a malformed request with 400, not 500', async () => {
    harness = await startHarness();
    const notJson = await postJson(`${harness.url}/api/messages`, '{"type": "message", ');
    expect(notJson.status).toBe(400);
    const noType = await postJson(`${harness.url}/api/messages`, { text: 'hello' });
    expect(noType.status).toBe(400);
  });

  it('answers text it cannot place with the closest commands', async () => {
    harness = await startHarness();
    const { replies } = await harness.post(message(DANA, 'hlep me with the weather'));
    const [text] = textsOf(replies);
    expect(text).toContain('did not understand "hlep me with the weather"');
    expect(text).toContain('"help"');
  });
});

describe('users', () => {
  it('records name, locale, time zone and conversation reference from every activity', async () => {
    harness = await startHarness();
    await harness.post(message({ ...SAM, locale: 'en-GB' }, 'help'));
    const user = await harness.stores.users.get(SAM.id);
    expect(user).toMatchObject({
      id: SAM.id,
      name: 'Sam Lee',
      locale: 'en-GB',
      workingHours: { timeZone: 'America/New_York', start: '08:00', end: '17:00', days: [1, 2, 3, 4, 5] },
      digestTime: '08:00',
    });
    expect(user?.conversationReference?.conversation?.id).toBe(`a:personal-${SAM.id}`);
    expect(user?.conversationReference?.serviceUrl).toBe(harness.connector.url);
  });

  it('identifies a user by from.id when Teams sends no aadObjectId', async () => {
    harness = await startHarness();
    const activity = message(DANA, 'help');
    activity.from = { id: 'playground-user', name: 'Alex' };
    await harness.post(activity);
    expect((await harness.stores.users.get('playground-user'))?.name).toBe('Alex');
  });

  it('makes only ADMIN_IDS administrators when ADMIN_IDS is set', async () => {
    harness = await startHarness({ env: { ADMIN_IDS: `${DANA.id}, someone-else` } });
    const dana = await harness.post(message(DANA, 'help'));
    const sam = await harness.post(message(SAM, 'help'));
    expect(cardText(cardsOf(dana.replies)[0])).toContain('Your roles: administrator');
    expect(cardText(cardsOf(sam.replies)[0])).toContain('Your roles: seller');
  });
});

describe('the welcome', () => {
  const added = (name?: string): Partial<Activity> => {
    const activity = message(DANA, '');
    delete activity.text;
    return {
      ...activity,
      type: 'conversationUpdate',
      from: { id: '29:new-user', aadObjectId: 'new-user', name: name as string },
      membersAdded: [{ id: '29:new-user', name: '' }],
    };
  };

  it('greets a new user by first name', async () => {
    harness = await startHarness();
    const { replies } = await harness.post(added('Ann Smith'));
    expect(textsOf(replies)).toEqual([
      'Hi Ann! I am your sequence assistant. Type "help" to see what I can do.',
    ]);
  });

  it('greets without a name when the client sends none, rather than with an id', async () => {
    harness = await startHarness();
    const { replies } = await harness.post(added());
    expect(textsOf(replies)).toEqual(['Hi! I am your sequence assistant. Type "help" to see what I can do.']);
  });
});

describe('the test clock', () => {
  it('does not exist without TEST_CLOCK=1', async () => {
    harness = await startHarness();
    const { status } = await postJson(`${harness.url}/api/test-clock`, { advanceMs: 1000 });
    expect(status).toBe(404);
  });

  it('moves forward by advanceMs or to an ISO time, and never back', async () => {
    harness = await startHarness({ env: { TEST_CLOCK: '1' } });
    const start = harness.clock.now().getTime();
    const advanced = await postJson(`${harness.url}/api/test-clock`, { advanceMs: 3_600_000 });
    expect(advanced).toEqual({ status: 200, json: { now: new Date(start + 3_600_000).toISOString() } });
    const moved = await postJson(`${harness.url}/api/test-clock`, { now: '2026-03-10T08:00:00Z' });
    expect(moved).toEqual({ status: 200, json: { now: '2026-03-10T08:00:00.000Z' } });
    const back = await postJson(`${harness.url}/api/test-clock`, { now: '2026-03-01T08:00:00Z' });
    expect(back.status).toBe(400);
    expect(harness.clock.now().toISOString()).toBe('2026-03-10T08:00:00.000Z');
  });

  it('rejects a malformed request with a message and leaves the clock alone', async () => {
    harness = await startHarness({ env: { TEST_CLOCK: '1' } });
    const before = harness.clock.now().toISOString();
    for (const body of [
      {},
      { advanceMs: -5 },
      { advanceMs: 'soon' },
      { now: 'tomorrow' },
      { advanceMs: 1, now: before },
    ]) {
      const { status, json } = await postJson(`${harness.url}/api/test-clock`, body);
      expect(status).toBe(400);
      expect((json as { error: string }).error.length).toBeGreaterThan(10);
    }
    expect(harness.clock.now().toISOString()).toBe(before);
  });

  it('runs every job that comes due on the way, each at its own time', async () => {
    harness = await startHarness({ env: { TEST_CLOCK: '1' } });
    const ran: string[] = [];
    harness.ctx.runner.on('test.record', async (job) => {
      ran.push(`${job.id}@${harness!.clock.now().toISOString()}`);
    });
    await harness.ctx.runner.schedule({
      id: 'b',
      type: 'test.record',
      runAt: '2026-03-02T12:00:00.000Z',
      payload: {},
    });
    await harness.ctx.runner.schedule({
      id: 'a',
      type: 'test.record',
      runAt: '2026-03-02T10:00:00.000Z',
      payload: {},
    });
    await harness.ctx.runner.schedule({
      id: 'c',
      type: 'test.record',
      runAt: '2026-03-03T10:00:00.000Z',
      payload: {},
    });
    await postJson(`${harness.url}/api/test-clock`, { now: '2026-03-02T18:00:00Z' });
    expect(ran).toEqual(['a@2026-03-02T10:00:00.000Z', 'b@2026-03-02T12:00:00.000Z']);
  });
});
