// kill -9 in the middle of work, on the embedded database and on PostgreSQL: every press that was
// answered is there after the restart, no enrollment is left without its timer, and a card whose
// send was cut off by the kill is sent again by the next instance and arrives once.

import { rm } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/app/ports.js';
import { timerJobId } from '../../src/app/enrollments.js';
import { createStores } from '../../src/storage/stores.js';
import { execute } from '../helpers/activities.js';
import { startStubConnector, type StubConnector } from '../helpers/connector.js';
import { tempDataDir } from '../helpers/harness.js';
import { buildOnce, eventually, postTo, startInstance, type Instance } from '../helpers/instance.js';
import { createTestDatabase, postgresAvailable } from '../helpers/postgres.js';
import {
  connectLeads,
  deliveries,
  openBot,
  pushedPresses,
  saveTaskSequence,
  sellersNamed,
} from '../helpers/scale-world.js';

const SELLERS = 10;
const PER_SELLER = 3;
const ENGINES = ['sqlite', ...((await postgresAvailable()) ? ['postgres'] : [])];

interface Storage {
  env: Record<string, string>;
  open(): Promise<Stores & { close(): Promise<void> }>;
  remove(): Promise<void>;
}

async function storageFor(engine: string): Promise<Storage> {
  if (engine === 'postgres') {
    const database = await createTestDatabase();
    return {
      env: { DATABASE_URL: database.url },
      open: () => createStores({ kind: 'postgres', url: database.url }),
      remove: database.drop,
    };
  }
  const dataDir = tempDataDir();
  return {
    env: { DATA_DIR: dataDir },
    open: () => createStores({ kind: 'sqlite', dataDir }),
    remove: () => rm(dataDir, { recursive: true, force: true }),
  };
}

describe.each(ENGINES)('kill -9 under load on %s', (engine) => {
  const running: Instance[] = [];
  let connector: StubConnector | undefined;
  let storage: Storage | undefined;
  let stores: (Stores & { close(): Promise<void> }) | undefined;

  beforeAll(buildOnce, 150_000);
  afterEach(async () => {
    await Promise.all(running.splice(0).map((instance) => instance.kill('SIGKILL')));
    await stores?.close();
    await connector?.close();
    await storage?.remove();
  });

  it('loses no answered press, strands no enrollment, and delivers a cut-off card once', async () => {
    connector = await startStubConnector();
    storage = await storageFor(engine);
    stores = await storage.open();
    const env = { ...storage.env, JOB_POLL_MS: '50', JOB_LEASE_MS: '1500', SEND_RATE_GLOBAL: '1000' };
    const start = async () => {
      const instance = await startInstance(env);
      running.push(instance);
      return instance;
    };
    const sellers = sellersNamed(SELLERS);
    const first = await start();
    await openBot(stores, [first.url], sellers, connector);

    // The cards are being sent when the instance dies: the connector holds its answers.
    connector.hold(1_500);
    const sequence = await saveTaskSequence(stores, 3, true);
    const records = await connectLeads(stores, sequence, sellers, PER_SELLER);
    await eventually(() => connector!.pending() >= 5, 30_000, 'cards in flight');
    await first.kill('SIGKILL');
    const cutOff = connector.pending();
    connector.hold(0);

    // The next instance takes the dead one's jobs over when their leases end, and sends each card once.
    const second = await start();
    await eventually(() => deliveries(connector!).size >= records.length, 30_000, 'every first card');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([...deliveries(connector).values()].every((n) => n === 1)).toBe(true);
    expect(deliveries(connector).size).toBe(records.length);

    // Presses under load, and a kill while they are answered.
    const sellerOf = new Map(
      (await stores.enrollments.listBySequence(sequence.id)).map((e) => [
        e.id,
        sellers.find((s) => s.id === e.sellerId)!,
      ]),
    );
    const presses = pushedPresses(connector);
    const answered = new Set<string>();
    let killed: Promise<number | null> | undefined;
    await Promise.all(
      presses.map(async (press) => {
        const seller = sellerOf.get(press.enrollmentId)!;
        const answer = await postTo(second.url, {
          ...execute(seller, 'seller.complete', press.data),
          serviceUrl: connector!.url,
        });
        // Each press is the first on its step: an answer is the card after the step was done.
        if (answer?.status === 200 && (answer.body as { value?: unknown }).value) {
          answered.add(press.enrollmentId);
          if (answered.size >= 5) killed ??= second.kill('SIGKILL');
        }
      }),
    );
    await killed;

    const third = await start();
    const after = await stores.enrollments.listBySequence(sequence.id);
    let waiting = 0;
    for (const enrollment of after) {
      const done = enrollment.history.some((h) => h.action === 'completed' && h.stepId === 'task-1');
      if (answered.has(enrollment.id)) expect(done, enrollment.id).toBe(true);
      // A wait saved without its timer would be stuck for good; a timer for a state never saved would fire on nothing.
      if (enrollment.current?.stepId === 'wait-1') {
        waiting++;
        const timer = await stores.jobs.get(timerJobId(enrollment.id));
        expect(timer?.payload, enrollment.id).toMatchObject({
          revision: enrollment.revision,
          stepId: 'wait-1',
        });
      } else {
        expect(enrollment.current?.stepId, enrollment.id).toBe('task-1');
      }
    }
    expect(answered.size).toBeGreaterThanOrEqual(5);
    expect(waiting).toBeGreaterThanOrEqual(answered.size);
    console.log(
      `kill -9 on ${engine}: ${cutOff} sends cut off and delivered once after take-over; ${answered.size} of ${presses.length} presses answered before the kill, all kept; ${waiting} enrollments at a wait, each with its timer`,
    );
    await third.kill('SIGTERM');
  }, 180_000);
});
