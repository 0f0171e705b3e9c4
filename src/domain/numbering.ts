// How steps are numbered, once, for every card and every typed command: the steps somebody or
// something performs (the ones the step count counts) are numbered 1, 2, 3… in reading order (their
// order in the graph); waits and conditions carry no number and are named by where they stand,
// "the wait after step 3", "the condition after step 4" (0: before step 1).

import { COUNTED_KINDS } from './metrics.js';
import type { Step, StepGraph } from './model.js';

/** A wait or a condition, named by the numbered step it follows. */
export type FlowKind = 'wait' | 'condition';

export type StepPlace =
  | { numbered: true; number: number }
  | { numbered: false; kind: FlowKind; after: number; nth: number; of: number };

export const isNumbered = (step: Step): boolean => COUNTED_KINDS.has(step.kind);

/** Every step's place: its number, or the numbered step it follows and which of its kind it is there. */
export function stepPlaces(graph: StepGraph): Map<string, StepPlace> {
  const places = new Map<string, StepPlace>();
  let number = 0;
  let slot: Step[] = [];
  const closeSlot = (): void => {
    for (const kind of ['wait', 'condition'] as const) {
      const ofKind = slot.filter((step) => step.kind === kind);
      ofKind.forEach((step, i) =>
        places.set(step.id, { numbered: false, kind, after: number, nth: i + 1, of: ofKind.length }),
      );
    }
    slot = [];
  };
  for (const step of graph.steps) {
    if (isNumbered(step)) {
      closeSlot();
      number += 1;
      places.set(step.id, { numbered: true, number });
    } else {
      slot.push(step);
    }
  }
  closeSlot();
  return places;
}

/** The number a performed step has on every card (1-based); undefined for waits, conditions and unknown ids. */
export function stepNumber(graph: StepGraph, stepId: string): number | undefined {
  const place = stepPlaces(graph).get(stepId);
  return place?.numbered ? place.number : undefined;
}

/** The numbered steps in order: `numberedSteps(graph)[n - 1]` is step n. */
export function numberedSteps(graph: StepGraph): Step[] {
  return graph.steps.filter(isNumbered);
}

/**
 * The waits or conditions standing after numbered step `after` (0: before step 1) and before the
 * next numbered step, in reading order.
 */
export function flowStepsAfter(graph: StepGraph, kind: FlowKind, after: number): Step[] {
  const places = stepPlaces(graph);
  return graph.steps.filter((step) => {
    const place = places.get(step.id);
    return place !== undefined && !place.numbered && place.kind === kind && place.after === after;
  });
}
