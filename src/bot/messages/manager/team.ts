// "team": each seller's due and overdue steps with the oldest one, for managers.

import { teamWork } from '../../../app/manager/team.js';
import { textCommand } from '../command.js';
import { replyCard } from '../../turn.js';
import { teamView } from '../../views/manager/team.js';
import { actorOf } from './services.js';

export const teamCommand = textCommand({
  name: 'manager.team',
  usage: 'manager.command.team.usage',
  description: 'manager.command.team.description',
  roles: ['administrator', 'sequenceManager', 'salesManager'],
  intents: ['team.show'],
  async handle(turn) {
    const now = turn.app.clock.now();
    const view = teamView(turn, await teamWork(turn.app, now, actorOf(turn)), now);
    await replyCard(turn, view.name, view.data);
  },
});
