// The pattern language of the grammar and its matcher. A pattern reads like the phrase it accepts:
//   "create|make [new] sequence from {template} [template] [named|called {name}]"
// words with alternatives (a_b joins a multi-word alternative), [optional parts], {free slots} that
// take the words in between as typed, and <typed> parts (a duration, a step, a role...).

import { type Token, type Tokenized, spanText } from './tokens.js';
import { MAX_WORD_CHARS, computeCost, squash, wordCost } from './words.js';

export type Elem =
  | { t: 'word'; alts: string[][] }
  | { t: 'opt'; body: Elem[] }
  | { t: 'slot'; name: string }
  | { t: 'typed'; parser: string; name: string };

/** A typed part read at token `at`: each way it can be read, with where it ends and its typo cost. */
export type TypedParser = (tokens: Token[], at: number) => { value: unknown; next: number; cost: number }[];

/** A free slot's tokens are acceptable (e.g. a template name holds no command word). */
export type SlotCheck = (tokens: Token[]) => boolean;

export interface Match {
  slots: Record<string, unknown>;
  /** Typos corrected (edits). */
  cost: number;
  /**
   * Lower is better: words left to free slots, plus half a point per corrected typo, so that a
   * command word read with a typo still beats the same word swallowed by a slot.
   */
  score: number;
}

/** A filler of the language: "the", "please"; a misspelt one ("teh") too, but short ones only exactly. */
function fillerTest(fillers: ReadonlySet<string>): (token: Token | undefined) => boolean {
  return (token) =>
    !!token &&
    !token.quoted &&
    // "Outbound A": a capital letter inside a sentence is a name's, not an article.
    !(token.start > 0 && /^\p{Lu}$/u.test(token.raw)) &&
    (fillers.has(token.norm) ||
      [...fillers].some((word) => word.length >= 3 && wordCost(token.norm, word) !== undefined));
}

// ---- Compiling a pattern -----------------------------------------------------------------------

export function compile(
  pattern: string,
  macros: Record<string, string> = {},
  synonyms: Record<string, string[]> = {},
): Elem[] {
  const expanded = pattern.replace(/\$(\w+)/g, (whole, name: string) => {
    const macro = macros[name];
    if (macro === undefined) throw new Error(`Unknown macro $${name} in pattern "${pattern}"`);
    return macro;
  });
  const parts = expanded.match(/\[|\]|\{[^}]+\}|<[^>]+>|[^\s[\]{}<>]+/g) ?? [];
  let at = 0;
  const sequence = (closing: boolean): Elem[] => {
    const elems: Elem[] = [];
    while (at < parts.length) {
      const part = parts[at++]!;
      if (part === ']') {
        if (!closing) throw new Error(`Unbalanced "]" in pattern "${pattern}"`);
        return elems;
      }
      if (part === '[') elems.push({ t: 'opt', body: sequence(true) });
      else if (part.startsWith('{')) elems.push({ t: 'slot', name: part.slice(1, -1) });
      else if (part.startsWith('<')) {
        const [parser, name] = part.slice(1, -1).split(':') as [string, string | undefined];
        elems.push({ t: 'typed', parser, name: name ?? parser });
      } else {
        const alts = part.split('|').flatMap((alt) => [alt, ...(synonyms[alt] ?? [])]);
        elems.push({ t: 'word', alts: alts.map((alt) => alt.split('_').filter(Boolean)) });
      }
    }
    if (closing) throw new Error(`Missing "]" in pattern "${pattern}"`);
    return elems;
  };
  return sequence(false);
}

// ---- Matching ---------------------------------------------------------------------------------

/**
 * The matcher's work, counted in steps (a reading tried, a word compared, a token a slot takes):
 * what a test measures to show that the work grows with the input no faster than linearly.
 */
export const matcherWork = { steps: 0, overBudget: 0 };

/** Thrown when a text costs more steps than its budget: it is then not read at all. */
export class MatchBudgetExceeded extends Error {
  constructor() {
    super('the text costs more to read than its budget');
  }
}

/** The most words a free slot takes when something must still follow it (a name, a value). */
export const MAX_FREE_TOKENS = 64;

export interface MatchOptions {
  typed: Record<string, TypedParser>;
  checks: Record<string, SlotCheck>;
  /** The most tokens each slot may hold (what its check would refuse anyway); MAX_FREE_TOKENS when absent. */
  most?: Record<string, number>;
  /** Slots whose text keeps its final punctuation ("Thanks!"): texts, not names of things. */
  verbatim?: ReadonlySet<string>;
  /** Only readings scoring below this are wanted (the best of the phrasings tried so far). */
  bound?: number;
  /** Words that may appear anywhere between the parts of a phrase without changing it. */
  fillers: ReadonlySet<string>;
  /** Steps left for reading the whole text; MatchBudgetExceeded when they run out. */
  budget?: { left: number };
}

/**
 * The best reading of the whole token list by `pattern`, or undefined when it does not fit.
 *
 * The work is bounded: a place in the pattern reached at the same token a second time, no better
 * than before, is not explored again (what follows cannot depend on how it was reached, so the
 * answer is the same); a slot's length is bounded by what its check accepts, and a free text by
 * MAX_FREE_TOKENS unless it runs to the end of the text. So each pattern visits each of its places
 * at most once per token, a bounded number of times over.
 */
export function matchPattern(pattern: Elem[], input: Tokenized, options: MatchOptions): Match | undefined {
  const { tokens } = input;
  const n = tokens.length;
  const slots = new Map<string, unknown>();
  const bound = options.bound ?? Infinity;
  const budget = options.budget;
  const tick = (steps = 1): void => {
    matcherWork.steps += steps;
    if (budget && (budget.left -= steps) < 0) throw new MatchBudgetExceeded();
  };
  const { isFiller, afterFillers, beforeFillers } = fillerMap(tokens, options.fillers, tick);
  // A word the pattern cannot do without, none of whose forms is anywhere in the text: no reading.
  if (!requiredWords(pattern).every((firsts) => firsts.some((word) => appears(tokens, word, tick)))) {
    return undefined;
  }

  /** Where the last free slot on the path being tried ended. */
  let slotEnd = -1;
  let best: Match | undefined;
  /** The best partial score each place in the pattern was reached with, by place and token. */
  const reached = new Map<number, number>();
  /** False when this place was reached at token `ti` before with a score as good: it was explored then. */
  const firstVisit = (list: number, i: number, ti: number, score: number): boolean => {
    const key = ((list * 256 + i) * (n + 1) + ti) * 2 + (ti === slotEnd ? 1 : 0);
    const seen = reached.get(key);
    if (seen !== undefined && seen <= score) return false;
    reached.set(key, score);
    return true;
  };

  type Next = (ti: number, cost: number, slotTokens: number) => void;

  /**
   * A place in the pattern is an element list and an index in it; each list (a pattern, an optional
   * part's body) appears once in its pattern, so the list also says where its end leads.
   */
  const walk = (elems: Elem[], i: number, ti: number, cost: number, st: number, next: Next): void => {
    tick();
    const score = cost / 2 + st;
    if (score >= (best?.score ?? bound)) return;
    const list = listId(elems);
    if (!firstVisit(list, i, ti, score)) return;
    if (i === elems.length) {
      next(ti, cost, st);
      return;
    }
    const el = elems[i]!;
    const go = (t: number, c: number, s: number): void => walk(elems, i + 1, t, c, s, next);
    switch (el.t) {
      case 'opt':
        walk(el.body, 0, ti, cost, st, go);
        go(ti, cost, st);
        return;
      case 'word':
        for (let t = ti; t <= n; t++) {
          // Past a filler, this word at the next token may have been tried already from there.
          if (t > ti && !firstVisit(list, i, t, score)) break;
          for (const alt of el.alts) {
            tick();
            const c = altCost(tokens, t, alt);
            // Right after a name, a word that is only nearly a command word is more likely the
            // name's own ("jane doe" is not "jane done"): such a reading costs double.
            if (c !== undefined) go(t + alt.length, cost + (t === slotEnd ? 2 * c : c), st);
          }
          if (!isFiller(t)) break;
        }
        return;
      case 'typed': {
        const parser = options.typed[el.parser];
        if (!parser) throw new Error(`Unknown typed part <${el.parser}>`);
        for (let t = ti; t < n; t++) {
          if (t > ti && !firstVisit(list, i, t, score)) break;
          for (const reading of parser(tokens, t)) {
            tick();
            slots.set(el.name, reading.value);
            go(reading.next, cost + reading.cost, st);
            slots.delete(el.name);
          }
          if (!isFiller(t)) break;
        }
        return;
      }
      case 'slot': {
        // A separator before a slot ("rename it to: Demo") belongs to neither side.
        let from = afterFillers[ti]!;
        while (from < n && !tokens[from]!.quoted && tokens[from]!.norm === ':')
          from = afterFillers[from + 1]!;
        const check = options.checks[el.name];
        const bounded = options.most?.[el.name];
        const most = bounded ?? MAX_FREE_TOKENS;
        for (let end = from + 1; end <= n; end++) {
          let to = Math.max(from, beforeFillers[end]!);
          if (to === from) continue;
          let last = false;
          if (to - from > most) {
            // Longer than its check allows: no longer end can do. A free text may still run to the
            // end of what was typed (only fillers after it): that one end is tried, then no other.
            if (bounded !== undefined) break;
            end = Math.max(end, beforeFillers[n]!);
            to = Math.max(from, beforeFillers[end]!);
            last = true;
          }
          // Longer slots only score worse: once this one cannot beat the best, none can.
          if (score + (to - from) >= (best?.score ?? bound)) break;
          // The check and the slot's text read each of its tokens.
          tick(to - from);
          if (!check || check(tokens.slice(from, to))) {
            slots.set(el.name, spanText(input, from, to, options.verbatim?.has(el.name) ?? false));
            const outer = slotEnd;
            slotEnd = end;
            go(end, cost, st + (to - from));
            slotEnd = outer;
            slots.delete(el.name);
          }
          if (last) break;
        }
        return;
      }
    }
  };

  walk(pattern, 0, 0, 0, 0, (ti, cost, st) => {
    if (afterFillers[ti] !== n) return;
    const score = cost / 2 + st;
    if (score < (best?.score ?? bound)) best = { slots: Object.fromEntries(slots), cost, score };
  });
  return best;
}

/** For each word a pattern cannot do without (not in an optional part), the first words of its forms. */
const required = new WeakMap<Elem[], string[][]>();
function requiredWords(pattern: Elem[]): string[][] {
  let words = required.get(pattern);
  if (!words) {
    // A form with no words ("<status>|there" leaves one) makes the word optional.
    words = pattern.flatMap((el) =>
      el.t === 'word' && el.alts.every((alt) => alt.length > 0) ? [el.alts.map((alt) => alt[0]!)] : [],
    );
    required.set(pattern, words);
  }
  return words;
}

/** The distinct words of a text by length (a word within typo tolerance differs by at most 2 letters). */
const textWords = new WeakMap<
  Token[],
  { exact: Set<string>; byLength: Map<number, string[]>; seen: Map<string, boolean> }
>();

/** Past this many different words, a text is not searched for typos before matching. */
const MAX_WORDS_SEARCHED = 64;

/** True when some word of the text reads as `word`, typos allowed: a quick test before matching. */
function appears(tokens: Token[], word: string, tick: (steps?: number) => void): boolean {
  let text = textWords.get(tokens);
  if (!text) {
    const byLength = new Map<number, string[]>();
    const distinct = new Set(tokens.filter((token) => !token.quoted).map((token) => token.norm));
    tick(tokens.length);
    for (const norm of distinct) {
      const length = squash(norm).length;
      byLength.set(length, [...(byLength.get(length) ?? []), norm]);
    }
    text = { exact: distinct, byLength, seen: new Map() };
    textWords.set(tokens, text);
  }
  const known = text.seen.get(word);
  if (known !== undefined) return known;
  // With many different words, looking for typos of each costs more than it saves: assume it may be there.
  if (!text.exact.has(word) && text.exact.size > MAX_WORDS_SEARCHED) return true;
  const length = squash(word).length;
  let found = text.exact.has(word);
  for (let l = length - 2; l <= length + 2 && !found; l++) {
    for (const norm of text.byLength.get(l) ?? []) {
      tick();
      if (norm.length <= MAX_WORD_CHARS && computeCost(norm, word) !== undefined) {
        found = true;
        break;
      }
    }
  }
  text.seen.set(word, found);
  return found;
}

/** A number for each element list, for the places reached while matching. */
const listIds = new WeakMap<Elem[], number>();
let lists = 0;
function listId(elems: Elem[]): number {
  let id = listIds.get(elems);
  if (id === undefined) {
    id = ++lists;
    listIds.set(elems, id);
  }
  return id;
}

interface FillerMap {
  isFiller(t: number): boolean;
  /** The first token at or after `t` that is not a filler (n when only fillers are left). */
  afterFillers: number[];
  /** Where a slot ending at `end` really ends: without the fillers right before `end`. */
  beforeFillers: number[];
}

/** Which tokens are fillers, worked out once per text however many patterns read it. */
const fillerMaps = new WeakMap<Token[], { fillers: ReadonlySet<string>; map: FillerMap }>();

function fillerMap(tokens: Token[], fillers: ReadonlySet<string>, tick: (steps?: number) => void): FillerMap {
  const known = fillerMaps.get(tokens);
  if (known && known.fillers === fillers) return known.map;
  const n = tokens.length;
  const test = fillerTest(fillers);
  const flags = tokens.map((token) => {
    tick();
    return test(token);
  });
  const isFiller = (t: number): boolean => t < n && flags[t]!;
  const afterFillers = new Array<number>(n + 1);
  afterFillers[n] = n;
  for (let t = n - 1; t >= 0; t--) afterFillers[t] = flags[t] ? afterFillers[t + 1]! : t;
  const beforeFillers = new Array<number>(n + 1);
  beforeFillers[0] = 0;
  for (let end = 1; end <= n; end++) beforeFillers[end] = flags[end - 1] ? beforeFillers[end - 1]! : end;
  const map = { isFiller, afterFillers, beforeFillers };
  fillerMaps.set(tokens, { fillers, map });
  return map;
}

/** Cost of reading the words of `alt` at token `t`, or undefined. */
function altCost(tokens: Token[], t: number, alt: string[]): number | undefined {
  let cost = 0;
  for (let k = 0; k < alt.length; k++) {
    const token = tokens[t + k];
    if (!token || token.quoted) return undefined;
    const c = wordCost(token.norm, alt[k]!);
    if (c === undefined) return undefined;
    // A capitalised word inside a sentence is a name ("Jane Doe"), never a misspelt command word ("done").
    if (c > 0 && t + k > 0 && /^\p{Lu}/u.test(token.raw)) return undefined;
    cost += c;
  }
  return cost;
}
