// Turns a queued proactive message into the activity that goes out: rendered when it is sent, from
// the state at that moment, so a retried or delayed send never shows a step that was already done.

import type { Activity } from 'botbuilder';
import type { AppContext } from '../../../app/context.js';
import { digestData, hasDueWork } from '../../../app/seller/digest.js';
import type { Composer, ProactiveMessage } from '../../../app/seller/proactive.js';
import { loadSnapshot, workItems } from '../../../app/seller/work.js';
import type { User } from '../../../app/ports.js';
import { readerLocale, sayIn } from '../../../i18n/index.js';
import { cardAttachment, renderCard, type CardJson } from '../../cards.js';
import { UP_NEXT } from './actions.js';
import { digestView } from './digest.js';
import { renderUpNext, upNextView } from './up-next.js';
import { workListView } from './work-list.js';

const cardActivity = (card: CardJson, summary: string): Partial<Activity> => ({
  type: 'message',
  summary,
  attachments: [cardAttachment(card)],
});

async function compose(
  ctx: AppContext,
  user: User,
  message: ProactiveMessage,
): Promise<Partial<Activity> | undefined> {
  const say = sayIn(readerLocale(user));
  const now = ctx.clock.now();
  switch (message.kind) {
    case 'upNext': {
      const snapshot = await loadSnapshot(ctx, message.enrollmentId, say);
      const e = snapshot?.enrollment;
      // Sent only while the step is still the one that fell due, and still this seller's.
      if (
        !snapshot?.step ||
        e?.status !== 'active' ||
        e.sellerId !== user.id ||
        e.current?.stepId !== message.stepId ||
        e.revision !== message.revision
      ) {
        return undefined;
      }
      const card = renderUpNext(
        upNextView({
          snapshot,
          seller: user,
          now,
          say,
          context: UP_NEXT,
          autoRefresh: ctx.config.cardRefresh,
        }),
      );
      return cardActivity(
        card,
        say('seller.push.upNext', { step: snapshot.step.name, record: snapshot.record.name }),
      );
    }
    case 'digest': {
      const data = await digestData(ctx, user, now, say);
      if (!hasDueWork(data)) return undefined;
      const card = renderCard('digest', digestView({ data, seller: user, now, say }));
      return cardActivity(card, say('seller.push.digest', { due: data.dueToday, overdue: data.overdue }));
    }
    case 'workList': {
      const items = await workItems(ctx, user, now, 'all', say);
      if (items.length === 0) return undefined;
      const view = workListView({
        items,
        filter: 'all',
        page: 1,
        seller: user,
        now,
        say,
        intro: say('seller.list.catchUp'),
      });
      return cardActivity(renderCard('work-list', view), view.title);
    }
    case 'notice':
      return { type: 'message', text: say(message.key, message.params) };
    case 'resumed':
      return { type: 'message', text: say('seller.resume.auto', { name: user.name, count: message.count }) };
  }
}

export function proactiveComposer(ctx: AppContext): Composer {
  return (user, message) => compose(ctx, user, message);
}
