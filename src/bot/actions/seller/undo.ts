// "Undo": takes back the seller's last press on an Up next card (a step marked done, a call's
// outcome, a skip) for a few minutes, as long as nothing happened since and nothing left the
// product (no automated e-mail sent, no record changed by a command).

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import type { JobStore } from '../../../app/ports.js';
import type { Enrollment } from '../../../domain/model.js';
import { VERB } from '../../views/seller/actions.js';
import { authorize, readContext, readTarget, registerSellerVerb, renderView } from './common.js';

export const UNDO_JOB = 'seller.undo';
export const UNDO_MINUTES = 5;
export const undoJobId = (enrollmentId: string): string => `undo:${enrollmentId}`;

/** What the press left behind that cannot be taken back. */
const FINAL = new Set(['emailSent', 'commandRun', 'finished', 'exited', 'disconnected']);

/**
 * After a press: keeps the state before it for UNDO_MINUTES (a job that only expires), when it can
 * be restored. Written through `via`, the press's own transaction. Returns whether Undo is offered.
 */
export async function offerUndo(
  ctx: AppContext,
  before: Enrollment,
  after: Enrollment,
  by: string,
  via: JobStore,
): Promise<boolean> {
  const added = after.history.slice(before.history.length);
  if (after.status !== 'active' || added.some((entry) => FINAL.has(entry.action))) {
    await ctx.runner.cancel(undoJobId(after.id), via);
    return false;
  }
  const until = new Date(ctx.clock.now().getTime() + UNDO_MINUTES * 60_000);
  await ctx.runner.schedule(
    {
      id: undoJobId(after.id),
      type: UNDO_JOB,
      runAt: until.toISOString(),
      payload: { previous: before, revision: after.revision, by },
    },
    via,
  );
  return true;
}

export function registerUndo(app: Application<TurnState>, ctx: AppContext): void {
  // The job only marks how long Undo is offered; when it comes due there is nothing to do.
  ctx.runner.on(UNDO_JOB, async () => undefined);
  registerSellerVerb(app, ctx, VERB.undo, async (turn, data) => {
    const target = readTarget(data);
    if (!target) return { text: turn.say('error.badAction') };
    const context = readContext(data);
    const allowed = await authorize(turn, target.enrollmentId);
    if ('reply' in allowed) return allowed.reply;
    const job = await ctx.stores.jobs.get(undoJobId(target.enrollmentId));
    const now = ctx.clock.now();
    const payload = job?.payload as { previous?: Enrollment; revision?: number; by?: string } | undefined;
    const restored =
      job && payload?.previous && payload.by === turn.user.id && Date.parse(job.runAt) > now.getTime()
        ? await ctx.enrollments.restore(payload.previous, payload.revision ?? -1, turn.user.id)
        : undefined;
    if (!restored) {
      return renderView(turn, context, target.enrollmentId, {
        text: turn.say('seller.banner.undoTooLate'),
        detail: '',
        style: 'warning',
      });
    }
    await ctx.runner.cancel(undoJobId(target.enrollmentId));
    const step = (await ctx.enrollments.sequenceOf(restored))?.graph.steps.find(
      (s) => s.id === restored.current?.stepId,
    );
    return renderView(turn, context, target.enrollmentId, {
      text: turn.say('seller.banner.undone', { step: step?.name ?? '' }),
      detail: '',
      style: 'accent',
    });
  });
}
