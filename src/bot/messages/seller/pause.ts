// "pause my sequences until <date>": vacation. Everything waits until the seller's working-day start on that date.

import { DateTime } from 'luxon';
import { localDate } from '../../../domain/calendar.js';
import { MAX_PAUSE_DAYS, parseReturnDate, pauseSeller, returnTime } from '../../../app/seller/vacation.js';
import { replyText } from '../../turn.js';
import { formatWhen } from '../../views/seller/format.js';
import { textCommand } from '../command.js';

export const pauseCommand = textCommand({
  name: 'seller.pause',
  usage: 'seller.command.pause.usage',
  description: 'seller.command.pause.description',
  intents: ['me.away'],
  async handle(turn, { slots }) {
    const text = slots.date;
    if (!text) {
      await replyText(turn, 'seller.pause.askDate');
      return;
    }
    const ctx = turn.app;
    const now = ctx.clock.now();
    const zone = turn.user.workingHours.timeZone;
    const today = localDate(now, zone);
    const monthFirst = (turn.context.activity.locale ?? turn.locale).toLowerCase() === 'en-us';
    const date = parseReturnDate(text, today, zone, monthFirst);
    if (!date) {
      await replyText(turn, 'seller.pause.badDate', { text });
      return;
    }
    if (date <= today) {
      await replyText(turn, 'seller.pause.notFuture');
      return;
    }
    const days = DateTime.fromISO(date, { zone }).diff(DateTime.fromISO(today, { zone }), 'days').days;
    if (days > MAX_PAUSE_DAYS) {
      await replyText(turn, 'seller.pause.tooFar');
      return;
    }
    const until = returnTime(date, turn.user);
    // Asked again while away: say so, rather than "you have no running sequences".
    const wasPaused = turn.user.pausedUntil !== undefined && new Date(turn.user.pausedUntil) > now;
    const count = await pauseSeller(ctx, turn.user.id, until);
    const when = formatWhen(until, now, zone, turn.say);
    const key =
      count > 0 ? 'seller.pause.done' : wasPaused ? 'seller.pause.already' : 'seller.pause.doneNone';
    await replyText(turn, key, { count, when });
  },
});
