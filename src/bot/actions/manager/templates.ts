// "manager.template.show" and "manager.template.use": a template's flow, or a sequence made from it.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { textAnswer } from '../../views/manager/answer.js';
import { registerVerb, text } from './common.js';

export function registerTemplateActions(app: Application<TurnState>, ctx: AppContext): void {
  // The way back from one template's flow to the list it was opened from.
  registerVerb(app, ctx, 'manager.templates.list', () => ({ intent: 'templates.list', slots: {} }));
  for (const [verb, intent] of [
    ['manager.template.show', 'template.show'],
    ['manager.template.use', 'sequence.create'],
  ] as const) {
    registerVerb(app, ctx, verb, (turn, data) => {
      const templateId = text(data, 'templateId');
      if (!templateId) return textAnswer(turn.say('error.badAction'));
      return { intent, slots: {}, picked: { template: templateId } };
    });
  }
}
