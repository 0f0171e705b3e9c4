import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importLegacyDataDir, LEGACY_FILE_NAME } from '../../src/storage/legacy-import.js';
import { createStores } from '../../src/storage/stores.js';
import { makeTempDir, openStores, STORE_KINDS } from './fixtures.js';

const LEGACY = new URL('./legacy/sequence-assistant.sqlite', import.meta.url);
const NOW = new Date('2026-12-01T08:00:00.000Z');

describe.each(STORE_KINDS)('importing a data folder of the Keyv-based version into %s', (kind) => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('brings users, records, sequences, enrollments with their history and timers over, once', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    await copyFile(LEGACY, join(dataDir, LEGACY_FILE_NAME));
    const { stores, dispose } = await openStores(kind);
    try {
      const imported = await importLegacyDataDir(stores, dataDir, NOW);
      expect(imported).toMatchObject({
        users: 4,
        records: 20,
        sequences: 1,
        enrollments: 3,
        jobs: 3,
        unreadable: [],
      });

      const [sequence] = await stores.sequences.list();
      expect(sequence?.name).toBe('Legacy outbound');
      expect(await stores.sequences.getVersion(sequence!.id, sequence!.version)).toEqual(sequence);
      const enrollments = await stores.enrollments.listBySequence(sequence!.id);
      expect(enrollments.map((e) => e.recordId).sort()).toEqual([
        'demo-lead-2',
        'demo-lead-6',
        'demo-lead-7',
      ]);
      for (const enrollment of enrollments) {
        expect(enrollment.history.length).toBeGreaterThan(0);
        expect(await stores.jobs.get(`enrollment:${enrollment.id}`)).toMatchObject({
          payload: { enrollmentId: enrollment.id },
        });
        expect((await stores.enrollments.listBySeller(enrollment.sellerId)).map((e) => e.id)).toContain(
          enrollment.id,
        );
      }
      expect((await stores.users.list()).map((u) => u.name)).toContain('Alex Wilber');
      expect(await stores.records.list('lead')).toHaveLength(
        (await stores.records.list()).filter((r) => r.type === 'lead').length,
      );

      // The old file is renamed, so a second start imports nothing and says so.
      const files = await readdir(dataDir);
      expect(files).not.toContain(LEGACY_FILE_NAME);
      expect(files.some((f) => f.startsWith(`${LEGACY_FILE_NAME}.imported-`))).toBe(true);
      expect(await importLegacyDataDir(stores, dataDir, NOW)).toBeUndefined();
      expect(await stores.enrollments.listBySequence(sequence!.id)).toHaveLength(3);
    } finally {
      await dispose();
    }
  });
});

describe('a data folder with nothing to import', () => {
  it('imports nothing and leaves the folder as it was', async () => {
    const dataDir = await makeTempDir();
    const stores = await createStores({ kind: 'sqlite', dataDir });
    try {
      expect(await importLegacyDataDir(stores, dataDir, NOW)).toBeUndefined();
      expect(await stores.users.list()).toEqual([]);
    } finally {
      await stores.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
