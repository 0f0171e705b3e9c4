// The seller's card verbs and the data their buttons carry. Data names the step and the view to
// answer with; it never says who may act (that comes from storage when the button is pressed).

import type { WorkFilter } from '../../../app/seller/work.js';
import type { Outcome } from '../../../domain/model.js';

export const VERB = {
  complete: 'seller.complete',
  outcome: 'seller.outcome',
  skip: 'seller.skip',
  snooze: 'seller.snooze',
  showSequence: 'seller.showSequence',
  showStep: 'seller.showStep',
  undo: 'seller.undo',
  workList: 'seller.workList',
  chooseRecord: 'seller.chooseRecord',
} as const;
export type Verb = (typeof VERB)[keyof typeof VERB];

/** Which card an action answers with: the Up next card, the work list page or the digest. */
export type ViewKind = 'upNext' | 'list' | 'digest';

/** Where a card came from, so that pressing a button answers in the same place. */
export interface ViewContext {
  view: ViewKind;
  filter: WorkFilter;
  page: number;
  /** Up next opened from the list: offer the way back. */
  fromList: boolean;
}

export const UP_NEXT: ViewContext = { view: 'upNext', filter: 'all', page: 1, fromList: false };

export interface ActionView {
  title: string;
  verb: Verb;
  data: Record<string, unknown>;
  style: 'default' | 'positive' | 'destructive';
}

export interface LinkView {
  title: string;
  url: string;
}

export interface BannerView {
  text: string;
  detail: string;
  style: 'good' | 'warning' | 'attention' | 'accent';
}

export interface SnoozeView {
  title: string;
  presets: ActionView[];
  /** The date and time inputs; absent on list items, where the card stays small. */
  custom: {
    label: string;
    dateId: string;
    timeId: string;
    date: string;
    time: string;
    action: ActionView;
  } | null;
}

/** Id of the note box of one step (a call's outcome, a skip): kept in the history with it. */
export const noteInputId = (enrollmentId: string): string => `note-${enrollmentId}`;

/** Notes longer than this are cut: a note is a reminder, not a report. */
export const MAX_NOTE_LENGTH = 500;

/** Ids of the snooze inputs of one step; unique per enrollment so that a list can hold several. */
export const snoozeInputIds = (enrollmentId: string): { dateId: string; timeId: string } => ({
  dateId: `snoozeDate-${enrollmentId}`,
  timeId: `snoozeTime-${enrollmentId}`,
});

export function stepAction(
  verb: Verb,
  title: string,
  target: { enrollmentId: string; stepId: string },
  context: ViewContext,
  extra: Record<string, unknown> = {},
  style: ActionView['style'] = 'default',
): ActionView {
  return {
    title,
    verb,
    style,
    data: {
      verb,
      enrollmentId: target.enrollmentId,
      stepId: target.stepId,
      view: context.view,
      // The list's place travels only where it is needed, to keep cards small.
      ...(context.view === 'list' || context.fromList ? { filter: context.filter, page: context.page } : {}),
      ...(context.fromList ? { fromList: true } : {}),
      ...extra,
    },
  };
}

export function outcomeAction(
  verb: typeof VERB.complete | typeof VERB.outcome,
  title: string,
  target: { enrollmentId: string; stepId: string },
  context: ViewContext,
  outcome: Outcome,
  style: ActionView['style'] = 'default',
): ActionView {
  return stepAction(verb, title, target, context, { outcome }, style);
}

export function listAction(title: string, filter: WorkFilter, page: number): ActionView {
  return { title, verb: VERB.workList, style: 'default', data: { verb: VERB.workList, filter, page } };
}
