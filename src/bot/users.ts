// Who is talking: identifies the user of every inbound activity and keeps their name, locale,
// time zone and conversation reference (for proactive messages) up to date.

import { TurnContext, type Activity } from 'botbuilder';
import { isValidTimeZone } from '../domain/calendar.js';
import { DEFAULT_WORKING_HOURS, type Role } from '../domain/model.js';
import type { Config } from '../app/config.js';
import type { Clock, User, UserRepository, Locks } from '../app/ports.js';
import { isStoredId, parseUser } from '../app/validate.js';

/** The user's id: `from.aadObjectId`, else `from.id`; undefined unless it is an id the product can store. */
export function userIdOf(activity: Partial<Activity>): string | undefined {
  const id: unknown = activity.from?.aadObjectId || activity.from?.id;
  return isStoredId(id) ? id : undefined;
}

/** The IANA time zone the Teams client reports in its clientInfo entity, if any. */
export function clientTimeZone(activity: Partial<Activity>): string | undefined {
  const info = activity.entities?.find((entity) => entity.type === 'clientInfo') as
    { timezone?: unknown } | undefined;
  const zone = typeof info?.timezone === 'string' ? info.timezone : undefined;
  return zone && isValidTimeZone(zone) ? zone : undefined;
}

function isPersonalConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

export function isAdministrator(config: Config, userId: string): boolean {
  return config.everyoneIsAdmin || config.adminIds.includes(userId);
}

/** A user's roles: those granted, plus administrator for ADMIN_IDS (or everyone in open local mode). */
export function rolesOf(config: Config, user: User): Role[] {
  const roles = new Set<Role>(user.roles);
  if (isAdministrator(config, user.id)) roles.add('administrator');
  if (roles.size === 0) roles.add('seller');
  return [...roles];
}

/**
 * Where to reach the user later. Without the activity's id, which differs on every activity: with
 * it, the user would be written on every turn although nothing about them changed.
 */
function conversationReferenceOf(activity: Partial<Activity>): User['conversationReference'] {
  const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
  return reference;
}

/**
 * Equal as stored (as JSON): key order (the activity's and the stored schema's differ) and
 * undefined fields aside. Users hold only JSON values: strings, numbers, booleans, arrays, objects.
 */
export function sameStored(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameStored(item, b[i]))
    );
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((key) => x[key] !== undefined);
  const defined = Object.keys(y).filter((key) => y[key] !== undefined).length;
  return keys.length === defined && keys.every((key) => sameStored(x[key], y[key]));
}

/**
 * Creates or refreshes the user behind an activity. Writes only when something changed, so a
 * quiet turn costs one read, and never a user the code could not read back.
 */
export async function recordUser(
  activity: Partial<Activity>,
  deps: { users: UserRepository; locks: Locks; clock: Clock },
): Promise<User | undefined> {
  return (await recordUserFrom(activity, deps)).user;
}

/** The user as recorded now, and as they were stored before (undefined when new). */
export interface RecordedUser {
  user?: User;
  previous?: User;
}

const RECORDED = Symbol('recorded user');

/**
 * The user behind the turn's activity, recorded once per turn: the first caller (the catch-up
 * before the turn, or the handler) records them, and every later caller in the turn shares it.
 */
export function turnUser(
  context: TurnContext,
  deps: { users: UserRepository; locks: Locks; clock: Clock },
): Promise<RecordedUser> {
  const known = context.turnState.get(RECORDED) as Promise<RecordedUser> | undefined;
  if (known) return known;
  const recorded = recordUserFrom(context.activity, deps);
  context.turnState.set(RECORDED, recorded);
  // A failure is not kept: a later caller in the turn tries again.
  recorded.catch(() => context.turnState.delete(RECORDED));
  return recorded;
}

async function recordUserFrom(
  activity: Partial<Activity>,
  deps: { users: UserRepository; locks: Locks; clock: Clock },
): Promise<RecordedUser> {
  const id = userIdOf(activity);
  if (!id) return {};
  return deps.locks.withLock(`user:${id}`, async () => {
    const existing = await deps.users.get(id);
    const now = deps.clock.now().toISOString();
    const zone = clientTimeZone(activity);
    const base: User = existing ?? {
      id,
      name: activity.from?.name || id,
      roles: [],
      workingHours: { ...DEFAULT_WORKING_HOURS, timeZone: zone ?? DEFAULT_WORKING_HOURS.timeZone },
      digestTime: '08:00',
      createdAt: now,
      updatedAt: now,
    };
    const next: User = {
      ...base,
      name: activity.from?.name || base.name,
      locale: activity.locale || base.locale,
      // A user who writes to the bot can receive messages again (they reinstalled the app).
      blockedAt: undefined,
      workingHours:
        zone && !base.timeZoneSetByUser ? { ...base.workingHours, timeZone: zone } : base.workingHours,
      conversationReference: isPersonalConversation(activity)
        ? conversationReferenceOf(activity)
        : base.conversationReference,
    };
    const changed = !existing || !sameStored({ ...next, updatedAt: '' }, { ...existing, updatedAt: '' });
    if (!changed) return { user: existing, previous: existing };
    const saved = parseUser({ ...next, updatedAt: now });
    if (!saved.ok) return { previous: existing };
    await deps.users.save(saved.value);
    return { user: saved.value, previous: existing };
  });
}
