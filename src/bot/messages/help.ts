// "help": the commands this user may run, as a card.

import { textCommand } from './command.js';
import { replyCard } from '../turn.js';
import { allowedCommands } from './registry.js';
import { helpView } from '../views/help.js';

export const helpCommand = textCommand({
  name: 'help',
  usage: 'command.help.usage',
  description: 'command.help.description',
  intents: ['help'],
  async handle(turn) {
    await replyCard(turn, 'help', helpView(turn, allowedCommands(turn)));
  },
});
