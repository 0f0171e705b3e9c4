// Finds what a phrase names among candidates (templates, sequences, records, people): an exact
// name or alias first; else every word must fit a word of the candidate's names, allowing typos,
// abbreviations ("prod demo") and initials ("hvop"). One fit: that one. Several: ask. None: the closest.

import { MAX_COMPARED_CHARS, editDistance } from '../text.js';
import { LANGUAGES } from './lang/index.js';
import { squash, wordCost } from './words.js';
import { trimEnds } from './tokens.js';
import { Lru } from '../../domain/lru.js';

export interface Candidate<T> {
  item: T;
  /** Names and aliases a person may use, e.g. a template's name and its aliases. */
  names: string[];
  /** Identifiers matched exactly only (ids, e-mail addresses). */
  keys?: string[];
}

export type Resolution<T> =
  { kind: 'one'; item: T } | { kind: 'many'; items: T[] } | { kind: 'none'; closest: T[] };

/** Words that say what kind of thing is named, never which one: every language's, squashed. */
const NOISE = new Set(LANGUAGES.flatMap((language) => language.nameNoise).map(squash));

/** Lower-case words, without quotes, brackets or a possessive "'s". */
export function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[“”„«»"]/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[\s,;:()[\]{}/|]+/)
    .map((word) => trimEnds(word, "'.!?"))
    .filter(Boolean);
}

/** Names are asked about again and again (the templates, a manager's sequences): read once each. */
const wholes = new Lru<string, string>(4096);

function whole(text: string): string {
  let read = wholes.get(text);
  if (read === undefined) {
    read = squash(nameWords(text).join(''));
    wholes.set(text, read);
  }
  return read;
}

/** How well `word` (typed) fits `target` (a name's word): 0 exact, more for typos and abbreviations. */
function fit(word: string, target: string): number | undefined {
  const cost = wordCost(word, target);
  if (cost !== undefined) return cost;
  if (word.length >= 3 && squash(target).startsWith(squash(word))) return 0.5;
  // A declined name: "Jana Kowalskiego" for Jan Kowalski (up to three letters of ending).
  const [typed, name] = [squash(word), squash(target)];
  if (name.length >= 3 && typed.startsWith(name) && typed.length - name.length <= 3) return 0.5;
  return undefined;
}

const initials = (name: string): string =>
  nameWords(name)
    .flatMap((word) => word.split('-'))
    .map((word) => word[0] ?? '')
    .join('');

export function resolve<T>(
  query: string,
  candidates: readonly Candidate<T>[],
  options: { ignore?: readonly string[] } = {},
): Resolution<T> {
  const extra = (options.ignore ?? []).map(squash);
  const ignore = extra.length === 0 ? NOISE : new Set([...NOISE, ...extra]);
  const words = nameWords(query).filter((word) => !ignore.has(squash(word)));
  const asked = whole(query);
  const askedWithoutNoise = squash(words.join(''));

  // 1. An exact name, alias or key.
  const exact = candidates.filter(
    (c) =>
      (c.keys ?? []).some((key) => key.toLowerCase() === query.trim().toLowerCase()) ||
      c.names.some((name) => {
        const target = whole(name);
        return target === asked || (askedWithoutNoise !== '' && target === askedWithoutNoise);
      }),
  );
  if (exact.length === 1) return { kind: 'one', item: exact[0]!.item };
  if (exact.length > 1) return { kind: 'many', items: exact.map((c) => c.item) };
  if (words.length === 0) return { kind: 'none', closest: closestOf(query, candidates) };

  // 2. Every word fits some word of the candidate's names.
  const scored: { item: T; cost: number }[] = [];
  for (const candidate of candidates) {
    const vocabulary = [
      ...new Set(
        candidate.names.flatMap((name) => [
          ...nameWords(name),
          ...nameWords(name).flatMap((w) => w.split('-')),
        ]),
      ),
    ];
    let cost = 0;
    let allFit = true;
    for (const word of words) {
      const best = Math.min(...vocabulary.map((target) => fit(word, target) ?? Infinity));
      if (best === Infinity) {
        allFit = false;
        break;
      }
      cost += best;
    }
    if (!allFit && words.length === 1 && words[0]!.length >= 2) {
      // An abbreviation by initials: "hvop" for "high-volume outbound prospecting".
      allFit = candidate.names.some((name) => nameWords(name).length > 1 && initials(name) === words[0]);
      cost = 1;
    }
    if (allFit) scored.push({ item: candidate.item, cost });
  }
  if (scored.length === 0) return { kind: 'none', closest: closestOf(query, candidates) };
  const lowest = Math.min(...scored.map((s) => s.cost));
  const best = scored.filter((s) => s.cost === lowest);
  return best.length === 1
    ? { kind: 'one', item: best[0]!.item }
    : { kind: 'many', items: best.map((s) => s.item) };
}

/** The three candidates whose names look most like the query. */
function closestOf<T>(query: string, candidates: readonly Candidate<T>[]): T[] {
  const words = new Set(nameWords(query));
  // Compared with every name: as long as the longest name is enough, and the cost stays bounded.
  const q = nameWords(query).join(' ').slice(0, MAX_COMPARED_CHARS);
  return candidates
    .map((candidate) => {
      const score = Math.min(
        ...candidate.names.map((name) => {
          const target = nameWords(name).join(' ');
          const shared = nameWords(name).filter((word) => words.has(word)).length;
          return editDistance(q, target) - shared * 4;
        }),
      );
      return { item: candidate.item, score };
    })
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map(({ item }) => item);
}
