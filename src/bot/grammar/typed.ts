// The typed parts of phrases: numbers and ordinals, durations ("2 days", "1 day and 12 hours"),
// record types, roles, step kinds, step references ("step 3", "the third step") and positions
// ("after step 3 on the no path", "at the end").

import type { Position, StepField, StepRef } from '../../app/manager/customise.js';
import type { Duration, LinkedInAction, RecordFieldUpdate, RecordType, Role } from '../../domain/model.js';
import type { TypedParser } from './match.js';
import { parseClock, timeZoneFromText } from '../../app/seller/profile.js';
import { isDateText } from '../../app/seller/vacation.js';
import type { Token } from './tokens.js';
import { wordCost } from './words.js';

export type { Position, StepField, StepRef };

export type KindSpec =
  | { kind: 'email' | 'automatedEmail' | 'phoneCall' | 'task' }
  | { kind: 'linkedin'; action: LinkedInAction }
  | { kind: 'command'; update: RecordFieldUpdate };

export type SequenceStatusWord = 'active' | 'draft' | 'inactive';

type Reading = { value: unknown; next: number; cost: number };

/** Every way the word alternatives `alts` read at `at`: where each ends and what it costs. */
function words(tokens: Token[], at: number, alts: readonly string[][]): { next: number; cost: number }[] {
  const found: { next: number; cost: number }[] = [];
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

const split = (...phrases: string[]): string[][] => phrases.map((phrase) => phrase.split(' '));

/** A table of phrases → values as a typed parser. */
function vocabulary<T>(table: readonly [T, string[][]][]): TypedParser {
  return (tokens, at) =>
    table.flatMap(([value, alts]) => words(tokens, at, alts).map((hit) => ({ value, ...hit })));
}

// ---- Numbers ----------------------------------------------------------------------------------

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** A cardinal number: "3", "three", "thirty". Exact words only: "one" must not read "on". */
export function readNumber(token: Token | undefined): number | undefined {
  if (!token || token.quoted) return undefined;
  const word = token.norm.replace(/'s$/, '');
  if (/^\d{1,4}$/.test(word)) return Number(word);
  const index = NUMBER_WORDS.indexOf(word);
  if (index >= 0) return index;
  if (word === 'thirty') return 30;
  return undefined;
}

/** An ordinal: "3rd", "third". */
export function readOrdinal(token: Token | undefined): number | undefined {
  if (!token || token.quoted) return undefined;
  const word = token.norm;
  const digits = /^(\d{1,3})(st|nd|rd|th)$/.exec(word);
  if (digits) return Number(digits[1]);
  const index = ORDINAL_WORDS.indexOf(word);
  if (index > 0) return index;
  if (word === 'last') return -1;
  return undefined;
}

const number: TypedParser = (tokens, at) => {
  const value = readNumber(tokens[at]);
  return value === undefined ? [] : [{ value, next: at + 1, cost: 0 }];
};

// ---- Durations --------------------------------------------------------------------------------

const UNITS: [keyof typeof UNIT_HOURS, string[][]][] = [
  ['day', split('days', 'day', 'd', 'working days', 'working day', 'business days', 'business day')],
  ['hour', split('hours', 'hour', 'h', 'hrs', 'hr', 'working hours', 'working hour')],
  ['week', split('weeks', 'week', 'w')],
];
const UNIT_HOURS = { day: 24, hour: 1, week: 7 * 24 };

/** "2 days", "a day", "36 hours", "2d", "1 day and 12 hours", "half a day". */
const duration: TypedParser = (tokens, at) => {
  const readings: Reading[] = [];
  const parts = durationParts(tokens, at);
  for (const first of parts) {
    readings.push(toDuration(first.hours, first.next, first.cost));
    const after = words(tokens, first.next, split('and'));
    for (const start of [first.next, ...after.map((hit) => hit.next)]) {
      for (const second of durationParts(tokens, start)) {
        if (second.unitHours >= first.unitHours) continue; // "2 days and 4 hours", not "4 hours and 2 days"
        readings.push(toDuration(first.hours + second.hours, second.next, first.cost + second.cost));
      }
    }
  }
  return readings;
};

function toDuration(hours: number, next: number, cost: number): Reading {
  const value: Duration = { days: Math.floor(hours / 24), hours: hours % 24 };
  return { value, next, cost };
}

function durationParts(
  tokens: Token[],
  at: number,
): { hours: number; unitHours: number; next: number; cost: number }[] {
  const found: { hours: number; unitHours: number; next: number; cost: number }[] = [];
  const token = tokens[at];
  if (!token || token.quoted) return found;
  const compact = /^(\d{1,3})(d|h|w|days?|hours?|hrs?|weeks?)$/.exec(token.norm);
  if (compact) {
    const unit = compact[2]!.startsWith('d') ? 'day' : compact[2]!.startsWith('h') ? 'hour' : 'week';
    found.push({
      hours: Number(compact[1]) * UNIT_HOURS[unit],
      unitHours: UNIT_HOURS[unit],
      next: at + 1,
      cost: 0,
    });
    return found;
  }
  let count = readNumber(token);
  let from = at + 1;
  if (count === undefined && (token.norm === 'a' || token.norm === 'an' || token.norm === 'one')) count = 1;
  if (token.norm === 'half' && (tokens[at + 1]?.norm === 'a' || tokens[at + 1]?.norm === 'an')) {
    count = 0.5;
    from = at + 2;
  }
  if (count === undefined) {
    // A bare unit: "wait a day" reads "a" as a filler, then "day".
    count = 1;
    from = at;
  }
  for (const [unit, alts] of UNITS) {
    for (const hit of words(tokens, from, alts)) {
      const hours = count * UNIT_HOURS[unit];
      if (Number.isInteger(hours)) {
        found.push({ hours, unitHours: UNIT_HOURS[unit], next: hit.next, cost: hit.cost });
      }
    }
  }
  return found;
}

// ---- Records, sequences, roles ----------------------------------------------------------------

const recordType: TypedParser = vocabulary<RecordType>([
  ['lead', split('lead', 'leads', 'prospect', 'prospects')],
  ['contact', split('contact', 'contacts')],
  ['account', split('account', 'accounts', 'customer account', 'customer accounts')],
  ['opportunity', split('opportunity', 'opportunities', 'opp', 'opps', 'deal', 'deals')],
]);

const sequenceStatus: TypedParser = vocabulary<SequenceStatusWord>([
  ['active', split('active', 'live', 'running', 'activated')],
  ['draft', split('draft', 'drafts', 'unpublished')],
  ['inactive', split('inactive', 'deactivated', 'disabled', 'stopped')],
]);

/** A filter on records: their status or stage, or "open" (still active). */
const recordFilter: TypedParser = vocabulary<string>([
  ['new', split('new', 'fresh')],
  ['open', split('open', 'active')],
  ['contacted', split('contacted')],
  ['qualified', split('qualified')],
  ['disqualified', split('disqualified')],
  ['won', split('won')],
  ['lost', split('lost')],
]);

const role: TypedParser = vocabulary<Role>([
  [
    'administrator',
    split(
      'administrator',
      'administrators',
      'admin',
      'admins',
      'system administrator',
      'sysadmin',
      'system admin',
    ),
  ],
  [
    'sequenceManager',
    split(
      'sequence manager',
      'sequence managers',
      'sequencemanager',
      'seq manager',
      'seq managers',
      'sequences manager',
    ),
  ],
  ['salesManager', split('sales manager', 'sales managers', 'salesmanager')],
  ['seller', split('seller', 'sellers', 'salesperson', 'sales person', 'sales rep', 'rep', 'salesman')],
]);

// ---- Steps ------------------------------------------------------------------------------------

const LINKEDIN_ACTION_WORDS: [LinkedInAction, string[][]][] = [
  ['research', split('research', 'lookup', 'look up', 'profile')],
  ['connect', split('connect', 'connection', 'connection request', 'invite')],
  ['inMail', split('inmail', 'message', 'in mail')],
  ['getIntroduced', split('introduction', 'intro', 'get introduced', 'introduced')],
];

const kind: TypedParser = (tokens, at) => {
  const readings: Reading[] = [];
  const simple: [KindSpec, string[][]][] = [
    [{ kind: 'email' }, split('email', 'mail', 'manual email', 'email message')],
    [
      { kind: 'automatedEmail' },
      split(
        'automated email',
        'automatic email',
        'auto email',
        'autoemail',
        'automated mail',
        'automated e mail',
      ),
    ],
    [{ kind: 'phoneCall' }, split('call', 'phone call', 'phonecall', 'phone', 'calling')],
    [{ kind: 'task' }, split('task', 'todo', 'to do')],
    [{ kind: 'command', update: { field: 'status', value: 'qualified' } }, split('qualify', 'qualify lead')],
    [
      { kind: 'command', update: { field: 'status', value: 'disqualified' } },
      split('disqualify', 'disqualify lead'),
    ],
    [
      { kind: 'command', update: { field: 'stage', value: 'won' } },
      split('close as won', 'mark as won', 'won'),
    ],
    [
      { kind: 'command', update: { field: 'stage', value: 'lost' } },
      split('close as lost', 'mark as lost', 'lost'),
    ],
    [
      { kind: 'command', update: { field: 'futureEvents', value: true } },
      split('mark for future events', 'future events'),
    ],
  ];
  for (const [value, alts] of simple) {
    for (const hit of words(tokens, at, alts)) readings.push({ value, ...hit });
  }
  for (const hit of words(tokens, at, split('linkedin', 'linked in'))) {
    readings.push({ value: { kind: 'linkedin', action: 'research' }, ...hit });
    for (const [action, alts] of LINKEDIN_ACTION_WORDS) {
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

/** "step 3", "step three", "3rd step", "the third step", "step 'Follow-up call'", "'Follow-up call' step". */
const stepRef: TypedParser = (tokens, at) => {
  const readings: Reading[] = [];
  const token = tokens[at];
  if (!token) return readings;
  if (token.quoted) {
    // A quoted step name needs the word "step" with it: alone it could be any name.
    for (const hit of words(tokens, at + 1, split('step'))) {
      readings.push({ value: { name: token.raw }, next: hit.next, cost: hit.cost });
    }
    return readings;
  }
  for (const hit of words(tokens, at, split('step', 'steps', 'step number', 'step no'))) {
    const target = tokens[hit.next];
    const n = readNumber(target);
    if (n !== undefined) readings.push({ value: { number: n }, next: hit.next + 1, cost: hit.cost });
    else if (target?.quoted)
      readings.push({ value: { name: target.raw }, next: hit.next + 1, cost: hit.cost });
  }
  const ordinal = readOrdinal(token);
  if (ordinal !== undefined) {
    for (const hit of words(tokens, at + 1, split('step'))) {
      readings.push({
        value: ordinal === -1 ? { number: -1 } : { number: ordinal },
        next: hit.next,
        cost: hit.cost,
      });
    }
  }
  return readings;
};

const branch = (tokens: Token[], at: number): { value: 'yes' | 'no'; next: number; cost: number }[] => {
  const found: { value: 'yes' | 'no'; next: number; cost: number }[] = [];
  for (const lead of [at, ...words(tokens, at, split('on', 'in', 'along', 'down')).map((hit) => hit.next)]) {
    let from = lead;
    if (tokens[from]?.norm === 'the') from++;
    for (const [value, alts] of [
      ['yes', split('yes', 'replied', 'answered')],
      ['no', split('no', 'not replied', 'not answered')],
    ] as const) {
      for (const hit of words(tokens, from, alts)) {
        for (const tail of words(tokens, hit.next, split('path', 'branch', 'side'))) {
          found.push({ value, next: tail.next, cost: hit.cost + tail.cost });
        }
      }
    }
  }
  return found;
};

/** Where a new step goes. */
const position: TypedParser = (tokens, at) => {
  const readings: Reading[] = [];
  const end: Position = { at: 'end' };
  const start: Position = { at: 'start' };
  for (const hit of words(
    tokens,
    at,
    split(
      'at end',
      'to end',
      'at the end',
      'to the end',
      'at the bottom',
      'last',
      'as last step',
      'as the last step',
      'as last',
      'as the last',
      'at the end of',
    ),
  )) {
    // "at the end of Demo": the sequence's name follows "of", read by the phrase.
    readings.push({ value: end, ...hit });
  }
  for (const hit of words(
    tokens,
    at,
    split(
      'at start',
      'at the start',
      'at the beginning',
      'at beginning',
      'at the top',
      'first',
      'as first step',
      'as the first step',
      'as first',
      'as the first',
      'to the start',
      'at the start of',
    ),
  )) {
    readings.push({ value: start, ...hit });
  }
  for (const [relation, alts] of [
    ['after', split('after', 'following', 'behind')],
    ['before', split('before', 'ahead of')],
  ] as const) {
    for (const hit of words(tokens, at, alts)) {
      let from = hit.next;
      if (tokens[from]?.norm === 'the') from++;
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

const stepField: TypedParser = vocabulary<StepField>([
  ['description', split('description', 'desc', 'instructions', 'instruction', 'details')],
  ['name', split('name', 'title', 'label')],
  ['subject', split('subject', 'email subject', 'subject line', 'mail subject')],
  ['body', split('body', 'email body', 'email text', 'mail body', 'message', 'email message', 'text')],
]);

const branchOnly: TypedParser = (tokens, at) => branch(tokens, at);

// ---- A seller's dates, times and time zones -----------------------------------------------------

/** The text of `count` tokens from `at`, as typed, without closing punctuation. */
const rawSpan = (tokens: Token[], at: number, count: number): string =>
  tokens
    .slice(at, at + count)
    .map((token) => token.raw)
    .join(' ')
    .replace(/[\s,;.!?]+$/, '');

/** Every span of up to `most` words from `at` that `reads` accepts; its value is the text as typed. */
function spans(most: number, reads: (text: string) => boolean): TypedParser {
  return (tokens, at) => {
    const readings: Reading[] = [];
    for (let count = 1; count <= most && at + count <= tokens.length; count++) {
      if (tokens.slice(at, at + count).some((token) => token.quoted)) break;
      const text = rawSpan(tokens, at, count);
      if (reads(text)) readings.push({ value: text, next: at + count, cost: 0 });
    }
    return readings;
  };
}

const known = new Map<string, boolean>();
const remembered =
  (reads: (text: string) => boolean) =>
  (text: string): boolean => {
    const key = `${reads.name}\u0000${text}`;
    let result = known.get(key);
    if (result === undefined) {
      result = reads(text);
      if (known.size > 5000) known.clear();
      known.set(key, result);
    }
    return result;
  };

/** "Monday", "next Friday", "the 3rd of January", "12/28", "tomorrow". */
const when: TypedParser = spans(
  5,
  remembered(function date(text) {
    return isDateText(text);
  }),
);
/** "7:30", "8am", "9 in the morning". */
const clock: TypedParser = spans(
  4,
  remembered(function time(text) {
    return parseClock(text) !== undefined;
  }),
);
/** "Berlin", "New York", "PST", "Europe/Warsaw". */
const tz: TypedParser = spans(
  3,
  remembered(function zone(text) {
    return timeZoneFromText(text) !== undefined;
  }),
);

export const TYPED: Record<string, TypedParser> = {
  number,
  duration,
  rtype: recordType,
  status: sequenceStatus,
  filter: recordFilter,
  role,
  kind,
  step: stepRef,
  position,
  field: stepField,
  branch: branchOnly,
  when,
  clock,
  tz,
};
