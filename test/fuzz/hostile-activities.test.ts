// Thousands of seeded malformed and hostile requests against the running bot over HTTP (see
// generate.ts). None may be answered with a 5xx or take longer than 2 s, and afterwards the stored
// state may differ from before only by what a well-formed request of the same sender may do: its
// own user, and records, sequences and enrollments it owns. Everybody else's data is untouched.
//
// FUZZ_SEED and FUZZ_INPUTS choose another run; the figures are printed at the end.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUser } from '../../src/app/validate.js';
import { type TestUser, message } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { press, say } from '../helpers/manager-chat.js';
import { type FuzzRequest, type Victims, generator } from './generate.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const INPUTS = Number(process.env.FUZZ_INPUTS ?? 5200);
const SLOWEST_ALLOWED_MS = 2000;

const ALEX: TestUser = { id: 'aad-alex', name: 'Alex Admin', timeZone: 'Europe/London' };
const SAM: TestUser = { id: 'aad-sam', name: 'Sam Lee', timeZone: 'America/New_York' };
const MALLORY: TestUser = { id: 'aad-mallory', name: 'Mallory Hacker', timeZone: 'Europe/Paris' };

interface Snapshot {
  users: Map<string, string>;
  records: Map<string, string>;
  sequences: Map<string, string>;
  enrollments: Map<string, string>;
}

let h: Harness;
let victims: Victims;
let before: Snapshot;

async function snapshot(): Promise<Snapshot> {
  const { users, records, sequences, enrollments } = h.stores;
  const byId = <T extends { id: string }>(items: T[]) =>
    new Map(items.map((item) => [item.id, JSON.stringify(item)]));
  return {
    users: byId(await users.list()),
    records: byId(await records.list()),
    sequences: byId(await sequences.list()),
    enrollments: byId(await enrollments.list()),
  };
}

beforeAll(async () => {
  h = await startHarness({ env: { ADMIN_IDS: ALEX.id } });
  for (const user of [ALEX, SAM, MALLORY]) await say(h, user, 'hello');
  // Sam's world: his deal, connected to an administrator's active sequence, with a step due.
  await say(h, ALEX, 'add opportunity Contoso deal for Sam Lee');
  await say(h, ALEX, 'create sequence from demo template named Q3 demo');
  const asked = await say(h, ALEX, 'activate Q3 demo');
  await press(h, ALEX, asked.cards[0]!, 'Activate');
  await say(h, ALEX, 'connect Contoso deal to Q3 demo');
  const [enrollment] = await h.stores.enrollments.list();
  expect(enrollment).toMatchObject({ sellerId: SAM.id, status: 'active' });
  victims = {
    userIds: [ALEX.id, SAM.id, `29:${SAM.id}`],
    names: ['Sam Lee', 'Alex Admin', 'Contoso deal'],
    enrollmentIds: [enrollment!.id],
    stepIds: [enrollment!.current?.stepId ?? 'step-1'],
    recordIds: (await h.stores.records.list()).map((record) => record.id),
    sequenceIds: (await h.stores.sequences.list()).map((sequence) => sequence.id),
    sequenceNames: ['Q3 demo'],
  };
  before = await snapshot();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

interface Outcome {
  kind: string;
  status: number;
  ms: number;
}

async function send(request: FuzzRequest): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(`${h.url}/api/messages`, {
    method: 'POST',
    headers: request.contentType ? { 'content-type': request.contentType } : {},
    body: request.body,
  });
  await response.arrayBuffer();
  return { kind: request.kind, status: response.status, ms: performance.now() - started };
}

/** Who a taken request speaks for, as the bot identifies a user: from.aadObjectId, else from.id. */
function senderOf(request: FuzzRequest): string | undefined {
  if (typeof request.body !== 'string') return undefined;
  try {
    const from = (JSON.parse(request.body) as { from?: { aadObjectId?: unknown; id?: unknown } }).from;
    const id = from?.aadObjectId || from?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

describe(`${INPUTS} hostile requests (seed ${SEED})`, () => {
  it('get no 5xx, no slow answer, and change nothing but what their senders may', async () => {
    const next = generator(SEED, h.connector.url, victims);
    // A handler that throws is answered politely ("Something went wrong"), so it is counted here.
    const failures: string[] = [];
    const logError = h.ctx.log.error.bind(h.ctx.log);
    h.ctx.log.error = ((fields: unknown, text?: string) => {
      const err = (fields as { err?: { message?: string } } | undefined)?.err;
      failures.push(`${text ?? ''}: ${err?.message ?? ''}`);
      return logError(fields as object, text);
    }) as typeof h.ctx.log.error;
    const outcomes: Outcome[] = [];
    const senders = new Set<string>();
    const started = performance.now();
    for (let i = 0; i < INPUTS; i++) {
      const request = next();
      const outcome = await send(request);
      outcomes.push(outcome);
      const sender = senderOf(request);
      if (sender && outcome.status < 300) senders.add(sender);
    }
    const seconds = (performance.now() - started) / 1000;
    h.ctx.log.error = logError;
    await h.ctx.runner.runDue();
    const after = await snapshot();

    // What changed, and whose it was.
    const changed = <T>(kind: keyof Snapshot, owner: (item: T) => string) =>
      [...after[kind]]
        .filter(([id, json]) => before[kind].get(id) !== json)
        .map(([id, json]) => ({ id, owner: owner(JSON.parse(json) as T), isNew: !before[kind].has(id) }));
    const changes = {
      users: changed<{ id: string }>('users', (user) => user.id),
      records: changed<{ ownerId: string }>('records', (record) => record.ownerId),
      sequences: changed<{ ownerId: string }>('sequences', (sequence) => sequence.ownerId),
      enrollments: changed<{ sellerId: string }>('enrollments', (enrollment) => enrollment.sellerId),
    };
    const removed = (Object.keys(before) as (keyof Snapshot)[]).flatMap((kind) =>
      [...before[kind].keys()].filter((id) => !after[kind].has(id)).map((id) => `${kind}/${id}`),
    );

    const statuses = new Map<number, number>();
    for (const { status } of outcomes) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const sorted = [...outcomes].sort((a, b) => a.ms - b.ms);
    const slowest = sorted[sorted.length - 1]!;
    const byKind = new Map<string, number>();
    for (const { kind } of outcomes) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    const count = (test: (status: number) => boolean) => outcomes.filter(({ status }) => test(status)).length;
    console.log(
      [
        `fuzz: seed ${SEED}, ${outcomes.length} inputs in ${seconds.toFixed(1)} s`,
        `  by kind: ${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}`,
        `  answers: 2xx ${count((s) => s < 300)}, 4xx ${count((s) => s >= 400 && s < 500)}, 5xx ${count((s) => s >= 500)}` +
          ` (${[...statuses]
            .sort(([a], [b]) => a - b)
            .map(([s, n]) => `${s}: ${n}`)
            .join(', ')})`,
        `  time: median ${sorted[Math.floor(sorted.length / 2)]!.ms.toFixed(1)} ms, ` +
          `p99 ${sorted[Math.floor(sorted.length * 0.99)]!.ms.toFixed(1)} ms, ` +
          `slowest ${slowest.ms.toFixed(1)} ms (${slowest.kind})`,
        `  stored changes: ${changes.users.length} users (${changes.users.filter((c) => c.isNew).length} new), ` +
          `${changes.records.length} records, ${changes.sequences.length} sequences, ` +
          `${changes.enrollments.length} enrollments, ${removed.length} removed`,
        `  failed turns: ${failures.length}`,
      ].join('\n'),
    );

    expect(outcomes).toHaveLength(INPUTS);
    expect(outcomes.filter(({ status }) => status >= 500)).toEqual([]);
    expect(slowest.ms).toBeLessThan(SLOWEST_ALLOWED_MS);
    expect([...new Set(failures)]).toEqual([]);
    // Both kinds of answer occur: the run reached the handlers, and the door refused what it should.
    expect(count((s) => s === 200)).toBeGreaterThan(INPUTS / 10);
    expect(count((s) => s === 400)).toBeGreaterThan(INPUTS / 10);

    // Nothing of anybody else's changed or went, and nothing unreadable was stored.
    expect(removed).toEqual([]);
    for (const kind of ['users', 'records', 'sequences', 'enrollments'] as const) {
      expect(
        changes[kind].filter(({ owner }) => !senders.has(owner)),
        kind,
      ).toEqual([]);
    }
    for (const json of after.users.values()) expect(parseUser(JSON.parse(json))).toMatchObject({ ok: true });
    const mallory = JSON.parse(after.users.get(MALLORY.id)!) as { roles: string[]; businessUnit?: string };
    expect(mallory).toMatchObject({ roles: [] });
    expect(mallory.businessUnit).toBeUndefined();

    // And the bot still answers a plain request, at once.
    const { status, replies } = await h.post(message(SAM, 'help'));
    expect(status).toBe(200);
    expect(replies.length).toBeGreaterThan(0);
  }, 180_000);
});
