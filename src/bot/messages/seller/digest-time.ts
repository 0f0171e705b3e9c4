// "send my digest at 7:30": when the daily digest comes on the seller's working days.

import { parseClock, updateSeller } from '../../../app/seller/profile.js';
import { replyText } from '../../turn.js';
import { textCommand } from '../command.js';

export const digestTimeCommand = textCommand({
  name: 'seller.digestTime',
  usage: 'seller.command.digestTime.usage',
  description: 'seller.command.digestTime.description',
  intents: ['me.digestTime'],
  async handle(turn, { slots }) {
    const text = slots.time ?? '';
    const time = parseClock(text);
    if (!time) {
      await replyText(turn, 'seller.digestTime.bad', { text });
      return;
    }
    const user = await updateSeller(turn.app, turn.user.id, (u) => ({ ...u, digestTime: time }));
    await replyText(turn, 'seller.digestTime.done', {
      time,
      zone: (user ?? turn.user).workingHours.timeZone,
    });
  },
});
