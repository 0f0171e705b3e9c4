// Shared answers of the seller's commands: the work list (or what comes next when nothing is due).

import { catchUpJobId } from '../../../app/seller/proactive.js';
import { nextLaterStep, workItems, type WorkFilter } from '../../../app/seller/work.js';
import { cardAttachment, renderCard } from '../../cards.js';
import { replyText, type Turn } from '../../turn.js';
import { formatWhen } from '../../views/seller/format.js';
import { EMPTY, workListView } from '../../views/seller/work-list.js';

/** The turn shows the work list: the welcome-back list queued before the turn would only repeat it. */
export async function cancelCatchUp(turn: Turn): Promise<void> {
  await turn.app.runner.cancel(catchUpJobId(turn.user.id));
}

export async function replyWorkList(turn: Turn, filter: WorkFilter): Promise<void> {
  const ctx = turn.app;
  const now = ctx.clock.now();
  await cancelCatchUp(turn);
  const items = await workItems(ctx, turn.user, now, filter, turn.say);
  if (items.length > 0) {
    const view = workListView({ items, filter, page: 1, seller: turn.user, now, say: turn.say });
    await turn.context.sendActivity({ attachments: [cardAttachment(renderCard('work-list', view))] });
    return;
  }
  const next = await nextLaterStep(ctx, turn.user, now, turn.say);
  const empty = turn.say(EMPTY[filter]);
  if (next) {
    const when = formatWhen(next.dueAt, now, turn.user.workingHours.timeZone, turn.say);
    await turn.context.sendActivity(
      `${empty} ${turn.say('seller.list.nextDue', { step: next.step.name, record: next.record.name, when })}`,
    );
    return;
  }
  await replyText(turn, filter === 'all' ? 'seller.list.noSteps' : EMPTY[filter]);
}
