import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.js';
import { maybeSeedOnStart, seedDemoData, PLAYGROUND_USER_ID } from '../../src/app/demo-data.js';
import { silentLogger } from '../../src/app/logger.js';
import { isRecordActive } from '../../src/domain/model.js';
import { createStores } from '../../src/storage/stores.js';

const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));

describe('demo data', () => {
  it('adds sellers and records of every type, each owned by a demo user', async () => {
    const stores = await createStores({ kind: 'memory' });
    const result = await seedDemoData(stores, clock);
    expect(result.seeded).toBe(true);
    const users = await stores.users.list();
    const records = await stores.records.list();
    expect(users.length).toBe(result.users);
    for (const type of ['lead', 'contact', 'account', 'opportunity'] as const) {
      expect(records.filter((r) => r.type === type).length).toBe(result.records[type]);
      expect(result.records[type]).toBeGreaterThan(0);
    }
    const userIds = new Set(users.map((u) => u.id));
    expect(records.every((r) => userIds.has(r.ownerId) && isRecordActive(r))).toBe(true);
    expect(users.find((u) => u.id === PLAYGROUND_USER_ID)?.roles).toContain('sequenceManager');
    await stores.close();
  });

  it('does nothing when the data folder already holds records', async () => {
    const stores = await createStores({ kind: 'memory' });
    await seedDemoData(stores, clock);
    const before = (await stores.records.list()).length;
    const again = await seedDemoData(stores, clock);
    expect(again.seeded).toBe(false);
    expect((await stores.records.list()).length).toBe(before);
    await stores.close();
  });

  it('seeds on start only with SEED_DEMO=1', async () => {
    const stores = await createStores({ kind: 'memory' });
    await maybeSeedOnStart({ dataDir: '/tmp' }, stores, clock, silentLogger(), {});
    expect(await stores.records.list()).toEqual([]);
    await maybeSeedOnStart({ dataDir: '/tmp' }, stores, clock, silentLogger(), { SEED_DEMO: '1' });
    expect((await stores.records.list()).length).toBeGreaterThan(0);
    await stores.close();
  });
});
