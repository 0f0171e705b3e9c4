// "digest": today's digest now, whatever the time (it does not count as the day's digest).

import { digestData } from '../../../app/seller/digest.js';
import { replyCard } from '../../turn.js';
import { digestView } from '../../views/seller/digest.js';
import { textCommand } from '../command.js';
import { cancelCatchUp } from './reply.js';

export const digestCommand = textCommand({
  name: 'seller.digest',
  usage: 'seller.command.digest.usage',
  description: 'seller.command.digest.description',
  intents: ['work.digest'],
  async handle(turn) {
    const now = turn.app.clock.now();
    await cancelCatchUp(turn);
    const data = await digestData(turn.app, turn.user, now, turn.say);
    await replyCard(turn, 'digest', digestView({ data, seller: turn.user, now, say: turn.say }));
  },
});
