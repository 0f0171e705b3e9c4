// The phrase grammar in one place: from what a person typed to an intent and its slots, for
// sellers and managers alike. Deterministic: courtesy is stripped, every rule of the language's
// table is tried, and the best-scoring reading wins (fewest typos, then fewest words left to free
// slots, then the rule listed first). A name never runs on into a clause of its own ("qualify Jane
// Doe because ..."): when nothing reads the whole text, chatter after or before a comma, dash or
// such a clause is set aside and the rest is read.

import type { Duration, Outcome, RecordType, Role } from '../../domain/model.js';
import { EN } from './lang/en.js';
import { LANGUAGES } from './lang/index.js';
import {
  MatchBudgetExceeded,
  compile,
  matchPattern,
  matcherWork,
  type Elem,
  type SlotCheck,
  type TypedParser,
} from './match.js';
import { resolve } from './resolve.js';
import { type Intent, type Language, WHOLE_TEXT_ONLY } from './rules.js';
import { type Token, type Tokenized, tokenize } from './tokens.js';
import {
  typedParsers,
  type KindSpec,
  type Position,
  type SequenceStatusWord,
  type StepField,
  type StepRef,
} from './typed.js';
import { squash, wordCost } from './words.js';

export { DESTRUCTIVE, type Intent } from './rules.js';
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
  /** A seller's words for a date ("next Friday"), a time of day ("7:30"), working hours ("9-18"), a time zone ("Berlin"). */
  date?: string;
  time?: string;
  hours?: string;
  zone?: string;
  outcome?: Outcome;
  /** The language someone asks the bot to speak, as typed ("polski"). */
  language?: string;
}

export interface Parsed {
  intent: Intent;
  slots: Slots;
  /** Typos that were corrected. */
  cost: number;
  /** Words set aside as chatter around the command. */
  cut: boolean;
  /** How well the words fit (lower is better): words left to free slots, plus half a point per typo. */
  score: number;
}

/** A phrase with more corrected typos than this is not trusted to mean anything. */
const MAX_TYPOS = 4;

// ---- Courtesy -----------------------------------------------------------------------------------

const samePhrase = (tokens: Token[], at: number, words: string[]): boolean =>
  words.every((word, k) => {
    const token = tokens[at + k];
    return !!token && !token.quoted && squash(token.norm) === squash(word);
  });

/** The tokens without courtesy at either end ("could you please ...", "... thanks"). */
function withoutPoliteness(language: CompiledLanguage, tokens: Token[], closings = true): Token[] {
  let from = 0;
  let to = tokens.length;
  for (let changed = true; changed;) {
    changed = false;
    for (const words of language.openings) {
      if (to - from > words.length && samePhrase(tokens, from, words)) {
        from += words.length;
        changed = true;
        break;
      }
    }
    for (const words of closings ? language.closings : []) {
      if (to - from > words.length && samePhrase(tokens, to - words.length, words)) {
        to -= words.length;
        changed = true;
        break;
      }
    }
  }
  return tokens.slice(from, to);
}

// ---- Slot checks --------------------------------------------------------------------------------

const isSeparator = (token: Token): boolean => !token.quoted && token.norm === ':';
const noSeparator: SlotCheck = (tokens) => !tokens.some(isSeparator);
const startsWithText: SlotCheck = (tokens) => !!tokens[0] && !isSeparator(tokens[0]);
/** A comma, semicolon, "!" or "?" inside a name ends it: what follows is another clause. */
const endsClause = (token: Token): boolean => !token.quoted && /[,;!?]$/.test(token.raw);
const oneClause: SlotCheck = (tokens) => tokens.slice(0, -1).every((token) => !endsClause(token));

export function checksFor(language: Language): Record<string, SlotCheck> {
  const clause = new Set(language.clauseWords);
  const question = new Set(language.questionWords);
  const stop = new Set(language.nameStopWords);
  const noStopWord: SlotCheck = (tokens) => tokens.every((token) => token.quoted || !stop.has(token.norm));
  /** A dash between words ends what was said: "... as won — signed today". */
  const noDash: SlotCheck = (tokens) =>
    !tokens.some((token) => isSeparator(token) && /^[-–—]+$/.test(token.raw));
  /** A name may hold a colon ("Woodgrove Bank: 250 seats"), but not start or end with one, nor hold a dash. */
  const colonInside: SlotCheck = (tokens) =>
    noDash(tokens) && !isSeparator(tokens[0]!) && !isSeparator(tokens[tokens.length - 1]!);
  const isStopWord = (token: Token): boolean =>
    !token.quoted &&
    language.templateStopWords.some((word) =>
      word.length >= 5 ? wordCost(token.norm, word) !== undefined : token.norm === word,
    );
  /** A person's or a record's name: one clause, no clause words after its first word, not a question. */
  const nameOf =
    (most: number): SlotCheck =>
    (tokens) =>
      tokens.length <= most &&
      colonInside(tokens) &&
      oneClause(tokens) &&
      !(tokens[0] && !tokens[0].quoted && question.has(tokens[0].norm)) &&
      noStopWord(tokens) &&
      tokens.slice(1).every((token) => token.quoted || !clause.has(token.norm));
  return {
    template: (tokens) =>
      // Twelve words: a template's name in Vietnamese takes eleven.
      tokens.length <= 12 && noSeparator(tokens) && oneClause(tokens) && !tokens.some(isStopWord),
    sequence: (tokens) =>
      tokens.length <= 14 && colonInside(tokens) && oneClause(tokens) && noStopWord(tokens),
    target: (tokens) => tokens.length <= 14 && noSeparator(tokens) && oneClause(tokens),
    record: nameOf(8),
    user: nameOf(6),
    unit: (tokens) => tokens.length <= 6 && noSeparator(tokens) && oneClause(tokens),
    tags: (tokens) => tokens.length <= 12 && noSeparator(tokens),
    date: (tokens) => tokens.length <= 6 && oneClause(tokens),
    time: (tokens) => tokens.length <= 4 && oneClause(tokens),
    hours: (tokens) => tokens.length <= 8 && oneClause(tokens),
    zone: (tokens) => tokens.length <= 4 && oneClause(tokens),
    name: (tokens) => startsWithText(tokens) && noDash(tokens),
    description: startsWithText,
    value: startsWithText,
    details: (tokens) => startsWithText(tokens) && !/^sequences?$/.test(tokens[0]?.norm ?? ''),
    language: (tokens) => tokens.length <= 4 && noSeparator(tokens) && oneClause(tokens),
  };
}

/** The most tokens each named slot's check accepts: the matcher tries no longer ones. */
const MOST: Record<string, number> = {
  template: 10,
  sequence: 14,
  target: 14,
  record: 8,
  user: 6,
  unit: 6,
  tags: 12,
  date: 6,
  time: 4,
  hours: 8,
  zone: 4,
};

/** Texts the user writes (kept as typed), unlike names of things. */
const VERBATIM: ReadonlySet<string> = new Set(['name', 'description', 'value', 'details']);
/** Slots that name something: "Jane Doe's" names Jane Doe. */
const NAMES = ['record', 'user', 'sequence', 'template', 'target'] as const;

// ---- The language, compiled ---------------------------------------------------------------------

interface CompiledLanguage {
  rules: { intent: Intent; patterns: { elems: Elem[]; set: Record<string, unknown> }[] }[];
  openings: string[][];
  closings: string[][];
  fillers: ReadonlySet<string>;
  clauseWords: ReadonlySet<string>;
  checks: Record<string, SlotCheck>;
  typed: Record<string, TypedParser>;
}

function compileLanguage(language: Language): CompiledLanguage {
  const split = (phrases: string[]): string[][] => phrases.map((phrase) => phrase.split(' '));
  return {
    rules: language.rules.map((rule) => ({
      intent: rule.intent,
      patterns: rule.patterns.map((pattern) =>
        typeof pattern === 'string'
          ? { elems: compile(pattern, language.macros, language.synonyms), set: {} }
          : { elems: compile(pattern.p, language.macros, language.synonyms), set: pattern.set },
      ),
    })),
    openings: split(language.openings),
    closings: split(language.closings),
    fillers: new Set(language.fillers),
    clauseWords: new Set(language.clauseWords),
    checks: checksFor(language),
    typed: typedParsers(language.vocabulary),
  };
}

const compiledLanguages = new WeakMap<Language, CompiledLanguage>();
function compiled(language: Language): CompiledLanguage {
  let result = compiledLanguages.get(language);
  if (!result) {
    result = compileLanguage(language);
    compiledLanguages.set(language, result);
  }
  return result;
}

// ---- Parsing ------------------------------------------------------------------------------------

const memo = new Map<string, Parsed | null>();

/**
 * What exists, by name: when two readings fit the words equally well ("show X": a sequence or a
 * record?), the one whose names exist wins.
 */
export interface Known {
  sequences?: readonly string[];
  records?: readonly string[];
  templates?: readonly string[];
  users?: readonly string[];
}

/** The intent and slots of what someone typed, or undefined when it is none of the bot's phrases. */
export function parse(text: string, known?: Known): Parsed | undefined {
  if (known) return parseUncached(text, known);
  const cached = memo.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const result = parseUncached(text);
  if (memo.size > 500) memo.clear();
  memo.set(text, result ?? null);
  return result;
}

/** What `text` says in `language`: the same matcher for every language's table. */
export function parseIn(language: Language, text: string, known?: Known): Parsed | undefined {
  return parseUncached(text, known, compiled(language));
}

/**
 * Steps a text may cost to read, in proportion to its tokens: the phrasings of the table cost a
 * small part of it; a text built to make the matcher work costs more and is then not read.
 */
export const STEP_BUDGET = { base: 50_000, perToken: 1_000 };
/** Chatter is set aside at no more than this many clause boundaries on each side. */
const MAX_CUTS = 8;

function parseUncached(text: string, known?: Known, language = compiled(EN)): Parsed | undefined {
  const full = tokenize(text);
  const budget = { left: STEP_BUDGET.base + STEP_BUDGET.perToken * full.tokens.length };
  const read = (tokens: Token[]): Parsed | undefined =>
    // "..., thanks" is courtesy, but "set the subject to Thanks" is not: without a reading, keep the closing.
    parseTokens(language, full, withoutPoliteness(language, tokens), budget, known) ??
    parseTokens(language, full, withoutPoliteness(language, tokens, false), budget, known);
  try {
    // "hi there", "ok thanks": courtesy words alone are what was said.
    const whole = read(full.tokens) ?? parseTokens(language, full, full.tokens, budget, known);
    if (whole) return whole;
    // Chatter: the longest part before a clause boundary, else the longest part after one.
    const bounds = clauseBounds(language, full.tokens);
    for (const at of [...bounds].reverse().slice(0, MAX_CUTS)) {
      const before = read(trimSeparators(full.tokens.slice(0, at)));
      if (before && !WHOLE_TEXT_ONLY.has(before.intent)) return { ...before, cut: true };
    }
    for (const at of bounds.slice(0, MAX_CUTS)) {
      const after = read(trimSeparators(full.tokens.slice(at)));
      if (after && !WHOLE_TEXT_ONLY.has(after.intent)) return { ...after, cut: true };
    }
    return undefined;
  } catch (error) {
    if (error instanceof MatchBudgetExceeded) {
      matcherWork.overBudget++;
      return undefined;
    }
    throw error;
  }
}

/** Where one clause ends and another starts: after a comma or "!", at a dash or colon, at "because". */
function clauseBounds(language: CompiledLanguage, tokens: Token[]): number[] {
  const bounds: number[] = [];
  for (let at = 1; at < tokens.length; at++) {
    const previous = tokens[at - 1]!;
    const token = tokens[at]!;
    if (
      endsClause(previous) ||
      /[.]$/.test(previous.raw) ||
      isSeparator(token) ||
      (!token.quoted && language.clauseWords.has(token.norm))
    ) {
      bounds.push(at);
    }
  }
  return bounds;
}

function trimSeparators(tokens: Token[]): Token[] {
  let from = 0;
  let to = tokens.length;
  while (from < to && isSeparator(tokens[from]!)) from++;
  while (to > from && isSeparator(tokens[to - 1]!)) to--;
  return tokens.slice(from, to);
}

function parseTokens(
  language: CompiledLanguage,
  full: Tokenized,
  tokens: Token[],
  budget: { left: number },
  known?: Known,
): Parsed | undefined {
  if (tokens.length === 0) return undefined;
  const input: Tokenized = { text: full.text, tokens };

  // The best readings: the lowest score, and every reading that ties with it, in table order.
  let readings: (Parsed & { score: number })[] = [];
  for (const rule of language.rules) {
    for (const pattern of rule.patterns) {
      const best = readings[0]?.score;
      const match = matchPattern(pattern.elems, input, {
        typed: language.typed,
        checks: language.checks,
        most: MOST,
        verbatim: VERBATIM,
        budget,
        fillers: language.fillers,
        ...(best !== undefined ? { bound: known ? best + TIE : best } : {}),
      });
      if (!match || match.cost > MAX_TYPOS) continue;
      const reading = {
        intent: rule.intent,
        slots: withoutPossessives({ ...pattern.set, ...match.slots } as Slots),
        cost: match.cost,
        cut: false,
        score: match.score,
      };
      if (best === undefined || match.score < best - TIE) readings = [reading];
      else if (match.score < best + TIE && !readings.some((r) => r.intent === reading.intent))
        readings.push(reading);
    }
  }
  // Names decide only between readings that tie; one reading stands whatever exists.
  const named =
    known && readings.length > 1 ? readings.find((reading) => namesExist(reading.slots, known)) : undefined;
  const chosen = named ?? readings[0];
  if (!chosen) return undefined;
  return { intent: chosen.intent, slots: chosen.slots, cost: chosen.cost, cut: false, score: chosen.score };
}

const TIE = 1e-9;

function withoutPossessives(slots: Slots): Slots {
  const result: Slots = { ...slots };
  for (const name of NAMES) {
    const value = result[name];
    if (typeof value === 'string') result[name] = value.replace(/['’]s$/i, '');
  }
  return result;
}

/**
 * Every name the reading carries is something that exists (or a pronoun for one). A kind of name
 * is read from `known` only when the reading names one of that kind.
 */
function namesExist(slots: Slots, known: Known): boolean {
  const fits = (value: string | undefined, kind: keyof Known, pronoun: boolean): boolean => {
    if (value === undefined || pronoun) return true;
    const names = known[kind];
    return (
      names !== undefined &&
      resolve(
        value,
        names.map((name) => ({ item: name, names: [name] })),
      ).kind !== 'none'
    );
  };
  return (
    fits(slots.sequence, 'sequences', isPronoun(slots.sequence)) &&
    fits(slots.record, 'records', slots.record !== undefined && isRecordPronoun(slots.record)) &&
    fits(slots.template, 'templates', false) &&
    fits(slots.user, 'users', false)
  );
}

/** True when `phrase` stands for the sequence in focus rather than naming one (in any language's words). */
export function isPronoun(phrase: string | undefined): boolean {
  return phrase === undefined || LANGUAGES.some((language) => pronounOf(language.pronouns, phrase));
}

/** True when `phrase` stands for the record in focus ("her", "this deal"). */
export function isRecordPronoun(phrase: string): boolean {
  return LANGUAGES.some((language) => pronounOf(language.recordPronouns, phrase));
}

function pronounOf(pronouns: readonly string[], phrase: string): boolean {
  const words = phrase
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s']/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
  return pronouns.some((pronoun) => squash(pronoun) === squash(words));
}

/** The record type a word names ("opp": opportunity), in any language's vocabulary. */
export function recordTypeOfWord(word: string): RecordType | undefined {
  for (const language of LANGUAGES) {
    const entries = Object.entries(language.vocabulary.recordTypes) as [RecordType, string[]][];
    const found = entries.find(([, words]) => words.includes(word.toLowerCase()))?.[0];
    if (found) return found;
  }
  return undefined;
}

const KIND_WORDS = LANGUAGES.flatMap((language) => [
  ...Object.values(language.vocabulary.recordTypes).flat(),
  ...language.recordNouns,
]);
/** Words in a record's name that say what kind of record it is, never which one. */
export function recordKindWords(): string[] {
  return KIND_WORDS;
}

const PERSON_WORDS = LANGUAGES.flatMap((language) => language.personNouns);
/** Words in a person's name that say it is a person, never which one. */
export function personWords(): string[] {
  return PERSON_WORDS;
}
