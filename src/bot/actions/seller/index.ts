// The seller's card actions (Up next cards, work list, digest).

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';

export function registerSellerActions(_app: Application<TurnState>, _ctx: AppContext): void {}
