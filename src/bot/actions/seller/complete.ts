// "Mark sent", "Mark complete", and a call's "Answered" / "No answer" / "Left voicemail": the seller did the step.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { VERB } from '../../views/seller/actions.js';
import { actOnStep, readNote, readOutcome, registerSellerVerb } from './common.js';

export function registerComplete(app: Application<TurnState>, ctx: AppContext): void {
  registerSellerVerb(app, ctx, VERB.complete, (turn, data) =>
    actOnStep(turn, data, ({ enrollmentId, stepId }) => {
      const outcome = readOutcome(data.outcome);
      if (data.outcome !== undefined && !outcome) {
        return { banner: { text: turn.say('seller.banner.invalidOutcome'), detail: '', style: 'attention' } };
      }
      const note = readNote(data, enrollmentId);
      return {
        type: 'stepCompleted',
        stepId,
        by: turn.user.id,
        ...(outcome ? { outcome } : {}),
        ...(note ? { note } : {}),
      };
    }),
  );
}
