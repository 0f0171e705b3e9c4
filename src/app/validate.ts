// What a stored user or record must look like for the rest of the code to read it back: pure
// checks, called before a write and on reading stored data, so that one bad value is refused (or
// reported and skipped) instead of breaking a list for everyone.

import { z } from 'zod';
import { isValidTimeZone } from '../domain/calendar.js';
import { type CrmRecord, RECORD_TYPES, ROLES } from '../domain/model.js';
import { FORBIDDEN_KEYS } from '../domain/strict-json.js';
import type { User } from './ports.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * An id the product stores and looks up: text of 1–256 characters without control characters,
 * never a name that reaches an object's prototype.
 */
export const storedId = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^\p{Cc}]*$/u, 'must not hold control characters')
  .refine((id) => !FORBIDDEN_KEYS.has(id), 'is a reserved word');

/** The same rule as a plain predicate, for the places that only need yes or no. */
export const isStoredId = (value: unknown): value is string => storedId.safeParse(value).success;

const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO time');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 08:00');
const text = (max: number) => z.string().max(max);

const workingHours = z.object({
  timeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone'),
  days: z.array(z.number().int().min(1).max(7)).max(7),
  start: clockTime,
  end: clockTime,
});

const account = z.object({ id: z.string().max(256) }).passthrough();

const conversationReference = z
  .object({
    serviceUrl: z.string().max(2048).optional(),
    channelId: z.string().max(64).optional(),
    conversation: account.optional(),
    user: account.optional(),
    bot: account.optional(),
    activityId: z.string().max(256).optional(),
    locale: z.string().max(35).optional(),
  })
  .passthrough();

const userSchema = z
  .object({
    id: storedId,
    name: text(256),
    email: text(320).optional(),
    locale: text(35).optional(),
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
    businessUnit: text(256).optional(),
    workingHours,
    timeZoneSetByUser: z.boolean().optional(),
    digestTime: clockTime,
    conversationReference: conversationReference.optional(),
    pausedUntil: isoTime.optional(),
    blockedAt: isoTime.optional(),
    lastDigestDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();

const recordSchema = z
  .object({
    id: storedId,
    type: z.enum(RECORD_TYPES),
    firstName: text(1000).optional(),
    lastName: text(1000).optional(),
    name: text(2000).min(1),
    company: text(1000).optional(),
    email: text(320).optional(),
    phone: text(100).optional(),
    linkedInUrl: text(2048).optional(),
    ownerId: storedId,
    status: z.enum(['new', 'contacted', 'qualified', 'disqualified']).optional(),
    stage: z.enum(['develop', 'propose', 'close', 'won', 'lost']).optional(),
    futureEvents: z.boolean().optional(),
    qualifiedToId: storedId.optional(),
    originatingLeadId: storedId.optional(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();

function reasonOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'is not well formed';
  const where = issue.path.map(String).join('.') || 'value';
  return `${where}: ${issue.message}`;
}

function parseWith<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown): Parsed<T> {
  // Undefined optional fields are how the code clears a value; they are not stored.
  const defined =
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined))
      : value;
  const result = schema.safeParse(defined);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: reasonOf(result.error) };
}

/** A user as stored: every field the code reads has the type it expects. */
export function parseUser(value: unknown): Parsed<User> {
  return parseWith(userSchema as z.ZodType<User, z.ZodTypeDef, unknown>, value);
}

/** A record (lead, contact, account, opportunity) as stored. */
export function parseRecord(value: unknown): Parsed<CrmRecord> {
  return parseWith(recordSchema as z.ZodType<CrmRecord, z.ZodTypeDef, unknown>, value);
}

/**
 * Reads stored values that may include bad ones (written by an older version, or by hand):
 * the good ones, and for each bad one its index and the reason, for the start-up report.
 */
export function partitionValid<T>(
  values: readonly unknown[],
  parse: (value: unknown) => Parsed<T>,
): { valid: T[]; invalid: { index: number; reason: string }[] } {
  const valid: T[] = [];
  const invalid: { index: number; reason: string }[] = [];
  values.forEach((value, index) => {
    const parsed = parse(value);
    if (parsed.ok) valid.push(parsed.value);
    else invalid.push({ index, reason: parsed.reason });
  });
  return { valid, invalid };
}
