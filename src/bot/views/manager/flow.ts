// A step graph as a card reads it: the steps somebody or something performs numbered (the one
// numbering, src/domain/numbering.ts, that typed commands use too) and in bold with their kind, what
// to do and where they lead; waits and conditions shown as what they are now (how long, what is
// checked, which way each answer goes), placed by the step they follow, never numbered as steps and
// never with words written for an older duration. Beside the lines, the flow as a picture
// (flow-picture.ts) for the "whole flow" view.

import { commandWord, formatDuration, isCounted, stepNumber } from '../../../app/manager/customise.js';
import { stepPlaces } from '../../../domain/numbering.js';
import { countSteps, daysToComplete } from '../../../domain/metrics.js';
import type { Sequence, Step, StepGraph } from '../../../domain/model.js';
import type { MessageKey } from '../../../i18n/index.js';
import type { Turn } from '../../turn.js';
import { flowLayout, pictureElements } from './flow-picture.js';

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
  /** Every line a card may carry (at most FLOW_MAX): the whole flow when it is too big to draw. */
  lines: FlowStepView[];
  /** When a very long flow is cut to keep the card under Teams' size: how many lines are left out. */
  cut: string;
  showAll: string;
  showFewer: string;
  hasSteps: boolean;
  totals: string;
  empty: string;
  /** The whole flow drawn with columns (card elements), or empty when it is too big to draw. */
  picture: Record<string, unknown>[];
  hasPicture: boolean;
  /** Whether there is more than the first lines to show (a longer flow, or any condition). */
  more: boolean;
  pictureLegend: string;
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
  const places = stepPlaces(graph);
  const after = (step: Step): number => {
    const place = places.get(step.id);
    return place && !place.numbered ? place.after : 0;
  };
  const byId = new Map(graph.steps.map((step) => [step.id, step]));
  const ref = (step: Step): string =>
    isCounted(step)
      ? turn.say('manager.flow.stepRef', { number: stepNumber(numbered, step.id), name: step.name })
      : turn.say(step.kind === 'wait' ? 'manager.flow.waitRef' : 'manager.flow.conditionRef', {
          after: after(step),
        });
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
          after: after(step),
          duration: formatDuration(step.duration, turn.locale),
        });
        description = '';
        details.push(turn.say('manager.flow.next', { next: target(step.next) }));
        break;
      case 'condition': {
        title = turn.say(
          step.test === 'callAnswered'
            ? 'manager.flow.titleConditionCall'
            : 'manager.flow.titleConditionEmail',
          { after: after(step), limit: formatDuration(step.timeLimit, turn.locale) },
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
  // A flow too long to draw within Teams' size stays a list; a card shows either, never both at once.
  const picture = graph.steps.length <= FLOW_MAX ? pictureElements(turn, graph, flowLayout(graph)) : [];
  return {
    picture,
    hasPicture: picture.length > 0,
    more: steps.length > FLOW_HEAD || graph.steps.some((step) => step.kind === 'condition'),
    pictureLegend: turn.say('manager.picture.legend'),
    steps,
    lines: shown,
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
