// The view model of the Up next card (cards/up-next.json): one step of one enrollment, with the
// record, the sequence's progress, what helps do the step and the buttons that record it.

import type { User } from '../../../app/ports.js';
import type { Snapshot } from '../../../app/seller/work.js';
import { renderCard, type CardJson } from '../../cards.js';
import {
  VERB,
  listAction,
  noteInputId,
  stepAction,
  type ActionView,
  type BannerView,
  type ViewContext,
} from './actions.js';
import type { Say } from './format.js';
import { recordSubtitle } from './labels.js';
import { progressOf, stepParts, type StepParts } from './step.js';

export interface UpNextView extends StepParts {
  banner: BannerView | null;
  title: string;
  subtitle: string;
  sequence: string;
  progress: string;
  bar: string;
  labels: { to: string; subject: string; phone: string };
  /** The note box: what the seller writes is kept in the history with the outcome or the skip. */
  note: { id: string; label: string; placeholder: string } | null;
  /** Card-level buttons under the step: Skip, Snooze (in `snooze`), Show the sequence, Back to the list. */
  more: ActionView[];
  /**
   * Universal Actions refresh: Teams asks for the card again whenever the seller looks at it, so a
   * pushed card seen on another device or days later shows the truth by itself.
   */
  refresh: { action: ActionView; userIds: string[] } | null;
}

export function upNextView(input: {
  snapshot: Snapshot;
  seller: User;
  now: Date;
  say: Say;
  context: ViewContext;
  banner?: BannerView | null;
  /** Only for cards that are pushed: a card answering a press keeps its "recorded" line instead. */
  autoRefresh?: boolean;
  /** The press just recorded can be taken back for a few minutes: offer "Undo" first. */
  undo?: boolean;
}): UpNextView {
  const { snapshot, seller, now, say, context } = input;
  const parts = stepParts(snapshot, seller, now, { ...context, view: 'upNext' }, say, true);
  const progress = progressOf(snapshot, say);
  const target = { enrollmentId: snapshot.enrollment.id, stepId: snapshot.step?.id ?? '' };
  const more: ActionView[] = [];
  if (input.undo)
    more.push(stepAction(VERB.undo, say('seller.card.undo'), target, { ...context, view: 'upNext' }));
  if (parts.skip) more.push(parts.skip);
  more.push(
    stepAction(VERB.showSequence, say('seller.card.showSequence'), target, { ...context, view: 'upNext' }),
  );
  if (context.fromList) more.push(listAction(say('seller.card.backToList'), context.filter, context.page));
  // Teams takes at most 60 user MRIs; the seller's own is the one that matters.
  const mri = seller.conversationReference?.user?.id;
  const refresh =
    input.autoRefresh && mri
      ? {
          action: stepAction(VERB.showStep, say('seller.card.details'), target, {
            ...context,
            view: 'upNext',
          }),
          userIds: [mri],
        }
      : null;
  return {
    ...parts,
    banner: input.banner ?? null,
    title: snapshot.record.name,
    subtitle: recordSubtitle(snapshot.record, say),
    sequence: snapshot.sequence.name,
    progress: progress.text,
    bar: progress.bar,
    labels: {
      to: say('seller.card.to'),
      subject: say('seller.card.subject'),
      phone: say('seller.card.phone'),
    },
    // On a step's outcomes and Skip, and on a reply's or a call's answer while a condition waits.
    note:
      parts.skip || parts.outcomes.length > 0
        ? {
            id: noteInputId(snapshot.enrollment.id),
            label: say('seller.card.noteLabel'),
            placeholder: say('seller.card.notePlaceholder'),
          }
        : null,
    more,
    refresh,
  };
}

/** The Up next card; the refresh entry is left out entirely when there is none. */
export function renderUpNext(view: UpNextView): CardJson {
  const { refresh, ...card } = renderCard('up-next', view);
  return refresh === null || refresh === undefined ? card : { ...card, refresh };
}
