// The enrollment service: the one path from an action to storage and back, with locks, timer
// jobs and effect jobs, on memory and on a real SQLite file across a restart.

import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.js';
import { loadConfig } from '../../src/app/config.js';
import { createAppContext, type AppContext } from '../../src/app/context.js';
import { silentLogger } from '../../src/app/logger.js';
import type { Repositories, Stores } from '../../src/app/ports.js';
import { DUE_JOB, timerJobId } from '../../src/app/enrollments.js';
import type { CrmRecord, Sequence } from '../../src/domain/model.js';
import { builtInTemplates } from '../../src/domain/templates.js';
import { createStores } from '../../src/storage/stores.js';
import { tempDataDir } from '../helpers/harness.js';

const MONDAY_9_WARSAW = new Date('2026-03-02T08:00:00Z');

interface World {
  ctx: AppContext;
  clock: ManualClock;
  stores: Stores;
}

let open: World[] = [];
afterEach(async () => {
  for (const world of open) {
    await world.ctx.runner.stop();
    await world.stores.close();
  }
  open = [];
});

async function world(options: { dataDir?: string; now?: Date } = {}): Promise<World> {
  const stores = options.dataDir
    ? await createStores({ kind: 'sqlite', dataDir: options.dataDir })
    : await createStores({ kind: 'memory' });
  const clock = new ManualClock(options.now ?? MONDAY_9_WARSAW);
  const ctx = createAppContext({ config: loadConfig({}), stores, log: silentLogger(), clock });
  const w = { ctx, clock, stores };
  open.push(w);
  return w;
}

async function seed(
  w: World,
  templateId: string,
  record: Partial<CrmRecord> = {},
): Promise<{ sequence: Sequence; lead: CrmRecord }> {
  const template = builtInTemplates().find((t) => t.id === templateId)!;
  const at = w.clock.now().toISOString();
  const sequence: Sequence = {
    id: `seq-${templateId}`,
    name: template.name,
    recordType: template.recordType,
    ownerId: 'manager',
    status: 'active',
    version: 1,
    tags: [],
    graph: structuredClone(template.graph) as Sequence['graph'],
    createdAt: at,
    updatedAt: at,
  };
  const lead: CrmRecord = {
    id: 'jane',
    type: template.recordType,
    firstName: 'Jane',
    lastName: 'Doe',
    name: 'Jane Doe',
    company: 'Contoso',
    email: 'jane@contoso.com',
    ownerId: 'sam',
    status: template.recordType === 'lead' ? 'new' : undefined,
    createdAt: at,
    updatedAt: at,
    ...record,
  };
  await w.stores.sequences.save(sequence);
  await w.stores.records.save(lead);
  await w.stores.users.save({
    id: 'sam',
    name: 'Sam Lee',
    email: 'sam@fabrikam.example',
    roles: ['seller'],
    workingHours: { timeZone: 'Europe/Warsaw', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    digestTime: '08:00',
    createdAt: at,
    updatedAt: at,
  });
  return { sequence, lead };
}

describe('connecting a record', () => {
  it('starts the enrollment for the record owner and schedules its first step', async () => {
    const w = await world();
    await seed(w, 'product-demo', { type: 'opportunity', stage: 'develop', status: undefined });
    const result = await w.ctx.enrollments.connect('seq-product-demo', 'jane', 'manager');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.enrollment).toMatchObject({
      sellerId: 'sam',
      status: 'active',
      current: { stepId: 'thank-you-email' },
    });
    const job = await w.stores.jobs.get(`enrollment:${result.enrollment.id}`);
    expect(job).toMatchObject({ type: 'enrollment.due', runAt: '2026-03-02T08:00:00.000Z' });
  });

  it('refuses an inactive sequence or the wrong record type, and a second connection to the same sequence', async () => {
    const w = await world();
    const { sequence } = await seed(w, 'webinar-follow-up');
    await w.stores.records.save({
      ...(await w.stores.records.get('jane'))!,
      id: 'acct',
      type: 'account',
      status: undefined,
      name: 'Contoso',
    });
    const wrongType = await w.ctx.enrollments.connect(sequence.id, 'acct', 'manager');
    expect(wrongType.ok).toBe(false);
    expect('issues' in wrongType && wrongType.issues.map((i) => i.code)).toContain(
      'validation.recordTypeMismatch',
    );

    expect((await w.ctx.enrollments.connect(sequence.id, 'jane', 'manager')).ok).toBe(true);
    const again = await w.ctx.enrollments.connect(sequence.id, 'jane', 'manager');
    expect('alreadyConnected' in again).toBe(true);

    await w.stores.sequences.save({ ...sequence, status: 'inactive' });
    await w.stores.records.save({ ...(await w.stores.records.get('jane'))!, id: 'john', name: 'John Roe' });
    const inactive = await w.ctx.enrollments.connect(sequence.id, 'john', 'manager');
    expect('issues' in inactive && inactive.issues.map((i) => i.code)).toContain(
      'validation.sequenceNotActive',
    );
    expect(await w.stores.enrollments.listByRecord('john')).toEqual([]);
  });
});

describe('applying events', () => {
  it('serialises a double click: one completion is recorded, the other is told the step moved on', async () => {
    const w = await world();
    await seed(w, 'product-demo', { type: 'opportunity', stage: 'develop', status: undefined });
    const connected = await w.ctx.enrollments.connect('seq-product-demo', 'jane', 'manager');
    if (!connected.ok) throw new Error('not connected');
    const id = connected.enrollment.id;
    const press = () =>
      w.ctx.enrollments.apply(id, { type: 'stepCompleted', stepId: 'thank-you-email', by: 'sam' });
    const [first, second] = await Promise.all([press(), press()]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const rejected = first.ok ? second : first;
    expect(!rejected.ok && rejected.reason).toBe('notCurrentStep');
    const stored = await w.stores.enrollments.get(id);
    expect(stored?.history.filter((h) => h.action === 'completed')).toHaveLength(1);
    expect(stored?.current?.stepId).toBe('research-customer');
  });

  it('applies to what is stored when what the caller read has changed since, either way', async () => {
    const w = await world();
    await seed(w, 'product-demo', { type: 'opportunity', stage: 'develop', status: undefined });
    const connected = await w.ctx.enrollments.connect('seq-product-demo', 'jane', 'manager');
    if (!connected.ok) throw new Error('not connected');
    const id = connected.enrollment.id;
    const complete = { type: 'stepCompleted', stepId: 'thank-you-email', by: 'sam' } as const;

    // Read as active, then completed by another press: the save finds a newer revision, reads again
    // and tells this press the step moved on.
    const readActive = (await w.stores.enrollments.get(id))!;
    expect((await w.ctx.enrollments.apply(id, complete)).ok).toBe(true);
    const late = await w.ctx.enrollments.apply(id, complete, undefined, { enrollment: readActive });
    expect(!late.ok && late.reason).toBe('notCurrentStep');
    const stored = (await w.stores.enrollments.get(id))!;
    expect(stored.history.filter((h) => h.action === 'completed')).toHaveLength(1);

    // Read as paused, then resumed: the refusal the old reading gives is not the answer.
    expect((await w.ctx.enrollments.apply(id, { type: 'paused', by: 'sam' })).ok).toBe(true);
    const readPaused = (await w.stores.enrollments.get(id))!;
    expect((await w.ctx.enrollments.apply(id, { type: 'resumed', by: 'sam' })).ok).toBe(true);
    const next = { type: 'stepCompleted', stepId: stored.current!.stepId, by: 'sam' } as const;
    const pressed = await w.ctx.enrollments.apply(id, next, undefined, { enrollment: readPaused });
    expect(pressed.ok).toBe(true);
    const actions = (await w.stores.enrollments.get(id))!.history.map((h) => h.action);
    expect(actions.slice(actions.indexOf('paused'))).toEqual(['paused', 'resumed', 'completed', 'entered']);
  });

  it('commits what the caller writes alongside with the change, and neither when either fails', async () => {
    const w = await world();
    await seed(w, 'product-demo', { type: 'opportunity', stage: 'develop', status: undefined });
    const connected = await w.ctx.enrollments.connect('seq-product-demo', 'jane', 'manager');
    if (!connected.ok) throw new Error('not connected');
    const id = connected.enrollment.id;
    const event = { type: 'stepCompleted', stepId: 'thank-you-email', by: 'sam' } as const;
    const later = new Date(w.clock.now().getTime() + 60_000).toISOString();
    const keep = (tx: Repositories) =>
      w.ctx.runner.schedule({ id: 'alongside', type: 'test.alongside', runAt: later, payload: {} }, tx.jobs);

    const failing = w.ctx.enrollments.apply(id, event, async (tx) => {
      await keep(tx);
      throw new Error('refused alongside');
    });
    await expect(failing).rejects.toThrow('refused alongside');
    expect((await w.stores.enrollments.get(id))?.current?.stepId).toBe('thank-you-email');
    expect(await w.stores.jobs.get('alongside')).toBeUndefined();

    const seen: number[] = [];
    const result = await w.ctx.enrollments.apply(id, event, async (tx, change) => {
      seen.push(change.previous.revision, change.enrollment.revision);
      await keep(tx);
    });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([connected.enrollment.revision, connected.enrollment.revision + 1]);
    expect((await w.stores.enrollments.get(id))?.current?.stepId).toBe('research-customer');
    expect(await w.stores.jobs.get('alongside')).toMatchObject({ type: 'test.alongside' });
  });

  it('stores no push job for a step due at once that the listener says needs no push', async () => {
    const w = await world();
    await seed(w, 'product-demo', { type: 'opportunity', stage: 'develop', status: undefined });
    const asked: string[] = [];
    w.ctx.enrollments.onStepDue(async () => undefined, {
      wanted: async (enrollment) => {
        asked.push(enrollment.current!.stepId);
        return enrollment.current?.stepId !== 'research-customer';
      },
    });
    const connected = await w.ctx.enrollments.connect('seq-product-demo', 'jane', 'manager');
    if (!connected.ok) throw new Error('not connected');
    const id = connected.enrollment.id;
    expect(await w.stores.jobs.get(timerJobId(id))).toMatchObject({ type: DUE_JOB });

    await w.ctx.enrollments.apply(id, { type: 'stepCompleted', stepId: 'thank-you-email', by: 'sam' });
    expect((await w.stores.enrollments.get(id))?.current?.stepId).toBe('research-customer');
    // The first step's job is gone with it: nothing is left to push.
    expect(await w.stores.jobs.get(timerJobId(id))).toBeUndefined();
    expect(asked).toEqual(['thank-you-email', 'research-customer']);
  });

  it('runs a wait on the job runner and moves on when it ends, in working time', async () => {
    const w = await world();
    await seed(w, 'product-demo', { type: 'opportunity', stage: 'develop', status: undefined });
    const connected = await w.ctx.enrollments.connect('seq-product-demo', 'jane', 'manager');
    if (!connected.ok) throw new Error('not connected');
    const id = connected.enrollment.id;
    for (const stepId of ['thank-you-email', 'research-customer', 'connect-customer']) {
      expect((await w.ctx.enrollments.apply(id, { type: 'stepCompleted', stepId, by: 'sam' })).ok).toBe(true);
    }
    expect((await w.stores.enrollments.get(id))?.current?.stepId).toBe('wait-1-day');
    const job = await w.stores.jobs.get(`enrollment:${id}`);
    expect(job).toMatchObject({ type: 'enrollment.timer', runAt: '2026-03-03T08:00:00.000Z' });

    await w.ctx.runner.advanceTo(w.clock, new Date('2026-03-03T07:59:00Z'));
    expect((await w.stores.enrollments.get(id))?.current?.stepId).toBe('wait-1-day');
    await w.ctx.runner.advanceTo(w.clock, new Date('2026-03-03T08:00:00Z'));
    expect((await w.stores.enrollments.get(id))?.current?.stepId).toBe('demo-time-email');
  });

  it('tells the step-due listener when a manual step falls due, and not for a stale one', async () => {
    const w = await world({ now: new Date('2026-03-02T18:00:00Z') }); // 19:00 in Warsaw: after hours
    await seed(w, 'product-demo', { type: 'opportunity', stage: 'develop', status: undefined });
    const due: string[] = [];
    w.ctx.enrollments.onStepDue(async (enrollment) => {
      due.push(`${enrollment.current?.stepId}@${w.clock.now().toISOString()}`);
    });
    const connected = await w.ctx.enrollments.connect('seq-product-demo', 'jane', 'manager');
    if (!connected.ok) throw new Error('not connected');
    await w.ctx.runner.advanceTo(w.clock, new Date('2026-03-03T12:00:00Z'));
    expect(due).toEqual(['thank-you-email@2026-03-03T07:00:00.000Z']);
  });

  it('sends an automated email through the mailer with placeholders filled', async () => {
    const w = await world();
    await seed(w, 'webinar-follow-up');
    const connected = await w.ctx.enrollments.connect('seq-webinar-follow-up', 'jane', 'manager');
    expect(connected.ok).toBe(true);
    await w.ctx.runner.runDue();
    const [sent] = await w.stores.outbox.list();
    expect(sent).toMatchObject({ to: 'jane@contoso.com', from: 'sam@fabrikam.example', transport: 'outbox' });
    expect(sent?.body).toContain('Jane');
    expect(sent?.body).not.toMatch(/\{\{/);
  });

  it('a qualify command turns the lead into an opportunity and the lead leaves its other sequences', async () => {
    const w = await world();
    const { sequence } = await seed(w, 'webinar-follow-up');
    const other: Sequence = { ...sequence, id: 'seq-other', name: 'Other lead sequence' };
    await w.stores.sequences.save(other);
    const webinar = await w.ctx.enrollments.connect(sequence.id, 'jane', 'manager');
    const parallel = await w.ctx.enrollments.connect(other.id, 'jane', 'manager');
    if (!webinar.ok || !parallel.ok) throw new Error('not connected');
    await w.ctx.runner.runDue();
    // The thank-you email is sent; the customer replied.
    await w.ctx.enrollments.apply(webinar.enrollment.id, {
      type: 'outcomeRecorded',
      stepId: 'thank-you-email',
      outcome: 'replied',
      by: 'sam',
    });
    await w.ctx.enrollments.apply(webinar.enrollment.id, {
      type: 'stepCompleted',
      stepId: 'confirmation-email',
      by: 'sam',
    });
    await w.ctx.enrollments.apply(webinar.enrollment.id, {
      type: 'stepCompleted',
      stepId: 'set-up-demo',
      by: 'sam',
    });
    await w.ctx.runner.runDue();

    const lead = await w.stores.records.get('jane');
    expect(lead?.status).toBe('qualified');
    const opportunity = await w.stores.records.get(lead!.qualifiedToId!);
    expect(opportunity).toMatchObject({
      type: 'opportunity',
      stage: 'develop',
      ownerId: 'sam',
      originatingLeadId: 'jane',
    });
    expect((await w.stores.enrollments.get(webinar.enrollment.id))?.status).toBe('completed');
    const left = await w.stores.enrollments.get(parallel.enrollment.id);
    expect(left?.status).toBe('exited');
    expect(await w.stores.jobs.get(`enrollment:${parallel.enrollment.id}`)).toBeUndefined();
  });

  it('moves later steps to the new owner when the record changes hands', async () => {
    const w = await world();
    await seed(w, 'product-demo', { type: 'opportunity', stage: 'develop', status: undefined });
    const connected = await w.ctx.enrollments.connect('seq-product-demo', 'jane', 'manager');
    if (!connected.ok) throw new Error('not connected');
    const record = (await w.stores.records.get('jane'))!;
    await w.ctx.enrollments.updateRecord({ ...record, ownerId: 'dana' }, 'manager');
    const moved = await w.stores.enrollments.get(connected.enrollment.id);
    expect(moved?.sellerId).toBe('dana');
    expect(await w.stores.enrollments.listBySeller('dana')).toHaveLength(1);
    expect(await w.stores.enrollments.listBySeller('sam')).toHaveLength(0);
  });
});

describe('a restart', () => {
  it('finds the enrollment and its timer on the same DATA_DIR and carries on', async () => {
    const dataDir = tempDataDir();
    const first = await world({ dataDir });
    await seed(first, 'product-demo', { type: 'opportunity', stage: 'develop', status: undefined });
    const connected = await first.ctx.enrollments.connect('seq-product-demo', 'jane', 'manager');
    if (!connected.ok) throw new Error('not connected');
    const id = connected.enrollment.id;
    for (const stepId of ['thank-you-email', 'research-customer', 'connect-customer']) {
      await first.ctx.enrollments.apply(id, { type: 'stepCompleted', stepId, by: 'sam' });
    }
    await first.ctx.runner.stop();
    await first.stores.close();
    open = open.filter((w) => w !== first);

    const second = await world({ dataDir, now: first.clock.now() });
    expect((await second.stores.sequences.get('seq-product-demo'))?.name).toBe(
      'Meeting for product demo requests',
    );
    expect((await second.stores.records.get('jane'))?.name).toBe('Jane Doe');
    expect((await second.stores.enrollments.listBySeller('sam')).map((e) => e.id)).toEqual([id]);
    await second.ctx.runner.advanceTo(second.clock, new Date('2026-03-03T09:00:00Z'));
    const after = await second.stores.enrollments.get(id);
    expect(after?.current?.stepId).toBe('demo-time-email');
    expect(after?.history.map((h) => h.action)).toContain('waitEnded');
  });
});
