// "disqualify Jane Doe": the seller's lead is closed and leaves its sequences.

import type { TextCommand } from '../command.js';
import { patternMatcher } from './match.js';
import { handleRecordChange } from './record-change.js';

export const disqualifyCommand: TextCommand = {
  name: 'seller.disqualify',
  usage: 'seller.command.disqualify.usage',
  description: 'seller.command.disqualify.description',
  match: patternMatcher(/^disqualify(?: (?:the )?(?:lead )?(?<name>.+))?$/),
  handle: (turn, params) => handleRecordChange(turn, 'disqualify', params.name),
};
