// Users' words are data: whatever a user typed reads as the same characters on every card and in
// every message: no bold, no link, no HTML, no entity, no template expression.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { literal, shown } from '../../src/bot/views/literal.js';
import type { Sequence } from '../../src/domain/model.js';
import { cardsOf, execute, message, type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { actionsOf, say, type Card } from '../helpers/manager-chat.js';
import { connect, createRecord, sequenceFromTemplate } from '../helpers/seller-world.js';

const HOSTILE = [
  '<b>Bold</b> **demo** ${name} [x](https://evil.example)',
  '_it_ `code` ~~gone~~ &amp; &lt;date&gt; {name}',
  '# Heading',
  '1. listed',
  '- bullet\n> quote\n===',
  'www.evil.example | a\\b',
];

/**
 * Markdown a TextBlock would turn into something else than its characters: read left to right,
 * a backslash escapes the next character; anything else that starts formatting is a finding.
 */
function formatting(markdown: string): string[] {
  const found: string[] = [];
  const lines = markdown.split('\n');
  for (const line of lines) {
    if (/^\s*([-+*]|\d+[.)])(\s|$)/.test(line)) found.push(`list: ${line}`);
    if (/^\s*(=+|-{2,})\s*$/.test(line)) found.push(`heading underline: ${line}`);
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '\\') {
        i++;
        continue;
      }
      if ('<>[]*_&`~#|'.includes(c)) found.push(`"${c}" in ${line}`);
      if (c === '$' && line[i + 1] === '{') found.push(`"\${" in ${line}`);
    }
    if (/[a-z]:\/\//i.test(line) || /\bwww\.\w/i.test(line)) found.push(`address: ${line}`);
  }
  return found;
}

/** Every Markdown text of a card (TextBlock texts, fact titles and values). */
function markdownTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'TextBlock' && typeof element.text === 'string') texts.push(element.text);
      if (element.type === 'FactSet' && Array.isArray(element.facts)) {
        for (const fact of element.facts as { title?: string; value?: string }[])
          texts.push(fact.title ?? '', fact.value ?? '');
      }
      for (const [key, value] of Object.entries(element)) if (key !== 'data') walk(value);
    }
  };
  walk(card);
  return texts;
}

describe('literal text', () => {
  it.each(HOSTILE)('%s reads as typed and formats nothing', (text) => {
    const markdown = literal(text);
    expect(formatting(markdown)).toEqual([]);
    expect(shown(markdown)).toBe(text);
  });

  // One thing to escape in an otherwise plain text, on a later line where the rule is per line:
  // none may slip past the test that lets plain texts through untouched.
  it.each([
    'plain then\n- a bullet',
    'plain then\n+ a bullet',
    'plain then\n  12) numbered',
    'plain then\n3. numbered',
    'plain then\n--',
    'plain then\n ===',
    'see WWW.evil.example today',
    'see ftp://evil.example today',
    'costs ${price} today',
    'a single # here',
  ])('escapes %j although the rest is plain', (text) => {
    const markdown = literal(text);
    expect(markdown).not.toBe(text);
    expect(formatting(markdown)).toEqual([]);
    expect(shown(markdown)).toBe(text);
  });

  it('leaves ordinary words, e-mail addresses and phone numbers as they are', () => {
    for (const text of [
      'Woodgrove Bank: 250 seats',
      'Anna Kowalska',
      'Kraków, +48 600 100 200',
      'Step 2 of 7',
    ])
      expect(literal(text)).toBe(text);
    expect(shown(literal('jane_doe@contoso.example'))).toBe('jane_doe@contoso.example');
  });

  it('shows our own placeholders instead of letting a client swallow them as tags', () => {
    expect(literal('pause my sequences until <date>')).toBe('pause my sequences until \\<date\\>');
  });
});

const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };
const [NAME, COMPANY, STEP, TAG] = HOSTILE as [string, string, string, string];

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('hostile words through every card', () => {
  it('a record, a sequence, a step and a tag named to attack the reader are shown literally everywhere', async () => {
    const sequence = await sequenceFromTemplate(h, 'product-demo', 'seq-hostile', DANA.id);
    const graph = structuredClone(sequence.graph);
    const first = graph.steps.find((step) => step.id === graph.start)!;
    first.name = STEP;
    first.description = HOSTILE[4]!;
    if (first.kind === 'email' || first.kind === 'automatedEmail')
      first.template = { subject: HOSTILE[5]!, body: NAME };
    const hostile: Sequence = { ...sequence, name: NAME, description: COMPANY, tags: [TAG], graph };
    await h.stores.sequences.save(hostile);
    const record = await createRecord(h, DANA, {
      type: 'opportunity',
      name: NAME,
      company: COMPANY,
      firstName: HOSTILE[3]!,
      email: 'anna@contoso.example',
    });
    await say(h, DANA, 'help');
    await connect(h, hostile.id, record.id);

    const cards: Card[] = [];
    const ask = async (text: string): Promise<void> => {
      const answer = await say(h, DANA, text);
      cards.push(...answer.cards);
    };
    for (const command of ['up next', 'overdue', 'emails', 'digest', 'sequences', 'records', 'help'])
      await ask(command);
    // Every button of the answers that opens another view (the sequence, its flow, the step, stats).
    const opened = new Set<string>();
    for (const card of [...cards]) {
      for (const action of actionsOf(card)) {
        if (!/show|open|stats|flow|sequence/i.test(action.verb) || opened.has(action.verb)) continue;
        opened.add(action.verb);
        const { body } = await h.post(execute(DANA, action.verb, action.data));
        const value = (body as { value?: unknown } | undefined)?.value;
        if (value && typeof value === 'object') cards.push(value as Card);
      }
    }
    // The raw replies too, as the connector would send them (not through the reading helpers).
    for (const command of ['up next', 'sequences', `connect ${NAME} to ${NAME}`]) {
      const { replies } = await h.post(message(DANA, command));
      cards.push(...cardsOf(replies));
      for (const reply of replies)
        if (typeof reply.text === 'string') expect(formatting(reply.text), reply.text).toEqual([]);
    }

    expect(cards.length).toBeGreaterThan(6);
    const all = cards.flatMap(markdownTexts);
    for (const text of all) expect(formatting(text), text).toEqual([]);
    const seen = all.map(shown).join('\n');
    for (const words of [NAME, COMPANY, STEP]) expect(seen).toContain(words);
    // Our own placeholders survive as text ("show <sequence>", "connect <name> to <sequence>").
    expect(seen).toMatch(/<sequence>/);
  });
});
