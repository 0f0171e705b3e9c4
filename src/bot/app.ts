// The teams-ai Application: records the user on every activity, routes card actions and text,
// and answers any failure with a polite message instead of a crash.

import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, type Storage, type TurnContext } from 'botbuilder';
import type { AppContext } from '../app/context.js';
import { t } from '../i18n/index.js';
import { installSellerServices } from '../app/seller/install.js';
import { registerActions } from './actions/index.js';
import { dispatchText } from './messages/registry.js';
import { createTurn, type Turn } from './turn.js';
import { recordUser } from './users.js';
import { literal } from './views/literal.js';

export function createAdapter(ctx: AppContext): TeamsAdapter {
  const { config } = ctx;
  const adapter = new TeamsAdapter({
    MicrosoftAppId: config.botId,
    MicrosoftAppPassword: config.botPassword,
    MicrosoftAppType: config.botType,
    MicrosoftAppTenantId: config.botTenantId,
  });
  // A chat message is Markdown in Teams: every one we send, answers and proactive alike, reads
  // literally, so a name like "<b>x</b>" or "[x](https://…)" is never formatting or a link.
  adapter.use(async (context, next) => {
    context.onSendActivities(async (_context, activities, send) => {
      for (const activity of activities) {
        if (
          activity.type === ActivityTypes.Message &&
          typeof activity.text === 'string' &&
          activity.textFormat !== 'plain'
        )
          activity.text = literal(activity.text);
      }
      return send();
    });
    await next();
  });
  return adapter;
}

/** The Turn for this context: the user is recorded first, so every handler knows who is talking. */
export async function turnFor(context: TurnContext, ctx: AppContext): Promise<Turn | undefined> {
  const user = await recordUser(context.activity, { ...ctx.stores, clock: ctx.clock });
  return user ? createTurn(context, ctx, user) : undefined;
}

export function createBot(ctx: AppContext, adapter: TeamsAdapter, storage: Storage): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    botAppId: ctx.config.botId,
    storage,
    startTypingTimer: false,
    removeRecipientMention: true,
    adaptiveCards: { actionSubmitFilter: 'verb' },
  });

  registerActions(app, ctx);

  app.activity(ActivityTypes.Message, async (context) => {
    const turn = await turnFor(context, ctx);
    if (!turn) return;
    await dispatchText(turn, context.activity.text ?? '');
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    if (!added.some((member) => member.id !== botId)) return;
    const turn = await turnFor(context, ctx);
    if (!turn) return;
    // Some clients send no name with conversationUpdate; then the stored name is only the id.
    const named = turn.user.name && turn.user.name !== turn.user.id;
    await context.sendActivity(
      named
        ? turn.say('welcome.text', { name: turn.user.name.split(' ')[0] })
        : turn.say('welcome.textNoName'),
    );
  });

  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    await turnFor(context, ctx);
  });

  app.error(async (context, error) => {
    ctx.log.error(
      {
        err: error,
        activityType: context.activity?.type,
        conversationId: context.activity?.conversation?.id,
      },
      'turn failed',
    );
    if (context.activity?.type === ActivityTypes.Message) {
      await context.sendActivity(t('error.generic', {}, context.activity.locale)).catch(() => undefined);
    }
  });

  installSellerServices(ctx, app);
  return app;
}
