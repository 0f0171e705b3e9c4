// The seller's steps by record name ("done with the call to Jane Doe", "snooze Contoso pilot until
// tomorrow", "Jane Doe replied", "snooze everything until Monday") and "who hasn't replied yet?".

import { workItems } from '../../../app/seller/work.js';
import { cardAttachment, renderCard } from '../../cards.js';
import { replyText } from '../../turn.js';
import { workListView } from '../../views/seller/work-list.js';
import { textCommand } from '../command.js';
import { completeByName, outcomeByName, skipByName, snoozeAll, snoozeByName } from './by-name.js';
import { cancelCatchUp } from './reply.js';

export const stepByNameCommand = textCommand({
  name: 'seller.stepByName',
  usage: 'understood.command.steps.usage',
  description: 'understood.command.steps.description',
  intents: ['work.complete', 'work.skip', 'work.snooze', 'work.outcome', 'work.snoozeAll'],
  async handle(turn, parsed) {
    switch (parsed.intent) {
      case 'work.complete':
        return completeByName(turn, parsed);
      case 'work.skip':
        return skipByName(turn, parsed);
      case 'work.snooze':
        return snoozeByName(turn, parsed);
      case 'work.outcome':
        return outcomeByName(turn, parsed);
      default:
        return snoozeAll(turn, parsed);
    }
  },
});

export const noReplyCommand = textCommand({
  name: 'seller.noReply',
  usage: 'understood.command.noReply.usage',
  description: 'understood.command.noReply.description',
  intents: ['work.noReply'],
  async handle(turn) {
    const now = turn.app.clock.now();
    await cancelCatchUp(turn);
    const waiting = (await workItems(turn.app, turn.user, now, 'emails', turn.say)).filter(
      (item) => item.waiting,
    );
    if (waiting.length === 0) {
      await replyText(turn, 'understood.noReply.none');
      return;
    }
    const names = [...new Set(waiting.map((item) => item.record.name))];
    await replyText(turn, 'understood.noReply.some', { count: names.length, names: names.join(', ') });
    const view = workListView({
      items: waiting,
      filter: 'emails',
      page: 1,
      seller: turn.user,
      now,
      say: turn.say,
    });
    await turn.context.sendActivity({ attachments: [cardAttachment(renderCard('work-list', view))] });
  },
});
