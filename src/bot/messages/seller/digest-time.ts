// "send my digest at 7:30": when the daily digest comes on the seller's working days.

import { parseClock, updateSeller } from '../../../app/seller/profile.js';
import { replyText } from '../../turn.js';
import type { TextCommand } from '../command.js';
import { patternMatcher } from './match.js';

export const digestTimeCommand: TextCommand = {
  name: 'seller.digestTime',
  usage: 'seller.command.digestTime.usage',
  description: 'seller.command.digestTime.description',
  match: patternMatcher(
    /^(?:(?:send|set|move|change|put)(?: me)? )?(?:my |the )?(?:daily )?digest(?: time)?(?: (?:at|to|for|is|=))? (?<time>\d[\d:.]*\s*(?:am|pm|a\.m\.|p\.m\.)?)$/,
  ),
  async handle(turn, params) {
    const text = params.time ?? '';
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
};
