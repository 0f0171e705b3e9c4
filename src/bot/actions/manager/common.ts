// One way to register a manager's card verb: Action.Execute answers with the card that replaces the
// pressed one; the Action.Submit fallback (older clients) answers with new messages. The card's data
// only says what was pressed: who may do it is checked again by the handler, against storage.

import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { AppContext } from '../../../app/context.js';
import { t } from '../../../i18n/index.js';
import { type Turn, createTurn, failureMessage } from '../../turn.js';
import { turnUser } from '../../users.js';
import { type Answer, textAnswer } from '../../views/manager/answer.js';
import { answerCard, runRequest, sendAnswer } from '../../messages/manager/run.js';
import { Ask, type Request } from '../../messages/manager/request.js';

export type CardData = Record<string, unknown>;

/** What a press asks for: a request to run, or an answer straight away. */
export type Press = (turn: Turn, data: CardData) => Promise<Request | Answer> | Request | Answer;

const isAnswer = (value: Request | Answer): value is Answer => 'notices' in value;

async function turnOf(context: TurnContext, ctx: AppContext): Promise<Turn | undefined> {
  const { user } = await turnUser(context, { ...ctx.stores, clock: ctx.clock });
  return user ? createTurn(context, ctx, user) : undefined;
}

async function answerOf(turn: Turn, data: CardData, press: Press, verb: string): Promise<Answer> {
  try {
    const result = await press(turn, data);
    return isAnswer(result) ? result : await runRequest(turn, result);
  } catch (error) {
    // A press that needs a choice or a confirmation first (a sequence that is gone, two that match).
    if (error instanceof Ask) return error.answer;
    const { key, databaseUnavailable } = failureMessage(error);
    turn.app.log.error({ err: error, verb, databaseUnavailable }, 'manager card action failed');
    return textAnswer(turn.say(key));
  }
}

export function registerVerb(app: Application<TurnState>, ctx: AppContext, verb: string, press: Press): void {
  app.adaptiveCards.actionExecute<CardData>(verb, async (context, _state, data) => {
    const turn = await turnOf(context, ctx);
    if (!turn) return t('error.badAction', {}, context.activity.locale);
    return answerCard(await answerOf(turn, data ?? {}, press, verb)) as unknown as AdaptiveCard;
  });
  app.adaptiveCards.actionSubmit<CardData>(verb, async (context, _state, data) => {
    const turn = await turnOf(context, ctx);
    if (!turn) return;
    await sendAnswer(turn, await answerOf(turn, data ?? {}, press, verb));
  });
}

/** A string field of the card's data (inputs arrive as strings), trimmed; undefined when absent or empty. */
export function text(data: CardData, key: string): string | undefined {
  const value = data[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The sequence a button is about, or the answer that it carried none. */
export function sequenceRequest(
  turn: Turn,
  data: CardData,
  request: Omit<Request, 'picked'>,
): Request | Answer {
  const sequenceId = text(data, 'sequenceId');
  if (!sequenceId) return textAnswer(turn.say('error.badAction'));
  return { ...request, picked: { sequence: sequenceId } };
}

/** A whole number of days or hours from a number input; undefined when left empty. */
export function count(data: CardData, key: string): number | undefined {
  const value = text(data, key);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}
