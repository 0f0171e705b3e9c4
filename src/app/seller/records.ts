// A seller moves their own records along the sales process (seed 003: lead → qualify →
// opportunity → close): qualify or disqualify a lead, close an opportunity as won or lost. A record
// that closes leaves its sequences; a qualified lead becomes an opportunity.

import { randomUUID } from 'node:crypto';
import { isRecordActive, type CrmRecord, type RecordType } from '../../domain/model.js';
import { applyFieldUpdate } from '../../domain/records.js';
import type { AppContext } from '../context.js';
import type { User } from '../ports.js';

export type RecordChange = 'qualify' | 'disqualify' | 'won' | 'lost';
export const RECORD_CHANGES: readonly RecordChange[] = ['qualify', 'disqualify', 'won', 'lost'];

export const recordTypeFor = (change: RecordChange): RecordType =>
  change === 'qualify' || change === 'disqualify' ? 'lead' : 'opportunity';

/** Lower-case words; Latin accents optional ("Wisniewski" names Wiśniewski), other scripts' marks kept. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * The seller's own open records of the change's type that `name` names: an exact name first, else
 * every record whose name and company contain all the words typed.
 */
export async function findOwnRecords(
  ctx: AppContext,
  user: User,
  change: RecordChange,
  name: string,
): Promise<CrmRecord[]> {
  const type = recordTypeFor(change);
  const own = (await ctx.stores.records.listByOwner(user.id, type)).filter(isRecordActive);
  const wanted = words(name).join(' ');
  if (!wanted) return [];
  const exact = own.filter((r) =>
    [r.name, [r.firstName, r.lastName].filter(Boolean).join(' ')].some((n) => words(n).join(' ') === wanted),
  );
  if (exact.length > 0) return exact;
  const typed = words(name);
  return own.filter((r) => {
    const haystack = new Set(words(`${r.name} ${r.firstName ?? ''} ${r.lastName ?? ''} ${r.company ?? ''}`));
    return typed.every((word) => haystack.has(word));
  });
}

export interface RecordChangeResult {
  record: CrmRecord;
  /** The opportunity a qualified lead became. */
  created?: CrmRecord;
  /** How many running sequences the record left. */
  left: number;
}

/** Applies the change for the seller who owns the record; undefined when it is not theirs or not open. */
export async function changeRecord(
  ctx: AppContext,
  user: User,
  recordId: string,
  change: RecordChange,
): Promise<RecordChangeResult | 'notYours' | 'notOpen'> {
  const record = await ctx.stores.records.get(recordId);
  if (!record || record.ownerId !== user.id || record.type !== recordTypeFor(change)) return 'notYours';
  if (!isRecordActive(record)) return 'notOpen';
  const running = async (): Promise<number> =>
    (await ctx.stores.enrollments.listByRecord(record.id)).filter(
      (e) => e.status === 'active' || e.status === 'paused',
    ).length;
  const before = await running();
  const update =
    change === 'qualify' || change === 'disqualify'
      ? ({ field: 'status', value: change === 'qualify' ? 'qualified' : 'disqualified' } as const)
      : ({ field: 'stage', value: change } as const);
  const { record: updated, created } = applyFieldUpdate(record, update, ctx.clock.now(), randomUUID);
  // The new opportunity first: the lead never points to a record that does not exist.
  if (created) await ctx.stores.records.save(created);
  await ctx.enrollments.updateRecord(updated, user.id);
  const left = before - (await running());
  ctx.log.info({ recordId, change, by: user.id, left, created: created?.id }, 'record changed by its seller');
  return { record: updated, ...(created ? { created } : {}), left };
}
