// The managers' card actions (activate, confirm, choose between matches, customise).

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';

export function registerManagerActions(_app: Application<TurnState>, _ctx: AppContext): void {}
