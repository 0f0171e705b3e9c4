// A step graph as a card reads it: each step numbered in order, with its kind, what to do, and where
// it leads (the next step, or a condition's yes and no paths), waits and time limits in words.

import { commandWord, formatDuration, isCounted } from '../../../app/manager/customise.js';
import { countSteps, daysToComplete } from '../../../domain/metrics.js';
import type { Step, StepGraph } from '../../../domain/model.js';
import type { MessageKey } from '../../../i18n/index.js';
import type { Turn } from '../../turn.js';

export interface FlowStepView {
  title: string;
  description: string;
  detail: string;
  /** Steps that count in the total (not waits or conditions) stand out. */
  weight: 'Bolder' | 'Default';
}

export interface FlowView {
  steps: FlowStepView[];
  hasSteps: boolean;
  totals: string;
  empty: string;
}

export function kindLabel(turn: Turn, step: Step): string {
  if (step.kind === 'linkedin') return turn.say(`manager.linkedin.${step.action}`);
  return turn.say(`manager.kind.${step.kind}` as MessageKey);
}

export function flowView(
  turn: Turn,
  graph: StepGraph,
  sequenceNames: ReadonlyMap<string, string> = new Map(),
): FlowView {
  const number = new Map(graph.steps.map((step, index) => [step.id, index + 1]));
  const byId = new Map(graph.steps.map((step) => [step.id, step]));
  const target = (id: string | undefined): string => {
    if (id === undefined) return turn.say('manager.flow.end');
    const step = byId.get(id);
    return step ? turn.say('manager.flow.stepRef', { number: number.get(id) ?? '?', name: step.name }) : id;
  };
  const steps = graph.steps.map((step): FlowStepView => {
    const details: string[] = [];
    switch (step.kind) {
      case 'wait':
        details.push(
          turn.say('manager.flow.wait', { duration: formatDuration(step.duration), next: target(step.next) }),
        );
        break;
      case 'condition': {
        const about = byId.get(step.about);
        details.push(
          turn.say(
            step.test === 'callAnswered' ? 'manager.flow.conditionCall' : 'manager.flow.conditionEmail',
            {
              about: about
                ? turn.say('manager.flow.stepRef', { number: number.get(about.id) ?? '?', name: about.name })
                : step.about,
              limit: formatDuration(step.timeLimit),
            },
          ),
          turn.say(step.test === 'callAnswered' ? 'manager.flow.yesAnswered' : 'manager.flow.yesReplied', {
            next: target(step.yes),
          }),
          turn.say(step.test === 'callAnswered' ? 'manager.flow.noAnswered' : 'manager.flow.noReplied', {
            next: target(step.no),
          }),
        );
        break;
      }
      case 'command': {
        const { command } = step;
        if (command.type === 'advanceToSequence') {
          details.push(
            turn.say('manager.flow.advance', {
              sequence: sequenceNames.get(command.sequenceId) ?? command.sequenceId,
            }),
          );
        } else {
          details.push(turn.say(`manager.flow.command.${commandWord(command.update)}`));
          details.push(turn.say('manager.flow.next', { next: target(step.next) }));
        }
        break;
      }
      default:
        if ((step.kind === 'email' || step.kind === 'automatedEmail') && step.template?.subject) {
          details.push(turn.say('manager.flow.subject', { subject: step.template.subject }));
        }
        details.push(turn.say('manager.flow.next', { next: target(step.next) }));
    }
    return {
      title: turn.say('manager.flow.title', {
        number: number.get(step.id) ?? '?',
        kind: kindLabel(turn, step),
        name: step.name,
      }),
      description: step.description,
      detail: details.join('  \n'),
      weight: isCounted(step) ? 'Bolder' : 'Default',
    };
  });
  return {
    steps,
    hasSteps: steps.length > 0,
    totals: turn.say('manager.flow.totals', { steps: countSteps(graph), days: daysToComplete(graph) }),
    empty: turn.say('manager.flow.empty'),
  };
}
