// The figures a sequence is described by (step count, days to complete), computed from its step graph,
// and the small graph walks they need (a step's successors, the time a step holds an enrollment).

import type { Step, StepGraph, StepKind } from './model.js';

/** Kinds of step somebody or something performs; waits and conditions only shape the flow. */
export const COUNTED_KINDS: ReadonlySet<StepKind> = new Set([
  'email',
  'automatedEmail',
  'phoneCall',
  'task',
  'linkedin',
  'command',
]);

/** The ids a step leads to: a condition's yes and no paths, otherwise its `next` (none at the end of a path). */
export function successorIds(step: Step): string[] {
  if (step.kind === 'condition') {
    return [step.yes, step.no].filter((id): id is string => id !== undefined);
  }
  return step.next === undefined ? [] : [step.next];
}

/** Hours a step can hold an enrollment by itself: a wait's duration, a condition's time limit. */
export function stepHours(step: Step): number {
  if (step.kind === 'wait') return step.duration.days * 24 + step.duration.hours;
  if (step.kind === 'condition') return step.timeLimit.days * 24 + step.timeLimit.hours;
  return 0;
}

/** Steps somebody or something performs. Each node counts once, however many paths share it. */
export function countSteps(graph: StepGraph): number {
  return graph.steps.filter((step) => COUNTED_KINDS.has(step.kind)).length;
}

/** The greatest total of waits and time limits on any path from the start to an end, rounded up to whole days. */
export function daysToComplete(graph: StepGraph): number {
  return Math.ceil(longestRoute(graph).hours / 24);
}

/**
 * Step ids of the path that gives `daysToComplete`, from the start to its end. When paths tie, the one
 * with more steps wins, then the earlier branch (yes before no).
 */
export function longestPath(graph: StepGraph): string[] {
  return longestRoute(graph).ids;
}

interface Route {
  hours: number;
  ids: string[];
}

/**
 * Longest path by hours in the step DAG. Total on drafts too: a reference to a missing step ends the
 * path there and a link back into the current path is ignored, so a broken graph still gets figures.
 */
function longestRoute(graph: StepGraph): Route {
  const byId = new Map<string, Step>();
  for (const step of graph.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const memo = new Map<string, Route>();
  const onPath = new Set<string>();

  const visit = (step: Step): Route => {
    const cached = memo.get(step.id);
    if (cached) return cached;
    onPath.add(step.id);
    let best: Route | undefined;
    for (const id of successorIds(step)) {
      const next = byId.get(id);
      if (!next || onPath.has(id)) continue;
      const route = visit(next);
      if (
        !best ||
        route.hours > best.hours ||
        (route.hours === best.hours && route.ids.length > best.ids.length)
      ) {
        best = route;
      }
    }
    onPath.delete(step.id);
    const route = { hours: stepHours(step) + (best?.hours ?? 0), ids: [step.id, ...(best?.ids ?? [])] };
    memo.set(step.id, route);
    return route;
  };

  const start = graph.start === undefined ? undefined : byId.get(graph.start);
  return start ? visit(start) : { hours: 0, ids: [] };
}

/**
 * How many counted steps can still come after `fromId` (not counting it), fewest and most over the
 * paths that remain: equal on a straight line, apart where a condition may still branch.
 */
export function stepsAhead(graph: StepGraph, fromId: string): { min: number; max: number } {
  const byId = new Map<string, Step>();
  for (const step of graph.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const memo = new Map<string, { min: number; max: number }>();
  const onPath = new Set<string>();
  const from = (id: string): { min: number; max: number } => {
    const cached = memo.get(id);
    if (cached) return cached;
    const step = byId.get(id);
    if (!step || onPath.has(id)) return { min: 0, max: 0 };
    onPath.add(id);
    const own = COUNTED_KINDS.has(step.kind) ? 1 : 0;
    const next = successorIds(step).map(from);
    onPath.delete(id);
    const result = {
      min: own + (next.length ? Math.min(...next.map((n) => n.min)) : 0),
      max: own + (next.length ? Math.max(...next.map((n) => n.max)) : 0),
    };
    memo.set(id, result);
    return result;
  };
  const step = byId.get(fromId);
  if (!step) return { min: 0, max: 0 };
  const next = successorIds(step).map(from);
  return next.length
    ? { min: Math.min(...next.map((n) => n.min)), max: Math.max(...next.map((n) => n.max)) }
    : { min: 0, max: 0 };
}
