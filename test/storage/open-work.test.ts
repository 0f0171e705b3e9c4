// A seller's open work read in one question: each open enrollment with its record and the version
// of the sequence it runs on, as the separate reads would give them, on every engine.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlStores } from '../../src/storage/stores.js';
import { aRecord, aSequence, anEnrollment, openStores, STORE_KINDS, T0 } from './fixtures.js';

describe.each(STORE_KINDS)("a seller's open work on %s", (kind) => {
  let stores: SqlStores;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ stores, dispose } = await openStores(kind));
    await stores.sequences.save(aSequence({ version: 1 }));
    await stores.sequences.save(aSequence({ version: 2, name: 'Demo follow-up, second' }));
    await stores.records.save(aRecord({ id: 'r1', name: 'Ada Lovelace' }));
    await stores.records.save(aRecord({ id: 'r2', name: 'Grace Hopper', email: 'grace@example.com' }));
  });
  afterEach(async () => {
    await dispose();
  });

  it('gives the open enrollments oldest first, each with its record and its version', async () => {
    const later = new Date(Date.parse(T0) + 60_000).toISOString();
    await stores.enrollments.save(
      anEnrollment({ id: 'b', recordId: 'r2', sequenceVersion: 2, createdAt: later }),
    );
    await stores.enrollments.save(anEnrollment({ id: 'a', recordId: 'r1' }));
    await stores.enrollments.save(anEnrollment({ id: 'c', recordId: 'r1', status: 'completed' }));
    await stores.enrollments.save(anEnrollment({ id: 'd', recordId: 'r3', sellerId: 'seller-2' }));
    const work = await stores.enrollments.listOpenWorkBySeller('seller-1');
    expect(work.map((w) => w.enrollment)).toEqual(await stores.enrollments.listOpenBySeller('seller-1'));
    expect(work.map((w) => [w.enrollment.id, w.record?.name, w.sequence?.name])).toEqual([
      ['a', 'Ada Lovelace', 'Demo follow-up'],
      ['b', 'Grace Hopper', 'Demo follow-up, second'],
    ]);
    expect(work[0]!.record).toEqual(await stores.records.get('r1'));
    expect(work[1]!.sequence).toEqual(await stores.sequences.getVersion('seq-1', 2));
    expect(Object.isFrozen(work[1]!.sequence)).toBe(true);
  });

  it('leaves out what is not stored, and reads a version changed by hand afresh', async () => {
    await stores.enrollments.save(anEnrollment({ id: 'a', recordId: 'gone' }));
    await stores.enrollments.save(anEnrollment({ id: 'b', recordId: 'r1', sequenceVersion: 7 }));
    await stores.enrollments.save(anEnrollment({ id: 'c', recordId: 'r2', sequenceVersion: 2 }));
    const before = await stores.enrollments.listOpenWorkBySeller('seller-1');
    expect(before.map((w) => [w.enrollment.id, w.record?.id, w.sequence?.version])).toEqual([
      ['a', undefined, 1],
      ['b', 'r1', undefined],
      ['c', 'r2', 2],
    ]);
    const text = JSON.stringify({ ...aSequence({ version: 2 }), name: 'Mended by hand' });
    await stores.db
      .updateTable('sequence_versions')
      .set({ data: text })
      .where('sequence_id', '=', 'seq-1')
      .where('version', '=', 2)
      .execute();
    const after = await stores.enrollments.listOpenWorkBySeller('seller-1');
    expect(after[2]!.sequence?.name).toBe('Mended by hand');
  });

  it('is empty for a seller with no open work', async () => {
    expect(await stores.enrollments.listOpenWorkBySeller('nobody')).toEqual([]);
  });
});
