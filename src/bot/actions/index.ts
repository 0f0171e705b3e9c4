// Card actions (Action.Execute with an Action.Submit fallback), registered per audience.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../app/context.js';
import { registerManagerActions } from './manager/index.js';
import { registerSellerActions } from './seller/index.js';

export function registerActions(app: Application<TurnState>, ctx: AppContext): void {
  registerSellerActions(app, ctx);
  registerManagerActions(app, ctx);
}
