// Proactive sends against connectors that misbehave, over real HTTP: one that never answers costs a
// bounded time once and does not hold up another conversation; a 401 stops after a bounded number
// of tries and says so; a 403 stops at once; only throttling, gateway trouble and timeouts retry.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import type { Job, User } from '../../src/app/ports.js';
import {
  PROACTIVE_JOB,
  ProactiveSender,
  UNAUTHORIZED_TRIES,
  adapterTransport,
} from '../../src/app/seller/proactive.js';
import { SendRateLimiter } from '../../src/app/seller/rate-limiter.js';
import { createAdapter } from '../../src/bot/app.js';
import { startHarness, type Harness } from '../helpers/harness.js';

/** A connector on loopback that counts requests per conversation and answers `status`, or never. */
interface Connector {
  url: string;
  requests: Map<string, number>;
  close(): Promise<void>;
}

async function connector(answer: number | 'never'): Promise<Connector> {
  const requests = new Map<string, number>();
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const conversation = /\/v3\/conversations\/([^/]+)\//.exec(req.url ?? '')?.[1] ?? '?';
    requests.set(decodeURIComponent(conversation), (requests.get(decodeURIComponent(conversation)) ?? 0) + 1);
    req.resume();
    if (answer === 'never') {
      open.add(res);
      return;
    }
    res.writeHead(answer, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer < 300 ? { id: 'a-1' } : { error: { code: 'Stub', message: 'stub' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let h: Harness;
const connectors: Connector[] = [];
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await Promise.all(connectors.splice(0).map((c) => c.close()));
  await h.close();
});

async function reachableAt(c: Connector, id: string): Promise<void> {
  connectors.push(c);
  const now = h.clock.now().toISOString();
  const user: User = {
    id,
    name: id,
    roles: [],
    workingHours: { timeZone: 'UTC', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    digestTime: '08:00',
    conversationReference: {
      serviceUrl: c.url,
      channelId: 'msteams',
      conversation: { id: `conv-${id}` } as never,
    },
    createdAt: now,
    updatedAt: now,
  };
  await h.stores.users.save(user);
}

/** A sender on the real adapter transport; jobs it puts back are kept here instead of run. */
function sender(sendTimeoutMs = 5_000): {
  send(userId: string, key: string): Promise<void>;
  putBack: Job[];
  logged: { level: string; fields: object; message: string }[];
} {
  const putBack: Job[] = [];
  let handler: ((job: Job) => Promise<void>) | undefined;
  const runner = {
    on: (_type: string, run: (job: Job) => Promise<void>) => (handler = run),
    schedule: async (job: Job) => void putBack.push(job),
  };
  const logged: { level: string; fields: object; message: string }[] = [];
  const line =
    (level: string) =>
    (fields: object | string, message = ''): void =>
      void logged.push(
        typeof fields === 'string' ? { level, fields: {}, message: fields } : { level, fields, message },
      );
  const log: Record<string, unknown> = {
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
  };
  log.child = () => log;
  const ctx = { ...h.ctx, runner, log } as unknown as AppContext;
  new ProactiveSender({
    ctx,
    transport: adapterTransport(createAdapter(h.ctx), ''),
    limiter: new SendRateLimiter({ globalPerSecond: 30, conversationPerSecond: 7 }),
    compose: async () => ({ type: 'message', text: 'Your work list' }),
    sendTimeoutMs,
    sleep: async () => undefined,
  });
  return {
    send: (userId, key) =>
      handler!({
        id: `push:${key}`,
        type: PROACTIVE_JOB,
        runAt: h.clock.now().toISOString(),
        payload: { userId, message: { kind: 'resumed', count: 1 } },
        attempts: 0,
      }),
    putBack,
    logged,
  };
}

describe('proactive sends to a misbehaving connector', () => {
  it('gives up on a connector that never answers, and another conversation is served meanwhile', async () => {
    const silent = await connector('never');
    const fine = await connector(200);
    await reachableAt(silent, 'slow-user');
    await reachableAt(fine, 'quick-user');
    const { send, putBack } = sender(300);
    const started = performance.now();
    await Promise.all([send('slow-user', 'a'), send('quick-user', 'b')]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(fine.requests.get('conv-quick-user')).toBe(1);
    expect(silent.requests.get('conv-slow-user')).toBe(1);
    expect(putBack.map((job) => [job.id, job.attempts])).toEqual([['push:a', 1]]);
  });

  it('does not spend another timeout on the same silent conversation before its retry is due', async () => {
    const silent = await connector('never');
    await reachableAt(silent, 'slow-user');
    const { send, putBack } = sender(300);
    await send('slow-user', 'first');
    const started = performance.now();
    for (const key of ['second', 'third', 'fourth']) await send('slow-user', key);
    expect(performance.now() - started).toBeLessThan(300);
    expect(silent.requests.get('conv-slow-user')).toBe(1);
    expect(putBack.map((job) => job.id)).toEqual(['push:first', 'push:second', 'push:third', 'push:fourth']);
    expect(new Set(putBack.slice(1).map((job) => job.runAt))).toEqual(new Set([putBack[0]!.runAt]));
  });

  it('stops after a bounded number of 401s and says why in the log', async () => {
    const refusing = await connector(401);
    await reachableAt(refusing, 'sam');
    const { send, putBack, logged } = sender();
    await send('sam', 'x');
    expect(refusing.requests.get('conv-sam')).toBe(UNAUTHORIZED_TRIES);
    expect(putBack).toEqual([]);
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([
      {
        level: 'error',
        fields: expect.objectContaining({ status: 401, tries: UNAUTHORIZED_TRIES }),
        message: expect.stringContaining("refused the bot's credentials"),
      },
    ]);
  });

  it('stops at the first 403 and marks the user as having blocked the app', async () => {
    const blocked = await connector(403);
    await reachableAt(blocked, 'sam');
    const { send, putBack } = sender();
    await send('sam', 'x');
    expect(blocked.requests.get('conv-sam')).toBe(1);
    expect(putBack).toEqual([]);
    expect((await h.stores.users.get('sam'))?.blockedAt).toBe(h.clock.now().toISOString());
  });

  it.each([
    [500, 1, 0],
    [400, 1, 0],
    [502, 3, 1],
    [503, 3, 1],
    [504, 3, 1],
    [429, 3, 1],
  ])('a %s is tried %s time(s) and put back %s time(s)', async (status, tries, putBacks) => {
    const answering = await connector(status);
    await reachableAt(answering, 'sam');
    const { send, putBack } = sender();
    await send('sam', 'x');
    expect(answering.requests.get('conv-sam')).toBe(tries);
    expect(putBack).toHaveLength(putBacks);
  });
});
