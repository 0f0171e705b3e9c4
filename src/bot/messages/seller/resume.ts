// "resume my sequences": back early; the paused sequences go on now with the time each step had left.

import { resumeSeller } from '../../../app/seller/vacation.js';
import { replyText } from '../../turn.js';
import { textCommand } from '../command.js';

export const resumeCommand = textCommand({
  name: 'seller.resume',
  usage: 'seller.command.resume.usage',
  description: 'seller.command.resume.description',
  intents: ['me.back'],
  async handle(turn) {
    const wasPaused = turn.user.pausedUntil !== undefined;
    const count = await resumeSeller(turn.app, turn.user.id, turn.user.id);
    if (count === 0 && !wasPaused) {
      await replyText(turn, 'seller.resume.none');
      return;
    }
    await replyText(turn, count > 0 ? 'seller.resume.done' : 'seller.resume.doneNone', { count });
  },
});
