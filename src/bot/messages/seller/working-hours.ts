// "set my working hours 9-18" (also "9:30-17:30", "9am-6pm"): when steps fall due and the digest comes.

import { isValidTimeZone } from '../../../domain/calendar.js';
import { parseHours, updateSeller } from '../../../app/seller/profile.js';
import { replyText } from '../../turn.js';
import { textCommand } from '../command.js';

export const workingHoursCommand = textCommand({
  name: 'seller.workingHours',
  usage: 'seller.command.hours.usage',
  description: 'seller.command.hours.description',
  intents: ['me.hours'],
  async handle(turn, { slots }) {
    const text = slots.hours ?? '';
    const parsed = parseHours(text.replace(/^from /, ''));
    if (!parsed) {
      await replyText(turn, 'seller.hours.bad', { text });
      return;
    }
    if (parsed.start >= parsed.end) {
      await replyText(turn, 'seller.hours.order', parsed);
      return;
    }
    const user = await updateSeller(turn.app, turn.user.id, (u) => ({
      ...u,
      workingHours: { ...u.workingHours, start: parsed.start, end: parsed.end },
    }));
    const hours = user?.workingHours ?? { ...turn.user.workingHours, ...parsed };
    await replyText(turn, 'seller.hours.done', {
      start: hours.start,
      end: hours.end,
      days: turn.say('seller.weekdays.all'),
      zone: isValidTimeZone(hours.timeZone) ? hours.timeZone : 'UTC',
      digest: user?.digestTime ?? turn.user.digestTime,
    });
  },
});
