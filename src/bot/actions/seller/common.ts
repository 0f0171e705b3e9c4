// What every seller card action shares: the verb registered for Action.Execute and its
// Action.Submit fallback, reading the card's data without trusting it, the ownership check against
// storage, applying the event, and answering with the card as it truly is now.

import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { AppContext } from '../../../app/context.js';
import { digestData } from '../../../app/seller/digest.js';
import {
  loadSnapshot,
  SnapshotLoader,
  workItems,
  WORK_FILTERS,
  type Snapshot,
  type WorkFilter,
} from '../../../app/seller/work.js';
import type { EnrollmentEvent, Enrollment, Outcome } from '../../../domain/model.js';
import { t } from '../../../i18n/index.js';
import { cardAttachment, renderCard, type CardJson } from '../../cards.js';
import { createTurn, failureMessage, type Turn } from '../../turn.js';
import { turnUser } from '../../users.js';
import {
  MAX_NOTE_LENGTH,
  VERB,
  noteInputId,
  stepAction,
  type BannerView,
  type ViewContext,
  type ViewKind,
} from '../../views/seller/actions.js';
import { recordedBanner, rejectionBanner } from '../../views/seller/banners.js';
import { offerUndo } from './undo.js';
import { digestView } from '../../views/seller/digest.js';
import { renderUpNext, upNextView } from '../../views/seller/up-next.js';
import { workListView } from '../../views/seller/work-list.js';

/** What an action answers: a card that replaces the pressed one, or a short text (the card stays as it was). */
export type ActionReply = { card: CardJson } | { text: string };

export type SellerActionHandler = (turn: Turn, data: Record<string, unknown>) => Promise<ActionReply>;

export async function sellerTurn(context: TurnContext, ctx: AppContext): Promise<Turn | undefined> {
  const { user } = await turnUser(context, { ...ctx.stores, clock: ctx.clock });
  return user ? createTurn(context, ctx, user) : undefined;
}

async function answer(
  context: TurnContext,
  ctx: AppContext,
  verb: string,
  data: unknown,
  handler: SellerActionHandler,
): Promise<ActionReply> {
  try {
    const turn = await sellerTurn(context, ctx);
    if (!turn) return { text: t('error.badAction', {}, context.activity.locale) };
    const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    return await handler(turn, record);
  } catch (error) {
    // A card action must always get an answer within Teams' 5 seconds, never a broken card; with the
    // database away, one that says it is temporary.
    const { key, databaseUnavailable } = failureMessage(error);
    ctx.log.error({ err: error, verb, databaseUnavailable }, 'seller card action failed');
    return { text: t(key, {}, context.activity.locale) };
  }
}

/** Registers `handler` for the verb's Action.Execute and for the Action.Submit fallback of older clients. */
export function registerSellerVerb(
  app: Application<TurnState>,
  ctx: AppContext,
  verb: string,
  handler: SellerActionHandler,
): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const reply = await answer(context, ctx, verb, data, handler);
    // The JSON comes from a checked template (cards/*.json); the library only passes it through.
    return 'card' in reply ? (reply.card as unknown as AdaptiveCard) : reply.text;
  });
  app.adaptiveCards.actionSubmit(verb, async (context, _state, data) => {
    const reply = await answer(context, ctx, verb, data, handler);
    if ('text' in reply) {
      await context.sendActivity(reply.text);
      return;
    }
    const activity = { type: 'message', attachments: [cardAttachment(reply.card)] };
    const replyToId = context.activity.replyToId;
    if (replyToId) {
      try {
        // Older clients: replace the pressed card, as Action.Execute would.
        await context.updateActivity({ ...activity, id: replyToId });
        return;
      } catch (error) {
        ctx.log.warn({ err: error, verb }, 'could not update the card in place; sending it anew');
      }
    }
    await context.sendActivity(activity);
  });
}

// ---- Reading card data (never trusted) ----------------------------------------------------

const ID = /^[\w:.@-]{1,200}$/;

export function readId(value: unknown): string | undefined {
  return typeof value === 'string' && ID.test(value) ? value : undefined;
}

export function readTarget(
  data: Record<string, unknown>,
): { enrollmentId: string; stepId: string } | undefined {
  const enrollmentId = readId(data.enrollmentId);
  const stepId = readId(data.stepId);
  return enrollmentId && stepId ? { enrollmentId, stepId } : undefined;
}

const VIEWS: readonly ViewKind[] = ['upNext', 'list', 'digest'];

export function readContext(data: Record<string, unknown>): ViewContext {
  const view = VIEWS.find((v) => v === data.view) ?? 'upNext';
  const filter = WORK_FILTERS.find((f) => f === data.filter) ?? 'all';
  const page = typeof data.page === 'number' && Number.isInteger(data.page) && data.page > 0 ? data.page : 1;
  return { view, filter, page, fromList: data.fromList === true };
}

const OUTCOMES: readonly Outcome[] = [
  'done',
  'sent',
  'replied',
  'noReply',
  'answered',
  'notAnswered',
  'leftVoicemail',
];

export function readOutcome(value: unknown): Outcome | undefined {
  return OUTCOMES.find((o) => o === value);
}

export const readFilter = (value: unknown): WorkFilter => WORK_FILTERS.find((f) => f === value) ?? 'all';

// ---- Who may act ---------------------------------------------------------------------------

/** The enrollment, if it is this seller's; else the answer to give. The card's data says nothing about who may act. */
export async function authorize(
  turn: Turn,
  enrollmentId: string,
): Promise<{ enrollment: Enrollment } | { reply: ActionReply }> {
  const { stores, log } = turn.app;
  const enrollment = await stores.enrollments.get(enrollmentId);
  if (!enrollment) return { reply: { text: turn.say('seller.action.notFound') } };
  if (enrollment.sellerId === turn.user.id) return { enrollment };
  log.warn(
    { userId: turn.user.id, enrollmentId, sellerId: enrollment.sellerId },
    "card action on another seller's step refused",
  );
  const actedBefore = enrollment.history.some((entry) => entry.by === turn.user.id);
  const moved = enrollment.history.some((entry) => entry.action === 'ownerChanged');
  if (actedBefore && moved) {
    const owner = await stores.users.get(enrollment.sellerId);
    return {
      reply: { text: turn.say('seller.action.movedTo', { name: owner?.name ?? enrollment.sellerId }) },
    };
  }
  return { reply: { text: turn.say('seller.action.notYours') } };
}

export async function namesOf(turn: Turn, ids: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>([[turn.user.id, turn.user.name]]);
  for (const id of new Set(ids)) {
    if (names.has(id) || id === 'system') continue;
    const user = await turn.app.stores.users.get(id);
    if (user) names.set(id, user.name);
  }
  return names;
}

// ---- Answering with the truth -------------------------------------------------------------

/** The card for `context` as things stand now, with `banner` on top. */
export async function renderView(
  turn: Turn,
  context: ViewContext,
  enrollmentId: string,
  banner: BannerView | null,
  /** Offer "Undo" for the press just recorded on this step (Up next and the work list). */
  undo: { stepId: string } | false = false,
  /** The enrollment's snapshot, when the caller has just read it: Up next shows it as it is. */
  known?: Snapshot,
): Promise<ActionReply> {
  const ctx = turn.app;
  const now = ctx.clock.now();
  const seller = turn.user;
  if (context.view === 'list') {
    const items = await workItems(ctx, seller, now, context.filter, turn.say);
    const view = workListView({
      items,
      filter: context.filter,
      page: context.page,
      seller,
      now,
      say: turn.say,
      banner,
      undo: undo
        ? stepAction(VERB.undo, turn.say('seller.card.undo'), { enrollmentId, stepId: undo.stepId }, context)
        : null,
    });
    return { card: renderCard('work-list', view) };
  }
  if (context.view === 'digest') {
    const data = await digestData(ctx, seller, now, turn.say);
    return { card: renderCard('digest', digestView({ data, seller, now, say: turn.say, banner })) };
  }
  const snapshot = known ?? (await loadSnapshot(ctx, enrollmentId, turn.say));
  if (!snapshot) return { text: turn.say('seller.action.notFound') };
  return {
    card: renderUpNext(upNextView({ snapshot, seller, now, say: turn.say, context, banner, undo: !!undo })),
  };
}

/** What a step button asks for: an event to apply, or a banner saying why nothing is applied. */
export type StepRequest = EnrollmentEvent | { banner: BannerView };

/**
 * The common path of every step button: read the data, check the step is the seller's, apply the
 * event under the enrollment's lock, and answer with the card as it is now: what was recorded, or
 * why nothing was (already done by whom and when, paused, ended).
 */
/** The seller's note from the card's note box, trimmed and cut to length; undefined when empty. */
export function readNote(data: Record<string, unknown>, enrollmentId: string): string | undefined {
  const value = data[noteInputId(enrollmentId)];
  if (typeof value !== 'string') return undefined;
  const note = value.trim().slice(0, MAX_NOTE_LENGTH);
  return note || undefined;
}

export async function actOnStep(
  turn: Turn,
  data: Record<string, unknown>,
  request: (
    target: { enrollmentId: string; stepId: string },
    enrollment: Enrollment,
  ) => StepRequest | Promise<StepRequest>,
): Promise<ActionReply> {
  const target = readTarget(data);
  if (!target) return { text: turn.say('error.badAction') };
  const context = readContext(data);
  const allowed = await authorize(turn, target.enrollmentId);
  if ('reply' in allowed) return allowed.reply;
  const ctx = turn.app;
  // One loader for the turn: the sequence version and the record are read once, before and after.
  const loader = new SnapshotLoader(ctx, turn.say);
  const before = await loader.load(allowed.enrollment);
  if (!before) return { text: turn.say('seller.action.sequenceMissing') };

  const asked = await request(target, allowed.enrollment);
  if ('banner' in asked) return renderView(turn, context, target.enrollmentId, asked.banner);

  // Up next and the work list offer Undo on the press just made; the digest does not (it is a
  // summary). What Undo needs is kept in the press's own transaction.
  const undoable =
    (context.view === 'upNext' || context.view === 'list') &&
    (asked.type === 'stepCompleted' || asked.type === 'stepSkipped');
  let undoOffered = false;
  const sequence = await loader.storedSequence(allowed.enrollment);
  const result = await ctx.enrollments.apply(
    target.enrollmentId,
    asked,
    undoable
      ? async (tx, change) => {
          undoOffered = await offerUndo(ctx, change.previous, change.enrollment, turn.user.id, tx.jobs);
        }
      : undefined,
    // Read a moment ago (`authorize`, the loader): the apply need not read them again.
    { enrollment: allowed.enrollment, sequence, user: turn.user },
  );
  const now = ctx.clock.now();
  if (!result.ok && result.reason === 'notFound') return { text: turn.say('seller.action.notFound') };
  if (!result.ok && result.reason === 'sequenceMissing')
    return { text: turn.say('seller.action.sequenceMissing') };
  // As saved (or, when refused, as read under the enrollment's lock): the truth now.
  const fresh = result.enrollment ?? (await ctx.stores.enrollments.get(target.enrollmentId));
  const after = fresh && (await loader.load(fresh));
  if (!after) return { text: turn.say('seller.action.notFound') };
  let banner: BannerView;
  let undo: { stepId: string } | false = false;
  if (result.ok) {
    if (result.previous.sellerId !== turn.user.id) {
      // The owner changed between the check and the lock: rare, but worth knowing about.
      ctx.log.error(
        { userId: turn.user.id, enrollmentId: target.enrollmentId },
        'step recorded during an owner change',
      );
    }
    banner = recordedBanner({
      event: asked,
      before,
      after,
      seller: turn.user,
      byName: turn.user.name,
      now,
      say: turn.say,
      inList: context.view !== 'upNext',
    });
    // Written by the attempt that saved the change (a conflict is retried before anything is kept).
    if (undoOffered && result.enrollment.revision !== result.previous.revision)
      undo = { stepId: target.stepId };
  } else {
    const reason =
      result.reason === 'notFound' || result.reason === 'sequenceMissing' ? 'notCurrentStep' : result.reason;
    const names = await namesOf(
      turn,
      after.enrollment.history.map((entry) => entry.by),
    );
    banner = rejectionBanner({
      reason,
      snapshot: after,
      stepId: target.stepId,
      seller: turn.user,
      names,
      now,
      say: turn.say,
    });
  }
  return renderView(turn, context, target.enrollmentId, banner, undo, after);
}
