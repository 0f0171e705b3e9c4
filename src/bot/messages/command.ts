// The shape of a text command: how it is recognised, who may run it, how help describes it.

import type { Role } from '../../domain/model.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Turn } from '../turn.js';

export type CommandParams = Record<string, string>;

export interface TextCommand {
  name: string;
  /** The phrase shown in help and suggestions, e.g. "up next". */
  usage: MessageKey;
  description: MessageKey;
  /** Who may run it and sees it in help; everyone when absent. */
  roles?: Role[];
  /** Parameters when the normalised text is this command, else undefined. */
  match(text: string): CommandParams | undefined;
  handle(turn: Turn, params: CommandParams): Promise<void>;
}

/** A command recognised by a fixed set of phrases (after normalisation). */
export function phrases(...accepted: string[]): (text: string) => CommandParams | undefined {
  const set = new Set(accepted);
  return (text) => (set.has(text) ? {} : undefined);
}
