import { describe, expect, it } from 'vitest';
import { countSteps, daysToComplete, longestPath, stepsAhead } from '../../src/domain/metrics.js';
import type { Duration, Step, StepGraph } from '../../src/domain/model.js';
import { loadTemplates } from '../../src/domain/templates.js';

const task = (id: string, next?: string): Step => ({
  id,
  kind: 'task',
  name: id,
  description: 'Do it.',
  next,
});
const call = (id: string, next?: string): Step => ({
  id,
  kind: 'phoneCall',
  name: id,
  description: 'Call.',
  next,
});
const wait = (id: string, duration: Duration, next?: string): Step => ({
  id,
  kind: 'wait',
  name: id,
  description: 'Wait.',
  duration,
  next,
});
const answered = (id: string, about: string, timeLimit: Duration, yes?: string, no?: string): Step => ({
  id,
  kind: 'condition',
  name: id,
  description: 'Answered?',
  about,
  test: 'callAnswered',
  timeLimit,
  yes,
  no,
});
const days = (d: number, h = 0): Duration => ({ days: d, hours: h });

describe('the built-in templates', () => {
  const templates = loadTemplates();
  const figures = (name: string) => {
    const template = templates.find((candidate) => candidate.name === name);
    if (!template) throw new Error(`no template named ${name}`);
    return {
      recordType: template.recordType,
      steps: countSteps(template.graph),
      days: daysToComplete(template.graph),
    };
  };

  it.each([
    ["Follow up when contacts don't show up", 'contact', 7, 5],
    ['High-volume outbound prospecting', 'lead', 7, 9],
    ['Invite to an upcoming event', 'contact', 6, 5],
    ['Meeting for product demo requests', 'opportunity', 9, 5],
    ['Upcoming account renewal', 'account', 13, 50],
    ['Webinar follow-up', 'lead', 10, 7],
  ] as const)('%s: %s, %i steps, %i days, as documented', (name, recordType, steps, daysFigure) => {
    expect(figures(name)).toEqual({ recordType, steps, days: daysFigure });
  });

  it('the longest outbound path is the one where no call is answered, ending in disqualification', () => {
    const outbound = templates.find((template) => template.id === 'outbound-prospecting');
    expect(outbound && longestPath(outbound.graph)).toEqual([
      'intro-email',
      'research-lead',
      'first-call',
      'first-call-answered',
      'follow-up-email',
      'wait-3-days',
      'second-call',
      'second-call-answered',
      'wait-2-days',
      'final-call',
      'final-call-answered',
      'disqualify-lead',
    ]);
  });

  it('the renewal is linear: its longest path visits every step', () => {
    const renewal = templates.find((template) => template.id === 'account-renewal');
    expect(renewal && longestPath(renewal.graph)).toEqual(renewal?.graph.steps.map((step) => step.id));
  });
});

describe('countSteps', () => {
  it('counts what somebody or something performs, not waits or conditions', () => {
    const graph: StepGraph = {
      start: 'call',
      steps: [
        call('call', 'answered'),
        answered('answered', 'call', days(1), 'thanks', 'pause'),
        task('thanks'),
        wait('pause', days(2), 'close'),
        {
          id: 'close',
          kind: 'command',
          name: 'Disqualify',
          description: 'Disqualifies the lead.',
          command: { type: 'updateField', update: { field: 'status', value: 'disqualified' } },
        },
      ],
    };
    expect(countSteps(graph)).toBe(3);
  });

  it('counts a step shared by several paths once', () => {
    const graph: StepGraph = {
      start: 'call',
      steps: [
        call('call', 'answered'),
        answered('answered', 'call', days(1), 'shared', 'retry'),
        task('retry', 'shared'),
        task('shared'),
      ],
    };
    expect(countSteps(graph)).toBe(3);
  });

  it('is zero for an empty draft', () => {
    expect(countSteps({ steps: [] })).toBe(0);
  });
});

describe('daysToComplete and longestPath', () => {
  it('takes the path with the most waiting time, not the one with the most steps', () => {
    const graph: StepGraph = {
      start: 'call',
      steps: [
        call('call', 'answered'),
        answered('answered', 'call', days(1), 'a', 'long-wait'),
        task('a', 'b'),
        task('b', 'c'),
        task('c'),
        wait('long-wait', days(3), 'last'),
        task('last'),
      ],
    };
    expect(daysToComplete(graph)).toBe(4);
    expect(longestPath(graph)).toEqual(['call', 'answered', 'long-wait', 'last']);
  });

  it('adds condition time limits and waits in hours, then rounds up to a whole day', () => {
    const graph: StepGraph = {
      start: 'call',
      steps: [
        call('call', 'answered'),
        answered('answered', 'call', days(0, 12), undefined, 'pause'),
        wait('pause', days(1, 1), 'end'),
        task('end'),
      ],
    };
    expect(daysToComplete(graph)).toBe(2); // 12 h + 25 h = 37 h
  });

  it('is exact when the hours make whole days', () => {
    const graph: StepGraph = {
      start: 'call',
      steps: [
        call('call', 'answered'),
        answered('answered', 'call', days(0, 12), undefined, 'pause'),
        wait('pause', days(0, 12), 'end'),
        task('end'),
      ],
    };
    expect(daysToComplete(graph)).toBe(1);
  });

  it('prefers the path with more steps when the times tie', () => {
    const graph: StepGraph = {
      start: 'call',
      steps: [
        call('call', 'answered'),
        answered('answered', 'call', days(1), 'short', 'longer'),
        task('short'),
        task('longer', 'end'),
        task('end'),
      ],
    };
    expect(longestPath(graph)).toEqual(['call', 'answered', 'longer', 'end']);
  });

  it('is zero and empty for an empty draft', () => {
    expect(daysToComplete({ steps: [] })).toBe(0);
    expect(longestPath({ steps: [] })).toEqual([]);
  });

  it('still gives figures for a broken draft: a loop is not followed and a missing step ends the path', () => {
    const graph: StepGraph = {
      start: 'first',
      steps: [wait('first', days(2), 'second'), wait('second', days(1), 'first'), task('other', 'missing')],
    };
    expect(daysToComplete(graph)).toBe(3);
    expect(longestPath(graph)).toEqual(['first', 'second']);
  });
});

describe('steps ahead of the current one', () => {
  it('counts a straight line exactly, waits not counted', () => {
    const graph: StepGraph = {
      start: 'a',
      steps: [task('a', 'w'), wait('w', { days: 1, hours: 0 }, 'b'), task('b', 'c'), task('c')],
    };
    expect(stepsAhead(graph, 'a')).toEqual({ min: 2, max: 2 });
    expect(stepsAhead(graph, 'w')).toEqual({ min: 2, max: 2 });
    expect(stepsAhead(graph, 'c')).toEqual({ min: 0, max: 0 });
  });

  it('gives the fewest and the most where a condition may still branch', () => {
    const graph: StepGraph = {
      start: 'c1',
      steps: [
        call('c1', 'if'),
        answered('if', 'c1', { days: 1, hours: 0 }, 'yes1', 'no1'),
        task('yes1'),
        task('no1', 'no2'),
        task('no2', 'no3'),
        task('no3'),
      ],
    };
    expect(stepsAhead(graph, 'c1')).toEqual({ min: 1, max: 3 });
    expect(stepsAhead(graph, 'no1')).toEqual({ min: 2, max: 2 });
  });

  it('never promises more than the template figure, and a linear template gives it exactly', () => {
    for (const template of loadTemplates()) {
      const ahead = stepsAhead(template.graph, template.graph.start!);
      expect(1 + ahead.max).toBeLessThanOrEqual(countSteps(template.graph));
      expect(ahead.min).toBeLessThanOrEqual(ahead.max);
    }
    const renewal = loadTemplates().find((template) => template.id === 'account-renewal')!;
    expect(1 + stepsAhead(renewal.graph, renewal.graph.start!).max).toBe(13);
  });
});
