// The line on top of a card after a button press: what was recorded, by whom and when, and what
// comes next; or, when nothing could be recorded, why, in words the seller can act on.

import type { Snapshot } from '../../../app/seller/work.js';
import type { User } from '../../../app/ports.js';
import {
  isManualStep,
  type EnrollmentEvent,
  type HistoryEntry,
  type Outcome,
  type RejectionReason,
} from '../../../domain/model.js';
import type { BannerView } from './actions.js';
import { formatDue, formatWhen, type Say } from './format.js';
import { outcomeLabel, outcomeMark } from './labels.js';
import { standingOf, stepParts } from './step.js';
import { UP_NEXT } from './actions.js';

const stepName = (snapshot: Snapshot, id: string | undefined): string =>
  snapshot.sequence.graph.steps.find((s) => s.id === id)?.name ?? id ?? '';

/** What the enrollment asks of the seller now, in one line ("Research on LinkedIn, due today 10:00"). */
export function nextLine(snapshot: Snapshot, seller: User, now: Date, say: Say): string {
  const { enrollment, step } = snapshot;
  const zone = seller.workingHours.timeZone;
  if (enrollment.status === 'active' && step && enrollment.current) {
    const dueAt = new Date(enrollment.current.dueAt);
    if (isManualStep(step)) {
      return say('seller.card.nextStep', { step: step.name, when: formatDue(dueAt, now, zone, say).text });
    }
    if (step.kind === 'condition') {
      return stepParts(snapshot, seller, now, UP_NEXT, say, false).waiting?.question ?? step.name;
    }
  }
  return standingOf(snapshot, seller, now, say) ?? '';
}

/** The banner after an event was recorded. `inList`: the card shows many records, so name this one. */
export function recordedBanner(input: {
  event: EnrollmentEvent;
  before: Snapshot;
  after: Snapshot;
  seller: User;
  byName: string;
  now: Date;
  say: Say;
  inList: boolean;
}): BannerView {
  const { event, before, after, seller, byName, now, say, inList } = input;
  const zone = seller.workingHours.timeZone;
  const record = before.record.name;
  const by = say('seller.banner.recordedBy', { name: byName, when: formatWhen(now, now, zone, say) });
  const detail = inList
    ? `${by} ${say('seller.banner.nextFor', { record, next: nextLine(after, seller, now, say) })}`
    : by;
  switch (event.type) {
    case 'stepCompleted':
    case 'outcomeRecorded': {
      const recorded: Outcome =
        after.enrollment.outcomes[judgedStep(before, event.stepId)] ?? event.outcome ?? 'done';
      const outcome = outcomeLabel(recorded, say);
      const { mark, banner } = outcomeMark(recorded, say);
      const step = stepName(before, judgedStep(before, event.stepId));
      return {
        text: inList
          ? say('seller.banner.listRecorded', { mark, outcome, step, record })
          : say('seller.banner.recorded', { mark, outcome, step }),
        detail,
        style: banner,
      };
    }
    case 'stepSkipped': {
      const step = stepName(before, event.stepId);
      return {
        text: inList
          ? say('seller.banner.listSkipped', { step, record })
          : say('seller.banner.skipped', { step }),
        detail,
        style: 'accent',
      };
    }
    case 'stepSnoozed': {
      const step = stepName(before, event.stepId);
      const when = formatWhen(new Date(event.until), now, zone, say);
      return {
        text: inList
          ? say('seller.banner.listSnoozed', { step, record, when })
          : say('seller.banner.snoozed', { step, when }),
        detail: by,
        style: 'accent',
      };
    }
    default:
      return { text: '', detail: by, style: 'good' };
  }
}

/** A condition's buttons name the condition; what was recorded is the outcome of the step it judges. */
function judgedStep(snapshot: Snapshot, stepId: string): string {
  const step = snapshot.sequence.graph.steps.find((s) => s.id === stepId);
  return step?.kind === 'condition' ? step.about : stepId;
}

const DONE_ACTIONS = new Set<HistoryEntry['action']>(['completed', 'skipped', 'branched']);

/** The entry that shows a step was already dealt with (by this or another press, on any device). */
export function alreadyDone(snapshot: Snapshot, stepId: string): HistoryEntry | undefined {
  const ids = new Set([stepId]);
  // A waiting condition's buttons and its judged step's buttons answer the same question.
  for (const step of snapshot.sequence.graph.steps) {
    if (step.kind === 'condition' && (step.id === stepId || step.about === stepId)) {
      ids.add(step.id);
      ids.add(step.about);
    }
  }
  return [...snapshot.enrollment.history]
    .reverse()
    .find((entry) => entry.stepId !== undefined && ids.has(entry.stepId) && DONE_ACTIONS.has(entry.action));
}

/** The banner when the engine refused: the truth of what happened, and that nothing was recorded twice. */
export function rejectionBanner(input: {
  reason: RejectionReason;
  snapshot: Snapshot;
  stepId: string;
  seller: User;
  names: ReadonlyMap<string, string>;
  now: Date;
  say: Say;
}): BannerView {
  const { reason, snapshot, stepId, seller, names, now, say } = input;
  if (reason === 'invalidOutcome')
    return { text: say('seller.banner.invalidOutcome'), detail: '', style: 'attention' };
  if (reason === 'snoozeInPast')
    return { text: say('seller.banner.snoozeInPast'), detail: '', style: 'attention' };
  const done = alreadyDone(snapshot, stepId);
  if (done) {
    const name = done.by === 'system' ? say('seller.by.system') : (names.get(done.by) ?? done.by);
    const outcome: Outcome = done.outcome ?? 'done';
    return {
      text: say('seller.banner.already', {
        outcome: outcomeLabel(outcome, say),
        name,
        when: formatWhen(new Date(done.at), now, seller.workingHours.timeZone, say),
      }),
      detail: '',
      style: 'warning',
    };
  }
  if (reason === 'notActive') return { text: say('seller.banner.paused'), detail: '', style: 'warning' };
  if (reason === 'alreadyEnded') return { text: say('seller.banner.ended'), detail: '', style: 'warning' };
  return { text: say('seller.banner.moved'), detail: '', style: 'warning' };
}
