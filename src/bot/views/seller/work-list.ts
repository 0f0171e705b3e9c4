// The view models of the work list (cards/work-list.json) and of its items, which the digest
// (cards/digest.json) shows too: each due step with its one-click buttons.

import type { User } from '../../../app/ports.js';
import { groupByRecord, type WorkFilter, type WorkItem } from '../../../app/seller/work.js';
import {
  VERB,
  listAction,
  stepAction,
  type ActionView,
  type BannerView,
  type LinkView,
  type ViewContext,
} from './actions.js';
import type { Say } from './format.js';
import { kindLabel, recordSubtitle } from './labels.js';
import { progressOf, stepParts } from './step.js';
import type { MessageKey } from '../../../i18n/index.js';

/** A page holds at most five records and eight steps, which keeps the card well under Teams' 40 KB. */
export const RECORDS_PER_PAGE = 5;
export const ITEMS_PER_PAGE = 8;

/** Splits the groups into pages; a record's steps stay together (a record with more than fits gets a page of its own). */
function paginate<T extends { items: unknown[] }>(groups: T[]): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let items = 0;
  for (const group of groups) {
    if (page.length > 0 && (page.length >= RECORDS_PER_PAGE || items + group.items.length > ITEMS_PER_PAGE)) {
      pages.push(page);
      page = [];
      items = 0;
    }
    page.push({ ...group, items: group.items.slice(0, ITEMS_PER_PAGE) });
    items += Math.min(group.items.length, ITEMS_PER_PAGE);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export interface ItemView {
  record: string;
  heading: string;
  sequence: string;
  due: string;
  dueColor: 'Default' | 'Attention';
  detail: string;
  links: LinkView[];
  outcomes: ActionView[];
  menu: { title: string; actions: ActionView[] };
}

export interface GroupView {
  title: string;
  subtitle: string;
  items: ItemView[];
}

export interface WorkListView {
  banner: BannerView | null;
  title: string;
  summary: string;
  empty: string | null;
  groups: GroupView[];
  more: ActionView | null;
  /** "Undo" for the press just made from this list, for a few minutes (beside the banner saying what it recorded). */
  undo: ActionView | null;
}

const TITLE: Record<WorkFilter, MessageKey> = {
  all: 'seller.list.title.all',
  overdue: 'seller.list.title.overdue',
  calls: 'seller.list.title.calls',
  emails: 'seller.list.title.emails',
};

export const EMPTY: Record<WorkFilter, MessageKey> = {
  all: 'seller.list.empty.all',
  overdue: 'seller.list.empty.overdue',
  calls: 'seller.list.empty.calls',
  emails: 'seller.list.empty.emails',
};

/** One due step with its buttons; `context` says which card answers when one is pressed. */
export function itemView(item: WorkItem, seller: User, now: Date, context: ViewContext, say: Say): ItemView {
  const parts = stepParts(item, seller, now, context, say, false);
  const progress = progressOf(item, say);
  const target = { enrollmentId: item.enrollment.id, stepId: item.step.id };
  // A list item keeps its menu short (the full snooze choices are on the step's own card, via "Open").
  const menu: ActionView[] = (parts.snooze?.presets ?? []).filter(
    (preset) => preset.data.until === 'tomorrow',
  );
  if (parts.skip) menu.push(parts.skip);
  menu.push(
    stepAction(VERB.showStep, say('seller.card.details'), target, {
      ...context,
      fromList: context.view === 'list',
    }),
  );
  const detail = parts.waiting
    ? parts.waiting.limit
    : parts.email
      ? say('seller.list.subject', { subject: parts.email.subject })
      : (parts.phone ?? '');
  return {
    record: item.record.name,
    heading: parts.waiting ? parts.waiting.question : `${kindLabel(item.step, say)} · ${item.step.name}`,
    sequence: say('seller.list.itemSequence', { sequence: item.sequence.name, stepOf: progress.text }),
    due: parts.step?.due ?? say('seller.list.waiting'),
    dueColor: parts.step?.dueColor ?? 'Default',
    detail,
    links: parts.links,
    outcomes: parts.outcomes,
    menu: { title: say('seller.card.moreActions'), actions: menu },
  };
}

export function workListView(input: {
  items: WorkItem[];
  filter: WorkFilter;
  page: number;
  seller: User;
  now: Date;
  say: Say;
  banner?: BannerView | null;
  intro?: string;
  undo?: ActionView | null;
}): WorkListView {
  const { items, filter, seller, now, say } = input;
  const split = paginate(groupByRecord(items));
  const pages = Math.max(1, split.length);
  const page = Math.min(Math.max(1, Math.floor(input.page) || 1), pages);
  const context: ViewContext = { view: 'list', filter, page, fromList: false };
  const shown = split[page - 1] ?? [];
  const summary = say('seller.list.summary', { page, pages });
  return {
    banner: input.banner ?? null,
    undo: input.undo ?? null,
    title: say(TITLE[filter], { count: items.length }),
    summary: input.intro ? `${input.intro} ${summary}` : summary,
    empty: items.length === 0 ? say(EMPTY[filter]) : null,
    groups: shown.map((group) => ({
      title: group.record.name,
      subtitle: recordSubtitle(group.record, say),
      items: group.items.map((item) => itemView(item, seller, now, context, say)),
    })),
    more:
      page < pages ? listAction(say('seller.list.more', { page: page + 1, pages }), filter, page + 1) : null,
  };
}
