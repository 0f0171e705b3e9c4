// Starts the seller's background services: proactive Up next cards when steps fall due, daily
// digests, vacation returns, and the catch-up for a seller who installs or unblocks the app.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Enrollment, HistoryEntry } from '../../domain/model.js';
import { proactiveComposer } from '../../bot/views/seller/compose.js';
import { turnUser, userIdOf } from '../../bot/users.js';
import { SystemClock } from '../clock.js';
import type { AppContext } from '../context.js';
import type { User, UserRepository } from '../ports.js';
import { DIGEST_JOB, ensureDigests, onVacation, runDigestJob, scheduleDigest } from './digest.js';
import { ProactiveSender, adapterTransport, type Transport } from './proactive.js';
import { SendRateLimiter, SharedSendLimiter, sendWindows, type SendLimiter } from './rate-limiter.js';
import { RESUME_JOB, runResumeJob } from './vacation.js';

export interface SellerServices {
  sender: ProactiveSender;
  limiter: SendLimiter;
  /** Settles when every seller's digest job has been checked at start-up. */
  ready: Promise<void>;
}

const installed = new WeakMap<AppContext, SellerServices>();

/** The seller services running for `ctx`, once installSellerServices has run. */
export function sellerServicesOf(ctx: AppContext): SellerServices | undefined {
  return installed.get(ctx);
}

/** History actions that come from a button on a step's card. */
const PRESSES: ReadonlySet<HistoryEntry['action']> = new Set(['completed', 'skipped', 'branched']);

/**
 * True when the step became current through the seller's own button press and was due at once:
 * the card they pressed already shows it, so a push would only repeat it.
 */
export function shownOnPressedCard(enrollment: Enrollment): boolean {
  const current = enrollment.current;
  if (!current || current.snoozed || current.dueAt !== current.since) return false;
  const lastByPerson = [...enrollment.history].reverse().find((entry) => entry.by !== 'system');
  // Only a press on a step's card answers with the next step; connecting (or resuming) does not, so
  // a seller who connects their own record gets the first step's card at once.
  return (
    lastByPerson?.by === enrollment.sellerId &&
    lastByPerson.at === current.since &&
    PRESSES.has(lastByPerson.action)
  );
}

/**
 * Whether a step that just became current needs a push when it falls due: not when the card the
 * seller pressed shows it already, unless they are away (the push then pauses it until they are back).
 */
async function pushWanted(ctx: AppContext, enrollment: Enrollment, users: UserRepository): Promise<boolean> {
  if (!shownOnPressedCard(enrollment)) return true;
  const seller = await users.get(enrollment.sellerId);
  return Boolean(seller?.pausedUntil && onVacation(seller, ctx.clock.now()));
}

async function onStepDue(ctx: AppContext, sender: ProactiveSender, enrollment: Enrollment): Promise<void> {
  const current = enrollment.current;
  if (!current) return;
  const seller = await ctx.stores.users.get(enrollment.sellerId);
  if (seller?.pausedUntil && onVacation(seller, ctx.clock.now())) {
    // Connected while the seller is away: it waits with the rest until they are back.
    await ctx.enrollments.apply(enrollment.id, { type: 'paused', by: seller.id, until: seller.pausedUntil });
    return;
  }
  if (shownOnPressedCard(enrollment)) return;
  await sender.enqueue(enrollment.sellerId, `upnext:${enrollment.id}:${enrollment.revision}`, {
    kind: 'upNext',
    enrollmentId: enrollment.id,
    stepId: current.stepId,
    revision: enrollment.revision,
  });
}

const reachable = (user: User | undefined): boolean =>
  Boolean(user?.conversationReference?.conversation?.id) && !user?.blockedAt;

/**
 * Before every turn: a seller we could not reach before (never installed, or blocked the app) and
 * can reach now gets what is due, and a digest job. Done before the handlers, so that a turn that
 * fails later still does it; the user is recorded here the same way the handlers record them.
 */
function watchTurns(ctx: AppContext, bot: Application<TurnState>, sender: ProactiveSender): void {
  bot.turn('beforeTurn', async (context: TurnContext) => {
    try {
      const id = userIdOf(context.activity);
      if (!id) return true;
      // Recorded once for the whole turn: the handlers share this reading.
      const { user, previous } = await turnUser(context, { ...ctx.stores, clock: ctx.clock });
      if (!user || reachable(previous)) return true;
      await scheduleDigest(ctx, user);
      if (reachable(user)) await sender.enqueue(id, `catchup:${id}`, { kind: 'workList', reason: 'catchUp' });
    } catch (error) {
      ctx.log.error({ err: error }, 'seller catch-up before a turn failed');
    }
    return true;
  });
}

export function installSellerServices(
  ctx: AppContext,
  bot: Application<TurnState>,
  options: { transport?: Transport } = {},
): SellerServices {
  const rates = {
    globalPerSecond: ctx.config.globalSendRate,
    conversationPerSecond: ctx.config.conversationSendRate,
  };
  const local = new SendRateLimiter(rates);
  // On PostgreSQL several instances may run: they keep the limits together, through the database.
  const wall = new SystemClock();
  const limiter: SendLimiter =
    ctx.stores.engine === 'postgres'
      ? new SharedSendLimiter(local, ctx.stores.sendLog, sendWindows(rates), () => wall.now().getTime())
      : local;
  const transport = options.transport ?? adapterTransport(bot.adapter as CloudAdapter, ctx.config.botId);
  const sender = new ProactiveSender({ ctx, transport, limiter, compose: proactiveComposer(ctx) });
  ctx.runner.on(DIGEST_JOB, (job) => runDigestJob(ctx, sender, job));
  ctx.runner.on(RESUME_JOB, (job) => runResumeJob(ctx, sender, job));
  ctx.enrollments.onStepDue((enrollment) => onStepDue(ctx, sender, enrollment), {
    wanted: (enrollment, tx) => pushWanted(ctx, enrollment, tx.users),
  });
  ctx.bulk.onDone((operation, progress, via) =>
    sender.enqueue(
      operation.actor.id,
      `bulk:${operation.id}`,
      {
        kind: 'notice',
        key: operation.then === 'deleteSequence' ? 'manager.bulk.deleteDone' : 'manager.bulk.connectDone',
        params: {
          sequence: operation.sequenceName,
          done: progress.done,
          skipped: progress.skipped,
          refused: progress.refused,
        },
      },
      via,
    ),
  );
  watchTurns(ctx, bot, sender);
  const ready = ensureDigests(ctx).catch((error: unknown) =>
    ctx.log.error({ err: error }, 'could not plan the digests at start-up'),
  );
  const services = { sender, limiter, ready };
  installed.set(ctx, services);
  return services;
}
