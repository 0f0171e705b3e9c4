// "calls": only the calls due today and overdue.

import { textCommand } from '../command.js';
import { replyWorkList } from './reply.js';

export const callsCommand = textCommand({
  name: 'seller.calls',
  usage: 'seller.command.calls.usage',
  description: 'seller.command.calls.description',
  intents: ['work.calls'],
  handle: (turn) => replyWorkList(turn, 'calls'),
});
