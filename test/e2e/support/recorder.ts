// A recording proxy in front of the bot's /api/messages: the Playground talks to the bot through
// it, so the suite sees every activity the bot answered and with which HTTP status.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Exchange {
  at: number;
  /** POST for activities; the Playground also probes the endpoint (GET/HEAD) before it connects. */
  method: string;
  /** Activity type, and the invoke name when there is one ("invoke adaptiveCard/action"). */
  activity: string;
  /** What was sent: the text of a message, the verb of a card action. */
  summary: string;
  status: number;
  durationMs: number;
  /** The response body, for invokes (the updated card) and failures. */
  responseBody: string;
}

export interface Recorder {
  /** The endpoint to give the Playground. */
  endpoint: string;
  exchanges: Exchange[];
  /**
   * The locale of the Teams client the proxy stands in for: set, it replaces the activity's locale
   * (the Playground always sends "en-US"), as a user whose Teams speaks another language would.
   */
  locale?: string;
  /** Resolves with the next exchange after `from` (an index into `exchanges`) that matches. */
  next(from: number, match: (exchange: Exchange) => boolean, timeoutMs?: number): Promise<Exchange>;
  close(): Promise<void>;
}

function describeActivity(body: string): { activity: string; summary: string } {
  if (!body) return { activity: 'none', summary: '' };
  try {
    const activity = JSON.parse(body) as {
      type?: string;
      name?: string;
      text?: string;
      value?: { action?: { verb?: string; title?: string } } & Record<string, unknown>;
    };
    const kind = [activity.type, activity.name].filter(Boolean).join(' ');
    const verb = activity.value?.action?.verb ?? (activity.value?.verb as string | undefined);
    return { activity: kind || 'unknown', summary: verb ? `verb=${verb}` : (activity.text ?? '') };
  } catch {
    return { activity: 'unparsable', summary: body.slice(0, 80) };
  }
}

/** The activity with `locale` in place of the client's, in its own field and its clientInfo entity. */
function withLocale(body: Buffer, locale: string | undefined): Buffer {
  if (locale === undefined || body.length === 0) return body;
  try {
    const activity = JSON.parse(body.toString('utf8')) as {
      locale?: string;
      entities?: { type?: string; locale?: string }[];
    };
    activity.locale = locale;
    for (const entity of activity.entities ?? []) if (entity.type === 'clientInfo') entity.locale = locale;
    return Buffer.from(JSON.stringify(activity), 'utf8');
  } catch {
    return body;
  }
}

export async function startRecorder(botUrl: string): Promise<Recorder> {
  const exchanges: Exchange[] = [];
  const state: { locale?: string } = {};
  const waiters = new Set<() => void>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body =
        req.method === 'POST' ? withLocale(Buffer.concat(chunks), state.locale) : Buffer.concat(chunks);
      const started = performance.now();
      const upstream = http.request(
        `${botUrl}${req.url ?? '/'}`,
        {
          method: req.method,
          headers: { ...req.headers, host: new URL(botUrl).host, 'content-length': String(body.length) },
        },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => parts.push(chunk));
          answer.on('end', () => {
            const responseBody = Buffer.concat(parts);
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(responseBody);
            exchanges.push({
              at: Date.now(),
              method: req.method ?? '',
              ...describeActivity(body.toString('utf8')),
              status: answer.statusCode ?? 0,
              durationMs: Math.round(performance.now() - started),
              responseBody: responseBody.toString('utf8').slice(0, 100_000),
            });
            for (const wake of waiters) wake();
          });
        },
      );
      upstream.on('error', (error) => {
        exchanges.push({
          at: Date.now(),
          method: req.method ?? '',
          ...describeActivity(body.toString('utf8')),
          status: 0,
          durationMs: Math.round(performance.now() - started),
          responseBody: `proxy could not reach the bot: ${error.message}`,
        });
        for (const wake of waiters) wake();
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    exchanges,
    get locale() {
      return state.locale;
    },
    set locale(locale: string | undefined) {
      state.locale = locale;
    },
    next(from, match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = exchanges.slice(from).find(match);
          if (!found) return false;
          cleanup();
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching exchange with the bot within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        const wake = (): void => void check();
        if (!check()) waiters.add(wake);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
