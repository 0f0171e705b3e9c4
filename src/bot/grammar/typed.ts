// The typed parts of phrases: numbers and ordinals, durations ("2 days", "1 day and 12 hours"),
// record types, roles, step kinds, step references ("step 3", "the third step"), positions
// ("after step 3 on the no path", "at the end"), dates, times of day and time zones. The words
// come from the language's vocabulary (rules.ts); this code only knows how the parts are built.

import type { Position, StepField, StepRef } from '../../app/manager/customise.js';
import { parseClock, timeZoneFromText } from '../../app/seller/profile.js';
import { isDateText } from '../../app/seller/vacation.js';
import type { Duration, LinkedInAction, RecordFieldUpdate } from '../../domain/model.js';
import type { TypedParser } from './match.js';
import type { Vocabulary } from './rules.js';
import { type Token, trimEnds } from './tokens.js';
import { squash, wordCost } from './words.js';

export type { Position, StepField, StepRef };

export type KindSpec =
  | { kind: 'email' | 'automatedEmail' | 'phoneCall' | 'task' }
  | { kind: 'linkedin'; action: LinkedInAction }
  | { kind: 'command'; update: RecordFieldUpdate };

export type SequenceStatusWord = 'active' | 'draft' | 'inactive';

type Reading = { value: unknown; next: number; cost: number };
type Hit = { next: number; cost: number };

/** Every way the word alternatives `alts` read at `at`: where each ends and what it costs. */
function words(tokens: Token[], at: number, alts: readonly string[][]): Hit[] {
  const found: Hit[] = [];
  for (const alt of alts) {
    let cost = 0;
    let ok = true;
    for (let k = 0; k < alt.length; k++) {
      const token = tokens[at + k];
      const c = token && !token.quoted ? wordCost(token.norm, alt[k]!) : undefined;
      if (c === undefined) {
        ok = false;
        break;
      }
      cost += c;
    }
    if (ok) found.push({ next: at + alt.length, cost });
  }
  return found;
}

const split = (phrases: readonly string[]): string[][] => phrases.map((phrase) => phrase.split(' '));

/** A table of phrases → values as a typed parser. */
function table<T>(entries: readonly [T, readonly string[]][]): TypedParser {
  const alts = entries.map(([value, phrases]) => [value, split(phrases)] as const);
  return (tokens, at) =>
    alts.flatMap(([value, phrases]) => words(tokens, at, phrases).map((hit) => ({ value, ...hit })));
}

const entriesOf = <K extends string>(record: Record<K, readonly string[]>): [K, readonly string[]][] =>
  Object.entries(record) as [K, readonly string[]][];

const UNIT_HOURS = { day: 24, hour: 1, week: 7 * 24 } as const;
type Unit = keyof typeof UNIT_HOURS;

/** The typed parts of a language, built from its vocabulary. */
export function typedParsers(v: Vocabulary): Record<string, TypedParser> {
  const is = (token: Token | undefined, list: readonly string[]): boolean =>
    !!token && !token.quoted && list.includes(token.norm);

  // ---- Numbers ----------------------------------------------------------------------------------

  /** A cardinal number: "3", "three". Exact words only: "one" must not read "on". */
  const readNumber = (token: Token | undefined): number | undefined => {
    if (!token || token.quoted) return undefined;
    const word = token.norm.replace(/'s$/, '');
    if (/^\d{1,4}$/.test(word)) return Number(word);
    return v.numbers[word];
  };

  /** An ordinal: "3rd", "third", "last" (-1). */
  const readOrdinal = (token: Token | undefined): number | undefined => {
    if (!token || token.quoted) return undefined;
    const digits = /^(\d{1,3})(\D+)$/.exec(token.norm);
    if (digits && v.ordinalSuffixes.includes(digits[2]!)) return Number(digits[1]);
    return v.ordinals[token.norm];
  };

  const number: TypedParser = (tokens, at) => {
    const value = readNumber(tokens[at]);
    return value === undefined ? [] : [{ value, next: at + 1, cost: 0 }];
  };

  // ---- Durations --------------------------------------------------------------------------------

  const units = (Object.keys(UNIT_HOURS) as Unit[]).map((unit) => [unit, split(v.units[unit])] as const);

  const durationParts = (
    tokens: Token[],
    at: number,
  ): { hours: number; unitHours: number; next: number; cost: number }[] => {
    const found: { hours: number; unitHours: number; next: number; cost: number }[] = [];
    const token = tokens[at];
    if (!token || token.quoted) return found;
    // "2d", "36h", "1w": a number glued to its unit.
    const compact = /^(\d{1,3})([^\d\s]+)$/.exec(token.norm);
    const glued = compact
      ? (Object.keys(UNIT_HOURS) as Unit[]).find((unit) => v.compactUnits[unit].includes(compact[2]!))
      : undefined;
    if (compact && glued) {
      const hours = Number(compact[1]) * UNIT_HOURS[glued];
      found.push({ hours, unitHours: UNIT_HOURS[glued], next: at + 1, cost: 0 });
      return found;
    }
    let count = readNumber(token);
    let from = at + 1;
    if (count === undefined && is(token, v.one)) count = 1;
    if (is(token, v.half) && is(tokens[at + 1], v.one)) {
      count = 0.5;
      from = at + 2;
    }
    if (count === undefined) {
      // A bare unit: "wait a day" reads "a" as a filler, then "day".
      count = 1;
      from = at;
    }
    for (const [unit, alts] of units) {
      for (const hit of words(tokens, from, alts)) {
        const hours = count * UNIT_HOURS[unit];
        if (Number.isInteger(hours)) {
          found.push({ hours, unitHours: UNIT_HOURS[unit], next: hit.next, cost: hit.cost });
        }
      }
    }
    return found;
  };

  const toDuration = (hours: number, next: number, cost: number): Reading => {
    const value: Duration = { days: Math.floor(hours / 24), hours: hours % 24 };
    return { value, next, cost };
  };

  const and = split(v.and);
  /** "2 days", "a day", "36 hours", "2d", "1 day and 12 hours", "half a day". */
  const duration: TypedParser = (tokens, at) => {
    const readings: Reading[] = [];
    for (const first of durationParts(tokens, at)) {
      readings.push(toDuration(first.hours, first.next, first.cost));
      const after = words(tokens, first.next, and);
      for (const start of [first.next, ...after.map((hit) => hit.next)]) {
        for (const second of durationParts(tokens, start)) {
          if (second.unitHours >= first.unitHours) continue; // "2 days and 4 hours", not "4 hours and 2 days"
          readings.push(toDuration(first.hours + second.hours, second.next, first.cost + second.cost));
        }
      }
    }
    return readings;
  };

  // ---- Steps ------------------------------------------------------------------------------------

  const commandKinds: [KindSpec, readonly string[]][] = [
    [{ kind: 'command', update: { field: 'status', value: 'qualified' } }, v.kinds.qualify],
    [{ kind: 'command', update: { field: 'status', value: 'disqualified' } }, v.kinds.disqualify],
    [{ kind: 'command', update: { field: 'stage', value: 'won' } }, v.kinds.won],
    [{ kind: 'command', update: { field: 'stage', value: 'lost' } }, v.kinds.lost],
    [{ kind: 'command', update: { field: 'futureEvents', value: true } }, v.kinds.futureEvents],
  ];
  const simpleKinds = table<KindSpec>([
    [{ kind: 'email' }, v.kinds.email],
    [{ kind: 'automatedEmail' }, v.kinds.automatedEmail],
    [{ kind: 'phoneCall' }, v.kinds.phoneCall],
    [{ kind: 'task' }, v.kinds.task],
    ...commandKinds,
  ]);
  const linkedin = split(v.kinds.linkedin);
  const linkedinActions = entriesOf(v.linkedinActions).map(
    ([action, phrases]) => [action, split(phrases)] as const,
  );

  const kind: TypedParser = (tokens, at) => {
    const readings: Reading[] = simpleKinds(tokens, at);
    for (const hit of words(tokens, at, linkedin)) {
      readings.push({ value: { kind: 'linkedin', action: 'research' }, ...hit });
      for (const [action, alts] of linkedinActions) {
        for (const second of words(tokens, hit.next, alts)) {
          readings.push({
            value: { kind: 'linkedin', action },
            next: second.next,
            cost: hit.cost + second.cost,
          });
        }
      }
    }
    return readings;
  };

  const stepWords = split(v.step);
  const stepMarker = split(v.stepMarker);
  /** "step 3", "step three", "3rd step", "the third step", "step 'Follow-up call'", "'Follow-up call' step". */
  const stepRef: TypedParser = (tokens, at) => {
    const readings: Reading[] = [];
    const token = tokens[at];
    if (!token) return readings;
    if (token.quoted) {
      // A quoted step name needs the word "step" with it: alone it could be any name.
      for (const hit of words(tokens, at + 1, stepMarker)) {
        readings.push({ value: { name: token.raw }, next: hit.next, cost: hit.cost });
      }
      return readings;
    }
    for (const hit of words(tokens, at, stepWords)) {
      const target = tokens[hit.next];
      const n = readNumber(target);
      if (n !== undefined) readings.push({ value: { number: n }, next: hit.next + 1, cost: hit.cost });
      else if (target?.quoted)
        readings.push({ value: { name: target.raw }, next: hit.next + 1, cost: hit.cost });
    }
    const ordinal = readOrdinal(token);
    if (ordinal !== undefined) {
      for (const hit of words(tokens, at + 1, stepMarker)) {
        readings.push({ value: { number: ordinal }, next: hit.next, cost: hit.cost });
      }
    }
    readings.push(...flowStepRef(tokens, at));
    return readings;
  };

  const flowKinds = v.flowSteps
    ? ([
        ['wait', split(v.flowSteps.wait)],
        ['condition', split(v.flowSteps.condition)],
      ] as const)
    : [];
  const afterWords = split(v.position.after);
  const beforeWords = split(v.position.before);
  /** The number a wait or a condition is placed by: "step 3", "3". */
  const placeNumber = (tokens: Token[], at: number): { n: number; next: number; cost: number }[] => {
    const found: { n: number; next: number; cost: number }[] = [];
    let from = at;
    if (is(tokens[from], v.articles)) from++;
    const bare = readNumber(tokens[from]);
    if (bare !== undefined) found.push({ n: bare, next: from + 1, cost: 0 });
    for (const hit of words(tokens, from, stepWords)) {
      const n = readNumber(tokens[hit.next]);
      if (n !== undefined) found.push({ n, next: hit.next + 1, cost: hit.cost });
    }
    return found;
  };
  /** "the wait after step 3", "the condition before step 5", "the check at the start". */
  const flowStepRef: TypedParser = (tokens, at) => {
    const readings: Reading[] = [];
    const from = is(tokens[at], v.articles) ? at + 1 : at;
    for (const [flow, alts] of flowKinds) {
      for (const hit of words(tokens, from, alts)) {
        for (const rel of words(tokens, hit.next, afterWords)) {
          for (const place of placeNumber(tokens, rel.next)) {
            readings.push({
              value: { flow, after: place.n } satisfies StepRef,
              next: place.next,
              cost: hit.cost + rel.cost + place.cost,
            });
          }
        }
        for (const rel of words(tokens, hit.next, beforeWords)) {
          for (const place of placeNumber(tokens, rel.next)) {
            if (place.n < 1) continue;
            readings.push({
              value: { flow, after: place.n - 1 } satisfies StepRef,
              next: place.next,
              cost: hit.cost + rel.cost + place.cost,
            });
          }
        }
        for (const rel of words(tokens, hit.next, starts)) {
          readings.push({
            value: { flow, after: 0 } satisfies StepRef,
            next: rel.next,
            cost: hit.cost + rel.cost,
          });
        }
      }
    }
    return readings;
  };

  const branchLead = split(v.branch.lead);
  const branchSides = [
    ['yes', split(v.branch.yes)],
    ['no', split(v.branch.no)],
  ] as const;
  const branchNoun = split(v.branch.noun);
  const branch = (tokens: Token[], at: number): { value: 'yes' | 'no'; next: number; cost: number }[] => {
    const found: { value: 'yes' | 'no'; next: number; cost: number }[] = [];
    for (const lead of [at, ...words(tokens, at, branchLead).map((hit) => hit.next)]) {
      let from = lead;
      if (is(tokens[from], v.articles)) from++;
      for (const [value, alts] of branchSides) {
        for (const hit of words(tokens, from, alts)) {
          for (const tail of words(tokens, hit.next, branchNoun)) {
            found.push({ value, next: tail.next, cost: hit.cost + tail.cost });
          }
        }
      }
    }
    return found;
  };

  const ends = split(v.position.end);
  const starts = split(v.position.start);
  const relations = [
    ['after', split(v.position.after)],
    ['before', split(v.position.before)],
  ] as const;
  /** Where a new step goes. */
  const position: TypedParser = (tokens, at) => {
    const readings: Reading[] = [];
    const end: Position = { at: 'end' };
    const start: Position = { at: 'start' };
    // "at the end of Demo": the sequence's name follows "of", read by the phrase.
    for (const hit of words(tokens, at, ends)) readings.push({ value: end, ...hit });
    for (const hit of words(tokens, at, starts)) readings.push({ value: start, ...hit });
    for (const [relation, alts] of relations) {
      for (const hit of words(tokens, at, alts)) {
        let from = hit.next;
        if (is(tokens[from], v.articles)) from++;
        const refs = stepRef(tokens, from);
        const bare = readNumber(tokens[from]);
        if (bare !== undefined) refs.push({ value: { number: bare }, next: from + 1, cost: 0 });
        for (const ref of refs) {
          const step = ref.value as StepRef;
          const cost = hit.cost + ref.cost;
          if (relation === 'before') {
            readings.push({ value: { at: 'before', step }, next: ref.next, cost });
            continue;
          }
          readings.push({ value: { at: 'after', step }, next: ref.next, cost });
          for (const side of branch(tokens, ref.next)) {
            readings.push({
              value: { at: 'after', step, branch: side.value },
              next: side.next,
              cost: cost + side.cost,
            });
          }
        }
      }
    }
    return readings;
  };

  return {
    number,
    duration,
    rtype: table(entriesOf(v.recordTypes)),
    status: table(entriesOf(v.statuses)),
    filter: table(entriesOf(v.recordFilters)),
    role: table(entriesOf(v.roles)),
    kind,
    step: stepRef,
    position,
    field: table(entriesOf(v.fields)),
    branch: (tokens, at) => branch(tokens, at),
    when: spans(5, remembered('date', isDateText), v.dates && translator(v.dates)),
    clock: spans(
      4,
      remembered('time', (text) => parseClock(text) !== undefined),
    ),
    tz: spans(
      3,
      remembered('zone', (text) => timeZoneFromText(text) !== undefined),
    ),
  };
}

// ---- A seller's dates, times and time zones -----------------------------------------------------

/** The text of `count` tokens from `at`, as typed, without closing punctuation. */
const rawSpan = (tokens: Token[], at: number, count: number): string =>
  trimEnds(
    tokens
      .slice(at, at + count)
      .map((token) => token.raw)
      .join(' '),
    '',
    ' \t\n\r\f\v,;.!?',
  );

/**
 * The longest text a date, time or zone reader is given: no date is longer, and the readers
 * (chrono's among them) then never see a text long enough to take long.
 */
export const MAX_SPAN_CHARS = 60;

/**
 * Every span of up to `most` words from `at` that `reads` accepts; its value is the text as typed,
 * or in the English words `translate` gives for another language's ("do piątku": "friday").
 */
function spans(
  most: number,
  reads: (text: string) => boolean,
  translate?: (text: string) => string,
): TypedParser {
  return (tokens, at) => {
    const readings: Reading[] = [];
    let length = -1;
    for (let count = 1; count <= most && at + count <= tokens.length; count++) {
      const token = tokens[at + count - 1]!;
      if (token.quoted) break;
      length += token.raw.length + 1;
      if (length > MAX_SPAN_CHARS) break;
      const typed = rawSpan(tokens, at, count);
      const text = translate ? translate(typed) : typed;
      if (reads(text)) readings.push({ value: text, next: at + count, cost: 0 });
    }
    return readings;
  };
}

const known = new Map<string, boolean>();
/** `reads`, remembered: the date, time and zone readers are asked about the same spans many times. */
function remembered(kind: string, reads: (text: string) => boolean): (text: string) => boolean {
  return (text) => {
    const key = `${kind}\u0000${text}`;
    let result = known.get(key);
    if (result === undefined) {
      result = reads(text);
      if (known.size > 5000) known.clear();
      known.set(key, result);
    }
    return result;
  };
}

/** Replaces a language's date words by the English ones, longest phrase first, accents optional. */
function translator(words: Record<string, string>): (text: string) => string {
  const phrases = Object.entries(words)
    .map(
      ([phrase, english]) => [phrase.split(' ').map((word) => squash(word.toLowerCase())), english] as const,
    )
    .sort((a, b) => b[0].length - a[0].length);
  return (text) => {
    const typed = text.toLowerCase().split(/\s+/).filter(Boolean);
    const out: string[] = [];
    for (let i = 0; i < typed.length;) {
      const hit = phrases.find(([phrase]) => phrase.every((word, k) => squash(typed[i + k] ?? '') === word));
      if (hit) {
        if (hit[1]) out.push(hit[1]);
        i += hit[0].length;
      } else out.push(slashed(typed[i++]!));
    }
    return out.join(' ');
  };
}

/** "24.12" and "24.12.2026", as most of Europe writes a date, in the slashes the date reader knows. */
function slashed(word: string): string {
  const dotted = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?\.?$/.exec(word);
  return dotted ? [dotted[1], dotted[2], dotted[3]].filter(Boolean).join('/') : word;
}
