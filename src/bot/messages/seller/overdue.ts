// "overdue": only the steps that are overdue.

import { textCommand } from '../command.js';
import { replyWorkList } from './reply.js';

export const overdueCommand = textCommand({
  name: 'seller.overdue',
  usage: 'seller.command.overdue.usage',
  description: 'seller.command.overdue.description',
  intents: ['work.overdue'],
  handle: (turn) => replyWorkList(turn, 'overdue'),
});
