// The help card's view model: the five things this user most needs, by role, and the rest behind
// "All commands", so a newcomer reads five lines instead of twenty-six.

import type { Role } from '../../domain/model.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Turn } from '../turn.js';

export interface HelpCommand {
  name: string;
  usage: MessageKey;
  description: MessageKey;
}

/** What a seller and a manager reach for first, in the order they need it. */
const FIRST: Record<'seller' | 'manager', readonly string[]> = {
  seller: ['seller.upNext', 'seller.overdue', 'seller.digest', 'seller.pause', 'seller.qualify'],
  manager: ['manager.templates', 'manager.create', 'manager.sequences', 'manager.connect', 'manager.stats'],
};
const MANAGING: readonly Role[] = ['administrator', 'sequenceManager', 'salesManager'];
export const HELP_FIRST = 5;

export interface HelpView {
  title: string;
  intro: string;
  first: { usage: string; description: string }[];
  more: { usage: string; description: string }[];
  moreTitle: string;
  roles: string;
  footer: string;
}

export function helpView(turn: Turn, commands: readonly HelpCommand[]): HelpView {
  const order = FIRST[turn.roles.some((role) => MANAGING.includes(role)) ? 'manager' : 'seller'];
  const rank = (command: HelpCommand): number => {
    const at = order.indexOf(command.name);
    return at === -1 ? order.length : at;
  };
  // Stable: commands not in the first five keep the order the registry gives them.
  const sorted = commands
    .map((command, index) => ({ command, index }))
    .sort((a, b) => rank(a.command) - rank(b.command) || a.index - b.index)
    .map(({ command }) => ({ usage: turn.say(command.usage), description: turn.say(command.description) }));
  const more = sorted.slice(HELP_FIRST);
  return {
    title: turn.say('help.title'),
    intro: turn.say('help.intro'),
    first: sorted.slice(0, HELP_FIRST),
    more,
    moreTitle: turn.say('help.more', { count: more.length }),
    roles: turn.say('help.yourRoles', {
      roles: turn.roles.map((role) => turn.say(`role.${role}`)).join(', '),
    }),
    footer: turn.say('help.footer'),
  };
}
