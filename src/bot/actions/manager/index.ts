// The managers' card actions (choose between matches, templates, the sequence list's pages,
// lifecycle with confirmations, customise forms, connecting records). Every Action.Execute verb has
// an Action.Submit twin.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { registerChoose } from './choose.js';
import { registerConnectAction } from './connect.js';
import { registerCustomiseActions } from './customise.js';
import { registerLifecycleActions } from './lifecycle.js';
import { registerListActions } from './list.js';
import { registerReassignAction } from './reassign.js';
import { registerTemplateActions } from './templates.js';

export function registerManagerActions(app: Application<TurnState>, ctx: AppContext): void {
  registerChoose(app, ctx);
  registerTemplateActions(app, ctx);
  registerLifecycleActions(app, ctx);
  registerListActions(app, ctx);
  registerCustomiseActions(app, ctx);
  registerConnectAction(app, ctx);
  registerReassignAction(app, ctx);
}
