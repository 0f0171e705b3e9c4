// HTTP: the Bot Framework endpoint, a health check, and (only with TEST_CLOCK=1) the test clock.

import type { Activity } from 'botbuilder';
import restify from 'restify';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from './app/context.js';

export interface ServerParts {
  ctx: AppContext;
  adapter: TeamsAdapter;
  bot: Application<TurnState>;
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
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }));
  let ready = false;

  server.post('/api/messages', async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, { error: 'The body must be a Bot Framework activity: a JSON object with a "type".' });
      return;
    }
    const started = performance.now();
    const activity = body as Partial<Activity>;
    try {
      await adapter.process(req, res, async (context) => {
        await bot.run(context);
      });
    } catch (error) {
      ctx.log.error({ err: error }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
    // Ids only: never the text a user typed or the card's data.
    ctx.log.info(
      {
        event: 'activity',
        activityId: activity.id,
        activityType: activity.type,
        name: activity.name,
        verb: (activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb,
        userId: activity.from?.aadObjectId ?? activity.from?.id,
        conversationId: activity.conversation?.id,
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
      },
      'activity handled',
    );
    // Effects queued by the turn (e-mails, record updates) run right after the answer.
    ctx.runner.runDue().catch((error: unknown) => ctx.log.error({ err: error }, 'job drain failed'));
  });

  server.get('/healthz', async (_req, res) => {
    res.send(ready ? 200 : 503, { status: ready ? 'ok' : 'starting' });
  });

  if (ctx.config.testClock && ctx.testClock) {
    const clock = ctx.testClock;
    server.post('/api/test-clock', async (req, res) => {
      const target = parseTestClockTarget(req.body, clock.now());
      if (typeof target === 'string') {
        res.send(400, { error: target });
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
