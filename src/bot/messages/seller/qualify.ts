// "qualify Jane Doe": the seller's lead becomes an opportunity and leaves its lead sequences.

import type { TextCommand } from '../command.js';
import { patternMatcher } from './match.js';
import { handleRecordChange } from './record-change.js';

export const qualifyCommand: TextCommand = {
  name: 'seller.qualify',
  usage: 'seller.command.qualify.usage',
  description: 'seller.command.qualify.description',
  match: patternMatcher(/^qualify(?: (?:the )?(?:lead )?(?<name>.+))?$/),
  handle: (turn, params) => handleRecordChange(turn, 'qualify', params.name),
};
