import { access, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStores, DATABASE_FILE_NAME } from '../../src/storage/stores.js';
import { aJob, aMessage, aRecord, aSequence, aUser, anEnrollment, makeTempDir } from './fixtures.js';

const TURN_KEY = 'msteams/a:1conversation/29:1user';

describe('createStores', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await makeTempDir();
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('finds everything again after a restart on the same data directory', async () => {
    const dataDir = join(await tempDir(), 'nested', 'data');
    const before = await createStores({ kind: 'sqlite', dataDir });
    await before.sequences.save(aSequence({ version: 1, name: 'Demo v1' }));
    await before.sequences.save(aSequence({ version: 2, name: 'Demo v2' }));
    await before.enrollments.save(anEnrollment({ id: 'e1', sellerId: 'ann', recordId: 'r1' }));
    await before.enrollments.save(anEnrollment({ id: 'e2', sellerId: 'ann', recordId: 'r2' }));
    await before.enrollments.save(anEnrollment({ id: 'e2', sellerId: 'bob', recordId: 'r2' }));
    await before.records.save(aRecord({ id: 'r1' }));
    await before.users.save(aUser({ id: 'ann', name: 'Ann' }));
    await before.outbox.add(aMessage({ id: 'm1' }));
    await before.outbox.add(aMessage({ id: 'm2' }));
    await before.jobs.put(aJob({ id: 'later', runAt: '2025-03-03T12:00:00.000Z' }));
    await before.jobs.put(aJob({ id: 'sooner', runAt: '2025-03-03T11:00:00.000Z' }));
    await before.turnState.write({ [TURN_KEY]: { step: 'confirm' } });
    await before.close();

    await access(join(dataDir, DATABASE_FILE_NAME));
    const after = await createStores({ kind: 'sqlite', dataDir });
    try {
      expect((await after.sequences.get('seq-1'))?.name).toBe('Demo v2');
      expect((await after.sequences.getVersion('seq-1', 1))?.name).toBe('Demo v1');
      expect((await after.sequences.list()).map((s) => s.version)).toEqual([2]);
      expect((await after.enrollments.get('e1'))?.sellerId).toBe('ann');
      expect((await after.enrollments.listBySeller('ann')).map((e) => e.id)).toEqual(['e1']);
      expect((await after.enrollments.listBySeller('bob')).map((e) => e.id)).toEqual(['e2']);
      expect((await after.enrollments.listByRecord('r2')).map((e) => e.id)).toEqual(['e2']);
      expect((await after.enrollments.listBySequence('seq-1')).map((e) => e.id)).toEqual(['e1', 'e2']);
      expect(await after.enrollments.list()).toHaveLength(2);
      expect(await after.records.get('r1')).toEqual(aRecord({ id: 'r1' }));
      expect((await after.users.list()).map((u) => u.name)).toEqual(['Ann']);
      expect((await after.outbox.list()).map((m) => m.id)).toEqual(['m1', 'm2']);
      expect(await after.jobs.nextRunAt(0)).toEqual(new Date('2025-03-03T11:00:00.000Z'));
      const due = await after.jobs.claim({
        now: new Date('2025-03-03T13:00:00.000Z'),
        limit: 10,
        wallNow: 0,
        leaseUntil: 1,
      });
      expect(due.map((j) => j.id)).toEqual(['sooner', 'later']);
      expect((await after.turnState.read([TURN_KEY]))[TURN_KEY]).toMatchObject({ step: 'confirm' });
    } finally {
      await after.close();
    }
  });

  it('keeps tables apart in the one SQLite file', async () => {
    const stores = await createStores({ kind: 'sqlite', dataDir: await tempDir() });
    try {
      await stores.users.save(aUser({ id: 'seq-1', name: 'A user whose id looks like a sequence' }));
      await stores.records.save(aRecord({ id: 'seq-1' }));
      expect(await stores.sequences.list()).toEqual([]);
      expect(await stores.sequences.get('seq-1')).toBeUndefined();
      expect(await stores.users.list()).toHaveLength(1);
      expect(await stores.records.list()).toHaveLength(1);
    } finally {
      await stores.close();
    }
  });

  it('gives each memory store its own data', async () => {
    const one = await createStores({ kind: 'memory' });
    const two = await createStores({ kind: 'memory' });
    await one.users.save(aUser());
    expect(await one.users.get('seller-1')).toBeDefined();
    expect(await two.users.get('seller-1')).toBeUndefined();
    await Promise.all([one.close(), two.close()]);
  });

  it('closes once even when close is called twice', async () => {
    const stores = await createStores({ kind: 'sqlite', dataDir: await tempDir() });
    await stores.close();
    await expect(stores.close()).resolves.toBeUndefined();
  });

  it('fails at creation when the data directory cannot hold the database', async () => {
    const dir = await tempDir();
    // A directory where the database file should be makes SQLite's open fail.
    const blocked = join(dir, 'blocked');
    await mkdir(join(blocked, DATABASE_FILE_NAME), { recursive: true });
    await expect(createStores({ kind: 'sqlite', dataDir: blocked })).rejects.toThrow();
  });
});
