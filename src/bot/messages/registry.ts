// Every text command the bot knows, in the order they are tried, and the dispatcher.

import type { TextCommand } from './command.js';
import { helpCommand } from './help.js';
import { managerCommands } from './manager/index.js';
import { sellerCommands } from './seller/index.js';
import { teamCommand } from './manager/team.js';
import { closest, normalize } from '../text.js';
import { hasRole, replyText, type Turn } from '../turn.js';

/** Tried in order; the first match wins. */
export function commands(): TextCommand[] {
  // "team" before the managers' grammar, which would read it as "roles".
  return [helpCommand, ...sellerCommands, teamCommand, ...managerCommands];
}

export function allowedCommands(turn: Turn): TextCommand[] {
  return commands().filter((command) => !command.roles || hasRole(turn, ...command.roles));
}

/** Runs the command the text names, or answers with the closest commands. */
export async function dispatchText(turn: Turn, rawText: string): Promise<void> {
  const text = normalize(rawText);
  for (const command of commands()) {
    const params = command.match(text);
    if (!params) continue;
    if (command.roles && !hasRole(turn, ...command.roles)) {
      await replyText(turn, 'refused.role', {
        command: turn.say(command.usage),
        roles: command.roles.map((role) => turn.say(`role.${role}`)).join(', '),
        yours: turn.roles.map((role) => turn.say(`role.${role}`)).join(', '),
      });
      return;
    }
    await command.handle(turn, params);
    return;
  }
  const suggestions = closest(
    text,
    allowedCommands(turn).map((command) => turn.say(command.usage)),
  );
  await turn.context.sendActivity(
    `${turn.say('unknown.reply', { text: rawText.trim().slice(0, 80) })} ${turn.say('unknown.suggest', {
      suggestions: suggestions.map((s) => `"${s}"`).join(', '),
    })}`,
  );
}
