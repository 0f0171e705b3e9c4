// Tolerant phrase matching for the seller's commands: case and punctuation are already gone
// (text.ts normalize); here "please", "could you", "show me", articles and thanks go too.

import type { CommandParams } from '../command.js';

const LEADING =
  /^(?:(?:please|pls|plz|kindly|hey|hi|ok|okay|so|could you|can you|would you|will you|show me|show|tell me|give me|list|display|let me see|i want to see|i'd like to see)\s+)+/;
const TRAILING = /(?:\s+(?:please|pls|plz|thanks|thank you|now))+$/;
const FILLER_WORDS = /\b(?:the|a|an|all|of|please|for me)\b/g;

/** The text without courtesy at its start and end ("could you please qualify Jane Doe, thanks"). */
export function stripCourtesy(text: string): string {
  let previous: string;
  let current = text.trim();
  do {
    previous = current;
    current = current.replace(LEADING, '').replace(TRAILING, '').trim();
  } while (current !== previous);
  return current;
}

/** The text reduced to its key words, for commands that are fixed phrases. */
export function keyWords(text: string): string {
  return stripCourtesy(text).replace(/[?!.]/g, ' ').replace(FILLER_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/** Matches any of the phrases, compared by key words ("Could you show me the up next, please?" is "up next"). */
export function phraseMatcher(...accepted: string[]): (text: string) => CommandParams | undefined {
  const set = new Set(accepted.map(keyWords));
  return (text) => (set.has(keyWords(text)) ? {} : undefined);
}

/** Matches `pattern` against the text without courtesy; named groups become the parameters. */
export function patternMatcher(pattern: RegExp): (text: string) => CommandParams | undefined {
  return (text) => {
    const match = pattern.exec(stripCourtesy(text));
    if (!match) return undefined;
    const params: CommandParams = {};
    for (const [name, value] of Object.entries(match.groups ?? {}))
      if (value !== undefined) params[name] = value.trim();
    return params;
  };
}
