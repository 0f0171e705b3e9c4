// "qualify Jane Doe": the seller's lead becomes an opportunity and leaves its lead sequences.

import { textCommand } from '../command.js';
import { handleRecordChange } from './record-change.js';

export const qualifyCommand = textCommand({
  name: 'seller.qualify',
  usage: 'seller.command.qualify.usage',
  description: 'seller.command.qualify.description',
  intents: ['record.qualify'],
  handle: (turn, { slots, cost, cut }) =>
    handleRecordChange(turn, 'qualify', slots.record, { unsure: cost > 0 || cut }),
});
