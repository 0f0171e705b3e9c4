// Every language says everything English says, with the same arguments: a key or a placeholder
// missing in one language would show English (or "{name}") to its readers. Messages are compared
// through the ICU parser, so plural forms may differ by language but arguments may not.

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogue, resolveLocale, SUPPORTED_LOCALES, t } from '../../src/i18n/index.js';

interface Shape {
  /** "name:kind" for every argument, nested ones included. */
  args: Set<string>;
  /** Problems in plural and select options, described for the failure message. */
  problems: string[];
}

// A language may need a plural where English has a plain number ("{count} days" has three forms in
// Polish), so a number, a plain value and a plural are the same kind of argument here.
const KINDS: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'value',
  [TYPE.number]: 'value',
  [TYPE.plural]: 'value',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
};

function shape(message: string, language: string, english?: Map<string, string[]>): Shape {
  const args = new Set<string>();
  const problems: string[] = [];
  const cardinal = new Set<string>(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
  const ordinal = new Set<string>(
    new Intl.PluralRules(language, { type: 'ordinal' }).resolvedOptions().pluralCategories,
  );
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound || element.type === TYPE.tag) continue;
      args.add(`${element.value}:${KINDS[element.type] ?? element.type}`);
      if (element.type === TYPE.plural) {
        const categories = element.pluralType === 'ordinal' ? ordinal : cardinal;
        const options = Object.keys(element.options);
        for (const option of options)
          if (!option.startsWith('=') && !categories.has(option))
            problems.push(`${element.value}: "${option}" is not a plural form of ${language}`);
        for (const category of categories)
          if (!options.includes(category)) problems.push(`${element.value}: no "${category}" form`);
        for (const exact of english?.get(element.value) ?? [])
          if (!options.includes(exact)) problems.push(`${element.value}: no "${exact}" form as in English`);
      }
      if (element.type === TYPE.select) {
        const options = Object.keys(element.options).sort().join(',');
        const expected = english?.get(element.value)?.join(',');
        if (expected !== undefined && options !== expected)
          problems.push(`${element.value}: select options ${options}, English has ${expected}`);
      }
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return { args, problems };
}

/** For each plural its exact forms ("=0"), for each select its options, as English has them. */
function englishOptions(message: string): Map<string, string[]> {
  const options = new Map<string, string[]>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.plural)
        options.set(
          element.value,
          Object.keys(element.options).filter((option) => option.startsWith('=')),
        );
      if (element.type === TYPE.select) options.set(element.value, Object.keys(element.options).sort());
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return options;
}

const english = catalogue('en')!;
const keys = Object.keys(english) as (keyof typeof english)[];

describe('the languages', () => {
  it('English is the first language and every English message is valid ICU with valid plural forms', () => {
    expect(SUPPORTED_LOCALES[0]).toBe('en');
    for (const key of keys) expect(shape(english[key]!, 'en').problems, key).toEqual([]);
  });

  for (const language of SUPPORTED_LOCALES.filter((name) => name !== 'en')) {
    describe(language, () => {
      const own = catalogue(language)!;

      it('has every key English has, and no other', () => {
        expect(keys.filter((key) => own[key] === undefined)).toEqual([]);
        expect(Object.keys(own).filter((key) => !(key in english))).toEqual([]);
      });

      it('uses the same arguments as English in every message, with its own plural forms', () => {
        const differences: string[] = [];
        for (const key of keys) {
          const text = own[key];
          if (text === undefined) continue;
          let theirs: Shape;
          try {
            theirs = shape(text, language, englishOptions(english[key]!));
          } catch (error) {
            differences.push(`${key}: not a valid ICU message (${String(error)})`);
            continue;
          }
          const ours = shape(english[key]!, 'en');
          const missing = [...ours.args].filter((arg) => !theirs.args.has(arg));
          const extra = [...theirs.args].filter((arg) => !ours.args.has(arg));
          if (missing.length > 0) differences.push(`${key}: lacks ${missing.join(', ')}`);
          if (extra.length > 0) differences.push(`${key}: has ${extra.join(', ')} which English has not`);
          differences.push(...theirs.problems.map((problem) => `${key}: ${problem}`));
        }
        expect(differences).toEqual([]);
      });

      it('renders its own text for its Teams locales', () => {
        const locale = `${language}-${language.toUpperCase()}`;
        expect(resolveLocale(locale)).toBe(language);
        expect(t('help.title', {}, locale)).toBe(own['help.title']);
        expect(t('help.title', {}, locale)).not.toBe(english['help.title']);
      });
    });
  }

  it('maps each Teams locale to its language, and any other to English', () => {
    const expected: Record<string, string> = {
      'en-US': 'en',
      'en-GB': 'en',
      'fr-FR': 'en',
      'vi-VN': 'vi',
      'gl-ES': 'gl',
      'hi-IN': 'hi',
      'pl-PL': 'pl',
      pl: 'pl',
      vi_vn: 'vi',
    };
    expect([...SUPPORTED_LOCALES].sort()).toEqual(['en', 'gl', 'hi', 'pl', 'vi']);
    for (const [locale, language] of Object.entries(expected))
      expect(resolveLocale(locale), locale).toBe(language);
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('')).toBe('en');
  });
});
