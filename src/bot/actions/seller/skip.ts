// "Skip": the step is not done; a skipped email or call takes the "no" path of the condition after it.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { VERB } from '../../views/seller/actions.js';
import { actOnStep, readNote, registerSellerVerb } from './common.js';

export function registerSkip(app: Application<TurnState>, ctx: AppContext): void {
  registerSellerVerb(app, ctx, VERB.skip, (turn, data) =>
    actOnStep(turn, data, ({ enrollmentId, stepId }) => {
      const note = readNote(data, enrollmentId);
      return { type: 'stepSkipped', stepId, by: turn.user.id, ...(note ? { note } : {}) };
    }),
  );
}
