// The work of reading a text grows no faster than the text: the matcher counts its steps (a
// reading tried, a word compared, a token a slot takes), and texts built to make it work hard, at
// 1, 2, 4 and 8 times their size, cost at most 1, 2, 4 and 8 times the steps. Steps, not time.

import { describe, expect, it } from 'vitest';
import { STEP_BUDGET, parse } from '../../src/bot/grammar/index.js';
import { matcherWork } from '../../src/bot/grammar/match.js';
import { tokenize } from '../../src/bot/grammar/tokens.js';

/** Texts of `k` units of about 100 tokens each, each aimed at a way a matcher can go wrong. */
const HOSTILE: Record<string, (k: number) => string> = {
  'fillers only': (k) => 'the '.repeat(100 * k),
  'fillers around a command': (k) => `${'please the '.repeat(50 * k)}templates${' the'.repeat(50 * k)}`,
  'clause after clause': (k) => `add lead ${'a, '.repeat(100 * k)}`,
  'because after because': (k) => `qualify ${'jane doe because '.repeat(33 * k)}`,
  'opening quotes never closed': (k) => "'a ".repeat(100 * k),
  'a name that never ends': (k) => `rename ${'x '.repeat(100 * k)}to y`,
  'a free slot followed by its keyword many times': (k) =>
    `create ${'x '.repeat(50 * k)}${'from '.repeat(50 * k)}`,
  'command words only': (k) => 'delete sequence '.repeat(50 * k),
  'misspelt command words': (k) => 'creat sequnce '.repeat(50 * k),
  separators: (k) => ': - '.repeat(50 * k),
  'dates everywhere': (k) => `pause my sequences until ${'next friday '.repeat(50 * k)}`,
  'step and field words': (k) => `set ${'the subject of step 2 '.repeat(20 * k)}to x`,
  'many different words': (k) => Array.from({ length: 100 * k }, (_, i) => `w${i}x`).join(' '),
  'many different words, then fillers': (k) =>
    `${Array.from({ length: 70 }, (_, i) => `w${i}x`).join(' ')} ${'the '.repeat(100 * k)}`,
  'long punctuation runs': (k) => `show ${`${'!'.repeat(40)}a `.repeat(100 * k)}`,
};

function stepsFor(text: string): number {
  matcherWork.steps = 0;
  parse(text);
  return matcherWork.steps;
}

describe('the work of reading a text', () => {
  it('grows at most linearly with hostile texts, and never needs the step budget to stop it', () => {
    const overBudget = matcherWork.overBudget;
    const rows: string[] = [];
    for (const [name, make] of Object.entries(HOSTILE)) {
      const sizes = [1, 2, 4, 8];
      const steps = sizes.map((k) => stepsFor(make(k)));
      rows.push(`${name.padEnd(48)} ${steps.map((s) => String(s).padStart(8)).join(' ')}`);
      for (const [index, k] of sizes.entries()) {
        // Linear with a fixed part: k times the text costs at most k times the steps.
        expect(steps[index], `${name} at ${k}x`).toBeLessThanOrEqual(k * steps[0]!);
        expect(steps[index], `${name} at ${k}x`).toBeGreaterThan(0);
      }
    }
    console.log(`matcher steps at 1x, 2x, 4x, 8x (1x is about 100 tokens):\n${rows.join('\n')}`);
    expect(matcherWork.overBudget).toBe(overBudget);
  });

  it('keeps every phrasing of the corpus far inside its budget', async () => {
    const corpus = (await import('./phrasings.json', { with: { type: 'json' } })).default as {
      groups: Record<string, unknown>;
    };
    const phrases = Object.values(corpus.groups)
      .filter(Array.isArray)
      .flatMap((rows) => (rows as unknown[][]).map((row) => row[0]))
      .filter((phrase): phrase is string => typeof phrase === 'string');
    expect(phrases.length).toBeGreaterThan(100);
    let worst = 0;
    for (const phrase of phrases) {
      const budget = STEP_BUDGET.base + STEP_BUDGET.perToken * tokenize(phrase).tokens.length;
      worst = Math.max(worst, stepsFor(`${phrase} `) / budget);
    }
    console.log(`the costliest phrasing used ${(worst * 100).toFixed(1)} % of its step budget`);
    expect(worst).toBeLessThan(0.25);
  });

  it('reads a long free text at the end of a command, however long', () => {
    const body = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ');
    const parsed = parse(`set the description of step 2 to ${body}`);
    expect(parsed?.intent).toBe('step.edit');
    expect(parsed?.slots.value).toBe(body);
  });

  it('does not read a text whose reading would cost more than its budget', () => {
    const saved = { ...STEP_BUDGET };
    const overBudget = matcherWork.overBudget;
    try {
      STEP_BUDGET.base = 100;
      STEP_BUDGET.perToken = 0;
      expect(parse('create a sequence from the product demo template please')).toBeUndefined();
      expect(matcherWork.overBudget).toBe(overBudget + 1);
    } finally {
      Object.assign(STEP_BUDGET, saved);
    }
    // A text read earlier is remembered; another one is read again with the whole budget.
    expect(parse('create a sequence from the webinar template please')?.intent).toBe('sequence.create');
  });
});
