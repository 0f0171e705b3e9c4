// A stub Bot Framework connector on loopback: records every activity the bot sends to a
// conversation, and can answer with chosen failures (429 storms, 403 blocked).

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface ReceivedActivity {
  conversationId: string;
  activity: Partial<Activity>;
  at: number;
}

export interface StubConnector {
  url: string;
  received: ReceivedActivity[];
  /**
   * Holds every answer to an activity this long. An activity counts as received only when its
   * answer reached a sender still waiting for it: one whose process died meanwhile never learnt
   * that it was delivered, so it is not counted (it will be sent again).
   */
  hold(ms: number): void;
  /** Activities posted and still waiting for their answer. */
  pending(): number;
  /** Answers the next requests with these statuses (then 200s again). */
  failNext(...responses: { status: number; retryAfterSeconds?: number; code?: string }[]): void;
  close(): Promise<void>;
}

export async function startStubConnector(): Promise<StubConnector> {
  const received: ReceivedActivity[] = [];
  const failures: { status: number; retryAfterSeconds?: number; code?: string }[] = [];
  let counter = 0;
  let holdMs = 0;
  let waiting = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const failure = failures.shift();
      if (failure) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (failure.retryAfterSeconds !== undefined)
          headers['retry-after'] = String(failure.retryAfterSeconds);
        res.writeHead(failure.status, headers);
        res.end(JSON.stringify({ error: { code: failure.code ?? 'Failure', message: 'stub failure' } }));
        return;
      }
      if (req.method === 'POST' && req.url?.endsWith('/v3/conversations')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `conv-${++counter}` }));
        return;
      }
      const answer = (): void => {
        if (match) {
          if (req.socket.destroyed) return;
          received.push({
            conversationId: decodeURIComponent(match[1] ?? ''),
            activity: raw ? (JSON.parse(raw) as Partial<Activity>) : {},
            at: performance.now(),
          });
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `activity-${++counter}` }));
      };
      if (!match || holdMs === 0) return answer();
      waiting++;
      setTimeout(() => {
        waiting--;
        answer();
      }, holdMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    failNext: (...responses) => failures.push(...responses),
    hold: (ms) => {
      holdMs = ms;
    },
    pending: () => waiting,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
