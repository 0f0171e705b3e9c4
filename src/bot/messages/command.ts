// The shape of a text command: the intents of the phrase grammar it runs, who may run it, how help
// describes it. What a phrase means is decided once, by the grammar (src/bot/grammar); a command
// only says which intents are its own.

import type { Role } from '../../domain/model.js';
import type { MessageKey } from '../../i18n/index.js';
import { type Intent, type Parsed, parse } from '../grammar/index.js';
import type { Turn } from '../turn.js';

export type CommandParams = Record<string, string>;

export interface TextCommand {
  name: string;
  /** The phrase shown in help and suggestions, e.g. "up next". */
  usage: MessageKey;
  description: MessageKey;
  /** Who may run it and sees it in help; everyone when absent. */
  roles?: Role[];
  /** The grammar's intents this command runs. */
  intents: readonly Intent[];
  /** The parameters when the text is one of this command's intents, else undefined. */
  match(text: string): CommandParams | undefined;
  handle(turn: Turn, parsed: Parsed): Promise<void>;
}

/** A command defined by its intents; `match` reads the text through the grammar. */
export function textCommand(command: Omit<TextCommand, 'match'>): TextCommand {
  return {
    ...command,
    match(text) {
      const parsed = parse(text);
      if (!parsed || !command.intents.includes(parsed.intent)) return undefined;
      return Object.fromEntries(
        Object.entries(parsed.slots).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      );
    },
  };
}
