// "manager.sequences.page": the sequence list's Previous page and Next page buttons. The card is
// replaced by the page the button points to, filtered as the list was; the view rule is applied to
// the page again, so the button only says where to start.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { sequencePageData } from '../../activity-schema.js';
import { sequencePage } from '../../messages/manager/sequences.js';
import { textAnswer } from '../../views/manager/answer.js';
import { SEQUENCE_PAGE_VERB } from '../../views/manager/sequence.js';
import { registerVerb } from './common.js';

export function registerListActions(app: Application<TurnState>, ctx: AppContext): void {
  registerVerb(app, ctx, SEQUENCE_PAGE_VERB, (turn, data) => {
    // Checked at the door already; read again here for its types, and for any other way in.
    const parsed = sequencePageData.safeParse(data);
    if (!parsed.success) return textAnswer(turn.say('error.badAction'));
    const { status, recordType, cursor } = parsed.data;
    return sequencePage(
      turn,
      { ...(status ? { status } : {}), ...(recordType ? { recordType } : {}) },
      cursor,
    );
  });
}
