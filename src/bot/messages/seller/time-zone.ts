// "my time zone is Europe/Warsaw": the zone the seller's steps and digest follow; Teams no longer overrides it.

import { isValidTimeZone, localTime } from '../../../domain/calendar.js';
import { timeZoneFromText, updateSeller } from '../../../app/seller/profile.js';
import { replyText } from '../../turn.js';
import { textCommand } from '../command.js';

export const timeZoneCommand = textCommand({
  name: 'seller.timeZone',
  usage: 'seller.command.timeZone.usage',
  description: 'seller.command.timeZone.description',
  intents: ['me.timeZone'],
  async handle(turn, { slots }) {
    const text = slots.zone ?? '';
    const zone = timeZoneFromText(text);
    if (!zone || !isValidTimeZone(zone)) {
      await replyText(turn, 'seller.zone.bad', { text });
      return;
    }
    const user = await updateSeller(turn.app, turn.user.id, (u) => ({
      ...u,
      timeZoneSetByUser: true,
      workingHours: { ...u.workingHours, timeZone: zone },
    }));
    await replyText(turn, 'seller.zone.done', {
      zone,
      time: localTime(turn.app.clock.now(), zone),
      digest: user?.digestTime ?? turn.user.digestTime,
    });
  },
});
