// One step of one enrollment as a seller sees it: what to do, by when, what helps do it, the
// buttons that record the outcome, and where the sequence stands. Shared by the Up next card, the
// work list and the digest.

import type { Snapshot } from '../../../app/seller/work.js';
import type { User } from '../../../app/ports.js';
import { DateTime } from 'luxon';
import { localDate, localTime, nextWorkingTime } from '../../../domain/calendar.js';
import { COUNTED_KINDS, stepsAhead } from '../../../domain/metrics.js';
import { isManualStep, type ConditionStep, type Step } from '../../../domain/model.js';
import { renderEmail } from '../../../domain/placeholders.js';
import {
  VERB,
  outcomeAction,
  snoozeInputIds,
  stepAction,
  type ActionView,
  type LinkView,
  type SnoozeView,
  type ViewContext,
} from './actions.js';
import { formatDue, formatWhen, type Say } from './format.js';
import {
  durationLabel,
  kindLabel,
  linkedInUrl,
  mailtoUrl,
  outcomeLabel,
  personOf,
  recordTypeLabel,
  stateLabel,
  telUrl,
} from './labels.js';

export interface StepView {
  kind: string;
  name: string;
  description: string;
  due: string;
  dueColor: 'Default' | 'Attention';
  hint: string;
}

export interface EmailView {
  to: string;
  subject: string;
  body: string;
}

export interface WaitingView {
  question: string;
  limit: string;
}

/** Everything about the enrollment's current step that a card can show. */
export interface StepParts {
  step: StepView | null;
  /** Who to reach on an opportunity or account: the contact's name, e-mail and phone. */
  contact: { title: string; value: string }[] | null;
  email: EmailView | null;
  phone: string | null;
  waiting: WaitingView | null;
  /** Where the sequence stands when there is nothing to do right now (a wait, the end, a pause). */
  standing: string | null;
  links: LinkView[];
  outcomes: ActionView[];
  skip: ActionView | null;
  snooze: SnoozeView | null;
}

/** Steps that count in "step n of N": those somebody or something performs (see docs/SEQUENCES.md). */
const DONE_ACTIONS = new Set(['completed', 'skipped', 'emailSent', 'commandRun']);

/**
 * Where the enrollment stands, counted as the sequence's figures count (domain/metrics.ts): steps
 * done, the current one, and the most that can still come. Where a condition may still branch the
 * total is a bound ("of up to 8"), never a promise.
 */
export function progressOf(snapshot: Snapshot, say: Say): { text: string; bar: string } {
  const { enrollment, sequence, step } = snapshot;
  const done = enrollment.history.filter((entry) => DONE_ACTIONS.has(entry.action)).length;
  const active = enrollment.status === 'active' || enrollment.status === 'paused';
  const onStep = active && step !== undefined && COUNTED_KINDS.has(step.kind);
  const ahead = active && step ? stepsAhead(sequence.graph, step.id) : { min: 0, max: 0 };
  const current = onStep ? 1 : 0;
  const total = done + current + ahead.max;
  const exact = ahead.min === ahead.max;
  let text: string;
  if (!active) text = say('seller.card.doneAll', { done });
  else if (onStep)
    text = say(exact ? 'seller.card.stepOf' : 'seller.card.stepOfUpTo', { n: done + 1, total });
  else text = say(exact ? 'seller.card.doneOf' : 'seller.card.doneOfUpTo', { done, total });
  // At most 12 marks, so a long sequence still fits on one line.
  const scale = total > 12 ? 12 / total : 1;
  const filled = Math.round(done * scale);
  const empty = Math.max(0, Math.round(total * scale) - filled - current);
  return { text, bar: '●'.repeat(filled) + '◉'.repeat(current) + '○'.repeat(empty) };
}

function conditionQuestion(condition: ConditionStep, snapshot: Snapshot, say: Say): string {
  const about = snapshot.sequence.graph.steps.find((s) => s.id === condition.about);
  const name = personOf(snapshot.record);
  const step = about?.name ?? condition.name;
  return condition.test === 'emailReplied'
    ? say('seller.card.replyQuestion', { name, step })
    : say('seller.card.answerQuestion', { name, step });
}

function nextStepAfter(step: Step, snapshot: Snapshot): Step | undefined {
  const nextId = 'next' in step ? step.next : undefined;
  return nextId === undefined ? undefined : snapshot.sequence.graph.steps.find((s) => s.id === nextId);
}

/** Where the sequence stands when the seller has nothing to press on it. */
export function standingOf(snapshot: Snapshot, seller: User, now: Date, say: Say): string | null {
  const { enrollment, step } = snapshot;
  const zone = seller.workingHours.timeZone;
  switch (enrollment.status) {
    case 'completed': {
      if (enrollment.history.at(-1)?.detail === 'advancedToSequence') return say('seller.card.advanced');
      // A closing command (qualify, disqualify, won, lost) ended it: say what became of the record.
      const command = [...enrollment.history].reverse().find((entry) => entry.action === 'commandRun');
      const closed = /^(?:status|stage)=(qualified|disqualified|won|lost)$/.exec(command?.detail ?? '');
      return closed
        ? say('seller.card.completedClosed', {
            type: recordTypeLabel(snapshot.record.type, say).toLowerCase(),
            state: stateLabel(closed[1], say).toLowerCase(),
          })
        : say('seller.card.completed');
    }
    case 'exited': {
      const reason = enrollment.history.at(-1)?.detail;
      return say('seller.card.exited', { reason: stateLabel(reason, say).toLowerCase() });
    }
    case 'disconnected':
      return say('seller.card.disconnected');
    case 'paused':
      return enrollment.pausedUntil
        ? say('seller.card.pausedUntil', {
            when: formatWhen(new Date(enrollment.pausedUntil), now, zone, say),
          })
        : say('seller.card.paused');
    case 'active':
      break;
  }
  const dueAt = enrollment.current ? new Date(enrollment.current.dueAt) : undefined;
  if (!step || !dueAt) return null;
  const when = formatDue(dueAt, now, zone, say).text;
  if (step.kind === 'wait') {
    const next = nextStepAfter(step, snapshot);
    return next && next.kind !== 'condition' && next.kind !== 'wait'
      ? say('seller.card.nextStep', { step: next.name, when })
      : say('seller.card.nextAfterWait', { when });
  }
  if (step.kind === 'automatedEmail') return say('seller.card.nextAutomated', { step: step.name, when });
  return null;
}

/**
 * What the snooze picker offers first: the next full hour of the seller's working time (never a time
 * already passed, nor one outside their hours). Hours that cannot be read fall back to an hour from now.
 */
export function nextWorkingHour(now: Date, seller: User): Date {
  const zone = seller.workingHours.timeZone;
  const nextHour = DateTime.fromJSDate(now, { zone }).plus({ hours: 1 }).startOf('hour').toJSDate();
  try {
    return nextWorkingTime(nextHour, seller.workingHours);
  } catch {
    return nextHour;
  }
}

function snoozeView(
  snapshot: Snapshot,
  seller: User,
  now: Date,
  context: ViewContext,
  say: Say,
  custom: boolean,
): SnoozeView {
  const target = { enrollmentId: snapshot.enrollment.id, stepId: snapshot.step?.id ?? '' };
  const preset = (until: string, title: string): ActionView =>
    stepAction(VERB.snooze, title, target, context, { until });
  const ids = snoozeInputIds(snapshot.enrollment.id);
  return {
    title: say('seller.card.snooze'),
    presets: [
      preset('laterToday', say('seller.snooze.laterToday')),
      preset('tomorrow', say('seller.snooze.tomorrow')),
      preset('nextWeek', say('seller.snooze.nextWeek')),
    ],
    // Only the picker suggests a time: the items of a list, which have none, skip the calendar.
    custom: custom
      ? snoozePicker(now, seller, say, ids, preset('custom', say('seller.snooze.custom')))
      : null,
  };
}

function snoozePicker(
  now: Date,
  seller: User,
  say: Say,
  ids: { dateId: string; timeId: string },
  action: ActionView,
): NonNullable<SnoozeView['custom']> {
  const zone = seller.workingHours.timeZone;
  const suggested = nextWorkingHour(now, seller);
  return {
    label: say('seller.snooze.dateLabel'),
    dateId: ids.dateId,
    timeId: ids.timeId,
    date: localDate(suggested, zone),
    time: localTime(suggested, zone),
    action,
  };
}

/**
 * On an opportunity or account the record is not a person: name the person to reach, with the
 * e-mail and phone the step does not already show (the email step shows To, the call the number).
 */
function contactFacts(record: Snapshot['record'], kind: Step['kind'], say: Say): StepParts['contact'] {
  if (record.type !== 'opportunity' && record.type !== 'account') return null;
  const name = [record.firstName, record.lastName].filter(Boolean).join(' ');
  const facts: { title: string; value: string }[] = [];
  if (name) facts.push({ title: say('seller.card.contact'), value: name });
  if (record.email && kind !== 'email') facts.push({ title: say('seller.card.email'), value: record.email });
  if (record.phone && kind !== 'phoneCall')
    facts.push({ title: say('seller.card.phone'), value: record.phone });
  return facts.length > 0 ? facts : null;
}

/**
 * The parts of a card for the enrollment's current step. `customSnooze` adds the date and time
 * inputs (the Up next card has room for them; list items do not).
 */
export function stepParts(
  snapshot: Snapshot,
  seller: User,
  now: Date,
  context: ViewContext,
  say: Say,
  customSnooze: boolean,
): StepParts {
  const { enrollment, record, step } = snapshot;
  const parts: StepParts = {
    step: null,
    contact: null,
    email: null,
    phone: null,
    waiting: null,
    standing: null,
    links: [],
    outcomes: [],
    skip: null,
    snooze: null,
  };
  const zone = seller.workingHours.timeZone;
  if (enrollment.status !== 'active' || !step || !enrollment.current) {
    parts.standing = standingOf(snapshot, seller, now, say);
    return parts;
  }
  const target = { enrollmentId: enrollment.id, stepId: step.id };
  const dueAt = new Date(enrollment.current.dueAt);

  if (step.kind === 'condition') {
    parts.waiting = {
      question: conditionQuestion(step, snapshot, say),
      limit:
        step.test === 'emailReplied'
          ? say('seller.card.replyLimit', { when: formatWhen(dueAt, now, zone, say) })
          : say('seller.card.answerLimit', { when: formatWhen(dueAt, now, zone, say) }),
    };
    const outcomes =
      step.test === 'emailReplied'
        ? (['replied', 'noReply'] as const)
        : (['answered', 'notAnswered', 'leftVoicemail'] as const);
    parts.outcomes = outcomes.map((outcome, i) =>
      outcomeAction(
        VERB.outcome,
        outcomeLabel(outcome, say),
        target,
        context,
        outcome,
        i === 0 ? 'positive' : 'default',
      ),
    );
    return parts;
  }
  if (!isManualStep(step)) {
    parts.standing = standingOf(snapshot, seller, now, say);
    return parts;
  }

  const due = formatDue(dueAt, now, zone, say);
  const next = nextStepAfter(step, snapshot);
  const waitsForReply = step.kind === 'email' && next?.kind === 'condition' && next.test === 'emailReplied';
  parts.step = {
    kind: kindLabel(step, say),
    name: step.name,
    description: step.description,
    due: say('seller.due.label', { when: due.text }),
    dueColor: due.overdue ? 'Attention' : 'Default',
    hint: waitsForReply
      ? say('seller.card.thenWaitsReply', { limit: durationLabel(next.timeLimit, say) })
      : '',
  };

  parts.contact = contactFacts(snapshot.record, step.kind, say);

  switch (step.kind) {
    case 'email': {
      const email = step.template
        ? renderEmail(step.template, { record, seller: { name: seller.name } })
        : { subject: step.name, body: '' };
      parts.email = { to: record.email ?? say('seller.card.noEmail'), ...email };
      parts.links.push({
        title: say('seller.card.openMail'),
        url: mailtoUrl(record.email, email.subject, email.body),
      });
      parts.outcomes.push(
        outcomeAction(VERB.complete, say('seller.card.markSent'), target, context, 'sent', 'positive'),
      );
      break;
    }
    case 'phoneCall': {
      parts.phone = record.phone ?? say('seller.card.noPhone');
      if (record.phone)
        parts.links.push({
          title: say('seller.card.call', { number: record.phone }),
          url: telUrl(record.phone),
        });
      for (const [i, outcome] of (['answered', 'notAnswered', 'leftVoicemail'] as const).entries()) {
        parts.outcomes.push(
          outcomeAction(
            VERB.complete,
            outcomeLabel(outcome, say),
            target,
            context,
            outcome,
            i === 0 ? 'positive' : 'default',
          ),
        );
      }
      break;
    }
    case 'linkedin': {
      const link = linkedInUrl(record);
      parts.links.push({
        title: say(link.search ? 'seller.card.searchLinkedIn' : 'seller.card.openLinkedIn'),
        url: link.url,
      });
      parts.outcomes.push(
        outcomeAction(VERB.complete, say('seller.card.markComplete'), target, context, 'done', 'positive'),
      );
      break;
    }
    case 'task':
      parts.outcomes.push(
        outcomeAction(VERB.complete, say('seller.card.markComplete'), target, context, 'done', 'positive'),
      );
      break;
  }
  parts.skip = stepAction(VERB.skip, say('seller.card.skip'), target, context);
  parts.snooze = snoozeView(snapshot, seller, now, context, say, customSnooze);
  return parts;
}
