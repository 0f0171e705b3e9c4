// "Replied" / "No reply" (and a call's answer) while a condition waits: the customer's answer decides the
// branch; the seller's note, if any, is kept in the history with it.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { VERB } from '../../views/seller/actions.js';
import { actOnStep, readNote, readOutcome, registerSellerVerb } from './common.js';

export function registerRecordOutcome(app: Application<TurnState>, ctx: AppContext): void {
  registerSellerVerb(app, ctx, VERB.outcome, (turn, data) =>
    actOnStep(turn, data, ({ enrollmentId, stepId }) => {
      const outcome = readOutcome(data.outcome);
      if (!outcome) {
        return { banner: { text: turn.say('seller.banner.invalidOutcome'), detail: '', style: 'attention' } };
      }
      const note = readNote(data, enrollmentId);
      return { type: 'outcomeRecorded', stepId, outcome, by: turn.user.id, ...(note ? { note } : {}) };
    }),
  );
}
