// The pattern language of the grammar and its matcher. A pattern reads like the phrase it accepts:
//   "create|make [new] sequence from {template} [template] [named|called {name}]"
// words with alternatives (a_b joins a multi-word alternative), [optional parts], {free slots} that
// take the words in between as typed, and <typed> parts (a duration, a step, a role...).

import { type Token, type Tokenized, spanText } from './tokens.js';
import { wordCost } from './words.js';

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

export interface MatchOptions {
  typed: Record<string, TypedParser>;
  checks: Record<string, SlotCheck>;
  /** Slots whose text keeps its final punctuation ("Thanks!"): texts, not names of things. */
  verbatim?: ReadonlySet<string>;
  /** Only readings scoring below this are wanted (the best of the phrasings tried so far). */
  bound?: number;
  /** Words that may appear anywhere between the parts of a phrase without changing it. */
  fillers: ReadonlySet<string>;
}

/** The best reading of the whole token list by `pattern`, or undefined when it does not fit. */
export function matchPattern(pattern: Elem[], input: Tokenized, options: MatchOptions): Match | undefined {
  const { tokens } = input;
  const n = tokens.length;
  const slots = new Map<string, unknown>();
  const bound = options.bound ?? Infinity;
  const isFiller = fillerTest(options.fillers);
  /** Where the last free slot on the path being tried ended. */
  let slotEnd = -1;
  let best: Match | undefined;

  const skipFillers = (ti: number): number => {
    let t = ti;
    while (t < n && isFiller(tokens[t])) t++;
    return t;
  };

  type Next = (ti: number, cost: number, slotTokens: number) => void;

  const walk = (elems: Elem[], i: number, ti: number, cost: number, st: number, next: Next): void => {
    if (cost / 2 + st >= (best?.score ?? bound)) return;
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
          for (const alt of el.alts) {
            const c = altCost(tokens, t, alt);
            // Right after a name, a word that is only nearly a command word is more likely the
            // name's own ("jane doe" is not "jane done"): such a reading costs double.
            if (c !== undefined) go(t + alt.length, cost + (t === slotEnd ? 2 * c : c), st);
          }
          if (!isFiller(tokens[t])) break;
        }
        return;
      case 'typed': {
        const parser = options.typed[el.parser];
        if (!parser) throw new Error(`Unknown typed part <${el.parser}>`);
        for (let t = ti; t < n; t++) {
          for (const reading of parser(tokens, t)) {
            slots.set(el.name, reading.value);
            go(reading.next, cost + reading.cost, st);
            slots.delete(el.name);
          }
          if (!isFiller(tokens[t])) break;
        }
        return;
      }
      case 'slot': {
        // A separator before a slot ("rename it to: Demo") belongs to neither side.
        let from = skipFillers(ti);
        while (from < n && !tokens[from]!.quoted && tokens[from]!.norm === ':') from = skipFillers(from + 1);
        const check = options.checks[el.name];
        for (let end = from + 1; end <= n; end++) {
          let to = end;
          while (to > from && isFiller(tokens[to - 1])) to--;
          if (to === from) continue;
          const taken = tokens.slice(from, to);
          if (check && !check(taken)) continue;
          slots.set(el.name, spanText(input, from, to, options.verbatim?.has(el.name) ?? false));
          const outer = slotEnd;
          slotEnd = end;
          go(end, cost, st + (to - from));
          slotEnd = outer;
          slots.delete(el.name);
        }
        return;
      }
    }
  };

  walk(pattern, 0, 0, 0, 0, (ti, cost, st) => {
    if (skipFillers(ti) !== n) return;
    const score = cost / 2 + st;
    if (score < (best?.score ?? bound)) best = { slots: Object.fromEntries(slots), cost, score };
  });
  return best;
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
