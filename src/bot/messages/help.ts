// "help": the commands this user may run, as a card.

import { textCommand } from './command.js';
import { replyCard } from '../turn.js';
import { allowedCommands } from './registry.js';

export const helpCommand = textCommand({
  name: 'help',
  usage: 'command.help.usage',
  description: 'command.help.description',
  intents: ['help'],
  async handle(turn) {
    await replyCard(turn, 'help', {
      title: turn.say('help.title'),
      intro: turn.say('help.intro'),
      roles: turn.say('help.yourRoles', {
        roles: turn.roles.map((role) => turn.say(`role.${role}`)).join(', '),
      }),
      commands: allowedCommands(turn).map((command) => ({
        usage: turn.say(command.usage),
        description: turn.say(command.description),
      })),
      footer: turn.say('help.footer'),
    });
  },
});
