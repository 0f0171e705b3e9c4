// The answer to "which one do you mean?" after "qualify Jane Doe" matched several records.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { RECORD_CHANGES } from '../../../app/seller/records.js';
import { renderCard } from '../../cards.js';
import { changeRecordReply } from '../../messages/seller/record-change.js';
import { VERB } from '../../views/seller/actions.js';
import { readId, registerSellerVerb } from './common.js';

export function registerChooseRecord(app: Application<TurnState>, ctx: AppContext): void {
  registerSellerVerb(app, ctx, VERB.chooseRecord, async (turn, data) => {
    const recordId = readId(data.recordId);
    const change = RECORD_CHANGES.find((c) => c === data.change);
    if (!recordId || !change) return { text: turn.say('error.badAction') };
    const text = await changeRecordReply(turn, recordId, change);
    return { card: renderCard('seller-notice', { text, style: 'default' }) };
  });
}
