// What a stored user, record, sequence or enrollment must look like for the rest of the code to
// read it back: pure checks, called before a write and on reading stored data, so that one bad
// value is refused (or reported and skipped) instead of breaking a list for everyone.

import { z } from 'zod/v4';
import { isValidTimeZone } from '../domain/calendar.js';
import {
  type CrmRecord,
  type Enrollment,
  HISTORY_ACTIONS,
  LANGUAGE_CODES,
  LINKEDIN_ACTIONS,
  OUTCOMES,
  RECORD_TYPES,
  ROLES,
  SEQUENCE_STATUSES,
  type Sequence,
} from '../domain/model.js';
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
const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'disqualified'] as const;
const STAGES = ['develop', 'propose', 'close', 'won', 'lost'] as const;

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
    language: z.enum(LANGUAGE_CODES).optional(),
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
    status: z.enum(LEAD_STATUSES).optional(),
    stage: z.enum(STAGES).optional(),
    futureEvents: z.boolean().optional(),
    qualifiedToId: storedId.optional(),
    originatingLeadId: storedId.optional(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();

const duration = z.object({ days: z.number().finite().min(0), hours: z.number().finite().min(0) }).strict();
const template = z.object({ subject: z.string(), body: z.string() }).strict();
const stepBase = { id: storedId, name: z.string(), description: z.string() };
const linear = { ...stepBase, next: z.string().optional() };
const recordUpdate = z.union([
  z.object({ field: z.literal('status'), value: z.enum(['qualified', 'disqualified']) }).strict(),
  z.object({ field: z.literal('futureEvents'), value: z.boolean() }).strict(),
  z.object({ field: z.literal('stage'), value: z.enum(['won', 'lost']) }).strict(),
]);

const step = z.discriminatedUnion('kind', [
  z.object({ ...linear, kind: z.literal('email'), template: template.optional() }).strict(),
  z.object({ ...linear, kind: z.literal('automatedEmail'), template }).strict(),
  z.object({ ...linear, kind: z.literal('phoneCall') }).strict(),
  z.object({ ...linear, kind: z.literal('task') }).strict(),
  z.object({ ...linear, kind: z.literal('linkedin'), action: z.enum(LINKEDIN_ACTIONS) }).strict(),
  z.object({ ...linear, kind: z.literal('wait'), duration }).strict(),
  z
    .object({
      ...stepBase,
      kind: z.literal('condition'),
      about: z.string(),
      test: z.enum(['emailReplied', 'callAnswered']),
      timeLimit: duration,
      yes: z.string().optional(),
      no: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ...linear,
      kind: z.literal('command'),
      command: z.union([
        z.object({ type: z.literal('updateField'), update: recordUpdate }).strict(),
        z.object({ type: z.literal('advanceToSequence'), sequenceId: storedId }).strict(),
      ]),
    })
    .strict(),
]);

const sequenceSchema = z
  .object({
    id: storedId,
    name: z.string().min(1),
    description: z.string().optional(),
    recordType: z.enum(RECORD_TYPES),
    ownerId: storedId,
    businessUnit: z.string().optional(),
    status: z.enum(SEQUENCE_STATUSES),
    version: z.number().int().min(0),
    tags: z.array(z.string()),
    graph: z.object({ start: z.string().optional(), steps: z.array(step) }).strict(),
    templateId: z.string().optional(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();

const enrollmentSchema = z
  .object({
    id: storedId,
    sequenceId: storedId,
    sequenceVersion: z.number().int().min(0),
    recordId: storedId,
    recordType: z.enum(RECORD_TYPES),
    sellerId: storedId,
    status: z.enum(['active', 'paused', 'completed', 'exited', 'disconnected']),
    current: z
      .object({ stepId: z.string(), since: isoTime, dueAt: isoTime, snoozed: z.boolean().optional() })
      .strict()
      .optional(),
    outcomes: z.record(z.string(), z.enum(OUTCOMES)),
    pausedAt: isoTime.optional(),
    pausedUntil: isoTime.optional(),
    history: z.array(
      z
        .object({
          at: isoTime,
          action: z.enum(HISTORY_ACTIONS),
          stepId: z.string().optional(),
          outcome: z.enum(OUTCOMES).optional(),
          by: z.string(),
          detail: z.string().optional(),
          note: text(4000).optional(),
        })
        .strict(),
    ),
    revision: z.number().int().min(0),
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

function parseWith<T>(schema: z.ZodType<T, unknown>, value: unknown): Parsed<T> {
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
  return parseWith(userSchema as z.ZodType<User, unknown>, value);
}

/** A record (lead, contact, account, opportunity) as stored. */
export function parseRecord(value: unknown): Parsed<CrmRecord> {
  return parseWith(recordSchema as z.ZodType<CrmRecord, unknown>, value);
}

/** A sequence as stored, with every step of its graph. */
export function parseSequence(value: unknown): Parsed<Sequence> {
  return parseWith(sequenceSchema as unknown as z.ZodType<Sequence, unknown>, value);
}

/** An enrollment (a record connected to a sequence) as stored. */
export function parseEnrollment(value: unknown): Parsed<Enrollment> {
  return parseWith(enrollmentSchema as unknown as z.ZodType<Enrollment, unknown>, value);
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
