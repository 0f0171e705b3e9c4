// What a handler works with: the turn's context, the user behind it with their roles and
// locale, the product's services, and small helpers to answer with text or a card.

import type { TurnContext } from 'botbuilder';
import type { AppContext } from '../app/context.js';
import type { User } from '../app/ports.js';
import type { Role } from '../domain/model.js';
import { sayIn, type MessageKey, type MessageParams, type Say } from '../i18n/index.js';
import { cardAttachment, renderCard } from './cards.js';
import { rolesOf } from './users.js';
import { isDatabaseUnavailable } from '../storage/database.js';

/**
 * What a turn that failed tells the person: with the database away (PostgreSQL restarting, a
 * failover) that it is temporary and nothing was changed; otherwise that something went wrong.
 */
export function failureMessage(error: unknown): { key: MessageKey; databaseUnavailable: boolean } {
  const databaseUnavailable = isDatabaseUnavailable(error);
  return { key: databaseUnavailable ? 'error.unavailable' : 'error.generic', databaseUnavailable };
}

export interface Turn {
  context: TurnContext;
  app: AppContext;
  user: User;
  roles: Role[];
  locale: string;
  /** Text in the user's language (and `say.locale` for their dates and numbers). */
  say: Say;
}

export function createTurn(context: TurnContext, app: AppContext, user: User): Turn {
  // The language the user chose ("language: polski") wins over what Teams says.
  const locale = user.language ?? user.locale ?? context.activity.locale ?? 'en';
  return {
    context,
    app,
    user,
    roles: rolesOf(app.config, user),
    locale,
    say: sayIn(locale),
  };
}

export function hasRole(turn: Turn, ...roles: Role[]): boolean {
  return turn.roles.some((role) => roles.includes(role));
}

export async function replyText(turn: Turn, key: MessageKey, params?: MessageParams): Promise<void> {
  await turn.context.sendActivity(turn.say(key, params));
}

export async function replyCard(turn: Turn, name: string, data: object): Promise<void> {
  await turn.context.sendActivity({ attachments: [cardAttachment(renderCard(name, data))] });
}
