// "emails": only the emails due today and overdue.

import type { TextCommand } from '../command.js';
import { phraseMatcher } from './match.js';
import { replyWorkList } from './reply.js';

export const emailsCommand: TextCommand = {
  name: 'seller.emails',
  usage: 'seller.command.emails.usage',
  description: 'seller.command.emails.description',
  match: phraseMatcher('emails', 'e-mails', 'mails', 'my emails', 'my e-mails', 'emails today', 'email'),
  handle: (turn) => replyWorkList(turn, 'emails'),
};
