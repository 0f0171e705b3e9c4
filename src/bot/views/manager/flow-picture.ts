// The flow as a picture, as a sequence designer draws it: steps one under the other joined by
// arrows, and at each condition two columns side by side, "yes" on the left and "no" on the right.
// Where both paths meet again the step is drawn once, under the two columns; where a path runs into
// a step already drawn elsewhere it says so ("↪ step 5") instead of drawing it twice.
//
// `flowLayout` is the shape (pure, tested per template); `pictureElements` draws it with the card's
// own layout elements (Container, ColumnSet, TextBlock). Adaptive Card templates cannot recurse, so
// the nested columns are built here and placed in the card as they are; their texts still pass
// through `literal()` in renderCard like every other TextBlock.

import { formatDuration } from '../../../app/manager/customise.js';
import { successorIds } from '../../../domain/metrics.js';
import type { Step, StepGraph, StepKind } from '../../../domain/model.js';
import { stepPlaces } from '../../../domain/numbering.js';
import type { Turn } from '../../turn.js';

export type Block =
  | { type: 'step'; id: string }
  /** A step drawn elsewhere in the picture: this path continues there. */
  | { type: 'goto'; id: string }
  /** The path ends here. */
  | { type: 'end' }
  /** A condition: its two paths side by side, then (when both meet again) what follows, once. */
  | { type: 'split'; id: string; yes: Block[]; no: Block[] };

/**
 * For each step, the first step every path from it must pass through (its immediate
 * post-dominator), or undefined when some path ends first. Computed over the steps reachable from
 * the start; a broken draft (a missing target, a loop) only loses joins, never hangs.
 */
function joins(byId: Map<string, Step>): Map<string, string | undefined> {
  const END = '\u0000end';
  const ids = [...byId.keys()];
  const all = new Set([...ids, END]);
  const post = new Map<string, Set<string>>(ids.map((id) => [id, new Set(all)]));
  post.set(END, new Set([END]));
  const succ = (id: string): string[] => {
    const step = byId.get(id)!;
    const next = successorIds(step).map((s) => (byId.has(s) ? s : END));
    // A condition without a yes or no path ends on that side.
    if (step.kind === 'condition' && next.length < 2) next.push(END);
    return next.length ? next : [END];
  };
  for (let changed = true, rounds = 0; changed && rounds < ids.length + 2; rounds++) {
    changed = false;
    for (const id of ids) {
      const sets = succ(id).map((s) => post.get(s)!);
      const meet = new Set([...sets[0]!].filter((x) => sets.every((set) => set.has(x))));
      meet.add(id);
      if (meet.size !== post.get(id)!.size) {
        post.set(id, meet);
        changed = true;
      }
    }
  }
  const result = new Map<string, string | undefined>();
  for (const id of ids) {
    const own = post.get(id)!;
    // The nearest one: the post-dominator whose own set is everything but `id`.
    let nearest: string | undefined;
    for (const other of own) {
      if (other === id || other === END) continue;
      const theirs = post.get(other)!;
      if (theirs.size === own.size - 1) nearest = other;
    }
    result.set(id, nearest);
  }
  return result;
}

/** The picture's shape: the blocks from the start, each step drawn once. */
export function flowLayout(graph: StepGraph): Block[] {
  const byId = new Map<string, Step>();
  for (const step of graph.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const joinOf = joins(byId);
  const drawn = new Set<string>();

  const path = (from: string | undefined, stop: string | undefined): Block[] => {
    const blocks: Block[] = [];
    let id = from;
    while (true) {
      if (id !== undefined && id === stop) return blocks;
      const step = id === undefined ? undefined : byId.get(id);
      if (!step) {
        blocks.push({ type: 'end' });
        return blocks;
      }
      if (drawn.has(step.id)) {
        blocks.push({ type: 'goto', id: step.id });
        return blocks;
      }
      drawn.add(step.id);
      if (step.kind === 'condition') {
        const join = joinOf.get(step.id);
        const yes = path(step.yes, join);
        const no = path(step.no, join);
        blocks.push({ type: 'split', id: step.id, yes, no });
        if (join === undefined) return blocks;
        id = join;
        continue;
      }
      blocks.push({ type: 'step', id: step.id });
      id = step.next;
    }
  };
  return graph.start === undefined ? [] : path(graph.start, undefined);
}

/** Columns nest up to this depth; a condition deeper than that lists its two paths one under the other. */
export const MAX_COLUMN_DEPTH = 3;

const ICONS: Record<StepKind, string> = {
  email: '✉',
  automatedEmail: '⚡',
  phoneCall: '☎',
  task: '☑',
  linkedin: '⊕',
  command: '⚙',
  wait: '◷',
  condition: '◇',
};

type Element = Record<string, unknown>;

/** How wide a path's column should be, relative to its neighbour: the columns it needs side by side. */
function breadth(blocks: readonly Block[], depth: number): number {
  let widest = blocks.some((b) => b.type === 'step') ? 2 : 1;
  for (const block of blocks) {
    if (block.type === 'split' && depth < MAX_COLUMN_DEPTH) {
      widest = Math.max(widest, breadth(block.yes, depth + 1) + breadth(block.no, depth + 1));
    }
  }
  return widest;
}

/**
 * The picture as card elements, or an empty list when there is nothing to draw. `current`, when
 * given, is the step a record stands at: it is marked "▶" and stands out.
 */
export function pictureElements(
  turn: Pick<Turn, 'say'>,
  graph: StepGraph,
  blocks: readonly Block[],
  current?: string,
): Element[] {
  const byId = new Map(graph.steps.map((step) => [step.id, step]));
  const places = stepPlaces(graph);
  const text = (value: string, extra: Element = {}): Element => ({
    type: 'TextBlock',
    text: value,
    wrap: true,
    spacing: 'None',
    ...extra,
  });
  const arrow = (): Element =>
    text('↓', { isSubtle: true, size: 'Small', horizontalAlignment: 'Left', spacing: 'None' });
  const name = (id: string): string => {
    const step = byId.get(id);
    const place = places.get(id);
    if (!step) return id;
    if (place?.numbered)
      return turn.say('manager.picture.numbered', { number: place.number, name: step.name });
    return step.name;
  };
  const stepLine = (step: Step): Element => {
    const place = places.get(step.id);
    if (step.id === current) {
      const line =
        step.kind === 'wait'
          ? turn.say('manager.picture.wait', { icon: ICONS.wait, duration: formatDuration(step.duration) })
          : `${ICONS[step.kind]} ${name(step.id)}`;
      return text(`▶ ${line}`, { weight: 'Bolder', color: 'Accent' });
    }
    if (step.kind === 'wait') {
      return text(
        turn.say('manager.picture.wait', { icon: ICONS.wait, duration: formatDuration(step.duration) }),
        {
          isSubtle: true,
        },
      );
    }
    return text(`${ICONS[step.kind]} ${name(step.id)}`, {
      weight: place?.numbered ? 'Bolder' : 'Default',
    });
  };
  const condition = (step: Extract<Step, { kind: 'condition' }>): Element =>
    text(
      turn.say(step.test === 'callAnswered' ? 'manager.picture.answered' : 'manager.picture.replied', {
        icon: ICONS.condition,
        limit: formatDuration(step.timeLimit),
      }),
      { weight: 'Bolder', color: 'Accent' },
    );
  const sideTitle = (step: Extract<Step, { kind: 'condition' }>, side: 'yes' | 'no'): Element =>
    text(
      turn.say(
        step.test === 'callAnswered'
          ? side === 'yes'
            ? 'manager.picture.yesAnswered'
            : 'manager.picture.noAnswered'
          : side === 'yes'
            ? 'manager.picture.yesReplied'
            : 'manager.picture.noReplied',
      ),
      { size: 'Small', weight: 'Bolder', color: side === 'yes' ? 'Good' : 'Warning' },
    );

  const draw = (path: readonly Block[], depth: number): Element[] => {
    const out: Element[] = [];
    path.forEach((block, i) => {
      if (i > 0) out.push(arrow());
      switch (block.type) {
        case 'step': {
          const step = byId.get(block.id);
          if (step) out.push(stepLine(step));
          break;
        }
        case 'goto':
          out.push(
            text(turn.say('manager.picture.goto', { step: name(block.id) }), {
              color: 'Accent',
              size: 'Small',
            }),
          );
          break;
        case 'end':
          out.push(text(turn.say('manager.picture.end'), { isSubtle: true, size: 'Small' }));
          break;
        case 'split': {
          const step = byId.get(block.id);
          if (step?.kind !== 'condition') break;
          const asked = condition(step);
          out.push(step.id === current ? { ...asked, text: `▶ ${String(asked.text)}` } : asked);
          if (depth < MAX_COLUMN_DEPTH) {
            out.push({
              type: 'ColumnSet',
              spacing: 'Small',
              columns: (['yes', 'no'] as const).map((side, k) => ({
                type: 'Column',
                width: String(breadth(block[side], depth + 1)),
                separator: k === 1,
                spacing: 'Small',
                items: [sideTitle(step, side), ...draw(block[side], depth + 1)],
              })),
            });
          } else {
            // Too deep for columns in a chat-wide card: the two paths one under the other.
            for (const side of ['yes', 'no'] as const) {
              out.push({
                type: 'Container',
                spacing: 'Small',
                style: 'emphasis',
                items: [sideTitle(step, side), ...draw(block[side], depth)],
              });
            }
          }
          break;
        }
      }
    });
    return out;
  };
  return draw(blocks, 0);
}

/** "email, split(yes: task | no: →5)": the shape in a line, for tests and logs. */
export function layoutShape(graph: StepGraph, blocks: readonly Block[]): string {
  const byId = new Map(graph.steps.map((step) => [step.id, step]));
  const places = stepPlaces(graph);
  const one = (block: Block): string => {
    switch (block.type) {
      case 'step': {
        const place = places.get(block.id);
        return place?.numbered ? String(place.number) : (byId.get(block.id)?.kind ?? block.id);
      }
      case 'goto': {
        const place = places.get(block.id);
        return `→${place?.numbered ? place.number : block.id}`;
      }
      case 'end':
        return 'end';
      case 'split':
        return `?(${block.yes.map(one).join(' ')} | ${block.no.map(one).join(' ')})`;
    }
  };
  return blocks.map(one).join(' ');
}
