// "calls": only the calls due today and overdue.

import type { TextCommand } from '../command.js';
import { phraseMatcher } from './match.js';
import { replyWorkList } from './reply.js';

export const callsCommand: TextCommand = {
  name: 'seller.calls',
  usage: 'seller.command.calls.usage',
  description: 'seller.command.calls.description',
  match: phraseMatcher(
    'calls',
    'my calls',
    'calls today',
    'phone calls',
    'my phone calls',
    'who should i call',
    'who do i call',
  ),
  handle: (turn) => replyWorkList(turn, 'calls'),
};
