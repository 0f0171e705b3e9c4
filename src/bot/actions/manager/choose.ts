// "manager.choose": the button of a "which one did you mean?" card; runs the request again with the
// chosen template, sequence, record or person.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { isKnownIntent } from '../../messages/manager/run.js';
import type { Request } from '../../messages/manager/request.js';
import { textAnswer } from '../../views/manager/answer.js';
import { registerVerb } from './common.js';

export function registerChoose(app: Application<TurnState>, ctx: AppContext): void {
  registerVerb(app, ctx, 'manager.choose', (turn, data) => {
    const request = data.request as Partial<Request> | undefined;
    if (
      !request ||
      !isKnownIntent(request.intent) ||
      typeof request.slots !== 'object' ||
      request.slots === null
    ) {
      return textAnswer(turn.say('error.badAction'));
    }
    const picked = Object.fromEntries(
      Object.entries(request.picked ?? {}).filter(([, value]) => typeof value === 'string'),
    ) as Request['picked'];
    // A choice never carries a confirmation: confirming is the confirmation card's job.
    return { intent: request.intent, slots: request.slots, ...(picked ? { picked } : {}) };
  });
}
