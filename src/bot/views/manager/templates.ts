// The templates as cards: the list of the six with their figures (computed, never stored), and one
// template's flow.

import { countSteps, daysToComplete } from '../../../domain/metrics.js';
import type { SequenceTemplate } from '../../../domain/model.js';
import { templateForReader } from '../../../app/texts.js';
import type { Turn } from '../../turn.js';
import type { CardView } from './answer.js';
import { flowView } from './flow.js';
import { deepFreeze } from '../../../domain/frozen.js';

export function templateListView(turn: Turn, templates: readonly SequenceTemplate[]): CardView {
  return {
    name: 'template-list',
    data: {
      title: turn.say('manager.templates.title'),
      intro: turn.say('manager.templates.intro'),
      templates: templates
        .map((template) => templateForReader(template, turn.say))
        .map((template) => ({
          id: template.id,
          name: template.name,
          description: template.description,
          facts: turn.say('manager.templates.facts', {
            type: turn.say(`manager.recordType.${template.recordType}`),
            steps: countSteps(template.graph),
            days: daysToComplete(template.graph),
          }),
          aliases: turn.say('manager.templates.aliases', {
            aliases: template.aliases.slice(0, 3).join(', '),
          }),
          showTitle: turn.say('manager.button.showTemplate'),
          useTitle: turn.say('manager.button.useTemplate'),
        })),
      hint: turn.say('manager.templates.hint'),
    },
  };
}

/**
 * A shipped template's card never changes while the process runs: it is built once per template
 * and language (the flow, its picture and every text in it) and handed out again after.
 */
const flowViews = new Map<string, CardView>();

export function templateFlowView(turn: Turn, shipped: SequenceTemplate): CardView {
  const key = `${shipped.id}\u0000${turn.say.locale}`;
  let view = flowViews.get(key);
  if (!view) {
    view = deepFreeze(buildTemplateFlowView(turn, shipped));
    flowViews.set(key, view);
  }
  return view;
}

function buildTemplateFlowView(turn: Turn, shipped: SequenceTemplate): CardView {
  const template = templateForReader(shipped, turn.say);
  return {
    name: 'template-flow',
    data: {
      title: template.name,
      description: template.description,
      facts: [
        {
          title: turn.say('manager.fact.recordType'),
          value: turn.say(`manager.recordType.${template.recordType}`),
        },
        { title: turn.say('manager.fact.steps'), value: String(countSteps(template.graph)) },
        { title: turn.say('manager.fact.days'), value: String(daysToComplete(template.graph)) },
        { title: turn.say('manager.fact.aliases'), value: template.aliases.join(', ') },
      ],
      flow: flowView(turn, template.graph),
      templateId: template.id,
      useTitle: turn.say('manager.button.useTemplate'),
      backTitle: turn.say('manager.button.backToTemplates'),
      legend: turn.say('manager.flow.legend'),
    },
  };
}
