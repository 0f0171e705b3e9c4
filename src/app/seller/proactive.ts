// Proactive messages to a seller's 1:1 chat: each send is a durable job ('proactive.send'), paced
// to Teams' rate limits, bounded by a timeout, retried with backoff on throttling and outages, and
// stopped for a user who blocked the app or when the connector refuses the bot's credentials. The
// card itself is composed when it goes out, so it never shows stale state.

import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { CloudAdapter } from 'botbuilder';
import type { AppContext } from '../context.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Job, JobStore, User } from '../ports.js';
import type { SendLimiter } from './rate-limiter.js';

export const PROACTIVE_JOB = 'proactive.send';
export const pushJobId = (key: string): string => `push:${key}`;
/** The pending welcome-back work list of a user; a command that shows the list cancels it. */
export const catchUpJobId = (userId: string): string => pushJobId(`catchup:${userId}`);

/** What to tell a seller; turned into an activity by the bot's views at send time. */
export type ProactiveMessage =
  | { kind: 'upNext'; enrollmentId: string; stepId: string; revision: number }
  | { kind: 'digest'; date: string }
  | { kind: 'workList'; reason: 'catchUp' }
  | { kind: 'resumed'; count: number }
  /** A line of the catalogue, rendered in the reader's language when it is sent. */
  | { kind: 'notice'; key: MessageKey; params: Record<string, string | number> };

/** Builds the activity for a message, or undefined when there is nothing (any more) to say. */
export type Composer = (user: User, message: ProactiveMessage) => Promise<Partial<Activity> | undefined>;

/** Delivers one activity to one conversation; throws what the connector answered. */
export interface Transport {
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void>;
}

/** The bot adapter as a transport, with the connector client's own retries turned off (we retry ourselves). */
export function adapterTransport(adapter: CloudAdapter, botId: string): Transport {
  return {
    async send(reference, activity) {
      // The adapter hands errors thrown in this callback to the bot's error handler (which logs and
      // swallows them); keep the connector's answer and rethrow it here, where retries are decided.
      let failure: { error: unknown } | undefined;
      await adapter.continueConversationAsync(botId, reference as ConversationReference, async (context) => {
        withoutClientRetries(context);
        try {
          await context.sendActivity(activity);
        } catch (error) {
          failure = { error };
        }
      });
      if (failure) throw failure.error;
    },
  };
}

/**
 * The connector client retries 429 and 5xx in place by default, waiting as long as Retry-After says
 * while the whole job queue waits behind it, and bypassing the rate limiter. Our send job retries
 * with bounded waits instead. If the client's shape ever changes, its retries simply stay on.
 */
function withoutClientRetries(context: TurnContext): void {
  const client = context.turnState.get(context.adapter.ConnectorClientKey) as
    { client?: { pipeline?: { removePolicy(options: { phase: string }): unknown } } } | undefined;
  client?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}

export type SendFailure =
  | { kind: 'blocked'; status: number; code: string }
  | { kind: 'unauthorized'; status: number; code: string }
  | { kind: 'retry'; status: number | undefined; code: string; retryAfterMs?: number }
  | { kind: 'permanent'; status: number; code: string };

/**
 * Teams answers these when a send may work later: request timeout, precondition race, throttled,
 * gateway trouble, service unavailable (an outage or maintenance, often with Retry-After). Anything
 * else with a status is final; a 500 is a fault in the service that the same send would meet again,
 * so it is logged and dropped.
 */
const RETRY_STATUSES = new Set([408, 412, 429, 502, 503, 504]);

/** A send that got no answer in time; the connector may be accepting connections and never answering. */
export class SendTimeoutError extends Error {
  readonly code = 'timeout';
  constructor(ms: number) {
    super(`no answer from the connector within ${ms} ms`);
  }
}

export function classifySendError(error: unknown): SendFailure {
  const e = error as {
    statusCode?: unknown;
    code?: unknown;
    response?: { status?: unknown; headers?: { get?(name: string): string | null | undefined } };
  };
  const status =
    typeof e?.statusCode === 'number'
      ? e.statusCode
      : typeof e?.response?.status === 'number'
        ? e.response.status
        : undefined;
  const code = typeof e?.code === 'string' ? e.code : 'unknown';
  // No status: the connector could not be reached at all (refused, reset, timed out); try again later.
  if (status === undefined) return { kind: 'retry', status, code };
  if (status === 403) return { kind: 'blocked', status, code };
  if (status === 401) return { kind: 'unauthorized', status, code };
  if (RETRY_STATUSES.has(status)) {
    const header = e.response?.headers?.get?.('retry-after');
    const seconds = header ? Number(header) : Number.NaN;
    // An HTTP-date Retry-After is not used: Teams sends seconds, and backoff still applies without it.
    return Number.isFinite(seconds) && seconds >= 0
      ? { kind: 'retry', status, code, retryAfterMs: seconds * 1000 }
      : { kind: 'retry', status, code };
  }
  return { kind: 'permanent', status, code };
}

/** Exponential backoff with "equal jitter", never shorter than Retry-After. */
export function backoffWithJitter(
  baseMs: number,
  attempt: number,
  capMs: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(capMs, baseMs * 2 ** attempt);
  const jittered = exponential / 2 + random() * (exponential / 2);
  return Math.max(retryAfterMs ?? 0, Math.round(jittered));
}

/** Retries inside one run of the job: a couple of quick ones, only when the wait is short. */
const IN_PLACE_RETRIES = 2;
/** A connector answers in well under a second; past this, the send is given up and tried later. */
export const SEND_TIMEOUT_MS = 5_000;
/** A 401 may be a token refreshed a moment late; more than this many in a row, it is the credentials. */
export const UNAUTHORIZED_TRIES = 3;
const IN_PLACE_BASE_MS = 250;
const IN_PLACE_MAX_WAIT_MS = 2_000;
/** Then the job comes back later, with waits growing to at most an hour; it never gives up on a retryable failure. */
const LATER_BASE_MS = 2_000;
const LATER_MAX_MS = 3_600_000;

export interface ProactiveSenderDeps {
  ctx: AppContext;
  transport: Transport;
  limiter: SendLimiter;
  compose: Composer;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** How long one send may take (SEND_TIMEOUT_MS unless a test says otherwise). */
  sendTimeoutMs?: number;
}

/** `promise`, or a SendTimeoutError after `ms`; the timer never keeps the process alive. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new SendTimeoutError(ms)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class ProactiveSender {
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly sendTimeoutMs: number;
  /**
   * Conversations whose connector did not answer in time, until when they are left alone: their
   * other queued messages wait for the same retry instead of each costing another timeout.
   */
  private readonly unanswered = new Map<string, number>();

  constructor(private readonly deps: ProactiveSenderDeps) {
    this.random = deps.random ?? Math.random;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.sendTimeoutMs = deps.sendTimeoutMs ?? SEND_TIMEOUT_MS;
    deps.ctx.runner.on(PROACTIVE_JOB, (job) => this.run(job));
  }

  /**
   * Queues a message for a user. `key` makes it idempotent: queuing the same key again replaces the
   * pending send instead of adding a second one.
   */
  async enqueue(userId: string, key: string, message: ProactiveMessage, via?: JobStore): Promise<void> {
    const { ctx } = this.deps;
    await ctx.runner.schedule(
      {
        id: pushJobId(key),
        type: PROACTIVE_JOB,
        runAt: ctx.clock.now().toISOString(),
        payload: { userId, message },
      },
      via,
    );
  }

  private async run(job: Job): Promise<void> {
    const { ctx, compose } = this.deps;
    const { userId, message } = job.payload as { userId: string; message: ProactiveMessage };
    const user = await ctx.stores.users.get(userId);
    const log = ctx.log.child({ jobId: job.id, userId, kind: message.kind });
    if (!user) {
      log.warn('proactive message for an unknown user dropped');
      return;
    }
    if (user.blockedAt) {
      log.info({ blockedAt: user.blockedAt }, 'proactive message skipped: the user blocked the app');
      return;
    }
    const reference = user.conversationReference;
    if (!reference?.conversation?.id || !reference.serviceUrl) {
      log.info('proactive message skipped: the user has not installed the app yet');
      return;
    }
    const activity = await compose(user, message);
    if (!activity) {
      log.debug('proactive message no longer applies; nothing sent');
      return;
    }
    await this.deliver(job, user, reference, activity, log);
  }

  private async deliver(
    job: Job,
    user: User,
    reference: Partial<ConversationReference>,
    activity: Partial<Activity>,
    log: AppContext['log'],
  ): Promise<void> {
    const { ctx, transport, limiter } = this.deps;
    const conversationId = reference.conversation?.id ?? user.id;
    const quietUntil = this.unanswered.get(conversationId);
    if (quietUntil !== undefined && quietUntil > ctx.clock.now().getTime()) {
      await this.putBack(job, quietUntil);
      log.info('proactive send postponed: the conversation did not answer lately');
      return;
    }
    this.unanswered.delete(conversationId);
    for (let attempt = 0; ; attempt++) {
      const release = await limiter.acquire(conversationId);
      let failure: SendFailure;
      try {
        await withTimeout(transport.send(reference, activity), this.sendTimeoutMs);
        release();
        log.info({ attempt }, 'proactive message sent');
        return;
      } catch (error) {
        release();
        failure = classifySendError(error);
      }
      const timedOut = failure.kind === 'retry' && failure.code === 'timeout';
      if (failure.kind === 'blocked') {
        await this.markBlocked(user.id);
        log.warn(
          { status: failure.status, code: failure.code },
          'user blocked the app: proactive messages stopped',
        );
        return;
      }
      if (failure.kind === 'unauthorized') {
        if (attempt + 1 >= UNAUTHORIZED_TRIES) {
          log.error(
            { status: failure.status, code: failure.code, tries: attempt + 1 },
            "the connector refused the bot's credentials: proactive message dropped; check BOT_ID and BOT_PASSWORD",
          );
          return;
        }
        await this.sleep(
          backoffWithJitter(IN_PLACE_BASE_MS, attempt, IN_PLACE_MAX_WAIT_MS, undefined, this.random),
        );
        continue;
      }
      if (failure.kind === 'permanent') {
        log.error({ status: failure.status, code: failure.code }, 'proactive message refused; dropped');
        return;
      }
      const wait = backoffWithJitter(
        IN_PLACE_BASE_MS,
        attempt,
        IN_PLACE_MAX_WAIT_MS,
        failure.retryAfterMs,
        this.random,
      );
      // A timed-out send is not tried again at once: it already cost the whole timeout.
      if (!timedOut && attempt < IN_PLACE_RETRIES && wait <= IN_PLACE_MAX_WAIT_MS) {
        log.debug({ status: failure.status, waitMs: wait }, 'proactive send retried in place');
        await this.sleep(wait);
        continue;
      }
      // Put back by hand rather than by throwing: the runner gives up after a fixed number of
      // attempts, and a message must not be lost because Teams was throttling for a while.
      const delay = backoffWithJitter(
        LATER_BASE_MS,
        job.attempts,
        LATER_MAX_MS,
        failure.retryAfterMs,
        this.random,
      );
      const retryAt = ctx.clock.now().getTime() + delay;
      if (timedOut) this.unanswered.set(conversationId, retryAt);
      await this.putBack({ ...job, attempts: job.attempts + 1 }, retryAt);
      log.warn(
        { status: failure.status, code: failure.code, attempts: job.attempts + 1, delayMs: delay },
        'proactive send failed; will retry',
      );
      return;
    }
  }

  private async putBack(job: Job, at: number): Promise<void> {
    await this.deps.ctx.runner.schedule({ ...job, runAt: new Date(at).toISOString() });
  }

  private async markBlocked(userId: string): Promise<void> {
    const { stores, clock } = this.deps.ctx;
    // Same lock as users.ts, so an inbound message that unblocks the user is not overwritten.
    await stores.locks.withLock(`user:${userId}`, async () => {
      const user = await stores.users.get(userId);
      if (!user || user.blockedAt) return;
      const now = clock.now().toISOString();
      await stores.users.save({ ...user, blockedAt: now, updatedAt: now });
    });
  }
}
