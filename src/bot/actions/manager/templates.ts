// "manager.template.show" and "manager.template.use": a template's flow, or a sequence made from it.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { textAnswer } from '../../views/manager/answer.js';
import { registerVerb, text } from './common.js';

export function registerTemplateActions(app: Application<TurnState>, ctx: AppContext): void {
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
