// A seller's step, named by its record instead of pressed on a card: "done with the call to Jane
// Doe", "skip the LinkedIn step for Contoso pilot", "snooze Contoso pilot until tomorrow", "Jane
// Doe replied". The record's current step is found among the seller's own open steps and the same
// event goes through the same path as the card's button (actOnStep: ownership check, the engine,
// the card as it now is).

import { DateTime } from 'luxon';
import { SnapshotLoader, type Snapshot } from '../../../app/seller/work.js';
import { parseReturnDate, returnTime } from '../../../app/seller/vacation.js';
import { localDate } from '../../../domain/calendar.js';
import {
  isManualStep,
  type CrmRecord,
  type EnrollmentEvent,
  type Outcome,
  type Step,
} from '../../../domain/model.js';
import { actOnStep, type ActionReply } from '../../actions/seller/common.js';
import { cardAttachment } from '../../cards.js';
import { type KindSpec, type Parsed, isRecordPronoun, recordKindWords } from '../../grammar/index.js';
import { nameWords, resolve } from '../../grammar/resolve.js';
import { replyCard, replyText, type Turn } from '../../turn.js';
import { VERB } from '../../views/seller/actions.js';
import { formatWhen } from '../../views/seller/format.js';
import { kindLabel } from '../../views/seller/labels.js';
import { getRecordFocus, setRecordFocus } from '../focus.js';

/** Most steps offered when a record has several open ones. */
const MAX_CHOICES = 6;

type Wanted =
  | { kind: 'complete' }
  | { kind: 'skip' }
  | { kind: 'snooze'; until: Date }
  | { kind: 'outcome'; outcome: Outcome };

/** The seller's own enrollments that stand on a step: manual steps and conditions waiting for an answer. */
async function openSteps(turn: Turn): Promise<(Snapshot & { step: Step })[]> {
  const { stores } = turn.app;
  const loader = new SnapshotLoader(turn.app, turn.say);
  const found: (Snapshot & { step: Step })[] = [];
  for (const enrollment of await stores.enrollments.listOpenBySeller(turn.user.id)) {
    if (enrollment.sellerId !== turn.user.id || enrollment.status !== 'active' || !enrollment.current)
      continue;
    const snapshot = await loader.load(enrollment);
    const step = snapshot?.step;
    if (snapshot && step && (isManualStep(step) || step.kind === 'condition'))
      found.push({ ...snapshot, step });
  }
  return found;
}

/** A step of the kind the seller named ("the LinkedIn step", "the call"), or any when none was named. */
function fitsKind(step: Step, kind: KindSpec | undefined): boolean {
  if (!kind) return true;
  if (step.kind === 'condition') {
    return kind.kind === 'phoneCall'
      ? step.test === 'callAnswered'
      : kind.kind === 'email' && step.test === 'emailReplied';
  }
  if (kind.kind === 'automatedEmail' || kind.kind === 'email') return step.kind === 'email';
  return step.kind === kind.kind;
}

/** The event the card's button for this step would send, or why the wanted action does not fit it. */
function eventFor(turn: Turn, step: Step, wanted: Wanted): EnrollmentEvent | { problem: string } {
  const by = turn.user.id;
  switch (wanted.kind) {
    case 'skip':
      return step.kind === 'condition'
        ? { problem: turn.say('understood.step.cannotSkipWaiting') }
        : { type: 'stepSkipped', stepId: step.id, by };
    case 'snooze':
      return step.kind === 'condition'
        ? { problem: turn.say('understood.step.cannotSnoozeWaiting') }
        : { type: 'stepSnoozed', stepId: step.id, until: wanted.until.toISOString(), by };
    case 'complete':
      if (step.kind === 'condition' || step.kind === 'phoneCall') {
        return { problem: turn.say('understood.step.sayOutcome') };
      }
      return { type: 'stepCompleted', stepId: step.id, by, outcome: step.kind === 'email' ? 'sent' : 'done' };
    case 'outcome': {
      const { outcome } = wanted;
      if (step.kind === 'condition') {
        const fits =
          step.test === 'emailReplied'
            ? outcome === 'replied' || outcome === 'noReply'
            : outcome === 'answered' || outcome === 'notAnswered' || outcome === 'leftVoicemail';
        return fits
          ? { type: 'outcomeRecorded', stepId: step.id, outcome, by }
          : { problem: turn.say('seller.banner.invalidOutcome') };
      }
      if (
        step.kind === 'phoneCall' &&
        (outcome === 'answered' || outcome === 'notAnswered' || outcome === 'leftVoicemail')
      ) {
        return { type: 'stepCompleted', stepId: step.id, outcome, by };
      }
      if (step.kind === 'email' && outcome === 'sent')
        return { type: 'stepCompleted', stepId: step.id, outcome, by };
      return { problem: turn.say('seller.banner.invalidOutcome') };
    }
  }
}

async function send(turn: Turn, reply: ActionReply): Promise<void> {
  if ('text' in reply) await turn.context.sendActivity(reply.text);
  else await turn.context.sendActivity({ attachments: [cardAttachment(reply.card)] });
}

/** The open steps of the record the seller named (or means by "her", "it"), or the answer already given. */
async function stepsOfNamed(turn: Turn, parsed: Parsed): Promise<(Snapshot & { step: Step })[] | undefined> {
  const name = parsed.slots.record;
  if (!name) {
    await replyText(turn, 'understood.step.askRecord');
    return undefined;
  }
  const open = await openSteps(turn);
  let recordId: string | undefined;
  if (isRecordPronoun(name)) recordId = await getRecordFocus(turn.app.stores, turn.user.id);
  if (!recordId) {
    const records = [...new Map(open.map((s) => [s.record.id, s.record])).values()];
    const found = resolve(
      name,
      records.map((r) => ({
        item: r,
        names: [r.name, [r.firstName, r.lastName].filter(Boolean).join(' '), r.company ?? ''].filter(Boolean),
        keys: [r.id, ...(r.email ? [r.email] : [])],
      })),
      { ignore: recordKindWords() },
    );
    if (found.kind !== 'one') {
      // Several records fit: their steps are offered below; none: say so, with nothing changed.
      if (found.kind === 'none') {
        await replyText(turn, 'understood.step.noRecord', { name });
        return undefined;
      }
      return open.filter((s) => found.items.some((r) => r.id === s.record.id));
    }
    recordId = found.item.id;
  }
  await setRecordFocus(turn.app.stores, turn.user.id, recordId);
  const steps = open.filter((s) => s.record.id === recordId && fitsKind(s.step, parsed.slots.kind));
  if (steps.length === 0) {
    const record =
      open.find((s) => s.record.id === recordId)?.record ?? (await turn.app.stores.records.get(recordId));
    await replyText(turn, 'understood.step.noStep', { name: record?.name ?? nameWords(name).join(' ') });
    return undefined;
  }
  return steps;
}

async function actOnNamed(turn: Turn, parsed: Parsed, wanted: Wanted): Promise<void> {
  const steps = await stepsOfNamed(turn, parsed);
  if (!steps) return;
  const [only] = steps;
  // Skipping cannot be taken back: read from a typo, after chatter, or from part of a name, it is confirmed.
  const certain =
    !!only &&
    parsed.cost === 0 &&
    !parsed.cut &&
    (isRecordPronoun(parsed.slots.record ?? '') || sameName(only.record, parsed.slots.record ?? ''));
  if (steps.length === 1 && only && (wanted.kind !== 'skip' || certain)) {
    const target = { enrollmentId: only.enrollment.id, stepId: only.step.id };
    const reply = await actOnStep(turn, { ...target, view: 'upNext' }, () => {
      const event = eventFor(turn, only.step, wanted);
      return 'problem' in event ? { banner: { text: event.problem, detail: '', style: 'attention' } } : event;
    });
    await send(turn, reply);
    return;
  }
  // Several open steps: one button each, saying what it does; the press goes through the card's own verb.
  const choices = steps.slice(0, MAX_CHOICES).flatMap((s) => {
    const event = eventFor(turn, s.step, wanted);
    if ('problem' in event) return [];
    const verb =
      event.type === 'stepSkipped'
        ? VERB.skip
        : event.type === 'outcomeRecorded'
          ? VERB.outcome
          : event.type === 'stepCompleted'
            ? VERB.complete
            : undefined;
    if (!verb) return [];
    const title = turn.say(`understood.step.choice.${wanted.kind}`, {
      step: `${kindLabel(s.step, turn.say)}: ${s.step.name}`,
      record: s.record.name,
      sequence: s.sequence.name,
    });
    const data: Record<string, unknown> = {
      verb,
      enrollmentId: s.enrollment.id,
      stepId: s.step.id,
      view: 'upNext',
    };
    if (event.type === 'stepCompleted' || event.type === 'outcomeRecorded') data.outcome = event.outcome;
    return [{ title, verb, data }];
  });
  if (choices.length === 0) {
    const [first] = steps;
    if (first) {
      const event = eventFor(turn, first.step, wanted);
      if ('problem' in event) await turn.context.sendActivity(event.problem);
    }
    return;
  }
  const [single] = choices;
  await replyCard(turn, 'seller-choose-record', {
    title:
      choices.length === 1 && single
        ? turn.say('understood.confirmTitle', { action: single.title })
        : turn.say('understood.step.chooseTitle', { name: parsed.slots.record ?? '' }),
    question:
      choices.length === 1 && single
        ? turn.say('understood.confirmText', {
            text: String(turn.context.activity.text ?? '').slice(0, 120),
            action: single.title,
          })
        : turn.say('seller.record.choose'),
    choices,
  });
}

const sameName = (record: CrmRecord, name: string): boolean => {
  const wanted = nameWords(name).join(' ');
  return [record.name, [record.firstName, record.lastName].filter(Boolean).join(' ')].some(
    (candidate) => nameWords(candidate).join(' ') === wanted,
  );
};

/** The moment a typed date means for this seller: the start of their working day on it. */
function snoozeUntil(turn: Turn, text: string | undefined): Date | { problem: string } {
  if (!text) return { problem: turn.say('understood.step.askWhen') };
  const now = turn.app.clock.now();
  const zone = turn.user.workingHours.timeZone;
  const today = localDate(now, zone);
  const monthFirst = (turn.context.activity.locale ?? turn.locale).toLowerCase() === 'en-us';
  const date = parseReturnDate(text, today, zone, monthFirst);
  if (!date) return { problem: turn.say('seller.pause.badDate', { text }) };
  if (date <= today) return { problem: turn.say('seller.pause.notFuture') };
  if (DateTime.fromISO(date, { zone }).diff(DateTime.fromISO(today, { zone }), 'days').days > 366) {
    return { problem: turn.say('seller.pause.tooFar') };
  }
  return returnTime(date, turn.user);
}

export async function completeByName(turn: Turn, parsed: Parsed): Promise<void> {
  await actOnNamed(turn, parsed, { kind: 'complete' });
}

export async function skipByName(turn: Turn, parsed: Parsed): Promise<void> {
  await actOnNamed(turn, parsed, { kind: 'skip' });
}

export async function outcomeByName(turn: Turn, parsed: Parsed): Promise<void> {
  const outcome = parsed.slots.outcome;
  if (!outcome) {
    await completeByName(turn, parsed);
    return;
  }
  await actOnNamed(turn, parsed, { kind: 'outcome', outcome });
}

export async function snoozeByName(turn: Turn, parsed: Parsed): Promise<void> {
  const until = snoozeUntil(turn, parsed.slots.date);
  if (!(until instanceof Date)) {
    await turn.context.sendActivity(until.problem);
    return;
  }
  await actOnNamed(turn, parsed, { kind: 'snooze', until });
}

/** "snooze everything until Monday": every open manual step, each through the engine under its own lock. */
export async function snoozeAll(turn: Turn, parsed: Parsed): Promise<void> {
  const until = snoozeUntil(turn, parsed.slots.date);
  if (!(until instanceof Date)) {
    await turn.context.sendActivity(until.problem);
    return;
  }
  let count = 0;
  for (const s of await openSteps(turn)) {
    if (s.step.kind === 'condition') continue;
    const reply = await actOnStep(
      turn,
      { enrollmentId: s.enrollment.id, stepId: s.step.id, view: 'upNext' },
      () => ({
        type: 'stepSnoozed',
        stepId: s.step.id,
        until: until.toISOString(),
        by: turn.user.id,
      }),
    );
    const last = (await turn.app.stores.enrollments.get(s.enrollment.id))?.history.at(-1);
    if ('card' in reply && last?.action === 'snoozed' && last.detail === until.toISOString()) count++;
  }
  const when = formatWhen(until, turn.app.clock.now(), turn.user.workingHours.timeZone, turn.say);
  await replyText(turn, count > 0 ? 'understood.step.snoozedAll' : 'understood.step.nothingToSnooze', {
    count,
    when,
  });
}
