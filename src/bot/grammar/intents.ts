// The intents of the phrase table as a language model is asked to use them: each intent with the
// slots its phrasings carry (taken from the table itself, so the two never disagree), what each
// slot holds, and the check that turns a model's slot values into the grammar's Slots. The model's
// words are read with the same typed parsers and the same name checks as typed text; anything they
// do not accept makes the whole reading void.

import { compile, type Elem } from './match.js';
import { checksFor, type Slots } from './index.js';
import { EN } from './lang/en.js';
import { type Intent, type Language, WHOLE_TEXT_ONLY } from './rules.js';
import { tokenize } from './tokens.js';
import { typedParsers } from './typed.js';

/** What one slot holds, for the model and for the check of its answer. */
export type SlotKind =
  /** Words as the user wrote them: a name, a date, a text. */
  | { type: 'text' }
  /** Words read by one of the grammar's typed parsers ("2 days", "step 3", "after step 2"). */
  | { type: 'typed'; parser: string }
  /** One value of a closed list (a role, a record type, a field); `parser` reads the words too. */
  | { type: 'choice'; values: string[]; parser?: string }
  | { type: 'flag' };

export interface IntentSpec {
  intent: Intent;
  slots: Record<string, SlotKind>;
  /** Slots every phrasing of the intent carries. */
  required: string[];
}

/** Typed parts whose values are a closed list: the model picks one of them. */
const CHOICES: Record<string, (language: Language) => string[]> = {
  rtype: (l) => Object.keys(l.vocabulary.recordTypes),
  status: (l) => Object.keys(l.vocabulary.statuses),
  filter: (l) => Object.keys(l.vocabulary.recordFilters),
  role: (l) => Object.keys(l.vocabulary.roles),
  field: (l) => Object.keys(l.vocabulary.fields),
  branch: () => ['yes', 'no'],
};

/** The longest text the model may put in one slot: a step's e-mail body is the longest anyone types. */
export const MAX_SLOT_TEXT = 2000;

/** Every intent of the language's table with its slots; small talk is not offered. */
export function intentSpecs(language: Language = EN): IntentSpec[] {
  const byIntent = new Map<Intent, { slots: Record<string, SlotKind>; everyTime: Set<string>[] }>();
  for (const rule of language.rules) {
    if (WHOLE_TEXT_ONLY.has(rule.intent)) continue;
    const entry = byIntent.get(rule.intent) ?? { slots: {}, everyTime: [] };
    byIntent.set(rule.intent, entry);
    for (const pattern of rule.patterns) {
      const text = typeof pattern === 'string' ? pattern : pattern.p;
      const set = typeof pattern === 'string' ? {} : pattern.set;
      const always = new Set<string>(Object.keys(set));
      const walk = (elems: Elem[], optional: boolean): void => {
        for (const elem of elems) {
          if (elem.t === 'opt') walk(elem.body, true);
          else if (elem.t === 'slot' || elem.t === 'typed') {
            if (!optional) always.add(elem.name);
            const seen = entry.slots[elem.name];
            // A value one phrasing implies ("call it X": the sequence in focus) gives way to words.
            const implied = seen?.type === 'choice' && !seen.parser;
            if (seen && !(implied && elem.t === 'slot')) continue;
            const choices = elem.t === 'typed' ? CHOICES[elem.parser]?.(language) : undefined;
            entry.slots[elem.name] =
              elem.t === 'slot'
                ? { type: 'text' }
                : choices
                  ? { type: 'choice', values: choices, parser: elem.parser }
                  : { type: 'typed', parser: elem.parser };
          }
        }
      };
      walk(compile(text, language.macros, language.synonyms), false);
      for (const [name, value] of Object.entries(set)) {
        const known = entry.slots[name];
        if (typeof value === 'boolean') entry.slots[name] = { type: 'flag' };
        else if (known?.type === 'choice') known.values = [...new Set([...known.values, String(value)])];
        else if (!known) entry.slots[name] = { type: 'choice', values: [String(value)] };
      }
      entry.everyTime.push(always);
    }
  }
  return [...byIntent].map(([intent, { slots, everyTime }]) => ({
    intent,
    slots,
    required: Object.keys(slots).filter((name) => everyTime.every((always) => always.has(name))),
  }));
}

/**
 * The grammar's Slots for a model's slot values, read as typed text would be: free texts pass the
 * slot's own check (a record's name is one clause of a few words, a date a few words...), typed
 * parts are read whole by their parser, choices must be one of the list. Undefined when any value
 * is not acceptable, or a slot every phrasing carries is missing.
 */
export function slotsFromModel(
  spec: IntentSpec,
  values: Record<string, unknown>,
  language: Language = EN,
): Slots | undefined {
  const checks = checksFor(language);
  const typed = typedParsers(language.vocabulary);
  const slots: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(values)) {
    const kind = spec.slots[name];
    if (!kind || raw === undefined || raw === null || raw === '') continue;
    if (kind.type === 'flag') {
      if (typeof raw !== 'boolean') return undefined;
      if (raw) slots[name] = true;
      continue;
    }
    if (typeof raw !== 'string' || raw.length > MAX_SLOT_TEXT) return undefined;
    const text = raw.trim();
    if (!text) continue;
    if (kind.type === 'choice') {
      if (kind.values.includes(text)) {
        slots[name] = text;
        continue;
      }
      if (!kind.parser) return undefined;
    }
    const tokens = tokenize(text).tokens;
    if (tokens.length === 0) continue;
    const parser = kind.type === 'text' ? undefined : kind.parser;
    if (parser) {
      const reading = typed[parser]?.(tokens, 0).find((r) => r.next === tokens.length);
      if (!reading) return undefined;
      slots[name] = reading.value;
    } else {
      const check = checks[name];
      if (check && !check(tokens)) return undefined;
      slots[name] = text;
    }
  }
  if (spec.required.some((name) => slots[name] === undefined)) return undefined;
  return slots as Slots;
}
