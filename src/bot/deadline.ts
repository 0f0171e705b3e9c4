// A turn's deadline. Teams gives up on a request after 15 s; a turn that works longer than its
// deadline (TURN_DEADLINE_MS, or INVOKE_DEADLINE_MS for a card press) is answered "still working"
// at once, and keeps working. Its end is then told to the user by a proactive message, queued as a
// job in the same transaction that closes the turn's guard job; if the process dies first, the
// guard job tells the user, once, that it could not be finished. Nothing runs twice: the work is
// never started again, only its end is reported.

import type { Activity, InvokeResponse } from 'botbuilder';
import type { AppContext } from '../app/context.js';
import { timeOrderedId } from '../app/ids.js';
import type { Job, JobStore } from '../app/ports.js';
import { PROACTIVE_JOB, pushJobId, type ProactiveMessage } from '../app/seller/proactive.js';
import type { MessageKey } from '../i18n/index.js';
import { t } from '../i18n/index.js';

export const LATE_TURN_JOB = 'turn.late';
/** How long a late turn may still work before its guard job says it was lost. */
export const LATE_TURN_GUARD_MS = 15 * 60_000;

/**
 * For tests only: a delay before a turn's work, to make a turn late on purpose. Nothing in the
 * product sets it.
 */
export const turnDelay: { ms: number } = { ms: 0 };

/** Late turns still working in this process, by guard job id: their guard must wait for them. */
const working = new Set<string>();

export interface TurnRun {
  /** The turn, as the adapter runs it: its answer for an invoke or expectReplies. */
  answer: Promise<InvokeResponse | undefined>;
  /** How many messages the turn delivered to the chat itself after its deadline. */
  deliveredLate(): number;
}

/** The user's id as the rest of the product knows it. */
const userIdOf = (activity: Activity): string => activity.from.aadObjectId ?? activity.from.id;

/**
 * The turn's answer if it comes in time; else "still working" (as the invoke's answer, in the
 * replies, or as a proactive message), with the turn's end reported later.
 */
export async function answerInTime(
  ctx: AppContext,
  activity: Activity,
  run: (late: () => boolean) => TurnRun,
): Promise<InvokeResponse | undefined> {
  const isInvoke = activity.type === 'invoke';
  const ms = isInvoke ? ctx.config.invokeDeadlineMs : ctx.config.turnDeadlineMs;
  let late = false;
  const turn = run(() => late);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  const first = await Promise.race([
    turn.answer.then(
      (answer) => ({ answer }),
      (error: unknown) => ({ error }),
    ),
    deadline,
  ]);
  clearTimeout(timer);
  if (first !== 'late') {
    if ('error' in first) throw first.error;
    return first.answer;
  }
  late = true;

  const userId = userIdOf(activity);
  const guardId = `turn-late:${timeOrderedId(ctx.clock.now())}`;
  const log = ctx.log.child({ jobId: guardId, userId, activityType: activity.type, name: activity.name });
  log.warn({ deadlineMs: ms }, 'turn past its deadline: answered "still working", the work goes on');
  working.add(guardId);
  await ctx.runner.schedule({
    id: guardId,
    type: LATE_TURN_JOB,
    runAt: new Date(ctx.clock.now().getTime() + LATE_TURN_GUARD_MS).toISOString(),
    payload: { userId },
  });
  void turn.answer
    .then(
      () => (turn.deliveredLate() > 0 ? undefined : ('turn.done' as const)),
      (error: unknown) => {
        log.error({ err: error }, 'late turn failed');
        return 'turn.failed' as const;
      },
    )
    .then((key) => closeLateTurn(ctx, guardId, userId, key))
    .then(() => ctx.runner.runDue())
    .catch((error: unknown) => log.error({ err: error }, 'could not report the end of a late turn'))
    .finally(() => working.delete(guardId));

  const text = t('turn.stillWorking', {}, activity.locale);
  if (isInvoke) {
    return {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
    };
  }
  if (activity.deliveryMode === 'expectReplies') {
    return { status: 200, body: { activities: [{ type: 'message', text }] } };
  }
  // A message's answers go to the chat; this one too, right after the request is answered.
  await ctx.runner.schedule(noticeJob(ctx, `${guardId}:working`, userId, 'turn.stillWorking'));
  return undefined;
}

function noticeJob(ctx: AppContext, key: string, userId: string, notice: MessageKey): Omit<Job, 'attempts'> {
  const message: ProactiveMessage = { kind: 'notice', key: notice, params: {} };
  return {
    id: pushJobId(key),
    type: PROACTIVE_JOB,
    runAt: ctx.clock.now().toISOString(),
    payload: { userId, message },
  };
}

/**
 * The late turn ended: its guard job goes and, unless the turn's own answer reached the chat, the
 * user is told, in one transaction. A guard already gone has told the user itself: nothing more.
 */
async function closeLateTurn(
  ctx: AppContext,
  guardId: string,
  userId: string,
  notice: MessageKey | undefined,
): Promise<void> {
  await ctx.stores.transaction(async (tx) => {
    if (!(await tx.jobs.get(guardId))) return;
    await tx.jobs.remove(guardId);
    if (notice) await ctx.runner.schedule(noticeJob(ctx, guardId, userId, notice), tx.jobs as JobStore);
  });
}

/** The guard of a late turn: when it runs, the turn never ended (the process stopped): say so, once. */
export function installLateTurns(ctx: AppContext): void {
  ctx.runner.on(LATE_TURN_JOB, async (job) => {
    const { userId } = job.payload as { userId: string };
    if (working.has(job.id)) {
      // Still working here after all this time: look again later rather than report it lost.
      await ctx.runner.schedule({
        ...job,
        runAt: new Date(ctx.clock.now().getTime() + LATE_TURN_GUARD_MS).toISOString(),
      });
      return;
    }
    ctx.log.warn({ jobId: job.id, userId }, 'a late turn never ended: the user is told');
    await ctx.runner.schedule(noticeJob(ctx, job.id, userId, 'turn.lost'));
  });
}
