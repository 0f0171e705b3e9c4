// The phrase tables of the languages the product speaks, and how a message picks its table: the
// user's language first (the one they chose, else Teams' locale), then English, which always works,
// then the others, so that "tiếng Việt" or a command typed in another of the five is still read.

import { LANGUAGE_CODES, type LanguageCode } from '../../../domain/model.js';
import type { Language } from '../rules.js';
import { fold, squash } from '../words.js';
import { EN } from './en.js';
import { GL } from './gl.js';
import { HI } from './hi.js';
import { PL } from './pl.js';
import { VI } from './vi.js';

export const TABLES: Readonly<Record<LanguageCode, Language>> = { en: EN, vi: VI, gl: GL, hi: HI, pl: PL };

/** Every table, English first. */
export const LANGUAGES: readonly Language[] = LANGUAGE_CODES.map((code) => TABLES[code]);

/** The language of a BCP 47 locale ("pl-PL": "pl") when the product speaks it. */
export function languageCodeOf(locale: string | undefined): LanguageCode | undefined {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGE_CODES.find((code) => code === primary);
}

/**
 * The tables to read a message with: first the locale's language and English (both read every
 * message), then the others (read only when those two read nothing).
 */
export function tablesFor(locale: string | undefined): { primary: Language[]; others: Language[] } {
  const primary = [...new Set([TABLES[languageCodeOf(locale) ?? 'en'], EN])];
  return { primary, others: LANGUAGES.filter((language) => !primary.includes(language)) };
}

/** The names of a built-in template in every language's table (the English ones are in templates/*.json). */
export function templateNamesOf(templateId: string): string[] {
  return LANGUAGES.flatMap((language) => language.templateNames[templateId] ?? []);
}

const plain = (text: string): string =>
  fold(text.toLowerCase())
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();

const NAMED: ReadonlyMap<string, LanguageCode> = new Map(
  LANGUAGES.flatMap((language) =>
    LANGUAGE_CODES.flatMap((code) =>
      [...language.languageNames[code], code].map((name) => [plain(name), code] as const),
    ),
  ),
);

/** The language a person names in any of the five ("polski", "Tiếng Việt", "हिंदी", "english", "pl"). */
export function languageNamed(phrase: string): LanguageCode | undefined {
  return NAMED.get(plain(phrase));
}

const SEPARATORS = /[\s|_[\]{}<>:=,;!?()"']+/;
const tableWords = new WeakMap<Language, ReadonlySet<string>>();

/** Every word of three letters or more the table's phrasings, macros and courtesy are made of, folded. */
function wordsOf(language: Language): ReadonlySet<string> {
  let words = tableWords.get(language);
  if (!words) {
    const texts = [
      ...language.rules.flatMap((rule) => rule.patterns.map((p) => (typeof p === 'string' ? p : p.p))),
      ...Object.values(language.macros),
      ...language.openings,
      ...language.closings,
    ];
    words = new Set(
      texts
        .flatMap((text) => text.split(SEPARATORS))
        .filter((word) => !word.startsWith('$'))
        .map((word) => squash(word.toLowerCase()))
        .filter((word) => word.length >= 3),
    );
    tableWords.set(language, words);
  }
  return words;
}

/**
 * True when the text has a word of the table as it is written (accents optional): the cheap test
 * before a table other than the user's and English reads a message at all.
 */
export function mentions(language: Language, text: string): boolean {
  const words = wordsOf(language);
  return text
    .toLowerCase()
    .split(SEPARATORS)
    .some((word) => words.has(squash(word.replace(/[.।॥]+$/, ''))));
}
