// Connecting records to sequences and managing their enrollments: connect one or many, disconnect,
// pause and resume. The enrollment service does the work under each enrollment's lock; this module
// adds who may do it and says, per record, what happened.

import type { User } from '../ports.js';
import type { CrmRecord, Enrollment, EnrollmentEvent, Sequence } from '../../domain/model.js';
import type { AppContext } from '../context.js';
import { type Actor, type Outcome, type Problem, fail, failWith, fromIssue, ok } from './outcome.js';
import { decideConnectFor, decideOnRecord, decideOnSequence, decideReassign } from './permissions.js';

export interface ManyResult {
  connected: { record: CrmRecord; enrollment: Enrollment }[];
  refused: { record: CrmRecord; problems: Problem[] }[];
}

const OPEN = new Set(['active', 'paused']);

export class ConnectionService {
  constructor(private readonly ctx: AppContext) {}

  private async nameOf(userId: string): Promise<string> {
    return (await this.ctx.stores.users.get(userId))?.name ?? userId;
  }

  /** The record's owner as the permission rules need them: id, name and business unit. */
  private async ownerOf(record: CrmRecord): Promise<{ id: string; name: string; businessUnit?: string }> {
    const owner = await this.ctx.stores.users.get(record.ownerId);
    return { id: record.ownerId, name: owner?.name ?? record.ownerId, businessUnit: owner?.businessUnit };
  }

  /** Connects a record to the latest version of an active sequence; its steps go to the record's owner. */
  async connect(actor: Actor, sequence: Sequence, record: CrmRecord): Promise<Outcome<Enrollment>> {
    const onSequence = decideOnSequence(actor, 'connect', sequence, await this.nameOf(sequence.ownerId));
    if (!onSequence.allowed) return failWith([onSequence.problem]);
    const owner = await this.ownerOf(record);
    const onRecord = decideOnRecord(actor, record, owner);
    if (!onRecord.allowed) return failWith([onRecord.problem]);
    const forOwner = decideConnectFor(owner, sequence);
    if (!forOwner.allowed) return failWith([forOwner.problem]);
    const result = await this.ctx.enrollments.connect(sequence.id, record.id, actor.id);
    if (result.ok) return ok(result.enrollment);
    if ('alreadyConnected' in result) {
      return fail('manager.connect.already', { record: record.name, sequence: sequence.name });
    }
    return failWith(result.issues.map(fromIssue));
  }

  async connectMany(actor: Actor, sequence: Sequence, records: CrmRecord[]): Promise<ManyResult> {
    const result: ManyResult = { connected: [], refused: [] };
    for (const record of records) {
      const one = await this.connect(actor, sequence, record);
      if (one.ok) result.connected.push({ record, enrollment: one.value });
      else result.refused.push({ record, problems: one.problems });
    }
    return result;
  }

  /** The record's open enrollments, on one sequence or all. */
  async openEnrollments(record: CrmRecord, sequenceId?: string): Promise<Enrollment[]> {
    return (await this.ctx.stores.enrollments.listByRecord(record.id)).filter(
      (e) => OPEN.has(e.status) && (sequenceId === undefined || e.sequenceId === sequenceId),
    );
  }

  disconnect(actor: Actor, record: CrmRecord, sequence?: Sequence): Promise<Outcome<number>> {
    return this.applyToRecord(
      actor,
      record,
      sequence,
      { type: 'disconnected', by: actor.id, reason: 'disconnectedByUser' },
      'manager.connect.noneOpen',
    );
  }

  pause(actor: Actor, record: CrmRecord, sequence?: Sequence): Promise<Outcome<number>> {
    return this.applyToRecord(
      actor,
      record,
      sequence,
      { type: 'paused', by: actor.id },
      'manager.pause.noneRunning',
    );
  }

  resume(actor: Actor, record: CrmRecord, sequence?: Sequence): Promise<Outcome<number>> {
    return this.applyToRecord(
      actor,
      record,
      sequence,
      { type: 'resumed', by: actor.id },
      'manager.resume.nonePaused',
    );
  }

  /**
   * Gives a record and the steps of its open enrollments to `to`: a manager within their business
   * unit, an administrator anywhere. Every sequence the record is in must be one the new owner can
   * see. The number of enrollments moved.
   */
  async reassign(actor: Actor, record: CrmRecord, to: User): Promise<Outcome<number>> {
    const allowed = decideReassign(actor, record, await this.ownerOf(record), to);
    if (!allowed.allowed) return failWith([allowed.problem]);
    if (record.ownerId === to.id)
      return fail('manager.reassign.same', { record: record.name, owner: to.name });
    const problems: Problem[] = [];
    for (const enrollment of await this.openEnrollments(record)) {
      const sequence = await this.ctx.stores.sequences.get(enrollment.sequenceId);
      const forOwner = sequence ? decideConnectFor(to, sequence) : undefined;
      if (forOwner && !forOwner.allowed) problems.push(forOwner.problem);
    }
    if (problems.length > 0) return failWith(problems);
    const moved = await this.ctx.enrollments.reassign(record.id, to.id, actor.id);
    if (!moved) return fail('manager.record.gone');
    this.ctx.log.info(
      { recordId: record.id, from: record.ownerId, to: to.id, enrollments: moved.length, by: actor.id },
      'record reassigned',
    );
    return ok(moved.length);
  }

  /** Applies `event` to each open enrollment of the record; counts those it changed. */
  private async applyToRecord(
    actor: Actor,
    record: CrmRecord,
    sequence: Sequence | undefined,
    event: EnrollmentEvent,
    noneKey: Problem['key'],
  ): Promise<Outcome<number>> {
    const onRecord = decideOnRecord(actor, record, await this.ownerOf(record));
    if (!onRecord.allowed) return failWith([onRecord.problem]);
    const wanted = (await this.openEnrollments(record, sequence?.id)).filter((e) =>
      event.type === 'paused'
        ? e.status === 'active'
        : event.type === 'resumed'
          ? e.status === 'paused'
          : true,
    );
    let changed = 0;
    for (const enrollment of wanted) {
      const result = await this.ctx.enrollments.apply(enrollment.id, event);
      if (result.ok) changed++;
    }
    if (changed === 0)
      return fail(noneKey, { record: record.name, sequence: sequence ? ` in "${sequence.name}"` : '' });
    this.ctx.log.info(
      { recordId: record.id, event: event.type, changed, by: actor.id },
      'record enrollments changed',
    );
    return ok(changed);
  }
}
