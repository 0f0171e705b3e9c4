// Every text command the bot knows and the dispatcher: the text is parsed once, then the command
// that owns its intent runs.

import type { TextCommand } from './command.js';
import { helpCommand } from './help.js';
import { languageCommand } from './language.js';
import { managerCommands } from './manager/index.js';
import { recordViewCommand, showRecordNamed } from './record-view.js';
import { sellerCommands } from './seller/index.js';
import { type Known, type Parsed, parseIn } from '../grammar/index.js';
import { mentions, tablesFor, templateNamesOf } from '../grammar/lang/index.js';
import type { Language } from '../grammar/rules.js';
import { actorOf, servicesOf } from './manager/services.js';
import { teamCommand } from './manager/team.js';
import { closest, normalize } from '../text.js';
import { hasRole, replyText, type Turn } from '../turn.js';

/** Every text command, in the order help lists them; each runs the intents it owns. */
export function commands(): TextCommand[] {
  return [
    helpCommand,
    ...sellerCommands,
    ...managerCommands,
    teamCommand,
    recordViewCommand,
    languageCommand,
  ];
}

export function allowedCommands(turn: Turn): TextCommand[] {
  return commands().filter((command) => !command.roles || hasRole(turn, ...command.roles));
}

/** The names of what this person may see: when two readings fit equally, the one naming something that exists wins. */
async function knownTo(turn: Turn): Promise<Known> {
  const actor = actorOf(turn);
  const { sequences, records } = servicesOf(turn);
  return {
    sequences: (await sequences.visibleTo(actor)).map((s) => s.name),
    records: (await records.listFor(actor)).map((r) => r.name),
    templates: turn.app.templates.flatMap((t) => [t.name, ...t.aliases, ...templateNamesOf(t.id)]),
    users: (await turn.app.stores.users.list()).map((u) => u.name),
  };
}

/**
 * What the text says and the command that runs it; the text as typed keeps the capitals of names.
 * Read in the language of `locale` (the user's), else in English, else in the other languages.
 */
export function understand(
  rawText: string,
  known?: Known,
  locale?: string,
): { parsed: Parsed; command: TextCommand } | undefined {
  const parsed = readIn(tablesFor(locale), rawText, known);
  if (!parsed) return undefined;
  const command = commands().find((c) => c.intents.includes(parsed.intent));
  return command ? { parsed, command } : undefined;
}

/**
 * The best reading of the user's language and of English: the closer fit (fewer words left to
 * names, half a point per typo, one more when chatter was set aside), the user's language on a tie
 * (after a whole reading without a typo, English is read only when the text has an English word). Only when
 * neither reads the text, the first of the other languages that does (one with a word of it in it).
 */
const fit = (parsed: Parsed): number => parsed.score + (parsed.cut ? 1 : 0);

function readIn(tables: ReturnType<typeof tablesFor>, rawText: string, known?: Known): Parsed | undefined {
  const read = (table: Language): Parsed | undefined =>
    parseIn(table, rawText, known) ?? parseIn(table, normalize(rawText), known);
  let best: Parsed | undefined;
  for (const [index, table] of tables.primary.entries()) {
    // After a whole reading of the user's language without a typo, only a text with an English
    // word in it can read better in English.
    if (index > 0 && best && best.cost === 0 && !best.cut && !mentions(table, rawText)) continue;
    const parsed = read(table);
    if (parsed && (!best || fit(parsed) < fit(best))) best = parsed;
  }
  if (best) return best;
  for (const table of tables.others) {
    const parsed = mentions(table, rawText) ? read(table) : undefined;
    if (parsed) return parsed;
  }
  return undefined;
}

/** Runs the command the text names, or answers with the closest commands. */
export async function dispatchText(turn: Turn, rawText: string): Promise<void> {
  const text = normalize(rawText);
  const understood = understand(rawText, await knownTo(turn), turn.locale);
  if (understood) {
    const { command, parsed } = understood;
    if (command.roles && !hasRole(turn, ...command.roles)) {
      await replyText(turn, 'refused.role', {
        command: turn.say(command.usage),
        roles: command.roles.map((role) => turn.say(`role.${role}`)).join(', '),
        yours: turn.roles.map((role) => turn.say(`role.${role}`)).join(', '),
      });
      return;
    }
    await command.handle(turn, parsed);
    return;
  }
  if (await showRecordNamed(turn, rawText)) return;
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
