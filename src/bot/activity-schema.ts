// The shape of every activity the bot accepts, checked at the door before any handler or storage
// sees it: the fields the product and the Bot Framework adapter read, with their types and sizes,
// and the data of every card action, per verb. Anything else is refused with a short reason.

import { z } from 'zod/v4';
import { storedId } from '../app/validate.js';
import { RECORD_TYPES, SEQUENCE_STATUSES } from '../domain/model.js';
import { VERB as SELLER_VERB } from './views/seller/actions.js';

/** Teams refuses a message bigger than about 28 KB; nobody can type more into it. */
export const MAX_TEXT_BYTES = 28 * 1024;
/** Deeper than any card or activity Teams sends (an Adaptive Card nests a few levels per container). */
export const MAX_DEPTH = 32;

const ID = /^[\w:.@-]{1,200}$/;
const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/;

/** A Bot Framework id (user, conversation, activity): text of bounded length without control characters. */
const bfId = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must not hold control characters');

/** Descriptive text a channel may leave out or send as null. */
const label = (max: number) => z.string().max(max).nullable().optional();

/** The sender and the members added: their ids become stored user ids. */
const account = z
  .object({
    id: storedId,
    name: label(256),
    aadObjectId: storedId.optional(),
    role: label(32),
  })
  .passthrough();

const conversation = z
  .object({
    id: bfId(512),
    conversationType: label(32),
    tenantId: label(128),
    isGroup: z.boolean().nullable().optional(),
    name: label(256),
  })
  .passthrough();

const serviceUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const entity = z
  .object({
    type: z.string().max(64),
    timezone: z.string().max(64).optional(),
    locale: z.string().max(35).optional(),
  })
  .passthrough();

const attachment = z
  .object({
    contentType: z.string().max(256),
    contentUrl: z.string().max(2048).optional(),
    name: z.string().max(256).optional(),
  })
  .passthrough();

const text = z
  .string()
  .refine(
    (value) => Buffer.byteLength(value, 'utf8') <= MAX_TEXT_BYTES,
    `is longer than ${MAX_TEXT_BYTES} bytes`,
  );

/** What Teams sends; the ones the bot answers are checked further below. */
export const ACTIVITY_TYPES = [
  'message',
  'invoke',
  'conversationUpdate',
  'installationUpdate',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'typing',
  'event',
  'endOfConversation',
] as const;

export const activitySchema = z
  .object({
    type: z.enum(ACTIVITY_TYPES),
    id: bfId(256).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl,
    from: account,
    recipient: account,
    conversation,
    locale: z.string().regex(LOCALE, 'must be a language tag such as en-US').nullable().optional(),
    text: text.optional(),
    textFormat: label(32),
    name: z.string().max(256).optional(),
    value: z.unknown().optional(),
    replyToId: bfId(256).optional(),
    deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
    entities: z.array(entity).max(256).optional(),
    attachments: z.array(attachment).max(50).optional(),
    membersAdded: z.array(account).max(1000).optional(),
    membersRemoved: z.array(account).max(1000).optional(),
    channelData: z.record(z.string(), z.unknown()).optional(),
    timestamp: z.string().max(64).optional(),
    localTimestamp: z.string().max(64).optional(),
    localTimezone: z.string().max(64).optional(),
    action: z.string().max(32).optional(),
  })
  .passthrough();

export type CheckedActivity = z.infer<typeof activitySchema>;

// ---- Card actions ----------------------------------------------------------------------------

/** A card input's value (Input.Text, Input.Number, Input.ChoiceSet …): text or a number. */
const input = z.union([z.string().max(4000), z.number().finite()]);
const id = z.string().regex(ID, 'must be an id');
const flag = z.union([z.boolean(), z.enum(['true', 'false'])]);

/** Where a seller's card came from (the view, the list filter and page). */
const sellerPlace = {
  view: z.string().max(20).optional(),
  filter: z.string().max(40).optional(),
  page: z.union([z.number().int().min(0).max(100_000), z.string().max(10)]).optional(),
  fromList: flag.optional(),
};
const sellerStep = { ...sellerPlace, enrollmentId: id.optional(), stepId: id.optional() };
const managerSequence = { sequenceId: input.optional() };

/**
 * A place in the sequence list (`SequenceKey`): a stored id and a name. Names are typed (at most
 * 120 characters) or a template's name with its creator's; the bound leaves room for both.
 */
const sequenceKey = z.strictObject({ name: z.string().min(1).max(1000), id: storedId });

/** A page button of the sequence list: the list's filter, and where the page starts. */
export const sequencePageData = z.object({
  status: z.enum(SEQUENCE_STATUSES).optional(),
  recordType: z.enum(RECORD_TYPES).optional(),
  cursor: z
    .union([z.strictObject({ after: sequenceKey }), z.strictObject({ before: sequenceKey })])
    .optional(),
});

/**
 * The data each verb's card carries. Fields are optional here (a handler answers a button that
 * carries too little); their types are not. Other keys (the card's inputs) may hold only text or
 * numbers.
 */
export const CARD_DATA: Record<string, Record<string, z.ZodType>> = {
  [SELLER_VERB.complete]: { ...sellerStep, outcome: z.string().max(40).optional() },
  [SELLER_VERB.outcome]: { ...sellerStep, outcome: z.string().max(40).optional() },
  [SELLER_VERB.skip]: sellerStep,
  [SELLER_VERB.undo]: sellerStep,
  [SELLER_VERB.snooze]: { ...sellerStep, until: z.string().max(100).optional() },
  [SELLER_VERB.showSequence]: sellerStep,
  [SELLER_VERB.showStep]: sellerStep,
  [SELLER_VERB.workList]: sellerPlace,
  [SELLER_VERB.chooseRecord]: {
    ...sellerPlace,
    recordId: id.optional(),
    change: z.string().max(40).optional(),
  },
  'manager.choose': {
    request: z
      .object({
        intent: z.string().max(64),
        slots: z.record(z.string(), z.unknown()),
        picked: z.record(z.string(), z.string().max(200)).optional(),
      })
      .passthrough()
      .optional(),
  },
  'manager.sequence.open': managerSequence,
  'manager.activate.ask': managerSequence,
  'manager.activate': managerSequence,
  'manager.deactivate': managerSequence,
  'manager.delete.ask': managerSequence,
  'manager.delete': managerSequence,
  'manager.stats': managerSequence,
  'manager.copy': { ...managerSequence, copyName: input.optional() },
  'manager.cancel': managerSequence,
  'manager.sequences.page': sequencePageData.shape,
  'manager.customise.open': managerSequence,
  'manager.templates.list': {},
  'manager.template.show': { templateId: input.optional() },
  'manager.template.use': { templateId: input.optional() },
  'manager.connect': { ...managerSequence, connectRecords: input.optional() },
  'manager.step.add': {
    ...managerSequence,
    addKind: input.optional(),
    addDays: input.optional(),
    addHours: input.optional(),
    addPosition: input.optional(),
    addDescription: input.optional(),
  },
  'manager.step.remove': { ...managerSequence, removeStep: input.optional() },
  'manager.step.duration': {
    ...managerSequence,
    durationStep: input.optional(),
    durationDays: input.optional(),
    durationHours: input.optional(),
  },
  'manager.step.edit': {
    ...managerSequence,
    editStep: input.optional(),
    editField: input.optional(),
    editValue: input.optional(),
  },
  'manager.rename': { ...managerSequence, newName: input.optional() },
  'manager.describe': { ...managerSequence, newDescription: input.optional() },
  'manager.tags.add': { ...managerSequence, newTags: input.optional() },
  'manager.tags.remove': { ...managerSequence, newTags: input.optional() },
  'manager.reassign': { recordId: id.optional(), reassignTo: input.optional() },
};

const cardDataSchemas = new Map(
  Object.entries(CARD_DATA).map(([verb, fields]) => [
    verb,
    z
      .object({ verb: z.string().max(64).optional(), ...fields })
      .catchall(z.union([z.string().max(4000), z.number().finite(), z.boolean(), z.null()])),
  ]),
);

const executeValue = z
  .object({
    action: z
      .object({
        type: z.literal('Action.Execute'),
        verb: z.string().max(64),
        data: z.record(z.string(), z.unknown()).optional(),
      })
      .passthrough(),
    trigger: z.string().max(32).optional(),
  })
  .passthrough();

// ---- The check -----------------------------------------------------------------------------

export type DoorCheck = { ok: true; activity: CheckedActivity } | { ok: false; reason: string };

/** What `value` holds at `path`; undefined where the path leads nowhere. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** The first issue with `checked` as one short line, its place written from `prefix` on. */
function reasonOf(error: z.ZodError, checked: unknown, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'The activity is not well formed.';
  const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  const missing = issue.code === 'invalid_type' && valueAt(checked, issue.path) === undefined;
  return `${where || 'The activity'}: ${missing ? 'is missing' : issue.message}`.slice(0, 200);
}

function checkCardData(verb: string, data: unknown, where: string): string | undefined {
  const schema = cardDataSchemas.get(verb);
  if (!schema) return `${where}: no card action is called "${verb.slice(0, 64)}".`;
  const checked = data ?? {};
  const result = schema.safeParse(checked);
  return result.success ? undefined : reasonOf(result.error, checked, where);
}

/** The activity if the bot can take it; else a short reason for a 400. */
export function checkActivity(body: unknown): DoorCheck {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error, body) };
  const activity = parsed.data;
  if (activity.type === 'invoke') {
    if (activity.name !== 'adaptiveCard/action')
      return {
        ok: false,
        reason: `name: the bot takes no invoke called "${String(activity.name).slice(0, 64)}".`,
      };
    const value = executeValue.safeParse(activity.value);
    if (!value.success) return { ok: false, reason: reasonOf(value.error, activity.value, 'value') };
    const problem = checkCardData(value.data.action.verb, value.data.action.data, 'value.action.data');
    if (problem) return { ok: false, reason: problem };
  }
  if (activity.type === 'message' && activity.value !== undefined) {
    // An Action.Submit press of an older client: the card's data, with its verb, is the value.
    if (typeof activity.value !== 'object' || activity.value === null || Array.isArray(activity.value))
      return { ok: false, reason: 'value: must be an object' };
    const verb = (activity.value as { verb?: unknown }).verb;
    if (typeof verb !== 'string') return { ok: false, reason: 'value.verb: a card press must name its verb' };
    const problem = checkCardData(verb, activity.value, 'value');
    if (problem) return { ok: false, reason: problem };
  }
  return { ok: true, activity };
}
