// Builds the activities a Teams client sends, and reads what the bot answers.

import type { Activity, Attachment } from 'botbuilder';
import { shown } from '../../src/bot/views/literal.js';

export interface TestUser {
  id: string;
  name: string;
  timeZone?: string;
  locale?: string;
}

export const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };
export const SAM: TestUser = { id: 'aad-sam', name: 'Sam Lee', timeZone: 'America/New_York' };

let sequence = 0;

function base(user: TestUser): Partial<Activity> {
  return {
    channelId: 'msteams',
    id: `act-${++sequence}`,
    from: { id: `29:${user.id}`, aadObjectId: user.id, name: user.name },
    recipient: { id: '28:bot', name: 'Sequence assistant' },
    conversation: { id: `a:personal-${user.id}`, conversationType: 'personal', isGroup: false, name: '' },
    locale: user.locale ?? 'en-US',
    entities: user.timeZone
      ? [{ type: 'clientInfo', timezone: user.timeZone, locale: user.locale ?? 'en-US' }]
      : [],
  };
}

export function message(user: TestUser, text: string): Partial<Activity> {
  return { ...base(user), type: 'message', text, deliveryMode: 'expectReplies' };
}

/** An Action.Execute press: an adaptiveCard/action invoke. */
export function execute(user: TestUser, verb: string, data: Record<string, unknown>): Partial<Activity> {
  return {
    ...base(user),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** An Action.Submit press from an older client. */
export function submit(user: TestUser, data: Record<string, unknown>): Partial<Activity> {
  return { ...base(user), type: 'message', value: data, deliveryMode: 'expectReplies' };
}

export function cardsOf(activities: Partial<Activity>[]): Record<string, unknown>[] {
  return activities
    .flatMap((activity) => activity.attachments ?? [])
    .filter((attachment: Attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((attachment) => attachment.content as Record<string, unknown>);
}

export function textsOf(activities: Partial<Activity>[]): string[] {
  return activities
    .map((activity) => activity.text)
    .filter((text): text is string => typeof text === 'string')
    .map(shown);
}

/**
 * Every string anywhere in a card (TextBlock texts, facts, action titles) as a reader sees it (Markdown
 * escapes undone), for "the card says ..." checks.
 */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') parts.push(shown(node));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(card);
  return parts.join('\n');
}
