// "disqualify Jane Doe": the seller's lead is closed and leaves its sequences.

import { textCommand } from '../command.js';
import { handleRecordChange } from './record-change.js';

export const disqualifyCommand = textCommand({
  name: 'seller.disqualify',
  usage: 'seller.command.disqualify.usage',
  description: 'seller.command.disqualify.description',
  intents: ['record.disqualify'],
  handle: (turn, { slots, cost, cut }) =>
    handleRecordChange(turn, 'disqualify', slots.record, { unsure: cost > 0 || cut }),
});
