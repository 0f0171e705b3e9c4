// Forgiving word comparison: a misspelt word (a typo, two swapped letters) still matches, within
// a tolerance that grows with the word's length so that short words never match by accident.

/**
 * Optimal string alignment distance: Levenshtein plus swapped neighbours counting as one edit. With
 * `limit`, stops as soon as every alignment costs more (and answers more than `limit`): a word is
 * compared with many table words, and most differ at once.
 */
export function typoDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const cols = b.length + 1;
  // Three rows are enough: the current one, the one before, and the one before that (for swaps).
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    // A swap reaches back two rows, so only a row and the one before both over the limit end it.
    if (rowBest > limit && i > 1 && Math.min(...previous) > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

const bag = new Int32Array(128);

/**
 * A lower bound of the edit distance, in one pass: how many letters one word has that the other
 * lacks (the larger of the two counts). Most words differ from a table word by more than the
 * tolerance already here, without the full comparison.
 */
function bagDistance(a: string, b: string): number {
  bag.fill(0);
  // Letters are counted by their code modulo 128: two letters sharing a count only lower the bound.
  for (let i = 0; i < a.length; i++) bag[a.charCodeAt(i) & 127]!++;
  for (let i = 0; i < b.length; i++) bag[b.charCodeAt(i) & 127]!--;
  let extra = 0;
  let missing = 0;
  for (const count of bag) {
    if (count > 0) extra += count;
    else missing -= count;
  }
  return Math.max(extra, missing);
}

/** Hyphens and apostrophes do not matter: "no-show" = "noshow", "what's" = "whats". Nor do Latin accents. */
export function squash(word: string): string {
  return fold(word.replace(/[-'’_.]/g, ''));
}

/**
 * Letters typed with another accent than the word's: "đừng" (do not) is not "dừng" (stop), nor
 * "sekwencją" "sekwencję". Leaving an accent out costs nothing; each such letter counts as two edits.
 */
function accentConflicts(typed: string, expected: string): number {
  const a = [...typed.replace(/[-'’_.]/g, '').normalize('NFC')];
  const b = [...expected.replace(/[-'’_.]/g, '').normalize('NFC')];
  if (a.length !== b.length) return 0;
  return a.filter((letter, i) => letter !== b[i] && fold(letter) !== letter).length;
}

/** Letters with a stroke that do not decompose: Polish ł, Vietnamese đ. */
const STROKES: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss' };

/**
 * Latin letters without their accents ("utwórz" = "utworz", "tiếng việt" = "tieng viet"): people
 * type without them. Only the Latin combining accents (U+0300–U+036F) go; other scripts' marks,
 * such as Devanagari vowel signs, are letters of the word and stay.
 */
export function fold(word: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łđøß]/g, (letter) => STROKES[letter]!)
    .normalize('NFC');
}

/** How many edits a word of this length may carry and still be recognised. */
export function tolerance(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 6) return 1;
  return 2;
}

/** Costs worked out before, by table word and typed word (no key strings to build on each look-up). */
const costs = new Map<string, Map<string, number | null>>();
let remembered = 0;
/** The longest typed word compared with a table's word letter by letter. */
export const MAX_WORD_CHARS = 40;

/** The cost of reading `typed` as `expected`: 0 when equal, the edits when within tolerance, else undefined. */
export function wordCost(typed: string, expected: string): number | undefined {
  if (typed === expected) return 0;
  // No word of a table is this long: a long token is compared in constant time, and not remembered.
  if (typed.length > MAX_WORD_CHARS) return undefined;
  let byTyped = costs.get(expected);
  const known = byTyped?.get(typed);
  if (known !== undefined) return known ?? undefined;
  const cost = computeCost(typed, expected);
  if (remembered > 50_000) {
    costs.clear();
    remembered = 0;
    byTyped = undefined;
  }
  if (!byTyped) costs.set(expected, (byTyped = new Map()));
  byTyped.set(typed, cost ?? null);
  remembered++;
  return cost;
}

/** `wordCost` without remembering: for comparisons that will not come again (a text's words with a table). */
export function computeCost(typed: string, expected: string): number | undefined {
  const a = squash(typed);
  const b = squash(expected);
  if (a === b) {
    const cost = 2 * accentConflicts(typed, expected);
    return cost <= tolerance(b) ? cost : undefined;
  }
  if (b.length === 3) return shortSlip(a, b);
  const allowed = tolerance(b);
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return undefined;
  if (bagDistance(a, b) > allowed) return undefined;
  const distance = typoDistance(a, b, allowed);
  return distance <= allowed ? distance : undefined;
}

/**
 * A three-letter word forgives only the slips a hurried hand makes without changing the word into
 * another: two letters swapped ("teh", "tga"), one dropped ("ad") or one doubled ("tagg"). A
 * different letter ("tap" for "tag") is another word.
 */
function shortSlip(typed: string, expected: string): number | undefined {
  if (typed.length === 3) {
    for (let i = 0; i < 2; i++) {
      const swapped = typed.slice(0, i) + typed[i + 1]! + typed[i]! + typed.slice(i + 2);
      if (swapped === expected) return 1;
    }
    return undefined;
  }
  if (typed.length === 2) {
    for (let i = 0; i < 3; i++) if (expected.slice(0, i) + expected.slice(i + 1) === typed) return 1;
    return undefined;
  }
  if (typed.length === 4) {
    for (let i = 1; i < 4; i++) {
      if (typed[i] === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === expected) return 1;
    }
  }
  return undefined;
}
