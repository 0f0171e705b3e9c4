// Migration 005: each stored sequence text has a digest, so lists read the text only of what they
// have not parsed yet. Texts stored before it get theirs when it runs; a text changed in place by
// any other writer than the repository loses it and is read again rather than served stale.

import { afterEach, describe, expect, it } from 'vitest';
import { digestOf, type Engine } from '../../src/storage/migrations.js';
import { createStores } from '../../src/storage/stores.js';
import { postgresAvailable } from '../helpers/postgres.js';
import { aSequence, databaseAt } from './fixtures.js';

const ENGINES: Engine[] = ['sqlite', ...((await postgresAvailable()) ? (['postgres'] as const) : [])];

describe.each(ENGINES)('sequence digests on %s', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('digests the texts stored before it, and forgets the digest of a text changed by hand', async () => {
    const { db, options, dispose } = await databaseAt(engine, '004_open_counts');
    cleanups.push(dispose);
    // Names no other test uses: parsed sequences are shared by digest within the process.
    const sequences = [1, 2, 3].map((n) =>
      aSequence({ id: `digest-${engine}-${n}`, name: `Digest ${engine} ${n}`, version: n }),
    );
    for (const sequence of sequences) {
      const data = JSON.stringify(sequence);
      const { id, name, status, recordType, ownerId, version, updatedAt } = sequence;
      await db
        .insertInto('sequences')
        .values({
          id,
          name,
          status,
          record_type: recordType,
          owner_id: ownerId,
          business_unit: null,
          version,
          data,
          updated_at: updatedAt,
        })
        .execute();
      await db.insertInto('sequence_versions').values({ sequence_id: id, version, data }).execute();
    }
    await db.destroy();

    const stores = await createStores(options);
    cleanups.push(() => stores.close());
    const stored = await stores.db.selectFrom('sequence_versions').select(['data', 'digest']).execute();
    expect(stored).toHaveLength(3);
    for (const row of stored) expect(row.digest).toBe(digestOf(row.data));
    const latest = await stores.db.selectFrom('sequences').select(['data', 'digest']).execute();
    for (const row of latest) expect(row.digest).toBe(digestOf(row.data));
    expect((await stores.sequences.list()).map((s) => s.name)).toEqual(sequences.map((s) => s.name));
    expect((await stores.sequences.getVersion(sequences[1]!.id, 2))?.name).toBe(`Digest ${engine} 2`);

    // A fix by hand: the digest goes with the old text, and readers see the new one.
    const renamed = JSON.stringify({ ...sequences[1], name: 'Renamed by hand' });
    await stores.db
      .updateTable('sequences')
      .set({ data: renamed })
      .where('id', '=', sequences[1]!.id)
      .execute();
    await stores.db
      .updateTable('sequence_versions')
      .set({ data: renamed })
      .where('sequence_id', '=', sequences[1]!.id)
      .execute();
    const forgotten = await stores.db
      .selectFrom('sequences')
      .select('digest')
      .where('id', '=', sequences[1]!.id)
      .executeTakeFirstOrThrow();
    expect(forgotten.digest).toBeNull();
    expect((await stores.sequences.list()).map((s) => s.name)).toContain('Renamed by hand');
    expect((await stores.sequences.getVersion(sequences[1]!.id, 2))?.name).toBe('Renamed by hand');
    expect((await stores.sequences.getVersions([{ id: sequences[1]!.id, version: 2 }]))[0]?.name).toBe(
      'Renamed by hand',
    );

    // Saved through the repository again, it has its digest again.
    await stores.sequences.save({ ...sequences[1]!, name: 'Saved again' });
    const saved = await stores.db
      .selectFrom('sequence_versions')
      .select(['data', 'digest'])
      .where('sequence_id', '=', sequences[1]!.id)
      .executeTakeFirstOrThrow();
    expect(saved.digest).toBe(digestOf(saved.data));
    expect((await stores.sequences.getVersion(sequences[1]!.id, 2))?.name).toBe('Saved again');
    expect((await stores.sequences.list()).map((s) => s.name)).toContain('Saved again');
  });
});
