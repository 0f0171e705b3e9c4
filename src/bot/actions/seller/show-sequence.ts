// "Show the sequence": the flow of this enrollment: completed steps with outcome and time, the current one, the likely rest.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { loadSnapshot } from '../../../app/seller/work.js';
import { renderCard } from '../../cards.js';
import { VERB } from '../../views/seller/actions.js';
import { flowView } from '../../views/seller/flow.js';
import { authorize, namesOf, readContext, readTarget, registerSellerVerb } from './common.js';

export function registerShowSequence(app: Application<TurnState>, ctx: AppContext): void {
  registerSellerVerb(app, ctx, VERB.showSequence, async (turn, data) => {
    const target = readTarget(data);
    if (!target) return { text: turn.say('error.badAction') };
    const allowed = await authorize(turn, target.enrollmentId);
    if ('reply' in allowed) return allowed.reply;
    const snapshot = await loadSnapshot(ctx, target.enrollmentId, turn.say);
    if (!snapshot) return { text: turn.say('seller.action.sequenceMissing') };
    const names = await namesOf(
      turn,
      snapshot.enrollment.history.map((entry) => entry.by),
    );
    const view = flowView({
      snapshot,
      seller: turn.user,
      names,
      now: ctx.clock.now(),
      say: turn.say,
      context: readContext(data),
    });
    return { card: renderCard('enrollment-flow', view) };
  });
}
