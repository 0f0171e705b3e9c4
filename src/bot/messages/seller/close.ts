// "close Contoso deal as won" / "... as lost": the seller's opportunity is closed and leaves its sequences.

import { replyText } from '../../turn.js';
import { textCommand } from '../command.js';
import { handleRecordChange } from './record-change.js';

export const closeCommand = textCommand({
  name: 'seller.close',
  usage: 'seller.command.close.usage',
  description: 'seller.command.close.description',
  intents: ['record.won', 'record.lost', 'record.close'],
  async handle(turn, { intent, slots, cost, cut }) {
    if (intent === 'record.close') {
      await replyText(turn, slots.record ? 'seller.record.askOutcome' : 'seller.record.askName');
      return;
    }
    await handleRecordChange(turn, intent === 'record.won' ? 'won' : 'lost', slots.record, {
      unsure: cost > 0 || cut,
    });
  },
});
