// "help": the commands this user may run, as a card.

import { type TextCommand, phrases } from './command.js';
import { replyCard } from '../turn.js';
import { allowedCommands } from './registry.js';
import { helpView } from '../views/help.js';

export const helpCommand: TextCommand = {
  name: 'help',
  usage: 'command.help.usage',
  description: 'command.help.description',
  match: phrases('help', 'hi', 'hello', 'menu', 'commands', 'what can you do', '?', 'start'),
  async handle(turn) {
    await replyCard(turn, 'help', helpView(turn, allowedCommands(turn)));
  },
};
