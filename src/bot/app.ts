// The teams-ai Application: records the user on every activity, routes card actions and text,
// and answers any failure with a polite message instead of a crash.

import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import {
  ActivityTypes,
  CallerIdConstants,
  type Activity,
  type ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { AppContext } from '../app/context.js';
import { t } from '../i18n/index.js';
import { installSellerServices } from '../app/seller/install.js';
import { registerActions } from './actions/index.js';
import { installLateTurns } from './deadline.js';
import { dispatchText } from './messages/registry.js';
import { createTurn, failureMessage, type Turn } from './turn.js';
import { turnUser } from './users.js';
import { literal } from './views/literal.js';
import type {
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';
import { Lru } from '../domain/lru.js';

/** The longest text read as a command (a step's e-mail body fits; Teams allows about 28 KB). */
export const MAX_COMMAND_LENGTH = 4000;

/** Who sent a request, as the Bot Framework authentication established it. */
export type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/**
 * The Teams adapter, with authentication and the turn as two steps: the server authenticates a
 * request itself, so that it decides what a refused token is answered with (the library would
 * answer some with a 500 carrying its own message).
 */
export class BotAdapter extends TeamsAdapter {
  /** Clients kept for later turns (see shareClients). */
  private readonly connectors = new Lru<string, Promise<ConnectorClient>>(64);
  private readonly tokenClients = new Lru<string, Promise<UserTokenClient>>(16);

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    this.shareClients();
  }

  /** The caller's identity from the Authorization header; throws when the token is refused. */
  async authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return factory
      ? { ...result, connectorFactory: this.sharedFactory(factory, result.claimsIdentity) }
      : result;
  }

  /**
   * The library builds a connector client (HTTP pipeline, credentials) and a user-token client
   * anew for every turn: a tenth of a short turn. Neither holds anything of one turn (the
   * credentials keep their token for the next), so the ones made for a bot identity, service URL
   * and audience serve every later turn, as the older adapter did. Proactive sends keep their own
   * clients, made per send: they change their client's retry policy (src/app/seller/proactive.ts).
   */
  private shareClients(): void {
    const auth = this.botFrameworkAuthentication;
    const tokenClientFor = auth.createUserTokenClient.bind(auth);
    auth.createUserTokenClient = (identity) =>
      remember(this.tokenClients, botIdOf(identity), () => tokenClientFor(identity));
  }

  private sharedFactory(factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const botId = botIdOf(identity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        remember(this.connectors, `${botId}\u0000${serviceUrl}\u0000${audience ?? ''}`, () =>
          factory.create(serviceUrl, audience),
        ),
    };
  }

  /** Runs one turn of an authenticated activity; the answer for an invoke or expectReplies. */
  runTurn(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/** The bot's own id in a claims identity: the token's audience, else its app id (the library's reading). */
const botIdOf = (identity: ClaimsIdentity): string =>
  identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';

/** The value made for `key` once, shared by every later caller; a failure is not kept. */
function remember<T>(memo: Lru<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let made = memo.get(key);
  if (!made) {
    made = make();
    memo.set(key, made);
    made.catch(() => memo.delete(key));
  }
  return made;
}

/** Where the Bot Framework's signing keys are published; only a test points them elsewhere. */
export interface SigningKeySource {
  openIdMetadataUrl: string;
}

export function createAdapter(ctx: AppContext, keys?: SigningKeySource): BotAdapter {
  const { config } = ctx;
  const adapter = new BotAdapter({
    MicrosoftAppId: config.botId,
    MicrosoftAppPassword: config.botPassword,
    MicrosoftAppType: config.botType,
    MicrosoftAppTenantId: config.botTenantId,
    ...(keys
      ? {
          // Giving one endpoint makes the library take none of its public-cloud defaults, so the
          // others are stated here with the public cloud's values.
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
          ToChannelFromBotOAuthScope: 'https://api.botframework.com',
          ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
          OAuthUrl: 'https://api.botframework.com',
          CallerId: CallerIdConstants.PublicAzureChannel,
          ToBotFromChannelOpenIdMetadataUrl: keys.openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: keys.openIdMetadataUrl,
        }
      : {}),
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
  const { user } = await turnUser(context, { ...ctx.stores, clock: ctx.clock });
  return user ? createTurn(context, ctx, user) : undefined;
}

/**
 * The bot's routes. teams-ai is given no storage: no handler keeps anything in its conversation or
 * user state, and loading them asked the database one question on every turn. What the bot keeps
 * between a person's turns (a manager's focus) it reads and writes itself, in `stores.turnState`.
 */
export function createBot(ctx: AppContext, adapter: TeamsAdapter): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    botAppId: ctx.config.botId,
    startTypingTimer: false,
    removeRecipientMention: true,
    adaptiveCards: { actionSubmitFilter: 'verb' },
  });

  registerActions(app, ctx);

  app.activity(ActivityTypes.Message, async (context) => {
    const turn = await turnFor(context, ctx);
    if (!turn) return;
    const text = context.activity.text ?? '';
    // No command is this long; reading one costs time that grows with its length, so the
    // matcher only sees texts a person could mean as a command.
    if (text.length > MAX_COMMAND_LENGTH) {
      await context.sendActivity(
        turn.say('manager.sequence.descriptionTooLong', { max: MAX_COMMAND_LENGTH }),
      );
      return;
    }
    await dispatchText(turn, text);
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
    // The database away (PostgreSQL restarting, a failover): the transaction was rolled back, so
    // nothing is half written; the user hears it is temporary, and the next turn works again.
    const { key, databaseUnavailable } = failureMessage(error);
    ctx.log.error(
      {
        err: error,
        activityType: context.activity?.type,
        conversationId: context.activity?.conversation?.id,
        databaseUnavailable,
      },
      'turn failed',
    );
    const text = t(key, {}, context.activity?.locale);
    if (context.activity?.type === ActivityTypes.Message) {
      await context.sendActivity(text).catch(() => undefined);
    } else if (
      context.activity?.type === ActivityTypes.Invoke &&
      context.activity.name === 'adaptiveCard/action'
    ) {
      // A card press gets a message in place of the card, instead of no answer at all.
      await context
        .sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: {
            status: 200,
            body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
          },
        })
        .catch(() => undefined);
    }
  });

  installSellerServices(ctx, app);
  installLateTurns(ctx);
  return app;
}
