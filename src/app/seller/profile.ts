// A seller's own settings: working hours, time zone and digest time. Each change re-plans the
// digest, which follows them.

import type { AppContext } from '../context.js';
import type { User } from '../ports.js';
import { scheduleDigest } from './digest.js';

/** Changes the seller under the same lock as users.ts, then plans their digest for the new settings. */
export async function updateSeller(
  ctx: AppContext,
  userId: string,
  change: (user: User) => User,
): Promise<User | undefined> {
  const saved = await ctx.stores.locks.withLock(`user:${userId}`, async () => {
    const user = await ctx.stores.users.get(userId);
    if (!user) return undefined;
    const next = { ...change(user), updatedAt: ctx.clock.now().toISOString() };
    await ctx.stores.users.save(next);
    return next;
  });
  if (saved) await scheduleDigest(ctx, saved, { replace: true });
  return saved;
}

const TIME = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/;

/** Words for a part of the day, read as "am" or "pm" after the hour ("9 in the morning"). */
const DAY_PARTS: [RegExp, string][] = [
  [/\s*(?:o'?clock)?\s*(?:in the morning|in the am|a\.?m\.?|morning)$/, 'am'],
  [
    /\s*(?:o'?clock)?\s*(?:in the afternoon|in the evening|at night|tonight|p\.?m\.?|afternoon|evening)$/,
    'pm',
  ],
  [/\s*o'?clock$/, ''],
];

/**
 * "9", "9:30", "09.30", "9am", "6 pm", "18h00", "9 in the morning", "noon" as "HH:mm"; undefined
 * when it is not a time of day.
 */
export function parseClock(text: string): string | undefined {
  let cleaned = text
    .trim()
    .toLowerCase()
    .replace(/^(?:at|around|by)\s+/, '');
  if (cleaned === 'noon' || cleaned === 'midday') return '12:00';
  for (const [part, meridiem] of DAY_PARTS) {
    if (part.test(cleaned)) {
      cleaned = `${cleaned.replace(part, '')}${meridiem}`;
      break;
    }
  }
  const match = TIME.exec(cleaned);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.replace(/\./g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "9-18", "9:30-17:30", "9am-6pm", "9 to 6pm": start and end as "HH:mm". */
export function parseHours(text: string): { start: string; end: string } | undefined {
  const parts = text
    .trim()
    .toLowerCase()
    .split(/\s*(?:-|–|—|to|until|till)\s*/);
  if (parts.length !== 2) return undefined;
  const [from, to] = parts as [string, string];
  const start = parseClock(from);
  const end = parseClock(to);
  if (!start || !end) return undefined;
  return { start, end };
}

/** Time zones people name by their abbreviation or region rather than a city. */
const ZONE_WORDS: Record<string, string> = {
  utc: 'UTC',
  gmt: 'Europe/London',
  bst: 'Europe/London',
  uk: 'Europe/London',
  wet: 'Europe/Lisbon',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  'central european': 'Europe/Berlin',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  msk: 'Europe/Moscow',
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  eastern: 'America/New_York',
  'us eastern': 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  ct: 'America/Chicago',
  central: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mountain: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  ist: 'Asia/Kolkata',
  india: 'Asia/Kolkata',
  jst: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  sgt: 'Asia/Singapore',
  hkt: 'Asia/Hong_Kong',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  awst: 'Australia/Perth',
  nzst: 'Pacific/Auckland',
  nzdt: 'Pacific/Auckland',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  boston: 'America/New_York',
  washington: 'America/New_York',
  atlanta: 'America/New_York',
  miami: 'America/New_York',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  munich: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  barcelona: 'Europe/Madrid',
  milan: 'Europe/Rome',
  geneva: 'Europe/Zurich',
  krakow: 'Europe/Warsaw',
  cracow: 'Europe/Warsaw',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  beijing: 'Asia/Shanghai',
  hanoi: 'Asia/Bangkok',
  'ho chi minh city': 'Asia/Ho_Chi_Minh',
  saigon: 'Asia/Ho_Chi_Minh',
};

const folded = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[_\s]+/g, ' ')
    .replace(/\s*(?:time ?zone|time|timezone|standard time)$/, '')
    .trim();

let cities: Map<string, string> | undefined;

/** Every IANA zone by its city: "new york" → America/New_York. */
function cityZones(): Map<string, string> {
  if (cities) return cities;
  cities = new Map();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop();
    if (city && zone.includes('/')) cities.set(folded(city), zone);
  }
  return cities;
}

/**
 * The IANA time zone a person means: its name ("Europe/Warsaw", any case), a city ("Berlin",
 * "New York"), or a common abbreviation or region ("PST", "CET", "Eastern"). Undefined when unknown.
 */
export function timeZoneFromText(text: string): string | undefined {
  const exact = canonicalTimeZone(text);
  if (exact) return exact;
  const key = folded(text).replace(/^the /, '');
  if (!key) return undefined;
  return ZONE_WORDS[key] ?? cityZones().get(key);
}

/** An IANA time zone as typed in any case ("europe/warsaw"), in its canonical spelling; undefined when unknown. */
export function canonicalTimeZone(text: string): string | undefined {
  const name = text.trim();
  if (!name || /\s/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
