// Small talk: "hi" answers with a hint of what to type, "thanks" or "ok" with a short word back,
// rather than "I did not understand". Not listed in help: nobody needs to learn to say thanks.

import type { Role } from '../../domain/model.js';
import { textCommand } from './command.js';
import { replyText } from '../turn.js';

const MANAGING: readonly Role[] = ['administrator', 'sequenceManager', 'salesManager'];

export const chatCommand = textCommand({
  name: 'chat',
  usage: 'chat.usage',
  description: 'chat.description',
  intents: ['chat.greeting', 'chat.thanks'],
  async handle(turn, parsed) {
    if (parsed.intent === 'chat.thanks') return replyText(turn, 'chat.thanks');
    const first = turn.user.name && turn.user.name !== turn.user.id ? turn.user.name.split(' ')[0] : '';
    const managing = turn.roles.some((role) => MANAGING.includes(role));
    await replyText(turn, managing ? 'chat.greeting.manager' : 'chat.greeting.seller', {
      name: first ? ` ${first}` : '',
    });
  },
});
