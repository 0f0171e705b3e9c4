// The team view: for each seller with open work, what is due today, what is overdue, and the
// oldest overdue step, so a manager sees at a glance who needs a hand. Read-only; computed now.

import type { AppContext } from '../context.js';
import type { Actor } from './outcome.js';
import { inActorsUnit } from './permissions.js';
import type { User } from '../ports.js';
import { workItems, type WorkItem } from '../seller/work.js';

export interface TeamRow {
  seller: User;
  due: number;
  overdue: number;
  waiting: number;
  /** The oldest step not done: overdue if any is. */
  oldest?: WorkItem;
}

/** The sellers `actor` may look after: their business unit's, or everyone's for an administrator. */
export async function teamWork(ctx: AppContext, now: Date, actor: Actor): Promise<TeamRow[]> {
  const rows: TeamRow[] = [];
  for (const seller of await ctx.stores.users.list()) {
    if (!inActorsUnit(actor, seller)) continue;
    const items = await workItems(ctx, seller, now);
    if (items.length === 0) continue;
    const steps = items.filter((item) => !item.waiting);
    const oldest = [...steps].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
    rows.push({
      seller,
      due: steps.filter((item) => !item.overdue).length,
      overdue: steps.filter((item) => item.overdue).length,
      waiting: items.length - steps.length,
      ...(oldest ? { oldest } : {}),
    });
  }
  // Who needs a hand first: the most overdue, then by name.
  return rows.sort((a, b) => b.overdue - a.overdue || a.seller.name.localeCompare(b.seller.name));
}
