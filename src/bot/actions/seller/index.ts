// The seller's card actions (Up next cards, work list, digest): one file per verb.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { registerChooseRecord } from './choose-record.js';
import { registerComplete } from './complete.js';
import { registerRecordOutcome } from './record-outcome.js';
import { registerShowSequence } from './show-sequence.js';
import { registerShowStep } from './show-step.js';
import { registerSkip } from './skip.js';
import { registerSnooze } from './snooze.js';
import { registerUndo } from './undo.js';
import { registerWorkList } from './work-list.js';

export function registerSellerActions(app: Application<TurnState>, ctx: AppContext): void {
  registerComplete(app, ctx);
  registerRecordOutcome(app, ctx);
  registerSkip(app, ctx);
  registerSnooze(app, ctx);
  registerShowSequence(app, ctx);
  registerShowStep(app, ctx);
  registerWorkList(app, ctx);
  registerChooseRecord(app, ctx);
  registerUndo(app, ctx);
}
