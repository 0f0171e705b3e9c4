// A world for the tests that run whole bot processes: sellers who work around the clock, a
// sequence of task steps, records connected to it by a manager, and the Up next cards' "done"
// presses read from what the bot sent.

import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { createAppContext } from '../../src/app/context.js';
import { silentLogger } from '../../src/app/logger.js';
import type { Stores } from '../../src/app/ports.js';
import type { CrmRecord, Sequence, WorkingHours } from '../../src/domain/model.js';
import { message, type TestUser } from './activities.js';
import type { StubConnector } from './connector.js';
import { postTo } from './instance.js';

export const ALWAYS: WorkingHours = {
  timeZone: 'UTC',
  days: [1, 2, 3, 4, 5, 6, 7],
  start: '00:00',
  end: '23:59',
};
/** Who connects the records: a manager, not one of the sellers. */
export const MANAGER = 'aad-manager';

export const sellersNamed = (count: number): TestUser[] =>
  Array.from({ length: count }, (_, i) => ({ id: `aad-seller-${i}`, name: `Seller ${i}`, timeZone: 'UTC' }));

/** The sellers open the bot (on the given instances in turn), then work around the clock. */
export async function openBot(
  stores: Stores,
  urls: string[],
  sellers: TestUser[],
  connector: StubConnector,
): Promise<void> {
  for (const [i, seller] of sellers.entries()) {
    const answer = await postTo(urls[i % urls.length]!, {
      ...message(seller, 'hello'),
      serviceUrl: connector.url,
    });
    expect(answer?.status).toBe(200);
  }
  for (const seller of sellers) {
    const user = (await stores.users.get(seller.id))!;
    await stores.users.save({ ...user, workingHours: ALWAYS, timeZoneSetByUser: true });
  }
}

/**
 * An active sequence of `steps` task steps, each due the moment it becomes current; with
 * `waitAfterFirst`, a one-day wait between the first and the second.
 */
export async function saveTaskSequence(
  stores: Stores,
  steps: number,
  waitAfterFirst = false,
): Promise<Sequence> {
  const now = new Date().toISOString();
  const sequence: Sequence = {
    id: randomUUID(),
    name: `${steps} tasks`,
    recordType: 'lead',
    ownerId: MANAGER,
    status: 'active',
    version: 1,
    tags: [],
    graph: {
      start: 'task-1',
      steps: [
        ...Array.from({ length: steps }, (_, i) => ({
          id: `task-${i + 1}`,
          kind: 'task' as const,
          name: `Task ${i + 1}`,
          description: 'Do it',
          ...(i + 1 < steps ? { next: i === 0 && waitAfterFirst ? 'wait-1' : `task-${i + 2}` } : {}),
        })),
        ...(waitAfterFirst
          ? [
              {
                id: 'wait-1',
                kind: 'wait' as const,
                name: 'Wait',
                description: '',
                duration: { days: 1, hours: 0 },
                next: 'task-2',
              },
            ]
          : []),
      ],
    },
    createdAt: now,
    updatedAt: now,
  };
  await stores.sequences.save(sequence);
  return sequence;
}

/** `perSeller` leads for each seller, connected to `sequence` by the manager from this process. */
export async function connectLeads(
  stores: Stores,
  sequence: Sequence,
  sellers: TestUser[],
  perSeller: number,
): Promise<CrmRecord[]> {
  const now = new Date().toISOString();
  const records: CrmRecord[] = sellers.flatMap((seller, i) =>
    Array.from({ length: perSeller }, (_, j) => ({
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
  const ctx = createAppContext({ config: loadConfig({}), stores, log: silentLogger() });
  for (const record of records) {
    expect((await ctx.enrollments.connect(sequence.id, record.id, MANAGER)).ok).toBe(true);
  }
  return records;
}

export interface Press {
  enrollmentId: string;
  stepId: string;
  data: Record<string, unknown>;
}

/** The "done" presses (verb seller.complete) on a card. */
export function completePresses(card: unknown): Press[] {
  const found: Press[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const object = node as Record<string, unknown>;
      const data = object.data as Record<string, unknown> | undefined;
      if (object.type === 'Action.Execute' && object.verb === 'seller.complete' && data?.enrollmentId) {
        found.push({ enrollmentId: String(data.enrollmentId), stepId: String(data.stepId), data });
      }
      for (const value of Object.values(object)) walk(value);
    }
  };
  walk(card);
  return found;
}

/** Every "done" press on every card the connector was sent. */
export function pushedPresses(connector: StubConnector): Press[] {
  return connector.received.flatMap((r) =>
    (r.activity.attachments ?? []).flatMap((a) => completePresses((a as { content?: unknown }).content)),
  );
}

/** How many times each step card (enrollment/step) was delivered. */
export function deliveries(connector: StubConnector): Map<string, number> {
  const counts = new Map<string, number>();
  for (const press of pushedPresses(connector)) {
    const key = `${press.enrollmentId}/${press.stepId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
