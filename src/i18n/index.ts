// The message catalogue: every text a user sees comes from here, by key, so that the product can
// be localised by adding a catalogue per language without touching handlers or cards.

import common from './en/common.js';
import manager from './en/manager.js';
import seller from './en/seller.js';
import templates from './en/templates.js';
import understanding from './en/understanding.js';
import validation from './en/validation.js';

const en = { ...common, ...validation, ...seller, ...manager, ...understanding, ...templates } as const;

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number | undefined>;

const catalogues: Record<string, Partial<Record<MessageKey, string>>> = { en };

export const SUPPORTED_LOCALES = Object.keys(catalogues);

/** The catalogue to use for a Teams locale such as "en-US" or "pl-PL"; English when we have none. */
export function resolveLocale(locale: string | undefined): string {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return language in catalogues ? language : 'en';
}

/**
 * Plural forms, as ICU writes them: "{count, plural, one {# record} other {# records}}". The forms
 * a language has come from Intl.PluralRules (Polish has one, few, many, other); "=0" matches exactly.
 */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(=?\w+)\s*\{([^{}]*)\}/g;

function plurals(template: string, params: MessageParams, locale: string): string {
  return template.replace(PLURAL, (whole, name: string, forms: string) => {
    const value = Number(params[name]);
    if (params[name] === undefined || !Number.isFinite(value)) return whole;
    const options = new Map([...forms.matchAll(FORM)].map((match) => [match[1]!, match[2]!]));
    const form =
      options.get(`=${value}`) ??
      options.get(new Intl.PluralRules(locale).select(value)) ??
      options.get('other');
    return form === undefined ? whole : form.replace(/#/g, String(value));
  });
}

/** The text for `key` in `locale`, with plural forms chosen and `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params: MessageParams = {}, locale?: string): string {
  const language = resolveLocale(locale);
  const template: string = catalogues[language]?.[key] ?? en[key];
  return plurals(template, params, language).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** True when `key` names a message (for keys computed at run time, e.g. from a step kind). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
