// Changes to many records at once ("connect all new leads to …", deleting a sequence that records
// are still on) run off the turn: the turn commits an operation and its chunk jobs in one
// transaction and answers at once; the chunks run as jobs (on any instance), each record through
// the same checks as one typed by hand; the last chunk to finish tells the manager.

import { randomUUID } from 'node:crypto';
import type { Sequence } from '../../domain/model.js';
import type { AppContext } from '../context.js';
import { PermanentJobError } from '../jobs.js';
import type { BulkOperation, BulkProgress, Job, JobStore } from '../ports.js';
import { ConnectionService } from './connections.js';
import type { Actor } from './outcome.js';

export const BULK_CHUNK_JOB = 'bulk.chunk';
export const BULK_DONE_JOB = 'bulk.done';
/** Records per chunk job: one chunk is a few seconds of work at most, so a lease never runs out on it. */
export const BULK_CHUNK_SIZE = 100;
/** Up to this many records are changed in the turn itself; more become a bulk operation. */
export const IN_TURN_LIMIT = 50;

/**
 * Called once, when the last chunk of an operation finished, inside the transaction that marks it
 * done: what it schedules through `via` commits with that mark, so the manager is told exactly once.
 */
export type BulkDoneListener = (
  operation: BulkOperation,
  progress: BulkProgress,
  via: JobStore,
) => Promise<void>;

interface ChunkPayload {
  operationId: string;
  chunk: number;
  /** Record ids (connect) or enrollment ids (disconnect). */
  ids: string[];
}

export class BulkService {
  private listener: BulkDoneListener | undefined;

  constructor(private readonly ctx: AppContext) {
    ctx.runner.on(BULK_CHUNK_JOB, (job) => this.runChunk(job));
    ctx.runner.on(BULK_DONE_JOB, (job) => this.finish(job));
  }

  onDone(listener: BulkDoneListener): void {
    this.listener = listener;
  }

  /** Commits the operation and all its chunk jobs together; nothing has changed yet when it returns. */
  async start(
    kind: BulkOperation['kind'],
    actor: Actor,
    sequence: Sequence,
    ids: readonly string[],
    then: BulkOperation['then'] = 'notify',
  ): Promise<BulkOperation> {
    const { stores, clock } = this.ctx;
    const now = clock.now().toISOString();
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += BULK_CHUNK_SIZE) chunks.push(ids.slice(i, i + BULK_CHUNK_SIZE));
    const operation: BulkOperation = {
      id: randomUUID(),
      kind,
      sequenceId: sequence.id,
      sequenceName: sequence.name,
      actor: { id: actor.id, name: actor.name, roles: [...actor.roles], businessUnit: actor.businessUnit },
      total: ids.length,
      chunks: chunks.length,
      status: 'running',
      then,
      createdAt: now,
    };
    await stores.transaction(async (tx) => {
      await tx.bulk.create(operation);
      for (const [chunk, part] of chunks.entries()) {
        const payload: ChunkPayload = { operationId: operation.id, chunk, ids: part };
        await this.ctx.runner.schedule(
          { id: `bulk:${operation.id}:${chunk}`, type: BULK_CHUNK_JOB, runAt: now, payload: { ...payload } },
          tx.jobs,
        );
      }
      if (chunks.length === 0) await this.scheduleFinish(operation.id, tx.jobs);
    });
    this.ctx.log.info(
      { operationId: operation.id, kind, sequenceId: sequence.id, total: ids.length, by: actor.id },
      'bulk change started',
    );
    return operation;
  }

  private async runChunk(job: Job): Promise<void> {
    const { operationId, chunk, ids } = job.payload as unknown as ChunkPayload;
    const { stores } = this.ctx;
    const operation = await stores.bulk.get(operationId);
    if (!operation) throw new PermanentJobError(`bulk operation ${operationId} is gone`);
    const counts = { done: 0, skipped: 0, refused: 0 };
    const tally = (outcome: keyof typeof counts): void => {
      counts[outcome]++;
    };
    if (operation.kind === 'connect') {
      const sequence = await stores.sequences.get(operation.sequenceId);
      const connections = new ConnectionService(this.ctx);
      const records = new Map((await stores.records.getMany(ids)).map((record) => [record.id, record]));
      for (const id of ids) {
        const record = records.get(id);
        if (!sequence || !record) {
          tally('refused');
          continue;
        }
        // Run again after a crash, a record connected the first time is "already connected": skipped.
        const result = await connections.connect(operation.actor, sequence, record);
        if (result.ok) tally('done');
        else if (result.problems.some((p) => p.key === 'manager.connect.already')) tally('skipped');
        else tally('refused');
      }
    } else {
      for (const id of ids) {
        const result = await this.ctx.enrollments.apply(id, {
          type: 'disconnected',
          by: operation.actor.id,
          reason: operation.then === 'deleteSequence' ? 'sequenceDeleted' : 'disconnectedByUser',
        });
        tally(result.ok ? 'done' : 'skipped');
      }
    }
    await stores.transaction(async (tx) => {
      await tx.bulk.finishChunk(operationId, chunk, counts);
      const progress = await tx.bulk.progress(operationId);
      if (progress.chunksFinished >= operation.chunks) await this.scheduleFinish(operationId, tx.jobs);
    });
  }

  private async scheduleFinish(operationId: string, via: JobStore): Promise<void> {
    await this.ctx.runner.schedule(
      {
        id: `bulk.done:${operationId}`,
        type: BULK_DONE_JOB,
        runAt: this.ctx.clock.now().toISOString(),
        payload: { operationId },
      },
      via,
    );
  }

  /** After the last chunk: deletes the sequence when that was asked, then tells the manager, once. */
  private async finish(job: Job): Promise<void> {
    const { operationId } = job.payload as { operationId: string };
    const { stores, clock, log } = this.ctx;
    const operation = await stores.bulk.get(operationId);
    if (!operation || operation.status === 'done') return;
    if (operation.then === 'deleteSequence') await stores.sequences.delete(operation.sequenceId);
    await stores.transaction(async (tx) => {
      const progress = await tx.bulk.progress(operationId);
      if (!(await tx.bulk.markDone(operationId, clock.now().toISOString()))) return;
      log.info({ operationId, ...progress }, 'bulk change finished');
      await this.listener?.({ ...operation, status: 'done' }, progress, tx.jobs);
    });
  }
}
