// "emails": only the emails due today and overdue.

import { textCommand } from '../command.js';
import { replyWorkList } from './reply.js';

export const emailsCommand = textCommand({
  name: 'seller.emails',
  usage: 'seller.command.emails.usage',
  description: 'seller.command.emails.description',
  intents: ['work.emails'],
  handle: (turn) => replyWorkList(turn, 'emails'),
});
