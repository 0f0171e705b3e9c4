// HTTP: the Bot Framework endpoint, a health check, and (only with TEST_CLOCK=1) the test clock.
// The endpoint is the trust boundary: a request is read as JSON only (never as a file), checked
// against the activity schema, then authenticated, and only then does a turn run.

import type { Activity } from 'botbuilder';
import restify from 'restify';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from './app/context.js';
import type { AuthenticateRequestResult, BotAdapter } from './bot/app.js';
import { MAX_DEPTH, checkActivity } from './bot/activity-schema.js';
import { parseStrictJson } from './domain/strict-json.js';
import { answerInTime, turnDelay } from './bot/deadline.js';

export interface ServerParts {
  ctx: AppContext;
  adapter: BotAdapter;
  bot: Application<TurnState>;
}

/** A request body bigger than this is refused before it is read further. */
export const MAX_BODY_BYTES = 1024 * 1024;

type Read = { ok: true; value: unknown } | { ok: false; status: number; reason: string };

/**
 * The request's JSON body, read into memory up to MAX_BODY_BYTES: any other media type, a bigger
 * body, text that is not UTF-8 or JSON that is not strict (see parseStrictJson) is refused.
 */
export function readJsonBody(req: restify.Request): Promise<Read> {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    req.resume();
    return Promise.resolve({ ok: false, status: 415, reason: 'Send the body as application/json.' });
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    req.resume();
    return Promise.resolve({ ok: false, status: 413, reason: 'The body is too large.' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: Read): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        finish({ ok: false, status: 413, reason: 'The body is too large.' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => finish({ ok: false, status: 400, reason: 'The body could not be read.' }));
    req.on('end', () => {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
      } catch {
        finish({ ok: false, status: 400, reason: 'The body is not UTF-8 text.' });
        return;
      }
      const parsed = parseStrictJson(text, MAX_DEPTH);
      finish(parsed.ok ? parsed : { ok: false, status: 400, reason: parsed.reason });
    });
  });
}

/**
 * What a refused authentication is answered with: 503 when the signing keys could not be fetched
 * (the caller may retry), else 401. Never the library's message, which may name internal URLs.
 */
export function authenticationStatus(error: unknown): 401 | 503 {
  const { name, statusCode } = (error ?? {}) as { name?: unknown; statusCode?: unknown };
  const keysUnavailable =
    name === 'FetchError' ||
    name === 'AbortError' ||
    (typeof statusCode === 'number' && statusCode >= 500) ||
    (error instanceof Error && /Failed to load (openID config|Keys)/.test(error.message));
  return keysUnavailable ? 503 : 401;
}

/** The Bot Framework adapter reads timestamps as dates, as its own request parsing would. */
function asAdapterActivity(checked: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...checked };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    if (typeof activity[field] === 'string') {
      activity[raw] = activity[field];
      activity[field] = new Date(activity[field]);
    }
  }
  return activity as unknown as Activity;
}

type TestClockBody = { advanceMs?: unknown; now?: unknown };

/** Where the test clock should go, or a message saying what is wrong with the request. */
export function parseTestClockTarget(body: unknown, now: Date): Date | string {
  if (typeof body !== 'object' || body === null)
    return 'Send a JSON object: {"advanceMs": n} or {"now": "<ISO time>"}.';
  const { advanceMs, now: to } = body as TestClockBody;
  if ((advanceMs === undefined) === (to === undefined)) return 'Send exactly one of "advanceMs" and "now".';
  if (advanceMs !== undefined) {
    if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
      return '"advanceMs" must be a number of milliseconds, zero or more.';
    }
    return new Date(now.getTime() + advanceMs);
  }
  const target = typeof to === 'string' ? new Date(to) : new Date(Number.NaN);
  if (Number.isNaN(target.getTime()))
    return '"now" must be an ISO date and time, e.g. "2026-03-02T08:00:00Z".';
  if (target.getTime() < now.getTime())
    return `The clock never goes back: it is already ${now.toISOString()}.`;
  return target;
}

export function createServer({ ctx, adapter, bot }: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'sequence-assistant', handleUncaughtExceptions: false });
  let ready = false;

  /** A request refused at the door: one log line, a short reason, nothing stored. */
  const refuse = (res: restify.Response, status: number, reason: string): void => {
    ctx.log.warn({ event: 'activity refused', status, reason }, 'activity refused');
    if (status === 413 || status === 415) res.header('connection', 'close');
    res.send(status, { error: reason });
  };

  server.post('/api/messages', async (req, res) => {
    const started = performance.now();
    const body = await readJsonBody(req);
    if (!body.ok) return refuse(res, body.status, body.reason);
    const checked = checkActivity(body.value);
    if (!checked.ok) return refuse(res, 400, checked.reason);
    const activity = asAdapterActivity(checked.activity);
    const ids = {
      activityId: activity.id,
      activityType: activity.type,
      userId: activity.from.aadObjectId ?? activity.from.id,
      conversationId: activity.conversation.id,
    };

    let auth: AuthenticateRequestResult;
    try {
      auth = await adapter.authenticate(activity, req.headers.authorization ?? '');
    } catch (error) {
      const status = authenticationStatus(error);
      ctx.log.warn({ event: 'activity refused', status, err: error, ...ids }, 'authentication refused');
      if (status === 503) res.header('retry-after', '30');
      res.send(status, {
        error: status === 503 ? 'Authentication is unavailable; try again later.' : 'Unauthorized.',
      });
      return;
    }

    try {
      const answer = await answerInTime(ctx, activity, (late) => {
        let deliveredLate = 0;
        const answer = adapter.runTurn(auth, activity, async (context) => {
          // After the deadline, what the turn sends to the chat still reaches it (expectReplies
          // answers, and an invoke's own answer, do not: the request was answered already).
          context.onSendActivities(async (_context, activities, next) => {
            if (late() && activity.deliveryMode !== 'expectReplies')
              deliveredLate += activities.filter((a) => a.type === 'message').length;
            return next();
          });
          if (turnDelay.ms > 0) await new Promise((resolve) => setTimeout(resolve, turnDelay.ms));
          await bot.run(context);
        });
        return { answer, deliveredLate: () => deliveredLate };
      });
      res.send(answer?.status ?? 200, answer?.body);
    } catch (error) {
      ctx.log.error({ err: error }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
    // Ids only: never the text a user typed or the card's data.
    ctx.log.info(
      {
        event: 'activity',
        ...ids,
        name: activity.name,
        verb: (activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb,
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
      },
      'activity handled',
    );
    // Effects queued by the turn (e-mails, record updates) run right after the answer; a turn that
    // queued nothing due costs no query here (the poller finds the rest).
    ctx.runner.runPutDue().catch((error: unknown) => ctx.log.error({ err: error }, 'job drain failed'));
  });

  server.get('/healthz', async (_req, res) => {
    res.send(ready ? 200 : 503, { status: ready ? 'ok' : 'starting' });
  });

  if (ctx.config.testClock && ctx.testClock) {
    const clock = ctx.testClock;
    server.post('/api/test-clock', async (req, res) => {
      const body = await readJsonBody(req);
      const target = body.ok ? parseTestClockTarget(body.value, clock.now()) : body.reason;
      if (typeof target === 'string') {
        res.send(body.ok ? 400 : body.status, { error: target });
        return;
      }
      await ctx.runner.advanceTo(clock, target);
      res.send(200, { now: clock.now().toISOString() });
    });
  }

  server.on('listening', () => {
    ready = true;
  });
  return server;
}
