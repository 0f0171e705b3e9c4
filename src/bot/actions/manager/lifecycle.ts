// The sequence card's lifecycle buttons: open, activate (ask, then confirmed), deactivate, delete
// (ask, then confirmed), copy, stats, and cancel on a confirmation.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import type { Intent } from '../../grammar/index.js';
import { textAnswer } from '../../views/manager/answer.js';
import { runRequest } from '../../messages/manager/run.js';
import { registerVerb, sequenceRequest, text } from './common.js';

export function registerLifecycleActions(app: Application<TurnState>, ctx: AppContext): void {
  const simple: [string, Intent, boolean][] = [
    ['manager.sequence.open', 'sequence.show', false],
    ['manager.activate.ask', 'sequence.activate', false],
    ['manager.activate', 'sequence.activate', true],
    ['manager.deactivate', 'sequence.deactivate', false],
    ['manager.delete.ask', 'sequence.delete', false],
    ['manager.delete', 'sequence.delete', true],
    ['manager.stats', 'sequence.stats', false],
  ];
  for (const [verb, intent, confirmed] of simple) {
    registerVerb(app, ctx, verb, (turn, data) =>
      sequenceRequest(turn, data, { intent, slots: {}, ...(confirmed ? { confirmed } : {}) }),
    );
  }
  registerVerb(app, ctx, 'manager.copy', (turn, data) => {
    const name = text(data, 'copyName');
    return sequenceRequest(turn, data, { intent: 'sequence.copy', slots: name ? { name } : {} });
  });
  registerVerb(app, ctx, 'manager.cancel', async (turn, data) => {
    const sequenceId = text(data, 'sequenceId');
    if (!sequenceId) return textAnswer(turn.say('manager.cancelled'));
    // The way back: the sequence card again, saying nothing was changed.
    const answer = await runRequest(turn, {
      intent: 'sequence.show',
      slots: {},
      picked: { sequence: sequenceId },
    });
    return { ...answer, notices: [turn.say('manager.cancelled'), ...answer.notices] };
  });
}
