// Conversation tests for the managers' experience read as a chat: a user says something, the bot
// answers with text and cards, the user presses a button on a card (with what they typed into its
// inputs). Every card the bot answers with is checked against the Adaptive Card 1.5 schema.

import { expect } from 'vitest';
import { cardText, cardsOf, execute, message, submit, textsOf, type TestUser } from './activities.js';
import { cardProblems } from './card-schema.js';
import type { Harness } from './harness.js';
import { shown } from '../../src/bot/views/literal.js';

export type Card = Record<string, unknown>;

export interface Reply {
  texts: string[];
  cards: Card[];
  /** Every text and every string of every card, for "the bot says ..." checks. */
  all: string;
  /** The first thing the bot says: its first text, else the first line of its first card (as shown). */
  first: string;
}

/** The texts of a card's TextBlocks, as a reader sees them. */
export function cardLines(card: Card | undefined): string[] {
  const lines: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const object = node as Record<string, unknown>;
      if (object.type === 'TextBlock' && typeof object.text === 'string') lines.push(shown(object.text));
      for (const [key, value] of Object.entries(object)) if (key !== 'fallback') walk(value);
    }
  };
  walk(card?.body);
  return lines;
}

function reply(texts: string[], cards: Card[]): Reply {
  for (const card of cards) expect(cardProblems(card), JSON.stringify(card).slice(0, 300)).toEqual([]);
  return {
    texts,
    cards,
    all: [...texts, ...cards.map(cardText)].join('\n'),
    first: texts[0] ?? cardLines(cards[0])[0] ?? '',
  };
}

/** What the user types; the bot's answers. */
export async function say(h: Harness, user: TestUser, text: string): Promise<Reply> {
  const { status, replies } = await h.post(message(user, text));
  expect(status).toBe(200);
  return reply(textsOf(replies), cardsOf(replies));
}

export interface FoundAction {
  verb: string;
  data: Record<string, unknown>;
  title: string;
}

/** Every Action.Execute of a card, including those inside Action.ShowCard forms. */
export function actionsOf(card: unknown): FoundAction[] {
  const found: FoundAction[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const object = node as Record<string, unknown>;
      if (object.type === 'Action.Execute') {
        found.push({
          verb: String(object.verb),
          data: (object.data as Record<string, unknown>) ?? {},
          title: String(object.title ?? ''),
        });
      }
      for (const [key, value] of Object.entries(object)) if (key !== 'fallback') walk(value);
    }
  };
  walk(card);
  return found;
}

/** The action on `card` whose title (or verb) is `name`; fails the test when there is none. */
export function actionOn(card: Card | undefined, name: string): FoundAction {
  const actions = actionsOf(card);
  const action = actions.find((a) => a.title === name) ?? actions.find((a) => a.verb === name);
  if (!action)
    throw new Error(`No action "${name}" on the card; it has: ${actions.map((a) => a.title).join(', ')}`);
  return action;
}

/** Presses a button (Action.Execute): the invoke's answer is the card that replaces it. */
export async function press(
  h: Harness,
  user: TestUser,
  card: Card | undefined,
  name: string,
  inputs: Record<string, unknown> = {},
): Promise<Reply> {
  const action = actionOn(card, name);
  const { status, body } = await h.post(execute(user, action.verb, { ...action.data, ...inputs }));
  expect(status).toBe(200);
  const value = (body as { value?: unknown; type?: string } | undefined)?.value;
  if (typeof value === 'string') return reply([value], []);
  expect(value, `the press of "${name}" answered no card`).toBeTruthy();
  return reply([], [value as Card]);
}

/** The same button from an older client: an Action.Submit, answered with messages. */
export async function pressOld(
  h: Harness,
  user: TestUser,
  card: Card | undefined,
  name: string,
  inputs: Record<string, unknown> = {},
): Promise<Reply> {
  const action = actionOn(card, name);
  const { status, replies } = await h.post(submit(user, { ...action.data, ...inputs }));
  expect(status).toBe(200);
  return reply(textsOf(replies), cardsOf(replies));
}

/** The titles of a card's buttons. */
export const buttonsOf = (card: Card | undefined): string[] => actionsOf(card).map((a) => a.title);
