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

/** "9", "9:30", "09.30", "9am", "6 pm", "18h00" as "HH:mm"; undefined when it is not a time of day. */
export function parseClock(text: string): string | undefined {
  const match = TIME.exec(text.trim().toLowerCase());
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
