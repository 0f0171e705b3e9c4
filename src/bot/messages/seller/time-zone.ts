// "my time zone is Europe/Warsaw": the zone the seller's steps and digest follow; Teams no longer overrides it.

import { isValidTimeZone, localTime } from '../../../domain/calendar.js';
import { canonicalTimeZone, updateSeller } from '../../../app/seller/profile.js';
import { replyText } from '../../turn.js';
import type { TextCommand } from '../command.js';
import { patternMatcher } from './match.js';

export const timeZoneCommand: TextCommand = {
  name: 'seller.timeZone',
  usage: 'seller.command.timeZone.usage',
  description: 'seller.command.timeZone.description',
  match: patternMatcher(
    /^(?:(?:set |change |update )?my |set (?:the )?)?(?:time ?zone|tz)(?: (?:is|to|=))?(?: (?<zone>\S+))?$|^i(?:'m| am) in (?:the )?(?<zone2>\S+) time ?zone$/,
  ),
  async handle(turn, params) {
    const text = params.zone ?? params.zone2 ?? '';
    const zone = canonicalTimeZone(text);
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
};
