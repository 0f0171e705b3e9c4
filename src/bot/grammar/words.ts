// Forgiving word comparison: a misspelt word (a typo, two swapped letters) still matches, within
// a tolerance that grows with the word's length so that short words never match by accident.

/** Optimal string alignment distance: Levenshtein plus swapped neighbours counting as one edit. */
export function typoDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
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

const costs = new Map<string, number | null>();

/** The cost of reading `typed` as `expected`: 0 when equal, the edits when within tolerance, else undefined. */
export function wordCost(typed: string, expected: string): number | undefined {
  const key = `${typed}\u0000${expected}`;
  const known = costs.get(key);
  if (known !== undefined) return known ?? undefined;
  const cost = computeCost(typed, expected);
  if (costs.size > 50_000) costs.clear();
  costs.set(key, cost ?? null);
  return cost;
}

function computeCost(typed: string, expected: string): number | undefined {
  const a = squash(typed);
  const b = squash(expected);
  if (a === b) {
    const cost = 2 * accentConflicts(typed, expected);
    return cost <= tolerance(b) ? cost : undefined;
  }
  if (b.length === 3) return shortSlip(a, b);
  const allowed = tolerance(b);
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return undefined;
  const distance = typoDistance(a, b);
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
