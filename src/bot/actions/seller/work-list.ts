// "More" and "Show all": a page of the seller's work list (their own steps only; the data names just the filter and page).

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { VERB } from '../../views/seller/actions.js';
import { readContext, registerSellerVerb, renderView } from './common.js';

export function registerWorkList(app: Application<TurnState>, ctx: AppContext): void {
  registerSellerVerb(app, ctx, VERB.workList, (turn, data) =>
    renderView(turn, { ...readContext(data), view: 'list' }, '', null),
  );
}
