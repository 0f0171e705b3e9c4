// What one person did in a span of time, read from the history's index by person and time: the
// digest's "done" figures, at a cost that follows the span, not everything stored.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/domain/model.js';
import type { SqlStores } from '../../src/storage/stores.js';
import { anEnrollment, openStores, STORE_KINDS } from './fixtures.js';

const entry = (at: string, action: HistoryEntry['action'], by: string): HistoryEntry => ({ at, action, by });

describe.each(STORE_KINDS)('actions by a person on %s', (kind) => {
  let stores: SqlStores;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ stores, dispose } = await openStores(kind));
  });
  afterEach(async () => {
    await dispose();
  });

  it('gives what they did from the start (inclusive) to the end (exclusive), on any enrollment, oldest first', async () => {
    await stores.enrollments.save(
      anEnrollment({
        id: 'a',
        recordId: 'r1',
        history: [
          entry('2026-03-01T23:59:59.999Z', 'completed', 'sam'),
          entry('2026-03-02T00:00:00.000Z', 'completed', 'sam'),
          entry('2026-03-02T09:00:00.000Z', 'skipped', 'pat'),
          entry('2026-03-02T12:00:00.000Z', 'branched', 'sam'),
        ],
      }),
    );
    await stores.enrollments.save(
      anEnrollment({
        id: 'b',
        recordId: 'r2',
        sellerId: 'pat',
        history: [
          entry('2026-03-02T10:00:00.000Z', 'skipped', 'sam'),
          entry('2026-03-03T00:00:00.000Z', 'completed', 'sam'),
        ],
      }),
    );
    expect(
      await stores.enrollments.listActionsBy('sam', '2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z'),
    ).toEqual([
      { at: '2026-03-02T00:00:00.000Z', action: 'completed' },
      { at: '2026-03-02T10:00:00.000Z', action: 'skipped' },
      { at: '2026-03-02T12:00:00.000Z', action: 'branched' },
    ]);
    expect(
      await stores.enrollments.listActionsBy(
        'nobody',
        '2026-03-01T00:00:00.000Z',
        '2026-03-04T00:00:00.000Z',
      ),
    ).toEqual([]);
  });
});
