// What a seller has to do: the steps assigned to them that are due today or overdue, and the
// conditions waiting for their answer. One reading of "due" and "overdue" for cards, list and digest.

import { DateTime } from 'luxon';
import { currentStep } from '../../domain/engine.js';
import {
  isManualStep,
  type ConditionStep,
  type CrmRecord,
  type Enrollment,
  type ManualStep,
  type Sequence,
  type Step,
} from '../../domain/model.js';
import type { AppContext } from '../context.js';
import type { Say } from '../../i18n/index.js';
import type { OpenWork, User } from '../ports.js';
import { sequenceForReader } from '../texts.js';

/** A step is overdue once it is an hour past due; before that it is simply due now. */
export const OVERDUE_AFTER_MS = 3_600_000;

export function isOverdue(dueAt: Date, now: Date): boolean {
  return now.getTime() - dueAt.getTime() >= OVERDUE_AFTER_MS;
}

/** The end of the seller's local day (the next local midnight). */
export function endOfLocalDay(now: Date, zone: string): Date {
  return DateTime.fromJSDate(now, { zone }).startOf('day').plus({ days: 1 }).toJSDate();
}

/** An enrollment with what a card needs to show it. */
export interface Snapshot {
  enrollment: Enrollment;
  sequence: Sequence;
  record: CrmRecord;
  /** The current step, if the enrollment is on one. */
  step?: Step;
}

export type WorkFilter = 'all' | 'overdue' | 'calls' | 'emails';
export const WORK_FILTERS: readonly WorkFilter[] = ['all', 'overdue', 'calls', 'emails'];

export interface WorkItem extends Snapshot {
  step: ManualStep | ConditionStep;
  /** True for a condition waiting for the seller's answer ("Did Jane reply?"). */
  waiting: boolean;
  /** Manual step: when it is due. Condition: when its time limit passes. */
  dueAt: Date;
  /** Oldest first: a manual step by its due time, a waiting condition by when it began to wait. */
  sortAt: Date;
  overdue: boolean;
}

const versionKey = (id: string, version: number): string => `${id}@${version}`;

/** Loads sequences once per version while building a list. */
export class SnapshotLoader {
  private readonly sequences = new Map<string, Promise<Sequence | undefined>>();
  private readonly records = new Map<string, Promise<CrmRecord | undefined>>();
  private readonly stored = new Map<string, Promise<Sequence | undefined>>();

  /** With `say`, sequences come as the reader reads them (src/app/texts.ts): for views only. */
  constructor(
    private readonly ctx: AppContext,
    private readonly say?: Say,
  ) {}

  /**
   * Takes records and versions read with their enrollments (`listOpenWorkBySeller`) as read. A
   * record not stored stays not found; a version not stored is looked for as `load` does.
   */
  adopt(work: readonly OpenWork[]): void {
    for (const { enrollment, record, sequence } of work) {
      if (!this.records.has(enrollment.recordId))
        this.records.set(enrollment.recordId, Promise.resolve(record));
      const key = versionKey(enrollment.sequenceId, enrollment.sequenceVersion);
      if (sequence && !this.sequences.has(key))
        this.sequences.set(key, Promise.resolve(this.forReader(sequence)));
    }
  }

  private forReader(sequence: Sequence): Sequence {
    return this.say ? sequenceForReader(sequence, this.say) : sequence;
  }

  /** The version `enrollment` runs on as stored, not as a reader reads it: what the engine takes. */
  storedSequence(enrollment: Enrollment): Promise<Sequence | undefined> {
    const key = versionKey(enrollment.sequenceId, enrollment.sequenceVersion);
    let sequence = this.stored.get(key);
    if (!sequence) {
      sequence = this.ctx.enrollments.sequenceOf(enrollment);
      this.stored.set(key, sequence);
    }
    return sequence;
  }

  async load(enrollment: Enrollment): Promise<Snapshot | undefined> {
    const key = versionKey(enrollment.sequenceId, enrollment.sequenceVersion);
    let sequence = this.sequences.get(key);
    if (!sequence) {
      sequence = this.storedSequence(enrollment).then((loaded) => loaded && this.forReader(loaded));
      this.sequences.set(key, sequence);
    }
    let record = this.records.get(enrollment.recordId);
    if (!record) {
      record = this.ctx.stores.records.get(enrollment.recordId);
      this.records.set(enrollment.recordId, record);
    }
    const [seq, rec] = await Promise.all([sequence, record]);
    return seq && rec ? snapshotOf(enrollment, seq, rec) : undefined;
  }
}

/**
 * One shape for every snapshot, with or without a current step: a list builds dozens of them per
 * turn, and objects of one shape are the ones the engine copies and reads fastest.
 */
function snapshotOf(enrollment: Enrollment, sequence: Sequence, record: CrmRecord): Snapshot {
  return { enrollment, sequence, record, step: currentStep(enrollment, sequence) };
}

export async function loadSnapshot(
  ctx: AppContext,
  enrollmentId: string,
  say?: Say,
): Promise<Snapshot | undefined> {
  const enrollment = await ctx.stores.enrollments.get(enrollmentId);
  return enrollment ? new SnapshotLoader(ctx, say).load(enrollment) : undefined;
}

/** `localeCompare`'s order, from one collator made once rather than one per comparison. */
const collate = new Intl.Collator().compare;

/** Everything active on the seller's plate, due or not, as work items. */
async function openItems(ctx: AppContext, user: User, now: Date, say?: Say): Promise<WorkItem[]> {
  // Open ones only: the seller's finished enrollments pile up over the years and are no work.
  const work = await ctx.stores.enrollments.listOpenWorkBySeller(user.id);
  const enrollments = work
    .map((open) => open.enrollment)
    // The index may lag a save; the enrollment itself says whose it is.
    .filter((e) => e.sellerId === user.id && e.status === 'active' && e.current);
  const loader = new SnapshotLoader(ctx, say);
  loader.adopt(work);
  const items: WorkItem[] = [];
  // Overdue work first, oldest first; everything of today in one block by record, so that pressing
  // a button (which makes the record's next step due now) never moves the record in the list.
  const today = DateTime.fromJSDate(now, { zone: user.workingHours.timeZone }).startOf('day').toMillis();
  const sortKey = (at: Date): Date => new Date(Math.min(at.getTime(), today));
  for (const enrollment of enrollments) {
    const snapshot = await loader.load(enrollment);
    const current = enrollment.current;
    if (!snapshot?.step || !current) continue;
    const { sequence, record, step } = snapshot;
    const dueAt = new Date(current.dueAt);
    // Spelt out rather than spread from the snapshot: spreading costs a few microseconds an item.
    if (isManualStep(step)) {
      items.push({
        enrollment,
        sequence,
        record,
        step,
        waiting: false,
        dueAt,
        sortAt: sortKey(dueAt),
        overdue: isOverdue(dueAt, now),
      });
    } else if (step.kind === 'condition') {
      items.push({
        enrollment,
        sequence,
        record,
        step,
        waiting: true,
        dueAt,
        sortAt: sortKey(new Date(current.since)),
        overdue: false,
      });
    }
  }
  // Steps in the same block by record name, so the list reads the same each time.
  return items.sort(
    (a, b) =>
      a.sortAt.getTime() - b.sortAt.getTime() ||
      collate(a.record.name, b.record.name) ||
      collate(a.enrollment.id, b.enrollment.id),
  );
}

function passes(item: WorkItem, filter: WorkFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'overdue':
      return item.overdue;
    case 'calls':
      return item.waiting
        ? item.step.kind === 'condition' && item.step.test === 'callAnswered'
        : item.step.kind === 'phoneCall';
    case 'emails':
      return item.waiting
        ? item.step.kind === 'condition' && item.step.test === 'emailReplied'
        : item.step.kind === 'email';
  }
}

/** The work list: manual steps due by the end of the seller's local today, and conditions waiting for an answer. */
export async function workItems(
  ctx: AppContext,
  user: User,
  now: Date,
  filter: WorkFilter = 'all',
  say?: Say,
): Promise<WorkItem[]> {
  const endOfDay = endOfLocalDay(now, user.workingHours.timeZone).getTime();
  return (await openItems(ctx, user, now, say)).filter(
    (item) => (item.waiting || item.dueAt.getTime() < endOfDay) && passes(item, filter),
  );
}

/** The seller's next manual step that is not yet due today, for "nothing due; next is ...". */
export async function nextLaterStep(
  ctx: AppContext,
  user: User,
  now: Date,
  say?: Say,
): Promise<WorkItem | undefined> {
  const endOfDay = endOfLocalDay(now, user.workingHours.timeZone).getTime();
  return (await openItems(ctx, user, now, say)).find(
    (item) => !item.waiting && item.dueAt.getTime() >= endOfDay,
  );
}

/** Groups items by record, keeping the order of each record's first (oldest) item. */
export function groupByRecord(items: WorkItem[]): { record: CrmRecord; items: WorkItem[] }[] {
  const groups = new Map<string, { record: CrmRecord; items: WorkItem[] }>();
  for (const item of items) {
    const group = groups.get(item.record.id);
    if (group) group.items.push(item);
    else groups.set(item.record.id, { record: item.record, items: [item] });
  }
  return [...groups.values()];
}
