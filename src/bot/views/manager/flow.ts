// A step graph as a card reads it: each line numbered by its place (the number typed commands use),
// the steps somebody or something performs in bold with their kind, what to do and where they lead;
// waits and conditions shown as what they are now (how long, what is checked, which way each answer
// goes), never as steps and never with words written for an older duration.

import { commandWord, formatDuration, isCounted, stepNumber } from '../../../app/manager/customise.js';
import { countSteps, daysToComplete } from '../../../domain/metrics.js';
import type { Sequence, Step, StepGraph } from '../../../domain/model.js';
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
  /** The first lines, always shown; `rest` behind "Show all steps". */
  head: FlowStepView[];
  rest: FlowStepView[];
  /** When a very long flow is cut to keep the card under Teams' size: how many lines are left out. */
  cut: string;
  showAll: string;
  showFewer: string;
  hasSteps: boolean;
  totals: string;
  empty: string;
}

/** Lines shown before "Show all steps": enough for a short sequence, short enough for a glance. */
export const FLOW_HEAD = 4;
/** Lines a card carries at most; the rest is named, not drawn (Teams refuses messages over ~28 KB). */
export const FLOW_MAX = 40;

export function kindLabel(turn: Turn, step: Step): string {
  if (step.kind === 'linkedin') return turn.say(`manager.linkedin.${step.action}`);
  return turn.say(`manager.kind.${step.kind}` as MessageKey);
}

export function flowView(
  turn: Turn,
  graph: StepGraph,
  sequenceNames: ReadonlyMap<string, string> = new Map(),
): FlowView {
  const numbered = { graph };
  const byId = new Map(graph.steps.map((step) => [step.id, step]));
  const ref = (step: Step): string =>
    turn.say('manager.flow.stepRef', { number: stepNumber(numbered, step.id), name: step.name });
  const target = (id: string | undefined): string => {
    if (id === undefined) return turn.say('manager.flow.end');
    const step = byId.get(id);
    return step ? ref(step) : id;
  };
  const steps = graph.steps.map((step): FlowStepView => {
    const details: string[] = [];
    let title: string;
    // Waits and conditions are described by what they do now, so a changed duration is never
    // contradicted by the words written for the old one.
    let description = step.description;
    switch (step.kind) {
      case 'wait':
        title = turn.say('manager.flow.titleWait', {
          number: stepNumber(numbered, step.id),
          duration: formatDuration(step.duration, turn.locale),
        });
        description = '';
        details.push(turn.say('manager.flow.next', { next: target(step.next) }));
        break;
      case 'condition': {
        const about = byId.get(step.about);
        title = turn.say(
          step.test === 'callAnswered'
            ? 'manager.flow.titleConditionCall'
            : 'manager.flow.titleConditionEmail',
          {
            number: stepNumber(numbered, step.id),
            about: about ? ref(about) : step.about,
            limit: formatDuration(step.timeLimit, turn.locale),
          },
        );
        description = '';
        details.push(
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
        title = numberedTitle(turn, numbered, step);
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
        title = numberedTitle(turn, numbered, step);
        if ((step.kind === 'email' || step.kind === 'automatedEmail') && step.template?.subject) {
          details.push(turn.say('manager.flow.subject', { subject: step.template.subject }));
        }
        details.push(turn.say('manager.flow.next', { next: target(step.next) }));
    }
    return {
      title,
      description,
      detail: details.join('  \n'),
      weight: isCounted(step) ? 'Bolder' : 'Default',
    };
  });
  const count = countSteps(graph);
  const shown = steps.slice(0, FLOW_MAX);
  return {
    steps,
    head: shown.slice(0, FLOW_HEAD),
    rest: shown.slice(FLOW_HEAD),
    cut: steps.length > FLOW_MAX ? turn.say('manager.flow.cut', { count: steps.length - FLOW_MAX }) : '',
    showAll: turn.say('manager.flow.showAll', { count }),
    showFewer: turn.say('manager.flow.showFewer'),
    hasSteps: steps.length > 0,
    totals: turn.say('manager.flow.totals', {
      steps: count,
      days: daysToComplete(graph),
    }),
    empty: turn.say('manager.flow.empty'),
  };
}

function numberedTitle(turn: Turn, sequence: Pick<Sequence, 'graph'>, step: Step): string {
  return turn.say('manager.flow.title', {
    number: stepNumber(sequence, step.id),
    kind: kindLabel(turn, step),
    name: step.name,
  });
}
