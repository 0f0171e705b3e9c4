// "close Contoso deal as won" / "... as lost": the seller's opportunity is closed and leaves its sequences.

import { replyText } from '../../turn.js';
import type { TextCommand } from '../command.js';
import { patternMatcher } from './match.js';
import { handleRecordChange } from './record-change.js';

export const closeCommand: TextCommand = {
  name: 'seller.close',
  usage: 'seller.command.close.usage',
  description: 'seller.command.close.description',
  match: patternMatcher(
    /^close(?: (?:the )?(?:opportunity |deal )?(?<name>.+?))?(?: (?:as|to) (?<stage>won|lost|win|lose))?$/,
  ),
  async handle(turn, params) {
    const stage = params.stage;
    if (!stage) {
      await replyText(turn, params.name ? 'seller.record.askOutcome' : 'seller.record.askName');
      return;
    }
    await handleRecordChange(turn, stage.startsWith('w') ? 'won' : 'lost', params.name);
  },
};
