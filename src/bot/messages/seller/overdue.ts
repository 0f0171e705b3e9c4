// "overdue": only the steps that are overdue.

import type { TextCommand } from '../command.js';
import { phraseMatcher } from './match.js';
import { replyWorkList } from './reply.js';

export const overdueCommand: TextCommand = {
  name: 'seller.overdue',
  usage: 'seller.command.overdue.usage',
  description: 'seller.command.overdue.description',
  match: phraseMatcher(
    'overdue',
    'my overdue steps',
    'overdue steps',
    "what's overdue",
    'whats overdue',
    'what is overdue',
    'late',
    'late steps',
  ),
  handle: (turn) => replyWorkList(turn, 'overdue'),
};
