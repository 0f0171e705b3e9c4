// Normalises what people type and finds the closest known command when nothing matches.

/** Lower case, no bot mention, no surrounding punctuation, single spaces. */
export function normalize(text: string): string {
  return (
    text
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      .toLowerCase()
      .replace(/[“”„«»]/g, '"')
      .replace(/[‘’]/g, "'")
      // Punctuation ending a word; a replacer rather than /[…]+(\s|$)/, which backtracks through a
      // long run of punctuation inside a word at every one of its characters.
      .replace(/[!?.,;:]+/g, (run: string, at: number, all: string) =>
        at + run.length === all.length || /\s/.test(all[at + run.length]!) ? ' ' : run,
      )
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Levenshtein distance, for "did you mean" suggestions and forgiving misspelt words. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The most characters of a text compared with each candidate: the comparison costs the product of
 * the two lengths, and no command is longer.
 */
export const MAX_COMPARED_CHARS = 200;

/** The candidates closest to `text`, best first, at most `limit`. */
export function closest(text: string, candidates: string[], limit = 3): string[] {
  const typed = normalize(text.slice(0, 4 * MAX_COMPARED_CHARS)).slice(0, MAX_COMPARED_CHARS);
  const words = new Set(typed.split(' '));
  return candidates
    .map((candidate) => {
      const shared = candidate.split(' ').filter((word) => words.has(word)).length;
      return { candidate, score: editDistance(typed, candidate) - shared * 4 };
    })
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
