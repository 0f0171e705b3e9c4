// A stand-in for the Bot Framework connector on loopback that keeps Teams' limits the way the
// service does: per conversation 7 messages in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an hour, and
// `globalPerSecond` for the whole app; a message beyond any of them is answered 429 with a
// Retry-After. It records every message it took and every 429 it gave, so a run can tell whether
// each message arrived once and whether each retry waited as long as it was asked to.
// (Teams itself cannot be reached from here; this is the one part of the bench that is a stand-in.)

import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';

const CONVERSATION_WINDOWS = [
  { ms: 1_000, max: 7 },
  { ms: 2_000, max: 8 },
  { ms: 30_000, max: 60 },
  { ms: 3_600_000, max: 1_800 },
];

export interface Delivery {
  conversationId: string;
  /** Monotonic ms the message was taken. */
  at: number;
  /** The message's attachments' content types and its text, enough to tell a digest from a card. */
  kind: string;
}

export interface Throttle {
  conversationId: string;
  at: number;
  retryAfterMs: number;
  /** When the same conversation was next posted to (undefined: never again). */
  retriedAt?: number;
}

export interface LimitedConnector {
  url: string;
  deliveries: Delivery[];
  throttles: Throttle[];
  /** Requests answered so far, of any status. */
  requests(): number;
  close(): Promise<void>;
}

export interface LimitedConnectorOptions {
  /** Messages per second the app may send in all (sliding one-second window). */
  globalPerSecond: number;
  /** Whole seconds a 429 asks the sender to wait. */
  retryAfterSeconds?: number;
  /**
   * Also answer every n-th message 429 although it is within the limits, as Teams does when its
   * own service is busy: so that every run shows how 429s are retried.
   */
  throttleEvery?: number;
}

export async function startLimitedConnector(options: LimitedConnectorOptions): Promise<LimitedConnector> {
  const retryAfterMs = (options.retryAfterSeconds ?? 1) * 1000;
  const deliveries: Delivery[] = [];
  const throttles: Throttle[] = [];
  const byConversation = new Map<string, number[]>();
  const openThrottle = new Map<string, Throttle>();
  let global: number[] = [];
  let requests = 0;
  let messages = 0;
  let counter = 0;

  const fits = (times: number[], now: number, ms: number, max: number): boolean => {
    let count = 0;
    for (let i = times.length - 1; i >= 0 && times[i]! > now - ms; i--) count++;
    return count < max;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests++;
      const now = performance.now();
      const answer = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'POST' && req.url?.endsWith('/v3/conversations')) {
        answer(200, { id: `conv-${++counter}` });
        return;
      }
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (!match) {
        answer(200, {});
        return;
      }
      const conversationId = decodeURIComponent(match[1] ?? '');
      const previous = openThrottle.get(conversationId);
      if (previous) {
        previous.retriedAt = now;
        openThrottle.delete(conversationId);
      }
      const times = byConversation.get(conversationId) ?? [];
      global = global.filter((at) => at > now - 1_000);
      messages++;
      const within =
        CONVERSATION_WINDOWS.every((w) => fits(times, now, w.ms, w.max)) &&
        fits(global, now, 1_000, options.globalPerSecond);
      const busy = options.throttleEvery !== undefined && messages % options.throttleEvery === 0;
      if (!within || busy) {
        const throttle: Throttle = { conversationId, at: now, retryAfterMs };
        throttles.push(throttle);
        openThrottle.set(conversationId, throttle);
        answer(
          429,
          { error: { code: 'ThrottledRequest', message: 'Too many requests' } },
          { 'retry-after': String(retryAfterMs / 1000) },
        );
        return;
      }
      times.push(now);
      byConversation.set(conversationId, times);
      global.push(now);
      let kind = 'message';
      try {
        const activity = JSON.parse(Buffer.concat(chunks).toString()) as {
          attachments?: { content?: { body?: unknown } }[];
          text?: string;
        };
        kind = JSON.stringify(activity.attachments?.[0]?.content ?? activity.text ?? '').slice(0, 2000);
      } catch {
        kind = 'unreadable';
      }
      deliveries.push({ conversationId, at: now, kind });
      answer(200, { id: `activity-${++counter}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    deliveries,
    throttles,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port free on loopback right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
