// The seller's world for conversation tests: sequences built from the templates, records owned by
// test users, and reading and pressing the cards the bot sends (replies and proactive pushes).

import type { Activity } from 'botbuilder';
import { expect } from 'vitest';
import type { CrmRecord, Sequence } from '../../src/domain/model.js';
import { findTemplateById } from '../../src/domain/templates.js';
import { cardText, execute, message, submit, type TestUser } from './activities.js';
import { cardProblems } from './card-schema.js';
import type { Harness } from './harness.js';

/** An active sequence made from a built-in template, as a manager would create and activate it. */
export async function sequenceFromTemplate(
  h: Harness,
  templateId: string,
  id = `seq-${templateId}`,
  ownerId = 'aad-manager',
): Promise<Sequence> {
  const template = findTemplateById(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  const at = h.clock.now().toISOString();
  const sequence: Sequence = {
    id,
    name: template.name,
    description: template.description,
    recordType: template.recordType,
    ownerId,
    status: 'active',
    version: 1,
    tags: [],
    graph: structuredClone(template.graph) as Sequence['graph'],
    templateId: template.id,
    createdAt: at,
    updatedAt: at,
  };
  await h.stores.sequences.save(sequence);
  return sequence;
}

let recordCounter = 0;

/** A record owned by `owner`; the type's natural fields filled in. */
export async function createRecord(
  h: Harness,
  owner: TestUser,
  fields: Partial<CrmRecord> & Pick<CrmRecord, 'type' | 'name'>,
): Promise<CrmRecord> {
  const at = h.clock.now().toISOString();
  const record: CrmRecord = {
    id: `rec-${++recordCounter}`,
    ownerId: owner.id,
    createdAt: at,
    updatedAt: at,
    ...(fields.type === 'opportunity' ? { stage: 'develop' as const } : {}),
    ...(fields.type === 'lead' ? { status: 'new' as const } : {}),
    ...fields,
  };
  await h.stores.records.save(record);
  return record;
}

/** Connects a record and lets the product run what falls due now (the first step's card goes out). */
export async function connect(h: Harness, sequenceId: string, recordId: string): Promise<string> {
  const result = await h.ctx.enrollments.connect(sequenceId, recordId, 'aad-manager');
  if (!result.ok) throw new Error(`connect failed: ${JSON.stringify(result)}`);
  await h.ctx.runner.runDue();
  return result.enrollment.id;
}

/** The user writes to the bot, so it knows them and has their 1:1 conversation for proactive cards. */
export async function greet(h: Harness, user: TestUser): Promise<void> {
  const { status } = await h.post(message(user, 'up next'));
  expect(status).toBe(200);
}

/** Moves the test clock to `to`, running every job at its own due time on the way. */
export async function advanceTo(h: Harness, to: string | Date): Promise<void> {
  await h.ctx.runner.advanceTo(h.clock, typeof to === 'string' ? new Date(to) : to);
}

export const conversationOf = (user: TestUser): string => `a:personal-${user.id}`;

/** Cards the bot pushed (proactively) into the user's 1:1 chat, oldest first. */
export function pushedCards(h: Harness, user: TestUser): Record<string, unknown>[] {
  return h.connector.received
    .filter((r) => r.conversationId === conversationOf(user))
    .flatMap((r) => r.activity.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content as Record<string, unknown>);
}

/** Texts the bot pushed into the user's 1:1 chat. */
export function pushedTexts(h: Harness, user: TestUser): string[] {
  return h.connector.received
    .filter((r) => r.conversationId === conversationOf(user))
    .map((r) => r.activity.text)
    .filter((text): text is string => typeof text === 'string');
}

export function lastPushed(h: Harness, user: TestUser): Record<string, unknown> {
  const cards = pushedCards(h, user);
  const card = cards.at(-1);
  if (!card) throw new Error(`no card was pushed to ${user.name}`);
  return card;
}

export interface CardAction {
  type: string;
  title: string;
  verb?: string;
  url?: string;
  data?: Record<string, unknown>;
}

/** Every action anywhere in a card (action bars, action sets, show cards), in order. */
export function actionsOf(card: unknown): CardAction[] {
  const found: CardAction[] = [];
  const walk = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) node.forEach((child) => walk(child));
    else if (node && typeof node === 'object') {
      const object = node as Record<string, unknown>;
      if (key !== 'fallback' && typeof object.type === 'string' && object.type.startsWith('Action.')) {
        found.push(object as unknown as CardAction);
      }
      for (const [k, value] of Object.entries(object)) if (k !== 'data') walk(value, k);
    }
  };
  walk(card);
  return found;
}

export function titlesOf(card: unknown): string[] {
  return actionsOf(card).map((a) => a.title);
}

/** The card's action with this title (the first, or the n-th when a list repeats titles). */
export function actionTitled(card: unknown, title: string, index = 0): CardAction {
  const matches = actionsOf(card).filter((a) => a.title === title);
  const action = matches[index];
  if (!action) throw new Error(`no action "${title}" in the card; it has: ${titlesOf(card).join(', ')}`);
  return action;
}

export interface InvokeAnswer {
  status: number;
  card?: Record<string, unknown>;
  text?: string;
}

/** Reads an Action.Execute answer: the card that replaces the pressed one, or a message. */
export function invokeAnswer(result: { status: number; body: unknown }): InvokeAnswer {
  const body = result.body as { type?: string; value?: unknown } | undefined;
  if (body?.type === 'application/vnd.microsoft.card.adaptive') {
    const card = body.value as Record<string, unknown>;
    expect(cardProblems(card)).toEqual([]);
    return { status: result.status, card };
  }
  return { status: result.status, text: typeof body?.value === 'string' ? body.value : undefined };
}

/** The user presses a button of a card (Action.Execute), with any inputs they filled in. */
export async function press(
  h: Harness,
  user: TestUser,
  card: unknown,
  title: string,
  inputs: Record<string, unknown> = {},
  index = 0,
): Promise<InvokeAnswer> {
  const action = actionTitled(card, title, index);
  if (action.type !== 'Action.Execute' || !action.verb)
    throw new Error(`"${title}" is not an Action.Execute`);
  return invokeAnswer(await h.post(execute(user, action.verb, { ...action.data, ...inputs })));
}

/** The same press from an older client: the Action.Submit fallback, as a message with a value. */
export async function pressFallback(
  h: Harness,
  user: TestUser,
  card: unknown,
  title: string,
  replyToId?: string,
): Promise<{ status: number; replies: Partial<Activity>[] }> {
  const action = actionTitled(card, title);
  const fallback = (action as unknown as { fallback?: { data?: Record<string, unknown> } }).fallback;
  if (!fallback?.data) throw new Error(`"${title}" has no fallback`);
  const activity = { ...submit(user, fallback.data), ...(replyToId ? { replyToId } : {}) };
  return h.post(activity);
}

/** Asserts the card is valid for Teams and returns its text, for "the card says ..." checks. */
export function checkedText(card: unknown): string {
  expect(cardProblems(card)).toEqual([]);
  return cardText(card);
}
