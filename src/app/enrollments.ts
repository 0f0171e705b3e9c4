// Carries engine transitions out: loads an enrollment under its lock, asks the engine, saves the
// result, keeps the enrollment's one timer job in step, and queues the other effects as jobs so
// that they survive a crash and run outside the lock.

import { randomUUID } from 'node:crypto';
import { timeOrderedId } from './ids.js';
import { advance, isRejection, startEnrollment } from '../domain/engine.js';
import {
  DEFAULT_WORKING_HOURS,
  type CrmRecord,
  type Effect,
  type Enrollment,
  type EnrollmentEvent,
  type RejectionReason,
  type Sequence,
  type WorkingHours,
} from '../domain/model.js';
import { renderEmail } from '../domain/placeholders.js';
import { applyFieldUpdate } from '../domain/records.js';
import { validateConnection, type ValidationIssue } from '../domain/validation.js';
import { PermanentJobError, type JobRunner } from './jobs.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail.js';
import {
  RevisionConflictError,
  type Clock,
  type Job,
  type Repositories,
  type Stores,
  type User,
} from './ports.js';

export type ApplyResult =
  | { ok: true; enrollment: Enrollment; previous: Enrollment }
  | { ok: false; reason: RejectionReason | 'notFound' | 'sequenceMissing'; enrollment?: Enrollment };

export type ConnectResult =
  | { ok: true; enrollment: Enrollment }
  | { ok: false; issues: ValidationIssue[] }
  | { ok: false; alreadyConnected: Enrollment };

/** Called when a manual step falls due, to tell the seller (the seller module sends the card). */
export type StepDueListener = (enrollment: Enrollment) => Promise<void>;

/**
 * Asked in the transaction that makes a step current whether the seller needs telling when it
 * falls due: false when nobody does (the card the seller just pressed already shows it), and then
 * no push job is stored at all.
 */
export type StepDueWanted = (enrollment: Enrollment, tx: Repositories) => Promise<boolean>;

/** Writes a caller makes in the transaction that saves an enrollment's change, so both commit or neither. */
/** What the caller of `apply` read moments before: the enrollment, and what it read with it. */
export interface KnownState {
  enrollment: Enrollment;
  /** The version the enrollment runs on, as `sequenceOf` reads it. */
  sequence?: Sequence;
  /** The user acting. */
  user?: User;
}

export type AlongsideChange = (
  tx: Repositories,
  change: { previous: Enrollment; enrollment: Enrollment },
) => Promise<void>;

export const TIMER_JOB = 'enrollment.timer';
export const DUE_JOB = 'enrollment.due';
export const EFFECT_JOB = 'enrollment.effect';

/** A compare-and-set lost this often in a row means something is wrong: fail the turn rather than spin. */
const MAX_CONFLICT_RETRIES = 5;

export const timerJobId = (enrollmentId: string): string => `enrollment:${enrollmentId}`;

export interface EnrollmentServiceDeps {
  stores: Stores;
  clock: Clock;
  runner: JobRunner;
  mailer: Mailer;
  log: Logger;
  mailFrom: string;
}

export class EnrollmentService {
  private stepDueListener: StepDueListener | undefined;
  private stepDueWanted: StepDueWanted | undefined;

  constructor(private readonly deps: EnrollmentServiceDeps) {
    deps.runner.on(TIMER_JOB, (job) => this.onTimer(job));
    deps.runner.on(DUE_JOB, (job) => this.onDue(job));
    deps.runner.on(EFFECT_JOB, (job) => this.onEffect(job));
  }

  onStepDue(listener: StepDueListener, options: { wanted?: StepDueWanted } = {}): void {
    this.stepDueListener = listener;
    this.stepDueWanted = options.wanted;
  }

  async workingHoursOf(userId: string): Promise<WorkingHours> {
    const user = await this.deps.stores.users.get(userId);
    return user?.workingHours ?? DEFAULT_WORKING_HOURS;
  }

  /** The sequence version an enrollment runs on. */
  async sequenceOf(enrollment: Enrollment): Promise<Sequence | undefined> {
    const { sequences } = this.deps.stores;
    return (
      (await sequences.getVersion(enrollment.sequenceId, enrollment.sequenceVersion)) ??
      (await sequences.get(enrollment.sequenceId))
    );
  }

  /** Connects a record to the latest version of an active sequence; its steps go to the record's owner. */
  async connect(sequenceId: string, recordId: string, by: string): Promise<ConnectResult> {
    const { stores, clock } = this.deps;
    return stores.locks.withLock(`record:${recordId}`, async () => {
      const [sequence, record] = await Promise.all([
        stores.sequences.get(sequenceId),
        stores.records.get(recordId),
      ]);
      if (!sequence || !record) {
        return {
          ok: false,
          issues: [{ code: 'validation.notFound', params: { id: sequence ? recordId : sequenceId } }],
        };
      }
      const issues = validateConnection(sequence, record);
      if (issues.length > 0) return { ok: false, issues };
      const existing = (await stores.enrollments.listByRecord(recordId)).find(
        (e) => e.sequenceId === sequenceId && (e.status === 'active' || e.status === 'paused'),
      );
      if (existing) return { ok: false, alreadyConnected: existing };

      const now = clock.now();
      const sellerId = record.ownerId;
      const workingHours = await this.workingHoursOf(sellerId);
      const transition = startEnrollment({ id: timeOrderedId(now), sequence, record, sellerId, by }, now, {
        sequence,
        workingHours,
      });
      try {
        await this.persist(transition.enrollment, transition.effects, null);
      } catch (error) {
        // Another instance connected the same record to the same sequence a moment before.
        const raced = (await stores.enrollments.listByRecord(recordId)).find(
          (e) => e.sequenceId === sequenceId && (e.status === 'active' || e.status === 'paused'),
        );
        if (raced) return { ok: false, alreadyConnected: raced };
        throw error;
      }
      this.deps.log.info(
        { enrollmentId: transition.enrollment.id, sequenceId, recordId, by },
        'record connected to sequence',
      );
      return { ok: true, enrollment: transition.enrollment };
    });
  }

  /**
   * Undo: puts the enrollment back as `previous` if nothing changed it since `revision` (the state
   * the seller's press left). The step becomes current again; a due time still ahead gets its push
   * again. Undefined when something did change it (a timer fired, another press).
   */
  async restore(previous: Enrollment, revision: number, by: string): Promise<Enrollment | undefined> {
    const { stores, clock } = this.deps;
    return stores.locks.withLock(`enrollment:${previous.id}`, async () => {
      const current = await stores.enrollments.get(previous.id);
      if (!current || current.revision !== revision) return undefined;
      const now = clock.now();
      const restored: Enrollment = {
        ...previous,
        revision: current.revision + 1,
        updatedAt: now.toISOString(),
        history: [
          ...previous.history,
          {
            at: now.toISOString(),
            action: 'undone',
            by,
            ...(previous.current ? { stepId: previous.current.stepId } : {}),
          },
        ],
      };
      const due = restored.current;
      const effects: Effect[] =
        due && restored.status === 'active' && Date.parse(due.dueAt) > now.getTime()
          ? [
              {
                type: 'notifyDue',
                enrollmentId: restored.id,
                sellerId: restored.sellerId,
                stepId: due.stepId,
                at: due.dueAt,
                revision: restored.revision,
              },
            ]
          : [];
      try {
        await this.persist(restored, effects, current.revision);
      } catch (error) {
        // Changed meanwhile on another instance: there is nothing to undo to any more.
        if (error instanceof RevisionConflictError) return undefined;
        throw error;
      }
      return restored;
    });
  }

  /**
   * Applies one event to one enrollment. In this process events on one enrollment queue on its
   * lock; across instances the save is a compare-and-set on the revision that was read, and the
   * loser reads again and applies its event to what the winner left (usually: a rejection that
   * says the step was already done). `alongside` writes in the transaction that saves the change
   * (not called when the event changes nothing). `known`: what the caller read moments before (a
   * card press has just checked the enrollment is the seller's), tried first instead of reading
   * again; the compare-and-set catches a change made since.
   */
  async apply(
    enrollmentId: string,
    event: EnrollmentEvent,
    alongside?: AlongsideChange,
    known?: KnownState,
  ): Promise<ApplyResult> {
    const { stores } = this.deps;
    return stores.locks.withLock(`enrollment:${enrollmentId}`, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.applyOnce(enrollmentId, event, alongside, attempt === 1 ? known : undefined);
        } catch (error) {
          if (!(error instanceof RevisionConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
          this.deps.log.debug({ enrollmentId, attempt }, 'enrollment changed meanwhile; applying again');
        }
      }
    });
  }

  private async applyOnce(
    enrollmentId: string,
    event: EnrollmentEvent,
    alongside: AlongsideChange | undefined,
    known: KnownState | undefined,
  ): Promise<ApplyResult> {
    const { stores, clock } = this.deps;
    const hinted = known?.enrollment.id === enrollmentId ? known : undefined;
    const enrollment = hinted?.enrollment ?? (await stores.enrollments.get(enrollmentId));
    if (!enrollment) return { ok: false, reason: 'notFound' };
    const sequence = hinted?.sequence ?? (await this.sequenceOf(enrollment));
    if (!sequence) return { ok: false, reason: 'sequenceMissing', enrollment };
    const sellerId = event.type === 'recordChanged' ? event.record.ownerId : enrollment.sellerId;
    const workingHours =
      hinted?.user?.id === sellerId ? hinted.user.workingHours : await this.workingHoursOf(sellerId);
    const result = advance(enrollment, event, clock.now(), { sequence, workingHours });
    const changed =
      !isRejection(result) &&
      result.enrollment !== enrollment &&
      result.enrollment.revision !== enrollment.revision;
    // A refusal, or nothing to do, is decided on what is stored: what the caller read may be older.
    if (hinted && !changed) return this.applyOnce(enrollmentId, event, alongside, undefined);
    if (isRejection(result)) return { ok: false, reason: result.reason, enrollment };
    if (!changed) return { ok: true, enrollment, previous: enrollment };
    await this.persist(result.enrollment, result.effects, enrollment.revision, (tx) =>
      alongside?.(tx, { previous: enrollment, enrollment: result.enrollment }),
    );
    return { ok: true, enrollment: result.enrollment, previous: enrollment };
  }

  /** Tells every open enrollment of a record that the record changed (owner, status, stage). */
  async recordChanged(record: CrmRecord, by: string): Promise<void> {
    const enrollments = await this.deps.stores.enrollments.listByRecord(record.id);
    for (const enrollment of enrollments) {
      if (enrollment.status === 'active' || enrollment.status === 'paused') {
        await this.apply(enrollment.id, { type: 'recordChanged', record, by });
      }
    }
  }

  /**
   * Gives a record to another seller, with the steps of its open enrollments: the record and every
   * enrollment (with its new timer, so a step due now is pushed to the new owner at once) are saved
   * in one transaction. The old owner's cards go stale: their buttons are refused, naming the new
   * owner. Undefined when the record is gone; the enrollments moved otherwise.
   */
  async reassign(recordId: string, ownerId: string, by: string): Promise<Enrollment[] | undefined> {
    const { stores, clock } = this.deps;
    return stores.locks.withLock(`record:${recordId}`, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.reassignOnce(recordId, ownerId, by, clock.now());
        } catch (error) {
          if (!(error instanceof RevisionConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
          this.deps.log.debug({ recordId, attempt }, 'enrollment changed meanwhile; reassigning again');
        }
      }
    });
  }

  private async reassignOnce(
    recordId: string,
    ownerId: string,
    by: string,
    now: Date,
  ): Promise<Enrollment[] | undefined> {
    const { stores } = this.deps;
    const record = await stores.records.get(recordId);
    if (!record) return undefined;
    const moved: CrmRecord = { ...record, ownerId, updatedAt: now.toISOString() };
    const workingHours = await this.workingHoursOf(ownerId);
    const writes: { enrollment: Enrollment; effects: Effect[]; revision: number }[] = [];
    for (const enrollment of await stores.enrollments.listByRecord(recordId)) {
      if (enrollment.status !== 'active' && enrollment.status !== 'paused') continue;
      const sequence = await this.sequenceOf(enrollment);
      if (!sequence) continue;
      const result = advance(enrollment, { type: 'recordChanged', record: moved, by }, now, {
        sequence,
        workingHours,
      });
      if (isRejection(result) || result.enrollment.revision === enrollment.revision) continue;
      writes.push({ ...result, revision: enrollment.revision });
    }
    await stores.transaction(async (tx) => {
      await tx.records.save(moved);
      for (const write of writes) await this.persistIn(tx, write.enrollment, write.effects, write.revision);
    });
    return writes.map((write) => write.enrollment);
  }

  /** Saves a record changed by a person or a command, then lets its enrollments react. */
  async updateRecord(record: CrmRecord, by: string): Promise<void> {
    await this.deps.stores.records.save(record);
    await this.recordChanged(record, by);
  }

  /**
   * Saves the enrollment (with its new history entries) and brings its timer job in line with it;
   * every other effect becomes a job of its own, run right after by whoever drains the queue. All
   * of it in one transaction, so a crash leaves either the old state with its timer or the new
   * state with its timer and effects, never a state without its jobs or jobs without their state.
   * `alongside` adds the caller's own writes to that transaction.
   */
  private async persist(
    enrollment: Enrollment,
    effects: Effect[],
    expectedRevision: number | null,
    alongside?: (tx: Repositories) => Promise<void> | undefined,
  ): Promise<void> {
    await this.deps.stores.transaction(async (tx) => {
      await this.persistIn(tx, enrollment, effects, expectedRevision);
      await alongside?.(tx);
    });
  }

  /** What `persist` writes, inside a transaction the caller holds (a reassignment writes several). */
  private async persistIn(
    tx: Repositories,
    enrollment: Enrollment,
    effects: Effect[],
    expectedRevision: number | null,
  ): Promise<void> {
    const { runner } = this.deps;
    let timer: Omit<Job, 'attempts'> | undefined;
    const others: Effect[] = [];
    for (const effect of effects) {
      if (effect.type === 'notifyDue') {
        if (this.stepDueWanted && !(await this.stepDueWanted(enrollment, tx))) continue;
        timer = {
          id: timerJobId(enrollment.id),
          type: DUE_JOB,
          runAt: effect.at,
          payload: { enrollmentId: enrollment.id, stepId: effect.stepId, revision: effect.revision },
        };
      } else if (effect.type === 'scheduleTimer') {
        timer = {
          id: timerJobId(enrollment.id),
          type: TIMER_JOB,
          runAt: effect.at,
          payload: {
            enrollmentId: enrollment.id,
            kind: effect.kind,
            stepId: effect.stepId,
            revision: effect.revision,
          },
        };
      } else if (effect.type !== 'enrollmentEnded') {
        others.push(effect);
      }
    }
    const now = this.deps.clock.now().toISOString();
    await tx.enrollments.save(enrollment, { expectedRevision });
    if (timer) await runner.schedule(timer, tx.jobs);
    else await runner.cancel(timerJobId(enrollment.id), tx.jobs);
    // One after another: a transaction is one connection, and its statements run in order anyway.
    for (const [index, effect] of others.entries()) {
      await runner.schedule(
        {
          id: `effect:${enrollment.id}:${enrollment.revision}:${index}`,
          type: EFFECT_JOB,
          runAt: now,
          payload: { effect },
        },
        tx.jobs,
      );
    }
  }

  private async onTimer(job: Job): Promise<void> {
    const { enrollmentId, kind, stepId, revision } = job.payload as {
      enrollmentId: string;
      kind: string;
      stepId: string;
      revision: number;
    };
    const event: EnrollmentEvent =
      kind === 'conditionTimeLimit'
        ? { type: 'conditionTimedOut', stepId, revision }
        : { type: 'timerFired', stepId, revision };
    const result = await this.apply(enrollmentId, event);
    if (!result.ok) this.deps.log.debug({ enrollmentId, stepId, reason: result.reason }, 'timer ignored');
  }

  private async onDue(job: Job): Promise<void> {
    const { enrollmentId, stepId, revision } = job.payload as {
      enrollmentId: string;
      stepId: string;
      revision: number;
    };
    const enrollment = await this.deps.stores.enrollments.get(enrollmentId);
    const stillDue =
      enrollment?.status === 'active' &&
      enrollment.current?.stepId === stepId &&
      enrollment.revision === revision;
    if (!stillDue || !this.stepDueListener) return;
    await this.stepDueListener(enrollment);
  }

  private async onEffect(job: Job): Promise<void> {
    const effect = job.payload.effect as Effect;
    const { stores, clock, mailer, log } = this.deps;
    switch (effect.type) {
      case 'sendEmail': {
        const [record, seller] = await Promise.all([
          stores.records.get(effect.recordId),
          stores.users.get(effect.sellerId),
        ]);
        if (!record?.email) {
          throw new PermanentJobError(`record ${effect.recordId} has no e-mail address`);
        }
        const email = renderEmail(effect.template, { record, seller: { name: seller?.name ?? '' } });
        await mailer.send({
          to: record.email,
          from: seller?.email ?? this.deps.mailFrom,
          ...email,
          enrollmentId: effect.enrollmentId,
          // The job's id: run again after a crash, it finds the message sent and sends nothing.
          id: job.id,
        });
        log.info({ enrollmentId: effect.enrollmentId, stepId: effect.stepId }, 'automated email sent');
        return;
      }
      case 'updateRecord': {
        const record = await stores.records.get(effect.recordId);
        if (!record) throw new PermanentJobError(`record ${effect.recordId} no longer exists`);
        const { record: updated, created } = applyFieldUpdate(record, effect.update, clock.now(), randomUUID);
        if (created) await stores.records.save(created);
        await this.updateRecord(updated, effect.by);
        log.info(
          { enrollmentId: effect.enrollmentId, recordId: record.id, update: effect.update },
          'record updated',
        );
        return;
      }
      case 'connectToSequence': {
        const result = await this.connect(effect.sequenceId, effect.recordId, 'system');
        if (!result.ok) {
          log.warn(
            { enrollmentId: effect.enrollmentId, sequenceId: effect.sequenceId },
            'advance to sequence refused',
          );
        }
        return;
      }
      default:
        return;
    }
  }
}
