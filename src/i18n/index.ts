// The message catalogue: every text a user sees comes from here, by key, so that the product can
// be localised by adding a catalogue per language without touching handlers or cards.

import common from './en/common.js';
import manager from './en/manager.js';
import seller from './en/seller.js';
import understanding from './en/understanding.js';
import validation from './en/validation.js';

const en = { ...common, ...validation, ...seller, ...manager, ...understanding } as const;

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number | undefined>;

const catalogues: Record<string, Partial<Record<MessageKey, string>>> = { en };

export const SUPPORTED_LOCALES = Object.keys(catalogues);

/** The catalogue to use for a Teams locale such as "en-US" or "pl-PL"; English when we have none. */
export function resolveLocale(locale: string | undefined): string {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return language in catalogues ? language : 'en';
}

/** The text for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params: MessageParams = {}, locale?: string): string {
  const template: string = catalogues[resolveLocale(locale)]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** True when `key` names a message (for keys computed at run time, e.g. from a step kind). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
