// "up next", "my steps", "what's next", "today": the work list, due and overdue, oldest first.

import type { TextCommand } from '../command.js';
import { phraseMatcher } from './match.js';
import { replyWorkList } from './reply.js';

export const upNextCommand: TextCommand = {
  name: 'seller.upNext',
  usage: 'seller.command.upNext.usage',
  description: 'seller.command.upNext.description',
  match: phraseMatcher(
    'up next',
    "what's up next",
    'whats up next',
    'my steps',
    'steps',
    'my work',
    'work list',
    'my work list',
    'worklist',
    "what's next",
    'whats next',
    'what is next',
    'next',
    'today',
    'my day',
    'due today',
    'what is due',
    "what's due",
    'my tasks',
    'to do',
    'todo',
  ),
  handle: (turn) => replyWorkList(turn, 'all'),
};
