// Splits what a person typed into tokens that remember their original text (for names with their
// capitals, e-mail addresses, quoted phrases) and a normalised form (for matching words).

export interface Token {
  /** Lower case, without surrounding punctuation; ":" for a separator (a colon or a lone dash). */
  norm: string;
  /** As typed, without the quotes of a quoted phrase. */
  raw: string;
  /** Offsets in the cleaned text, so that a run of tokens gives back the text between them as typed. */
  start: number;
  end: number;
  /** A phrase in quotes: only ever a slot value, never a command word. */
  quoted: boolean;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
}

/** Punctuation that may surround a word without being part of it (with the Devanagari full stops "।", "॥"). */
const EDGE = ' \t\n\r\f\v.,;!?()[]{}"\'`*_।॥';

/**
 * `text` without the characters of `head` at its start and of `tail` at its end. A loop rather than
 * a regular expression: `/[…]+$/` on a long run of such characters inside a text takes time that
 * grows with the square of the run.
 */
export function trimEnds(text: string, head: string, tail: string = head): string {
  let from = 0;
  let to = text.length;
  while (from < to && head.includes(text[from]!)) from++;
  while (to > from && tail.includes(text[to - 1]!)) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

/** Removes a Teams mention and curly quotes, so that offsets refer to what is left. */
export function clean(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\u00a0/g, ' ');
}

/** The word as matched: lower case, no surrounding punctuation, no leading "#". */
export function normWord(raw: string): string {
  return trimEnds(raw.toLowerCase(), EDGE).replace(/^#/, '');
}

export function tokenize(input: string): Tokenized {
  const text = clean(input);
  const tokens: Token[] = [];
  const closing = singleQuoteClosings(text);
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const quote = quotedAt(text, i, closing);
    if (quote) {
      const raw = text.slice(i + 1, quote);
      if (raw.trim()) {
        tokens.push({
          norm: raw.trim().toLowerCase(),
          raw: raw.trim(),
          start: i + 1,
          end: quote,
          quoted: true,
        });
      }
      i = quote + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !/\s/.test(text[j]!)) j++;
    pushWord(tokens, text, i, j);
    i = j;
  }
  return { text, tokens };
}

/**
 * For each position, the first single quote at or after it that can close a phrase (one that ends a
 * word), worked out in one pass from the end, so that many opening quotes cost no rescans.
 */
function singleQuoteClosings(text: string): Int32Array {
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let j = text.length - 1; j >= 0; j--) {
    const closes = text[j] === "'" && (j + 1 === text.length || /[\s.,;:!?)]/.test(text[j + 1]!));
    next[j] = closes ? j : next[j + 1]!;
  }
  return next;
}

/** The index of the closing quote when a quoted phrase starts at `i`. */
function quotedAt(text: string, i: number, closing: Int32Array): number | undefined {
  const ch = text[i];
  if (ch === '"') {
    const close = text.indexOf('"', i + 1);
    return close > i ? close : undefined;
  }
  if (ch === "'" && (i === 0 || /\s/.test(text[i - 1]!))) {
    // A single quote opens a phrase only when a closing one ends a word later: "Dana's" stays a word.
    const close = i + 2 <= text.length ? closing[i + 2]! : -1;
    return close > i + 1 ? close : undefined;
  }
  return undefined;
}

/** One whitespace-separated word; a trailing colon becomes a separator token of its own. */
function pushWord(tokens: Token[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  if (/^[-–—:]+$/.test(raw)) {
    tokens.push({ norm: ':', raw, start, end, quoted: false });
    return;
  }
  const colons = raw.length - trimEnds(raw, '', ':').length;
  // "https://..." keeps its colon; "end:" gives "end" and ":".
  if (colons > 0 && !raw.includes('//')) {
    const wordEnd = end - colons;
    const word = text.slice(start, wordEnd);
    if (normWord(word)) tokens.push({ norm: normWord(word), raw: word, start, end: wordEnd, quoted: false });
    tokens.push({ norm: ':', raw: raw.slice(raw.length - colons), start: wordEnd, end, quoted: false });
    return;
  }
  const norm = normWord(raw);
  if (norm) tokens.push({ norm, raw, start, end, quoted: false });
}

/**
 * The text a run of tokens covers, as typed. A name loses surrounding punctuation ("Demo Q3?" is
 * "Demo Q3"); a verbatim text keeps its own ("Thanks!"). A lone quoted phrase loses its quotes.
 */
export function spanText(tokenized: Tokenized, from: number, to: number, verbatim = false): string {
  const first = tokenized.tokens[from];
  const last = tokenized.tokens[to - 1];
  if (!first || !last) return '';
  if (from === to - 1 && first.quoted) return first.raw;
  const end = last.quoted ? last.end + 1 : last.end;
  const start = first.quoted ? first.start - 1 : first.start;
  const text = tokenized.text.slice(start, end).trim();
  return verbatim ? text : trimEnds(text, ' \t\n\r\f\v.,;!?', ' \t\n\r\f\v.,;:!?').trim();
}
