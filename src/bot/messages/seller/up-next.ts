// "up next", "my steps", "what's next", "today": the work list, due and overdue, oldest first.

import { textCommand } from '../command.js';
import { replyWorkList } from './reply.js';

export const upNextCommand = textCommand({
  name: 'seller.upNext',
  usage: 'seller.command.upNext.usage',
  description: 'seller.command.upNext.description',
  intents: ['work.upNext'],
  handle: (turn) => replyWorkList(turn, 'all'),
});
