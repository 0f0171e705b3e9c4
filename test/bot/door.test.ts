// The door: every request to /api/messages is read as JSON only and checked against the activity
// schema before any handler or storage sees it. What is refused gets a 400 (413, 415) with a short
// reason, one log line, and leaves the stored state exactly as it was.

import { readdirSync } from 'node:fs';
import os from 'node:os';
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TEXT_BYTES } from '../../src/bot/activity-schema.js';
import { MAX_COMMAND_LENGTH } from '../../src/bot/app.js';
import { DANA, SAM, execute, message, submit } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

interface Answer {
  status: number;
  error?: string;
}

async function raw(body: string | Buffer | FormData, contentType?: string): Promise<Answer> {
  const response = await fetch(`${h.url}/api/messages`, {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  });
  const text = await response.text();
  let error: string | undefined;
  try {
    error = (JSON.parse(text) as { error?: string }).error;
  } catch {
    error = undefined;
  }
  return { status: response.status, error };
}

const json = (value: unknown): Promise<Answer> => raw(JSON.stringify(value), 'application/json');

/** A well-formed message from Dana, with `change` applied to it. */
function dana(change: (activity: Record<string, unknown>) => void): Record<string, unknown> {
  const activity = { serviceUrl: h.connector.url, ...message(DANA, 'help') } as Record<string, unknown>;
  change(activity);
  return activity;
}

async function storedState(): Promise<string> {
  const { users, records, sequences, enrollments } = h.stores;
  return JSON.stringify([
    await users.list(),
    await records.list(),
    await sequences.list(),
    await enrollments.list(),
  ]);
}

describe('the door refuses what the bot cannot read', () => {
  it.each<[string, (activity: Record<string, unknown>) => void, RegExp]>([
    ['a numeric user id', (a) => ((a.from as Record<string, unknown>).aadObjectId = 42), /from\.aadObjectId/],
    [
      'an array user id',
      (a) => ((a.from as Record<string, unknown>).aadObjectId = ['x']),
      /from\.aadObjectId/,
    ],
    [
      'an object user id',
      (a) => ((a.from as Record<string, unknown>).aadObjectId = { id: 'x' }),
      /from\.aadObjectId/,
    ],
    [
      'a boolean user id',
      (a) => ((a.from as Record<string, unknown>).aadObjectId = true),
      /from\.aadObjectId/,
    ],
    [
      'a user id that names a prototype',
      (a) => ((a.from as Record<string, unknown>).aadObjectId = '__proto__'),
      /from\.aadObjectId/,
    ],
    ['a numeric from.id', (a) => (a.from = { id: 7 }), /from\.id/],
    ['a numeric serviceUrl', (a) => (a.serviceUrl = 12), /serviceUrl/],
    ['a serviceUrl that is not http', (a) => (a.serviceUrl = 'file:///etc/passwd'), /serviceUrl/],
    ['a locale object', (a) => (a.locale = { en: true }), /locale/],
    ['a numeric text', (a) => (a.text = 5), /text/],
    ['no conversation', (a) => delete a.conversation, /conversation.*missing/],
    ['no from', (a) => delete a.from, /from.*missing/],
    ['no recipient', (a) => delete a.recipient, /recipient.*missing/],
    ['no serviceUrl', (a) => delete a.serviceUrl, /serviceUrl.*missing/],
    ['an unknown type', (a) => (a.type = 'teleport'), /type/],
    ['entities that are not a list', (a) => (a.entities = 'clientInfo'), /entities/],
    ['a text over the Teams limit', (a) => (a.text = 'x'.repeat(MAX_TEXT_BYTES + 1)), /text.*longer/],
  ])('refuses %s with 400 and stores nothing', async (_what, change, reason) => {
    const before = await storedState();
    const answer = await json(dana(change));
    expect(answer.status).toBe(400);
    expect(answer.error).toMatch(reason);
    expect(answer.error!.length).toBeLessThanOrEqual(200);
    expect(await storedState()).toBe(before);
  });

  it('refuses {"type":"message"} alone', async () => {
    const answer = await json({ type: 'message' });
    expect(answer).toMatchObject({ status: 400 });
    expect(await h.stores.users.list()).toEqual([]);
  });

  it('refuses duplicate keys, prototype keys and deep nesting, whatever the rest says', async () => {
    const good = JSON.stringify(dana(() => undefined));
    const duplicate = good.replace('"type":"message"', '"type":"message","type":"invoke"');
    expect(await raw(duplicate, 'application/json')).toMatchObject({
      status: 400,
      error: expect.stringMatching(/twice/),
    });
    const escaped = good.replace('"type":"message"', '"type":"message","\\u0074ype":"message"');
    expect((await raw(escaped, 'application/json')).status).toBe(400);
    const proto = good.replace('"type":"message"', '"type":"message","__proto__":{"admin":true}');
    expect(await raw(proto, 'application/json')).toMatchObject({
      status: 400,
      error: expect.stringMatching(/__proto__/),
    });
    const deep = good.replace(
      '"type":"message"',
      `"type":"message","channelData":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
    );
    expect(await raw(deep, 'application/json')).toMatchObject({
      status: 400,
      error: expect.stringMatching(/nested/),
    });
    expect(await h.stores.users.list()).toEqual([]);
  });

  it('reads only JSON: other media types are 415, a body that is not UTF-8 or JSON is 400', async () => {
    expect((await raw('type=message', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await raw(JSON.stringify(dana(() => undefined)), 'text/plain')).status).toBe(415);
    expect((await raw(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'application/json')).status).toBe(
      400,
    );
    expect((await raw('{"type": "message", ', 'application/json')).status).toBe(400);
    expect((await raw('[1,2,3]', 'application/json')).status).toBe(400);
    expect(await h.stores.users.list()).toEqual([]);
  });

  it('never writes an upload to disk, and refuses a body over 1 MB with 413', async () => {
    const uploads = (): string[] => readdirSync(os.tmpdir()).filter((name) => name.startsWith('upload_'));
    const before = uploads();
    const form = new FormData();
    form.append('activity', JSON.stringify(dana(() => undefined)));
    form.append('file', new Blob([Buffer.alloc(2 * 1024 * 1024, 0x41)]), 'big.bin');
    expect((await raw(form)).status).toBe(415);
    expect(uploads()).toEqual(before);
    const big = JSON.stringify(dana((a) => (a.channelData = { pad: 'x'.repeat(1024 * 1024) })));
    expect((await raw(big, 'application/json')).status).toBe(413);
    expect(await h.stores.users.list()).toEqual([]);
  });

  it('logs a refusal once, with its reason and no body', async () => {
    const warn = vi.spyOn(h.ctx.log, 'warn');
    await json(dana((a) => (a.serviceUrl = 12)));
    expect(warn).toHaveBeenCalledTimes(1);
    const [fields] = warn.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(fields).toMatchObject({ event: 'activity refused', status: 400 });
    expect(String(fields.reason)).toContain('serviceUrl');
    expect(JSON.stringify(fields)).not.toContain('help');
  });

  it('takes a message right at the Teams limit and answers it at once, without reading it as a command', async () => {
    for (const text of [
      `connect ${'x y '.repeat(MAX_TEXT_BYTES / 4 - 4)}`,
      `add lead ${'é'.repeat((MAX_TEXT_BYTES - 9) / 2)}`,
    ]) {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_TEXT_BYTES);
      const started = performance.now();
      const { status, replies } = await h.post(message(SAM, text));
      expect(performance.now() - started).toBeLessThan(2000);
      expect(status).toBe(200);
      expect(replies.map((reply) => reply.text)).toEqual([
        `That text is too long: at most ${MAX_COMMAND_LENGTH} characters.`,
      ]);
    }
    expect((await h.stores.users.get(SAM.id))?.name).toBe('Sam Lee');
    expect(await h.stores.records.list()).toEqual([]);
  });
});

describe('card actions at the door', () => {
  const post = (activity: Partial<Activity>): Promise<Answer> =>
    json({ serviceUrl: h.connector.url, ...activity });

  it('refuses a verb no card carries, and an invoke the bot does not take', async () => {
    expect(await post(execute(DANA, 'manager.launch', {}))).toMatchObject({
      status: 400,
      error: expect.stringMatching(/no card action/),
    });
    const other = { ...execute(DANA, 'seller.skip', {}), name: 'composeExtension/query' };
    expect((await post(other)).status).toBe(400);
    expect((await post(submit(DANA, { verb: 'nope' }))).status).toBe(400);
    expect((await post(submit(DANA, { text: 'no verb' }))).status).toBe(400);
    expect(await h.stores.users.list()).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['seller.complete', { enrollmentId: { $ne: '' }, stepId: 's' }],
    ['seller.snooze', { enrollmentId: 'e', stepId: 's', until: ['tomorrow'] }],
    ['seller.workList', { page: { n: 1 } }],
    ['manager.choose', { request: { intent: 'sequence.show', slots: 'all' } }],
    ['manager.choose', { request: { intent: 'sequence.show', slots: {}, picked: { sequence: 5 } } }],
    ['manager.rename', { sequenceId: 's', newName: { first: 'x' } }],
    ['manager.step.add', { sequenceId: 's', anything: { nested: true } }],
  ])('refuses %s with data of the wrong type (%j)', async (verb, data) => {
    const before = await storedState();
    expect((await post(execute(DANA, verb, { verb, ...data }))).status).toBe(400);
    expect((await post(submit(DANA, { verb, ...data }))).status).toBe(400);
    expect(await storedState()).toBe(before);
  });

  it('lets a well-formed press through to its handler', async () => {
    const { status, body } = await h.post(execute(DANA, 'manager.activate', { verb: 'manager.activate' }));
    expect(status).toBe(200);
    expect(JSON.stringify(body)).toContain('That button did not carry what I need.');
  });
});
