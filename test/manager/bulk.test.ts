// Changes to many records at once run off the turn: the manager is answered at once, jobs do the
// work, and the manager is told once when it is done.

import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BULK_CHUNK_SIZE } from '../../src/app/manager/bulk.js';
import type { CrmRecord } from '../../src/domain/model.js';
import { type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { press, say } from '../helpers/manager-chat.js';

const ALEX: TestUser = { id: 'aad-alex', name: 'Alex Admin', timeZone: 'Europe/London' };
const LEADS = 2 * BULK_CHUNK_SIZE + 37;
const SAM_ID = 'aad-sam';

let h: Harness;

beforeEach(async () => {
  h = await startHarness({ env: { ADMIN_IDS: ALEX.id } });
  await say(h, ALEX, 'hello');
  const now = h.clock.now().toISOString();
  // The leads' seller has not installed the app yet: their step cards are not pushed (not the point here).
  await h.stores.users.save({
    id: SAM_ID,
    name: 'Sam Lee',
    roles: ['seller'],
    workingHours: { timeZone: 'UTC', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    digestTime: '08:00',
    createdAt: now,
    updatedAt: now,
  });
  await h.stores.transaction(async (tx) => {
    for (let i = 0; i < LEADS; i++) {
      const record: CrmRecord = {
        id: randomUUID(),
        type: 'lead',
        firstName: 'Lead',
        lastName: `Number ${i}`,
        name: `Lead Number ${i}`,
        company: 'Contoso',
        ownerId: SAM_ID,
        status: 'new',
        createdAt: now,
        updatedAt: now,
      };
      await tx.records.save(record);
    }
  });
  await say(h, ALEX, 'create sequence from high-volume outbound prospecting template named Mass outreach');
  const asked = await say(h, ALEX, 'activate it');
  await press(h, ALEX, asked.cards[0], 'Activate');
});
afterEach(async () => {
  await h.close();
});

const notices = () =>
  h.connector.received
    .filter((r) => /Done:/.test(String(r.activity.text ?? '')))
    .map((r) => String(r.activity.text));

describe('connecting all new leads to a sequence', () => {
  it('answers at once, connects every lead through jobs, and tells the manager once when done', async () => {
    const [sequence] = await h.stores.sequences.list();
    const answer = await say(h, ALEX, 'connect all new leads to Mass outreach');
    expect(answer.texts[0]).toBe(
      `Connecting ${LEADS} records to "Mass outreach". That takes a moment: I will tell you here when it is done.`,
    );
    // h.post drained the jobs the turn queued: every lead is connected, once.
    const open = await h.stores.enrollments.listOpenRefsBySequence(sequence!.id);
    expect(open).toHaveLength(LEADS);
    expect(new Set(open.map((e) => e.recordId)).size).toBe(LEADS);
    expect(notices()).toEqual([
      `Done: connected ${LEADS} records to "Mass outreach"; 0 already connected, 0 could not be.`,
    ]);
  });

  it('counts a chunk once when it runs again after a crash, and connects no lead twice', async () => {
    const [sequence] = await h.stores.sequences.list();
    const records = await h.stores.records.list('lead');
    const operation = await h.ctx.bulk.start(
      'connect',
      { id: ALEX.id, name: ALEX.name, roles: ['administrator'], businessUnit: 'default' },
      sequence!,
      records.map((r) => r.id),
    );
    // A worker that dies after connecting the first chunk leaves its job to run again.
    const first = (await h.stores.jobs.get(`bulk:${operation.id}:0`))!;
    await h.ctx.runner.runDue();
    await h.stores.jobs.put({ ...first, attempts: 1 });
    await h.ctx.runner.runDue();
    const progress = await h.stores.bulk.progress(operation.id);
    expect(progress).toEqual({ chunksFinished: 3, done: LEADS, skipped: 0, refused: 0 });
    expect(await h.stores.enrollments.listOpenRefsBySequence(sequence!.id)).toHaveLength(LEADS);
    expect(notices()).toHaveLength(1);
  });
});

describe('deleting a sequence with many records on it', () => {
  it('disconnects them through jobs, then deletes the sequence and says so once', async () => {
    const [sequence] = await h.stores.sequences.list();
    await say(h, ALEX, 'connect all new leads to Mass outreach');
    const asked = await say(h, ALEX, 'delete Mass outreach');
    const answer = await press(h, ALEX, asked.cards[0], 'Delete');
    expect(answer.all).toContain(`Disconnecting its ${LEADS} records, then deleting it`);
    expect(await h.stores.sequences.get(sequence!.id)).toBeUndefined();
    expect(await h.stores.enrollments.listOpenRefsBySequence(sequence!.id)).toEqual([]);
    const ended = await h.stores.enrollments.listBySequence(sequence!.id);
    expect(ended.every((e) => e.status === 'disconnected')).toBe(true);
    expect(notices()).toContain(`Done: disconnected ${LEADS} records from "Mass outreach" and deleted it.`);
  });
});
