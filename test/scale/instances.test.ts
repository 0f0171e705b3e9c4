// Two instances of the bot on one PostgreSQL database, requests spread over both: outcomes from
// 50 sellers on 200 enrollments, with double clicks on both instances at once and stale repeats.
// Afterwards every enrollment's history is what a single-threaded replay of the accepted events
// gives, and no step card was pushed twice.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, isRejection, startEnrollment } from '../../src/domain/engine.js';
import type { Enrollment, HistoryEntry } from '../../src/domain/model.js';
import { createStores, type SqlStores } from '../../src/storage/stores.js';
import { execute, type TestUser } from '../helpers/activities.js';
import { startStubConnector, type StubConnector } from '../helpers/connector.js';
import { buildOnce, eventually, postTo, startInstance, type Instance } from '../helpers/instance.js';
import { createTestDatabase, postgresAvailable } from '../helpers/postgres.js';
import {
  ALWAYS,
  completePresses,
  connectLeads,
  deliveries,
  MANAGER,
  openBot,
  pushedPresses,
  saveTaskSequence,
  sellersNamed,
  type Press,
} from '../helpers/scale-world.js';

const SELLERS = 50;
const RECORDS_PER_SELLER = 4;
const STEPS = 5;

/** Seeded, so that a failure can be run again as it was. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const project = (history: HistoryEntry[]) =>
  history.map(({ action, stepId, outcome, by, detail }) => ({ action, stepId, outcome, by, detail }));

const available = await postgresAvailable();

describe.skipIf(!available)('two instances on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let stores: SqlStores;
  let connector: StubConnector;
  const instances: Instance[] = [];
  const sellers = sellersNamed(SELLERS);

  beforeAll(async () => {
    buildOnce();
    database = await createTestDatabase();
    connector = await startStubConnector();
    stores = await createStores({ kind: 'postgres', url: database.url });
    const env = { DATABASE_URL: database.url, JOB_POLL_MS: '50', SEND_RATE_GLOBAL: '1000' };
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
    await openBot(stores, [a.url, b.url], sellers, connector);
    const sequence = await saveTaskSequence(stores, STEPS);
    const records = await connectLeads(stores, sequence, sellers, RECORDS_PER_SELLER);
    const total = records.length;

    // The instances find the due steps and push one card each.
    await eventually(() => pushedPresses(connector).length >= total, 60_000, 'the first step cards');
    const sellerById = new Map(sellers.map((s) => [s.id, s]));
    const sellerOf = new Map(
      (await stores.enrollments.listBySequence(sequence.id)).map((e) => [e.id, sellerById.get(e.sellerId)!]),
    );
    /** The latest card of each enrollment, as the press to make on it. */
    const latest = new Map<string, Press>(pushedPresses(connector).map((p) => [p.enrollmentId, p]));
    expect(latest.size).toBe(total);

    const next = random(20261203);
    const stale: Press[] = [];
    let requests = 0;
    let failures = 0;
    const press = (instance: Instance, p: Press, seller: TestUser) =>
      postTo(instance.url, { ...execute(seller, 'seller.complete', p.data), serviceUrl: connector.url });
    for (let round = 0; round < STEPS; round++) {
      const presses = [...latest.values()];
      latest.clear();
      await Promise.all(
        presses.map(async (p) => {
          const seller = sellerOf.get(p.enrollmentId)!;
          const first = next() < 0.5 ? a : b;
          const other = first === a ? b : a;
          // A third of the presses are double clicks that reach both instances at once.
          const targets = next() < 0.33 ? [first, other] : [first];
          const answers = await Promise.all(targets.map((instance) => press(instance, p, seller)));
          requests += answers.length;
          for (const answer of answers) {
            if (answer?.status !== 200) {
              failures++;
              continue;
            }
            for (const shown of completePresses((answer.body as { value?: unknown }).value)) {
              if (shown.stepId !== p.stepId) latest.set(shown.enrollmentId, shown);
            }
          }
          if (next() < 0.1) stale.push(p);
        }),
      );
    }
    // Late repeats of cards already done, on either instance: answered, and changing nothing.
    for (const p of stale) {
      const answer = await press(next() < 0.5 ? a : b, p, sellerOf.get(p.enrollmentId)!);
      requests++;
      if (answer?.status !== 200) failures++;
    }
    expect(failures).toBe(0);

    // Every enrollment went through its steps once each, as a replay one event at a time gives.
    const after = await stores.enrollments.listBySequence(sequence.id);
    expect(after).toHaveLength(total);
    const recordById = new Map(records.map((r) => [r.id, r]));
    for (const enrollment of after) {
      expect(enrollment.status).toBe('completed');
      const completed = enrollment.history.filter((h) => h.action === 'completed');
      expect(completed.map((h) => h.stepId)).toEqual(sequence.graph.steps.map((s) => s.id));
      const context = { sequence, workingHours: ALWAYS };
      let replay: Enrollment = startEnrollment(
        {
          id: enrollment.id,
          sequence,
          record: recordById.get(enrollment.recordId)!,
          sellerId: enrollment.sellerId,
          by: MANAGER,
        },
        new Date(enrollment.createdAt),
        context,
      ).enrollment;
      for (const done of completed) {
        const event = { type: 'stepCompleted' as const, stepId: done.stepId!, by: done.by };
        const result = advance(replay, event, new Date(done.at), context);
        if (isRejection(result)) throw new Error(`replay rejected ${done.stepId}: ${result.reason}`);
        replay = result.enrollment;
      }
      expect(project(enrollment.history)).toEqual(project(replay.history));
      expect(enrollment.revision).toBe(replay.revision);
    }

    // No step card was pushed twice: the first step's by the instances, the rest shown on the pressed card.
    const pushed = deliveries(connector);
    expect([...pushed.values()].filter((n) => n > 1)).toEqual([]);
    expect(pushed.size).toBe(total);
    console.log(
      `two instances: ${requests} presses (${requests - total * STEPS} double clicks and stale repeats) on ${total} enrollments of ${SELLERS} sellers; ${total * STEPS} applied`,
    );
  }, 240_000);
});
