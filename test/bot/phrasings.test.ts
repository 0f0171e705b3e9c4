// The phrasing corpus (phrasings.json): how people actually ask, with typos, chatter, questions,
// statements and other word orders, written without reading the grammar. Prints how much of each
// group is understood (the right intent and the slots that matter) and holds the shares up.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESTRUCTIVE, type Intent, type Known, type Slots, parse } from '../../src/bot/grammar/index.js';
import { loadTemplates } from '../../src/domain/templates.js';
import { EN } from '../../src/bot/grammar/lang/en.js';

type Row = [text: string, intent: Intent, slots?: Partial<Record<keyof Slots, string>>];

const corpus = JSON.parse(readFileSync(new URL('./phrasings.json', import.meta.url), 'utf8')) as {
  world: Known;
  groups: Record<string, Row[]>;
  mustNot: [text: string, intent: Intent][];
};

/** Slot texts compared without case or a leading article, which the grammar reads as a filler. */
const plain = (text: string): string => text.trim().toLowerCase().replace(/^the /, '');
const same = (a: unknown, b: string): boolean => typeof a === 'string' && plain(a) === plain(b);

/** What exists when the phrasings are typed: names are resolved against it, as the bot does. */
const world: Known = {
  ...corpus.world,
  templates: loadTemplates().flatMap((template) => [template.name, ...template.aliases]),
};

/** Why a row is not understood, or undefined when it is. */
function miss([text, intent, slots]: Row): string | undefined {
  const parsed = parse(text, world);
  if (parsed?.intent !== intent) return `read as ${parsed?.intent ?? 'nothing'}`;
  for (const [name, value] of Object.entries(slots ?? {})) {
    const got = parsed.slots[name as keyof Slots];
    if (!same(got, value)) return `${name} is ${JSON.stringify(got)}, not ${JSON.stringify(value)}`;
  }
  return undefined;
}

describe('the phrasing corpus', () => {
  const results = Object.entries(corpus.groups).map(([group, rows]) => {
    const misses = rows.flatMap((row) => {
      const why = miss(row);
      return why ? [`  "${row[0]}" (${row[1]}): ${why}`] : [];
    });
    return { group, total: rows.length, understood: rows.length - misses.length, misses };
  });

  it('has at least 40 phrasings in every group, and every intent of the grammar in it', () => {
    for (const { group, total } of results) expect(total, group).toBeGreaterThanOrEqual(40);
    const covered = new Set(Object.values(corpus.groups).flatMap((rows) => rows.map((row) => row[1])));
    const missing = [...new Set(EN.rules.map((rule) => rule.intent))].filter(
      (intent) => !covered.has(intent),
    );
    // The managers' intents also have their own table in grammar.test.ts.
    expect(missing.filter((intent) => intent.startsWith('work.') || intent.startsWith('me.'))).toEqual([]);
  });

  it('understands at least 95 % overall and 90 % of every group', () => {
    const total = results.reduce((sum, r) => sum + r.total, 0);
    const understood = results.reduce((sum, r) => sum + r.understood, 0);
    const lines = results.map(
      (r) =>
        `${r.group.padEnd(16)} ${String(r.understood).padStart(3)}/${String(r.total).padEnd(3)} ${((100 * r.understood) / r.total).toFixed(1)} %`,
    );
    lines.push(`${'overall'.padEnd(16)} ${understood}/${total} ${((100 * understood) / total).toFixed(1)} %`);
    console.log(
      `Phrasings understood:\n${lines.join('\n')}\nNot understood:\n${results.flatMap((r) => r.misses).join('\n') || '  (none)'}`,
    );
    for (const r of results) expect(r.understood / r.total, r.group).toBeGreaterThanOrEqual(0.9);
    expect(understood / total).toBeGreaterThanOrEqual(0.95);
  });

  it('prints how much of the unseen phrasings it understands (a measurement, not a target)', () => {
    const unseen = JSON.parse(readFileSync(new URL('./phrasings-unseen.json', import.meta.url), 'utf8')) as {
      rows: Row[];
    };
    const misses = unseen.rows.filter((row) => miss(row) !== undefined);
    const share = (100 * (unseen.rows.length - misses.length)) / unseen.rows.length;
    console.log(
      `Unseen phrasings understood: ${unseen.rows.length - misses.length}/${unseen.rows.length} ${share.toFixed(1)} %\n` +
        misses.map((row) => `  "${row[0]}" (${row[1]}): ${miss(row)}`).join('\n'),
    );
    expect(unseen.rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each(corpus.mustNot)('never reads "%s" as %s', (text, intent) => {
    expect(DESTRUCTIVE.has(intent) || intent === 'record.lost').toBe(true);
    expect(parse(text)?.intent).not.toBe(intent);
    expect(parse(text, world)?.intent).not.toBe(intent);
  });
});
