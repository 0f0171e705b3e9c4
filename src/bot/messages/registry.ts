// Every text command the bot knows and the dispatcher: the text is parsed once, then the command
// that owns its intent runs.

import { chatCommand } from './chat.js';
import type { TextCommand } from './command.js';
import { modelReaderFor } from '../fallback/reader.js';
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
    chatCommand,
  ];
}

export function allowedCommands(turn: Turn): TextCommand[] {
  return commands().filter(
    (command) => command !== chatCommand && (!command.roles || hasRole(turn, ...command.roles)),
  );
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
 * What the text says, reading the names of what exists only when the grammar asks for them: it
 * does when two readings tie, which few texts make it do. A manager's names are every record of
 * the organisation, so reading them for every message made each one cost as much as the whole
 * list.
 */
async function understandFor(
  turn: Turn,
  rawText: string,
): Promise<{ parsed: Parsed; command: TextCommand } | undefined> {
  const key = `${turn.locale}\u0000${rawText}`;
  const remembered = understoodAlone.get(key);
  if (remembered !== undefined)
    return remembered
      ? { command: remembered.command, parsed: structuredClone(remembered.parsed) }
      : undefined;
  let asked = false;
  const none = (): readonly string[] => {
    asked = true;
    return [];
  };
  const probe: Known = {
    get sequences() {
      return none();
    },
    get records() {
      return none();
    },
    get templates() {
      return none();
    },
    get users() {
      return none();
    },
  };
  const understood = understand(rawText, probe, turn.locale);
  if (asked) return understand(rawText, await knownTo(turn), turn.locale);
  // Read without any name, the text means the same to everyone, every time.
  if (understoodAlone.size >= 1000) understoodAlone.clear();
  understoodAlone.set(key, understood ?? null);
  return understood;
}

/**
 * Texts whose reading needed no name ("help", "up next"): people type the same few often. Keyed by
 * the reader's locale and the text: the reading depends on nothing else.
 */
const understoodAlone = new Map<string, { parsed: Parsed; command: TextCommand } | null>();

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
  const understood = await understandFor(turn, rawText);
  if (understood) {
    await run(turn, understood.command, understood.parsed);
    return;
  }
  if (await showRecordNamed(turn, rawText)) return;
  if (await runModelReading(turn, rawText)) return;
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

/** Runs a command for what was understood, after checking the user's roles. */
async function run(turn: Turn, command: TextCommand, parsed: Parsed): Promise<void> {
  if (command.roles && !hasRole(turn, ...command.roles)) {
    await replyText(turn, 'refused.role', {
      command: turn.say(command.usage),
      roles: command.roles.map((role) => turn.say(`role.${role}`)).join(', '),
      yours: turn.roles.map((role) => turn.say(`role.${role}`)).join(', '),
    });
    return;
  }
  await command.handle(turn, parsed);
}

/**
 * What a configured language model reads in a text no rule reads: the same command, roles,
 * resolution and checks as a typed phrase. Its reading is never certain (`cut`), so every change
 * that cannot simply be taken back is confirmed with a card first. False when there is no model
 * or no reading to trust.
 */
async function runModelReading(turn: Turn, rawText: string): Promise<boolean> {
  const reader = modelReaderFor(turn.app.config.model, turn.app.log);
  if (!reader) return false;
  const result = await reader.read(turn.context, rawText.replace(/<at>[^<]*<\/at>/gi, ' '));
  if (!result.ok) {
    turn.app.log.info({ why: result.why }, 'language model reading not used');
    return false;
  }
  const command = commands().find((c) => c.intents.includes(result.reading.intent));
  if (!command) return false;
  turn.app.log.info({ intent: result.reading.intent }, 'language model reading used');
  await run(turn, command, { ...result.reading, cost: 0, cut: true, score: 0 });
  return true;
}
