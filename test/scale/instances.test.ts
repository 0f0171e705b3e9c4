// Two instances of the bot on one PostgreSQL database, requests spread over both: outcomes from
// 50 sellers on 200 enrollments, with double clicks on both instances at once and stale repeats.
// Afterwards every enrollment's history is what a single-threaded replay of the accepted events
// gives, and no step card was pushed twice.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { createAppContext } from '../../src/app/context.js';
import { silentLogger } from '../../src/app/logger.js';
import { advance, isRejection, startEnrollment } from '../../src/domain/engine.js';
import type { CrmRecord, Enrollment, HistoryEntry, Sequence, WorkingHours } from '../../src/domain/model.js';
import { createStores, type SqlStores } from '../../src/storage/stores.js';
import { execute, message, type TestUser } from '../helpers/activities.js';
import { startStubConnector, type StubConnector } from '../helpers/connector.js';
import { buildOnce, eventually, postTo, startInstance, type Instance } from '../helpers/instance.js';
import { createTestDatabase, postgresAvailable } from '../helpers/postgres.js';

const SELLERS = 50;
const RECORDS_PER_SELLER = 4;
const STEPS = 5;
/** Who connects the records: a manager, not one of the sellers. */
const MANAGER = 'aad-manager';
const ALWAYS: WorkingHours = { timeZone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' };

/** Seeded, so that a failure can be run again as it was. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface Press {
  enrollmentId: string;
  stepId: string;
  seller: TestUser;
  data: Record<string, unknown>;
}

/** The "done" presses (verb seller.complete) on a card, by enrollment and step. */
function completePresses(card: unknown, seller: TestUser): Press[] {
  const found: Press[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const object = node as Record<string, unknown>;
      const data = object.data as Record<string, unknown> | undefined;
      if (object.type === 'Action.Execute' && object.verb === 'seller.complete' && data?.enrollmentId) {
        found.push({ enrollmentId: String(data.enrollmentId), stepId: String(data.stepId), seller, data });
      }
      for (const value of Object.values(object)) walk(value);
    }
  };
  walk(card);
  return found;
}

const cardsIn = (activity: { attachments?: { content?: unknown }[] }): unknown[] =>
  (activity.attachments ?? []).map((a) => a.content);

const project = (history: HistoryEntry[]) =>
  history.map(({ action, stepId, outcome, by, detail }) => ({ action, stepId, outcome, by, detail }));

const available = await postgresAvailable();

describe.skipIf(!available)('two instances on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let stores: SqlStores;
  let connector: StubConnector;
  const instances: Instance[] = [];
  const sellers: TestUser[] = Array.from({ length: SELLERS }, (_, i) => ({
    id: `aad-seller-${i}`,
    name: `Seller ${String(i).padStart(2, '0')}`,
    timeZone: 'UTC',
  }));
  let sequence: Sequence;

  beforeAll(async () => {
    buildOnce();
    database = await createTestDatabase();
    connector = await startStubConnector();
    stores = await createStores({ kind: 'postgres', url: database.url });
    const env = {
      DATABASE_URL: database.url,
      JOB_POLL_MS: '50',
      SEND_RATE_GLOBAL: '1000',
    };
    instances.push(await startInstance(env), await startInstance(env));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.kill('SIGTERM')));
    await stores?.close();
    await connector?.close();
    await database?.drop();
  });

  it('applies each outcome once, whichever instance gets it, and pushes every step card once', async () => {
    const [a, b] = instances as [Instance, Instance];
    // The sellers open the bot, on either instance: that records them and where to reach them.
    for (const [i, seller] of sellers.entries()) {
      const answer = await postTo((i % 2 ? b : a).url, {
        ...message(seller, 'hello'),
        serviceUrl: connector.url,
      });
      expect(answer?.status).toBe(200);
    }
    // Working around the clock, so that every step is due the moment it becomes current.
    for (const seller of sellers) {
      const user = (await stores.users.get(seller.id))!;
      await stores.users.save({ ...user, workingHours: ALWAYS, timeZoneSetByUser: true });
    }
    const now = new Date().toISOString();
    sequence = {
      id: randomUUID(),
      name: 'Five tasks',
      recordType: 'lead',
      ownerId: sellers[0]!.id,
      status: 'active',
      version: 1,
      tags: [],
      graph: {
        start: 'task-1',
        steps: Array.from({ length: STEPS }, (_, i) => ({
          id: `task-${i + 1}`,
          kind: 'task' as const,
          name: `Task ${i + 1}`,
          description: 'Do it',
          ...(i + 1 < STEPS ? { next: `task-${i + 2}` } : {}),
        })),
      },
      createdAt: now,
      updatedAt: now,
    };
    await stores.sequences.save(sequence);
    const records: CrmRecord[] = sellers.flatMap((seller, i) =>
      Array.from({ length: RECORDS_PER_SELLER }, (_, j) => ({
        id: `lead-${i}-${j}`,
        type: 'lead' as const,
        name: `Lead ${i}-${j}`,
        ownerId: seller.id,
        status: 'new' as const,
        createdAt: now,
        updatedAt: now,
      })),
    );
    for (const record of records) await stores.records.save(record);
    // Connected by a third process (this one), as an import or another instance would.
    const ctx = createAppContext({ config: loadConfig({}), stores, log: silentLogger() });
    for (const record of records) {
      expect((await ctx.enrollments.connect(sequence.id, record.id, MANAGER)).ok).toBe(true);
    }

    // The instances find the due steps and push one card each.
    const total = records.length;
    await eventually(
      () =>
        connector.received
          .flatMap((r) => cardsIn(r.activity))
          .filter((c) => completePresses(c, sellers[0]!).length > 0).length >= total,
      60_000,
      'the first step cards',
    );
    const bySellerId = new Map(sellers.map((s) => [s.id, s]));
    const enrollments = await stores.enrollments.listBySequence(sequence.id);
    const sellerOf = new Map(enrollments.map((e) => [e.id, bySellerId.get(e.sellerId)!]));
    /** The latest card each enrollment's seller has, as the press to make on it. */
    const latest = new Map<string, Press>();
    for (const received of connector.received) {
      for (const card of cardsIn(received.activity)) {
        for (const press of completePresses(card, sellers[0]!))
          latest.set(press.enrollmentId, { ...press, seller: sellerOf.get(press.enrollmentId)! });
      }
    }
    expect(latest.size).toBe(total);

    const next = random(20261203);
    const stale: Press[] = [];
    let requests = 0;
    let failures = 0;
    for (let round = 0; round < STEPS; round++) {
      const presses = [...latest.values()];
      latest.clear();
      await Promise.all(
        presses.map(async (press) => {
          const first = next() < 0.5 ? a : b;
          const other = first === a ? b : a;
          const activity = () => ({
            ...execute(press.seller, 'seller.complete', press.data),
            serviceUrl: connector.url,
          });
          // A third of the presses are double clicks that reach both instances at once.
          const targets = next() < 0.33 ? [first, other] : [first];
          const answers = await Promise.all(targets.map((instance) => postTo(instance.url, activity())));
          requests += answers.length;
          for (const answer of answers) {
            if (answer?.status !== 200) {
              failures++;
              continue;
            }
            const card = (answer.body as { value?: unknown }).value;
            for (const shown of completePresses(card, press.seller)) {
              if (shown.stepId !== press.stepId)
                latest.set(shown.enrollmentId, { ...shown, seller: press.seller });
            }
          }
          if (next() < 0.1) stale.push(press);
        }),
      );
    }
    // Late repeats of cards already done, on either instance: answered, and changing nothing.
    for (const press of stale) {
      const answer = await postTo((next() < 0.5 ? a : b).url, {
        ...execute(press.seller, 'seller.complete', press.data),
        serviceUrl: connector.url,
      });
      requests++;
      if (answer?.status !== 200) failures++;
    }
    expect(failures).toBe(0);
    expect(requests).toBeGreaterThanOrEqual(total * STEPS);

    // Every enrollment went through its five steps once each, as a replay one event at a time gives.
    const after = await stores.enrollments.listBySequence(sequence.id);
    expect(after).toHaveLength(total);
    const record = new Map(records.map((r) => [r.id, r]));
    for (const enrollment of after) {
      expect(enrollment.status).toBe('completed');
      const completed = enrollment.history.filter((h) => h.action === 'completed');
      expect(completed.map((h) => h.stepId)).toEqual(sequence.graph.steps.map((s) => s.id));
      let replay: Enrollment = startEnrollment(
        {
          id: enrollment.id,
          sequence,
          record: record.get(enrollment.recordId)!,
          sellerId: enrollment.sellerId,
          by: MANAGER,
        },
        new Date(enrollment.createdAt),
        { sequence, workingHours: ALWAYS },
      ).enrollment;
      for (const done of completed) {
        const result = advance(
          replay,
          { type: 'stepCompleted', stepId: done.stepId!, by: done.by },
          new Date(done.at),
          { sequence, workingHours: ALWAYS },
        );
        if (isRejection(result)) throw new Error(`replay rejected ${done.stepId}: ${result.reason}`);
        replay = result.enrollment;
      }
      expect(project(enrollment.history)).toEqual(project(replay.history));
      expect(enrollment.revision).toBe(replay.revision);
    }

    // No step card was pushed twice: the first step's by the instances, the rest shown on the pressed card.
    const pushed = new Map<string, number>();
    for (const received of connector.received) {
      for (const card of cardsIn(received.activity)) {
        for (const press of completePresses(card, sellers[0]!)) {
          const key = `${press.enrollmentId}/${press.stepId}`;
          pushed.set(key, (pushed.get(key) ?? 0) + 1);
        }
      }
    }
    expect([...pushed.values()].filter((n) => n > 1)).toEqual([]);
    expect(pushed.size).toBe(total);
    console.log(
      `two instances: ${requests} presses (${requests - total * STEPS} double clicks and stale repeats) on ${total} enrollments of ${SELLERS} sellers; ${total * STEPS} applied`,
    );
  }, 240_000);
});
