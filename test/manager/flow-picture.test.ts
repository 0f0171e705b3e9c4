// The flow as a picture (src/bot/views/manager/flow-picture.ts) and the one numbering
// (src/domain/numbering.ts): the shape drawn for each of the six templates, each step drawn once,
// columns nested no deeper than the card can show, the card within Teams' size, and the number a
// card shows is the number a typed command acts on.

import { describe, expect, it } from 'vitest';
import { type Edit, applyEdit } from '../../src/app/manager/customise.js';
import { renderCard } from '../../src/bot/cards.js';
import { parse } from '../../src/bot/grammar/index.js';
import {
  MAX_COLUMN_DEPTH,
  flowLayout,
  layoutShape,
  pictureElements,
} from '../../src/bot/views/manager/flow-picture.js';
import { flowView } from '../../src/bot/views/manager/flow.js';
import { shown } from '../../src/bot/views/literal.js';
import { templateFlowView } from '../../src/bot/views/manager/templates.js';
import type { Turn } from '../../src/bot/turn.js';
import { countSteps } from '../../src/domain/metrics.js';
import type { Sequence, StepGraph } from '../../src/domain/model.js';
import { stepPlaces } from '../../src/domain/numbering.js';
import { builtInTemplates } from '../../src/domain/templates.js';
import { t } from '../../src/i18n/index.js';
import { cardProblems } from '../helpers/card-schema.js';

// Views read only the reader's language from a turn.
const TEMPLATES = builtInTemplates();
const turn = { say: (key: never, params?: never) => t(key, params, 'en'), locale: 'en' } as unknown as Turn;

const byId = (id: string) => {
  const template = TEMPLATES.find((tpl) => tpl.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
};

describe('the shape of each template', () => {
  // Numbers are the performed steps; "?(yes | no)" a condition's two paths; "→n" a path that runs
  // into step n drawn elsewhere; "end" where a path ends.
  it.each([
    ['account-renewal', '1 2 wait 3 4 wait 5 6 wait 7 8 wait 9 10 wait 11 wait 12 13 end'],
    ['event-invite', '1 ?(2 end | 3 ?(→2 | 4 ?(5 end | 6 end)))'],
    ['no-show', '1 ?(2 end | 3 ?(4 end | wait 5 ?(6 end | 7 end)))'],
    ['outbound-prospecting', '1 2 3 ?(end | 4 wait 5 ?(end | wait 6 ?(end | 7 end)))'],
    ['product-demo', '1 2 3 wait 4 ?(5 6 end | 7 ?(→5 | wait 8 ?(→5 | 9 end)))'],
    ['webinar-follow-up', '1 ?(2 3 4 end | 5 ?(→2 | 6 ?(7 8 end | wait 9 ?(→2 | 10 end))))'],
  ])('%s', (id, shape) => {
    const { graph } = byId(id);
    expect(layoutShape(graph, flowLayout(graph))).toBe(shape);
  });

  it('draws a step where both paths meet again once, under the two columns', () => {
    const graph: StepGraph = {
      start: 'a',
      steps: [
        { id: 'a', kind: 'email', name: 'Ask', description: '', next: 'c' },
        {
          id: 'c',
          kind: 'condition',
          name: 'Replied?',
          description: '',
          about: 'a',
          test: 'emailReplied',
          timeLimit: { days: 1, hours: 0 },
          yes: 'b',
          no: 'w',
        },
        { id: 'b', kind: 'task', name: 'Book', description: '', next: 'e' },
        { id: 'w', kind: 'wait', name: 'Wait', description: '', duration: { days: 1, hours: 0 }, next: 'f' },
        { id: 'f', kind: 'phoneCall', name: 'Call', description: '', next: 'e' },
        { id: 'e', kind: 'task', name: 'Recap', description: '' },
      ],
    };
    expect(layoutShape(graph, flowLayout(graph))).toBe('1 ?(2 | wait 3) 4 end');
  });

  it('survives a broken draft: a missing target ends the path, a loop is drawn once', () => {
    const graph: StepGraph = {
      start: 'a',
      steps: [
        { id: 'a', kind: 'task', name: 'A', description: '', next: 'b' },
        { id: 'b', kind: 'task', name: 'B', description: '', next: 'a' },
        { id: 'c', kind: 'task', name: 'C', description: '', next: 'nowhere' },
      ],
    };
    expect(layoutShape(graph, flowLayout(graph))).toBe('1 2 →1');
    expect(
      layoutShape({ start: 'c', steps: graph.steps }, flowLayout({ start: 'c', steps: graph.steps })),
    ).toBe('3 end');
  });
});

/** Every TextBlock text of some card elements, as shown. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (!node || typeof node !== 'object') return [];
  const object = node as Record<string, unknown>;
  const own = object.type === 'TextBlock' && typeof object.text === 'string' ? [shown(object.text)] : [];
  return [...own, ...Object.values(object).flatMap(texts)];
}

/** How deep ColumnSets nest in some card elements. */
function columnDepth(node: unknown): number {
  if (Array.isArray(node)) return Math.max(0, ...node.map(columnDepth));
  if (!node || typeof node !== 'object') return 0;
  const object = node as Record<string, unknown>;
  const inner = Math.max(0, ...Object.values(object).map(columnDepth));
  return object.type === 'ColumnSet' ? inner + 1 : inner;
}

describe('the picture on the card', () => {
  it.each(TEMPLATES.map((template) => [template.id]))(
    '%s: every step once, columns within depth, under 28 KB',
    (id) => {
      const template = byId(id);
      const { graph } = template;
      const picture = pictureElements(turn, graph, flowLayout(graph));
      const lines = texts(picture);
      const places = stepPlaces(graph);
      for (const step of graph.steps) {
        if (step.kind === 'condition' || step.kind === 'wait') continue;
        const place = places.get(step.id);
        const drawn = lines.filter((line) =>
          line.endsWith(` ${place?.numbered ? place.number : 0}. ${step.name}`),
        );
        // Drawn once as a step; any other mention is a "↪ on to" pointer.
        expect(
          drawn.filter((line) => !line.startsWith('↪')),
          step.id,
        ).toHaveLength(1);
      }
      // Waits and conditions are drawn, unnumbered.
      expect(lines.filter((line) => line.startsWith('◷ Wait'))).toHaveLength(
        graph.steps.filter((s) => s.kind === 'wait').length,
      );
      expect(lines.filter((line) => line.startsWith('◇ '))).toHaveLength(
        graph.steps.filter((s) => s.kind === 'condition').length,
      );
      expect(columnDepth(picture)).toBeLessThanOrEqual(MAX_COLUMN_DEPTH);
      const card = renderCard('template-flow', { ...templateFlowView(turn, template).data, notice: '' });
      expect(cardProblems(card)).toEqual([]);
      expect(texts(card.body)).toEqual(expect.arrayContaining(lines));
    },
  );

  it('lists the paths of a condition nested deeper than the columns allow, one under the other', () => {
    // Webinar follow-up has four conditions one inside the other: the fourth is drawn as a list.
    const { graph } = byId('webinar-follow-up');
    const picture = pictureElements(turn, graph, flowLayout(graph));
    expect(columnDepth(picture)).toBe(MAX_COLUMN_DEPTH);
    const lines = texts(picture);
    const last = lines.indexOf('◇ Replied within 2 days?');
    expect(lines.slice(last)).toEqual([
      '◇ Replied within 2 days?',
      '✓ Replied',
      '↪ on to 2. Confirm the meeting',
      '✗ No reply',
      '⚙ 10. Disqualify the lead',
      '↓',
      '■ End',
    ]);
  });

  it('keeps a straight sequence of four lines without a toggle, and folds anything longer', () => {
    const short = flowView(turn, {
      start: 'a',
      steps: [
        { id: 'a', kind: 'task', name: 'A', description: '', next: 'b' },
        { id: 'b', kind: 'task', name: 'B', description: '' },
      ],
    });
    expect(short.more).toBe(false);
    expect(flowView(turn, byId('event-invite').graph).more).toBe(true);
  });
});

function fromTemplate(id: string): Sequence {
  const template = byId(id);
  return {
    id: 's',
    name: template.name,
    recordType: template.recordType,
    ownerId: 'm',
    status: 'draft',
    version: 1,
    tags: [],
    graph: structuredClone(template.graph) as Sequence['graph'],
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  };
}

/** The step a typed phrase acts on: parsed as a manager types it, then applied. */
function actedOn(sequence: Sequence, phrase: string): string {
  const parsed = parse(phrase);
  if (!parsed) throw new Error(`not understood: ${phrase}`);
  const { slots } = parsed;
  let edit: Edit;
  if (parsed.intent === 'step.edit') {
    edit = { type: 'setStepText', step: slots.step!, field: slots.field ?? 'name', value: slots.value! };
  } else if (parsed.intent === 'step.duration') {
    edit = { type: 'setDuration', step: slots.step!, duration: slots.duration! };
  } else throw new Error(`unexpected ${parsed.intent} for ${phrase}`);
  const result = applyEdit(sequence, edit);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  if (!result.value.stepId) throw new Error('no step named');
  return result.value.stepId;
}

describe('the number a card shows is the number a typed command acts on', () => {
  it.each(TEMPLATES.map((template) => [template.id]))('%s', (id) => {
    const sequence = fromTemplate(id);
    const lines = flowView(turn, sequence.graph).steps;
    let numbered = 0;
    sequence.graph.steps.forEach((step, i) => {
      const title = lines[i]!.title;
      const number = /^(\d+)\. /.exec(title)?.[1];
      if (number) {
        numbered += 1;
        expect(actedOn(sequence, `rename step ${number} to Renamed`), title).toBe(step.id);
        return;
      }
      // A wait or a condition: no number of its own, placed by the step before it.
      const after = /^[◷◇] After step (\d+):/.exec(title)?.[1];
      expect(after, title).toBeDefined();
      const phrase =
        step.kind === 'wait'
          ? `change the wait after step ${after} to 3 days`
          : `change the time limit of the condition after step ${after} to 2 days`;
      expect(actedOn(sequence, phrase), title).toBe(step.id);
    });
    // The numbers are exactly the step count the card states.
    expect(numbered).toBe(countSteps(sequence.graph));
  });
});
