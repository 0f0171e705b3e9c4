// Cards are data: Adaptive Card JSON templates in cards/, bound to view models with
// adaptivecards-templating. TypeScript builds the view model; the JSON decides the look.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ACData from 'adaptivecards-templating';
import { CardFactory, type Attachment } from 'botbuilder';

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

/** The card `name` (cards/<name>.json) bound to `data`. */
export function renderCard(name: string, data: object): CardJson {
  const template = cardTemplates().get(name);
  if (!template) throw new Error(`No card template named "${name}" in cards/`);
  return new ACData.Template(template).expand({ $root: data }) as CardJson;
}

export function cardAttachment(card: CardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}
