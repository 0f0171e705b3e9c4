// The managers' phrase grammar in one place: from what a person typed to an intent and its slots.
// Deterministic: politeness is stripped, the seller's phrasings are left to the seller's commands,
// and every rule of rules.ts is tried; the best-scoring reading wins (fewest typos, then fewest
// words left to free slots, then the rule listed first).

import type { Duration, RecordType, Role } from '../../domain/model.js';
import { compile, matchPattern, type Elem, type SlotCheck } from './match.js';
import { MACROS, RULES, type Intent } from './rules.js';
import { type Token, type Tokenized, tokenize } from './tokens.js';
import {
  TYPED,
  type KindSpec,
  type Position,
  type SequenceStatusWord,
  type StepField,
  type StepRef,
} from './typed.js';
import { squash, wordCost } from './words.js';

export type { Intent } from './rules.js';
export type { KindSpec, Position, StepField, StepRef, SequenceStatusWord } from './typed.js';

/** What the words of a phrase said. Free slots keep the text as typed (capitals, e-mail addresses). */
export interface Slots {
  template?: string;
  sequence?: string;
  /** The sequence a new "advance to another sequence" step goes to. */
  target?: string;
  name?: string;
  description?: string;
  /** The new text of a step's field. */
  value?: string;
  /** Everything after "add lead": name, company, e-mail, phone, owner. */
  details?: string;
  record?: string;
  user?: string;
  unit?: string;
  tags?: string;
  recordType?: RecordType;
  status?: SequenceStatusWord;
  filter?: string;
  role?: Role;
  kind?: KindSpec;
  position?: Position;
  step?: StepRef;
  duration?: Duration;
  field?: StepField;
  /** Which path survives when a condition is removed. */
  keep?: 'yes' | 'no';
  condition?: boolean;
  advance?: boolean;
}

export interface Parsed {
  intent: Intent;
  slots: Slots;
  /** Typos that were corrected. */
  cost: number;
}

/** A phrase with more corrected typos than this is not trusted to mean anything. */
const MAX_TYPOS = 4;

// ---- Politeness and the seller's phrasings ----------------------------------------------------

const POLITE_OPENINGS = [
  'could you please',
  'could you kindly',
  'could you',
  'could u',
  'can you please',
  'can you',
  'can u',
  'would you please',
  'would you kindly',
  'would you mind',
  'would you',
  'will you',
  'please',
  'pls',
  'plz',
  'kindly',
  'i would like you to',
  "i'd like you to",
  'i want you to',
  'i would like to',
  "i'd like to",
  'i want to',
  'i wanna',
  'i need to',
  'i need you to',
  "let's",
  'let us',
  'go ahead and',
  'hey',
  'hi',
  'hello',
  'ok',
  'okay',
  'so',
  'now',
  'bot',
  'assistant',
  'help me',
  'just',
  'then',
  'and',
  'also',
  'could i',
  'can i',
  'may i',
  'quickly',
].map((phrase) => phrase.split(' '));

const POLITE_CLOSINGS = [
  'please',
  'pls',
  'plz',
  'thanks',
  'thank you',
  'thanks a lot',
  'thx',
  'ty',
  'for me',
  'for me please',
  'asap',
  'right now',
  'if you can',
  'if possible',
  'cheers',
].map((phrase) => phrase.split(' '));

const samePhrase = (tokens: Token[], at: number, words: string[]): boolean =>
  words.every((word, k) => {
    const token = tokens[at + k];
    return !!token && !token.quoted && squash(token.norm) === squash(word);
  });

/** The tokens without courtesy at either end ("could you please ...", "... thanks"). */
function withoutPoliteness(tokens: Token[], closings = true): Token[] {
  let from = 0;
  let to = tokens.length;
  for (let changed = true; changed;) {
    changed = false;
    for (const words of POLITE_OPENINGS) {
      if (to - from > words.length && samePhrase(tokens, from, words)) {
        from += words.length;
        changed = true;
        break;
      }
    }
    for (const words of closings ? POLITE_CLOSINGS : []) {
      if (to - from > words.length && samePhrase(tokens, to - words.length, words)) {
        to -= words.length;
        changed = true;
        break;
      }
    }
  }
  return tokens.slice(from, to);
}

/** Phrasings the seller's commands own (tried before ours); never claimed here. */
const SELLER_PHRASES = [
  /^(show |see |view |list |what'?s )?(me )?(my )?up ?next\b/,
  /^(show |see |list )?(me )?(all )?my steps\b/,
  /^(show |see |list )?(me )?(my )?overdue\b/,
  /^(show |list )?(me )?(my )?(calls|emails)$/,
  /^(show |send )?(me )?(my )?(daily )?digest\b/,
  /^(pause|resume|unpause|hold|continue|restart) (all )?(of )?my\b/,
  /^(set |change )?my (working )?hours\b/,
  /^set my working hours\b/,
  /^(set |change )?my time ?zone\b/,
  /^qualify\b/,
  /^i('m| am) (on vacation|away|out of office|back)\b/,
];

// ---- Slot checks --------------------------------------------------------------------------------

const isSeparator = (token: Token): boolean => !token.quoted && token.norm === ':';
const noSeparator: SlotCheck = (tokens) => !tokens.some(isSeparator);
const startsWithText: SlotCheck = (tokens) => !!tokens[0] && !isSeparator(tokens[0]);

/** Words that never belong to a template's name: they are the command around it. */
const TEMPLATE_STOP_WORDS = [
  'create',
  'make',
  'new',
  'build',
  'sequence',
  'sequences',
  'from',
  'using',
  'named',
  'called',
  'titled',
  'blank',
  'empty',
  'activate',
  'copy',
  'delete',
  'connect',
];
const isStopWord = (token: Token): boolean =>
  !token.quoted &&
  TEMPLATE_STOP_WORDS.some((word) =>
    word.length >= 5 ? wordCost(token.norm, word) !== undefined : token.norm === word,
  );

const CHECKS: Record<string, SlotCheck> = {
  template: (tokens) => tokens.length <= 5 && noSeparator(tokens) && !tokens.some(isStopWord),
  sequence: (tokens) => tokens.length <= 14 && noSeparator(tokens),
  target: (tokens) => tokens.length <= 14 && noSeparator(tokens),
  record: (tokens) => tokens.length <= 10 && noSeparator(tokens),
  user: (tokens) => tokens.length <= 6 && noSeparator(tokens),
  unit: (tokens) => tokens.length <= 6 && noSeparator(tokens),
  tags: (tokens) => tokens.length <= 12 && noSeparator(tokens),
  name: startsWithText,
  description: startsWithText,
  value: startsWithText,
  details: (tokens) => startsWithText(tokens) && !/^sequences?$/.test(tokens[0]?.norm ?? ''),
};

/** Texts the manager writes (kept as typed), unlike names of things. */
const VERBATIM: ReadonlySet<string> = new Set(['name', 'description', 'value', 'details']);

// ---- Parsing ------------------------------------------------------------------------------------

interface CompiledRule {
  intent: Intent;
  patterns: { elems: Elem[]; set: Record<string, unknown> }[];
}

let compiled: CompiledRule[] | undefined;

function rules(): CompiledRule[] {
  compiled ??= RULES.map((rule) => ({
    intent: rule.intent,
    patterns: rule.patterns.map((pattern) =>
      typeof pattern === 'string'
        ? { elems: compile(pattern, MACROS), set: {} }
        : { elems: compile(pattern.p, MACROS), set: pattern.set },
    ),
  }));
  return compiled;
}

const memo = new Map<string, Parsed | null>();

/** The intent and slots of a manager's phrase, or undefined when it is not one of theirs. */
export function parseManager(text: string): Parsed | undefined {
  const cached = memo.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const result = parseUncached(text);
  if (memo.size > 500) memo.clear();
  memo.set(text, result ?? null);
  return result;
}

function parseUncached(text: string): Parsed | undefined {
  const full = tokenize(text);
  // "..., thanks" is courtesy, but "set the subject to Thanks" is not: without a reading, keep the closing.
  return (
    parseTokens(full, withoutPoliteness(full.tokens)) ??
    parseTokens(full, withoutPoliteness(full.tokens, false))
  );
}

function parseTokens(full: Tokenized, tokens: Token[]): Parsed | undefined {
  if (tokens.length === 0) return undefined;
  const plain = tokens.map((token) => token.norm).join(' ');
  if (SELLER_PHRASES.some((phrase) => phrase.test(plain))) return undefined;
  const input: Tokenized = { text: full.text, tokens };

  let best: (Parsed & { score: number }) | undefined;
  for (const rule of rules()) {
    for (const pattern of rule.patterns) {
      const match = matchPattern(pattern.elems, input, {
        typed: TYPED,
        checks: CHECKS,
        verbatim: VERBATIM,
        ...(best ? { bound: best.score } : {}),
      });
      if (!match || match.cost > MAX_TYPOS) continue;
      if (!best || match.score < best.score) {
        best = {
          intent: rule.intent,
          slots: { ...pattern.set, ...match.slots } as Slots,
          cost: match.cost,
          score: match.score,
        };
      }
    }
  }
  if (!best) return undefined;
  return { intent: best.intent, slots: best.slots, cost: best.cost };
}

/** True when the phrase is one of `intents`: how a text command recognises its phrases. */
export function isIntent(text: string, intents: readonly Intent[]): boolean {
  const parsed = parseManager(text);
  return !!parsed && intents.includes(parsed.intent);
}
