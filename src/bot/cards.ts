// Cards are data: Adaptive Card JSON templates in cards/, bound to view models with
// adaptivecards-templating. TypeScript builds the view model; the JSON decides the look. Every text a
// card shows as Markdown is made literal here, once, so no view can forget it.

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as TemplatingModule from 'adaptivecards-templating';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CardFactory, type Attachment } from 'botbuilder';
import { literal } from './views/literal.js';
import { Lru } from '../domain/lru.js';

const CARDS_DIR = fileURLToPath(new URL('../../cards/', import.meta.url));

export type CardJson = Record<string, unknown>;

let cache: Map<string, unknown> | undefined;

/** Every card template, read once. */
export function cardTemplates(): Map<string, unknown> {
  if (!cache) {
    cache = new Map(
      readdirSync(CARDS_DIR)
        .filter((file) => file.endsWith('.json'))
        .map((file) => [
          path.basename(file, '.json'),
          JSON.parse(readFileSync(path.join(CARDS_DIR, file), 'utf8')),
        ]),
    );
  }
  return cache;
}

/**
 * The card `name` (cards/<name>.json) bound to `data`. No text in a view model is Markdown: users'
 * words and our own wording alike are shown as the characters they are (see views/literal.ts).
 * Read only (frozen), since the same card may go to several answers: build a changed copy.
 */
export function renderCard(name: string, data: object): CardJson {
  const key = `${name}\u0000${JSON.stringify(data)}`;
  const known = rendered.get(key);
  if (known !== undefined) return known;
  const card = literalTexts(preparedTemplate(name).expand({ $root: data })) as CardJson;
  if (key.length <= RENDERED_MAX_KEY) rendered.set(key, card);
  return card;
}

/**
 * Cards rendered lately, by template and view model: a card is a pure function of the two, and
 * binding a template costs ten times more than looking it up. Help, a template's card or a list
 * nobody changed since are asked for again and again; anything else simply falls out.
 */
const rendered = new Lru<string, CardJson>(256);
/** A view model bigger than this is not remembered (a card is at most about 28 KB). */
const RENDERED_MAX_KEY = 64 * 1024;

type Templating = typeof TemplatingModule;
let templating: Templating | undefined;

/**
 * The templating library (with its expression language, a fifth of the start-up), loaded at the
 * first card rather than before the server listens; `preloadCards` loads it a second after.
 */
function acData(): Templating {
  templating ??= createRequire(import.meta.url)('adaptivecards-templating') as Templating;
  return templating;
}

export function preloadCards(): void {
  acData();
  cardTemplates();
}

const prepared = new Map<string, InstanceType<Templating['Template']>>();

/**
 * The card template parsed once: parsing its expressions cost more than binding them. A prepared
 * template binds any number of data objects; `expand` is synchronous, so turns never share one
 * mid-way.
 */
function preparedTemplate(name: string): InstanceType<Templating['Template']> {
  let template = prepared.get(name);
  if (!template) {
    const json = cardTemplates().get(name);
    if (!json) throw new Error(`No card template named "${name}" in cards/`);
    template = new (acData().Template)(json);
    prepared.set(name, template);
  }
  return template;
}

/**
 * The bound card, copied as it is made literal and frozen in one pass: the copy shares nothing with
 * the view model it came from (the caller's), so freezing it changes nothing of theirs. TextBlock
 * texts and FactSet facts are Markdown in Teams; button titles and inputs are plain text, and `data`
 * travels back to the bot untouched: it is not shown.
 */
function literalTexts(node: unknown, shown = true): unknown {
  if (typeof node !== 'object' || node === null) return node;
  if (Array.isArray(node)) {
    const items = new Array<unknown>(node.length);
    for (let i = 0; i < node.length; i++) items[i] = literalTexts(node[i], shown);
    return Object.freeze(items);
  }
  const element = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(element)) out[key] = literalTexts(element[key], shown && key !== 'data');
  if (shown && element.type === 'TextBlock' && typeof element.text === 'string') {
    out.text = literal(element.text);
  }
  if (shown && element.type === 'FactSet' && Array.isArray(element.facts)) {
    out.facts = Object.freeze(
      (element.facts as Record<string, unknown>[]).map((fact) =>
        Object.freeze({
          ...(literalTexts(fact) as Record<string, unknown>),
          title: typeof fact.title === 'string' ? literal(fact.title) : fact.title,
          value: typeof fact.value === 'string' ? literal(fact.value) : fact.value,
        }),
      ),
    );
  }
  return Object.freeze(out);
}

export function cardAttachment(card: CardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}
