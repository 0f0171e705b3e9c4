// "manager.reassign": the record card's Reassign form; gives the record to the seller chosen. The
// card says only which record and whom: who may do it is checked again, as for the typed command.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { textAnswer } from '../../views/manager/answer.js';
import { registerVerb, text } from './common.js';

export function registerReassignAction(app: Application<TurnState>, ctx: AppContext): void {
  registerVerb(app, ctx, 'manager.reassign', (turn, data) => {
    const record = text(data, 'recordId');
    const user = text(data, 'reassignTo');
    if (!record || !user) return textAnswer(turn.say('error.badAction'));
    return { intent: 'record.reassign', slots: {}, picked: { record, user } };
  });
}
