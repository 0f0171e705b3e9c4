// The view model of the daily digest (cards/digest.json): counts, the first steps with their
// buttons, and the way to the full work list.

import { DateTime } from 'luxon';
import type { User } from '../../../app/ports.js';
import type { MessageKey } from '../../../i18n/index.js';
import type { DigestData } from '../../../app/seller/digest.js';
import { listAction, type ActionView, type BannerView, type ViewContext } from './actions.js';
import { formatDate, formatWeekday, type Say } from './format.js';
import { itemView, type ItemView } from './work-list.js';

/** How many steps the digest shows with their buttons; "Show all" opens the rest. */
export const DIGEST_ITEMS = 3;

export interface DigestView {
  banner: BannerView | null;
  title: string;
  intro: string;
  facts: { title: string; value: string }[];
  first: string | null;
  items: ItemView[];
  showAll: ActionView | null;
  empty: string | null;
}

/** The greeting for the seller's local hour, not the server's: "Good afternoon" at 13:00 in Warsaw. */
export function greeting(now: Date, zone: string): MessageKey {
  const hour = DateTime.fromJSDate(now, { zone }).hour;
  if (hour >= 5 && hour < 12) return 'seller.digest.title';
  if (hour >= 12 && hour < 18) return 'seller.digest.titleAfternoon';
  return 'seller.digest.titleEvening';
}

export function digestView(input: {
  data: DigestData;
  seller: User;
  now: Date;
  say: Say;
  banner?: BannerView | null;
}): DigestView {
  const { data, seller, now, say } = input;
  const zone = seller.workingHours.timeZone;
  const context: ViewContext = { view: 'digest', filter: 'all', page: 1, fromList: false };
  const firstName = seller.name.trim().split(/\s+/)[0] ?? seller.name;
  const facts = [
    { title: say('seller.digest.dueToday'), value: String(data.dueToday) },
    { title: say('seller.digest.overdue'), value: String(data.overdue) },
    {
      title: data.doneIsYesterday
        ? say('seller.digest.doneYesterday')
        : say('seller.digest.doneOn', { day: formatWeekday(data.doneDate, zone, say) }),
      value: String(data.done),
    },
  ];
  // Counted by the seller's local day: what they did today shows as soon as there is any.
  if (data.doneToday > 0)
    facts.splice(2, 0, { title: say('seller.digest.doneToday'), value: String(data.doneToday) });
  if (data.waiting > 0) facts.push({ title: say('seller.digest.waiting'), value: String(data.waiting) });
  const shown = data.items.slice(0, DIGEST_ITEMS);
  return {
    banner: input.banner ?? null,
    title: say(greeting(now, zone), { name: firstName }),
    intro: say('seller.digest.intro', { date: formatDate(data.date, zone, say) }),
    facts,
    first: shown.length > 0 ? say('seller.digest.first') : null,
    items: shown.map((item) => itemView(item, seller, now, context, say)),
    showAll:
      data.items.length > 0
        ? listAction(say('seller.digest.showAll', { count: data.items.length }), 'all', 1)
        : null,
    empty: data.items.length === 0 ? say('seller.digest.nothing') : null,
  };
}
