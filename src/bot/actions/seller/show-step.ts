// "Open" and "Back to the step": the Up next card of one enrollment as it is now.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { VERB } from '../../views/seller/actions.js';
import { authorize, readContext, readTarget, registerSellerVerb, renderView } from './common.js';

export function registerShowStep(app: Application<TurnState>, ctx: AppContext): void {
  registerSellerVerb(app, ctx, VERB.showStep, async (turn, data) => {
    const target = readTarget(data);
    if (!target) return { text: turn.say('error.badAction') };
    const allowed = await authorize(turn, target.enrollmentId);
    if ('reply' in allowed) return allowed.reply;
    return renderView(turn, { ...readContext(data), view: 'upNext' }, target.enrollmentId, null);
  });
}
