// "team": each seller's due and overdue steps with the oldest one, for managers.

import { teamWork } from '../../../app/manager/team.js';
import type { TextCommand } from '../command.js';
import { phraseMatcher } from '../seller/match.js';
import { replyCard } from '../../turn.js';
import { teamView } from '../../views/manager/team.js';

export const teamCommand: TextCommand = {
  name: 'manager.team',
  usage: 'manager.command.team.usage',
  description: 'manager.command.team.description',
  roles: ['administrator', 'sequenceManager', 'salesManager'],
  match: phraseMatcher('team', 'my team', 'team view', 'overdue by seller', 'who is overdue'),
  async handle(turn) {
    const now = turn.app.clock.now();
    const view = teamView(turn, await teamWork(turn.app, now), now);
    await replyCard(turn, view.name, view.data);
  },
};
