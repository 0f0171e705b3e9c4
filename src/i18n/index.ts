// The message catalogue: every text a user sees comes from here, by key, as an ICU message
// (intl-messageformat) rendered for the reader's language; a key a language lacks falls back to
// English, so a catalogue can be incomplete without a reader ever seeing a bare key.

import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import common from './en/common.js';
import manager from './en/manager.js';
import seller from './en/seller.js';
import templates from './en/templates.js';
import understanding from './en/understanding.js';
import validation from './en/validation.js';
import glCommon from './gl/common.js';
import glManager from './gl/manager.js';
import glSeller from './gl/seller.js';
import glTemplates from './gl/templates.js';
import glUnderstanding from './gl/understanding.js';
import glValidation from './gl/validation.js';
import hiCommon from './hi/common.js';
import hiManager from './hi/manager.js';
import hiSeller from './hi/seller.js';
import hiTemplates from './hi/templates.js';
import hiUnderstanding from './hi/understanding.js';
import hiValidation from './hi/validation.js';
import plCommon from './pl/common.js';
import plManager from './pl/manager.js';
import plSeller from './pl/seller.js';
import plTemplates from './pl/templates.js';
import plUnderstanding from './pl/understanding.js';
import plValidation from './pl/validation.js';
import viCommon from './vi/common.js';
import viManager from './vi/manager.js';
import viSeller from './vi/seller.js';
import viTemplates from './vi/templates.js';
import viUnderstanding from './vi/understanding.js';
import viValidation from './vi/validation.js';

const en = { ...common, ...validation, ...seller, ...manager, ...understanding, ...templates } as const;

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number | undefined>;
export type Catalogue = Partial<Record<MessageKey, string>>;

// One catalogue per language, each written as the same six files as English. A language's key
// missing here is rendered in English (test/i18n/languages.test.ts keeps them complete).
const catalogues: Record<string, Catalogue> = {
  en,
  gl: { ...glCommon, ...glValidation, ...glSeller, ...glManager, ...glUnderstanding, ...glTemplates },
  hi: { ...hiCommon, ...hiValidation, ...hiSeller, ...hiManager, ...hiUnderstanding, ...hiTemplates },
  pl: { ...plCommon, ...plValidation, ...plSeller, ...plManager, ...plUnderstanding, ...plTemplates },
  vi: { ...viCommon, ...viValidation, ...viSeller, ...viManager, ...viUnderstanding, ...viTemplates },
};

/** The languages with a catalogue, English first. */
export const SUPPORTED_LOCALES = Object.keys(catalogues);

/** The English catalogue, the reference every other language is compared with. */
export function catalogue(language: string): Catalogue | undefined {
  return catalogues[language];
}

/** The catalogue to use for a Teams locale such as "en-US" or "pl-PL"; English when we have none. */
export function resolveLocale(locale: string | undefined): string {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return language in catalogues ? language : 'en';
}

// Each message is parsed once per language and kept; the catalogue is fixed at start, so the cache
// is bounded by languages × keys. A message without arguments is kept as its text.
interface Compiled {
  format: IntlMessageFormat;
  /** The whole text, when the message has nothing to fill in. */
  text?: string;
}
const compiled = new Map<string, Map<MessageKey, Compiled>>();

function compile(key: MessageKey, language: string): Compiled {
  let ofLanguage = compiled.get(language);
  if (!ofLanguage) {
    ofLanguage = new Map();
    compiled.set(language, ofLanguage);
  }
  let message = ofLanguage.get(key);
  if (message === undefined) {
    const own = catalogues[language]?.[key];
    // ignoreTag: our texts show "<placeholders>" as they are; ICU would read them as markup.
    const format = new IntlMessageFormat(own ?? en[key], own === undefined ? 'en' : language, undefined, {
      ignoreTag: true,
    });
    const ast = format.getAst();
    message =
      ast.length === 1 && ast[0]!.type === TYPE.literal ? { format, text: ast[0]!.value } : { format };
    ofLanguage.set(key, message);
  }
  return message;
}

/** The message with every argument that has no value shown as "{name}" instead of failing. */
function withoutMissing(elements: MessageFormatElement[], params: MessageParams): MessageFormatElement[] {
  return elements.map((element): MessageFormatElement => {
    if (element.type === TYPE.literal || element.type === TYPE.pound || element.type === TYPE.tag)
      return element;
    if (params[element.value] === undefined) return { type: TYPE.literal, value: `{${element.value}}` };
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return element;
    const options = Object.fromEntries(
      Object.entries(element.options).map(([name, option]) => [
        name,
        { ...option, value: withoutMissing(option.value, params) },
      ]),
    );
    return { ...element, options } as MessageFormatElement;
  });
}

/**
 * The text for `key` in `locale`: an ICU message with `{name}` placeholders filled from `params`
 * and plural forms chosen by the language's rules. Values are text, never markup: a name that
 * contains braces stays as typed.
 */
export function t(key: MessageKey, params: MessageParams = {}, locale?: string): string {
  return render(key, params, resolveLocale(locale));
}

function render(key: MessageKey, params: MessageParams, language: string): string {
  const { format, text } = compile(key, language);
  if (text !== undefined) return text;
  let values = params;
  for (const name in params) {
    if (params[name] === undefined) {
      values = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
      break;
    }
  }
  try {
    return String(format.format(values));
  } catch {
    // A value the message needs is missing: show its name rather than fail the whole answer.
    const ast = withoutMissing(format.getAst(), params);
    return String(
      new IntlMessageFormat(ast, format.resolvedOptions().locale, undefined, { ignoreTag: true }).format(
        values,
      ),
    );
  }
}

/** Catalogue text in one reader's language, and that language's locale for dates and numbers. */
export interface Say {
  (key: MessageKey, params?: MessageParams): string;
  /** The locale to format dates, times and numbers with: the reader's own when we speak their language. */
  readonly locale: string;
}

/**
 * The locale that dates and numbers are formatted in: the reader's Teams locale ("pl-PL") when we
 * have their language, else English, so a date never reads in another language than its sentence.
 */
export function formatLocale(locale: string | undefined): string {
  const language = resolveLocale(locale);
  if (language === 'en' || locale === undefined) return 'en';
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0] ?? language;
  } catch {
    return language;
  }
}

export function sayIn(locale: string | undefined): Say {
  const language = resolveLocale(locale);
  return Object.assign((key: MessageKey, params: MessageParams = {}) => render(key, params, language), {
    locale: formatLocale(locale),
  });
}

/**
 * The language a user reads: the one they chose, else the one Teams last reported for them. Every
 * message not sent in answer to the user (pushed cards, digests, notices) takes its language here.
 */
export function readerLocale(user: { language?: string; locale?: string }): string | undefined {
  return user.language ?? user.locale;
}

/** True when `key` names a message (for keys computed at run time, e.g. from a step kind). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
