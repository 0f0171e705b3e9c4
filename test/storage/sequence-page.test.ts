// A page of the manager's sequence list, asked of the database: the sequences a person may see,
// filtered and by name, and how many there are in all, as the permission rules decide them one by one.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/manager/outcome.js';
import { decideOnSequence, viewScope } from '../../src/app/manager/permissions.js';
import type { Role, Sequence } from '../../src/domain/model.js';
import type { SqlStores } from '../../src/storage/stores.js';
import { aSequence, anEnrollment, openStores, STORE_KINDS } from './fixtures.js';

/** Owners, units and states mixed, with names whose order differs from their ids'. */
const SEQUENCES: Sequence[] = Array.from({ length: 24 }, (_, i) =>
  aSequence({
    id: `s-${String(i).padStart(2, '0')}`,
    name: `Sequence ${String.fromCharCode(90 - i)}`,
    ownerId: ['ann', 'bob', 'cat'][i % 3]!,
    ...(i % 4 === 0 ? {} : { businessUnit: ['east', 'west', 'default'][i % 3]! }),
    status: (['active', 'draft', 'inactive'] as const)[i % 3]!,
    recordType: i % 2 === 0 ? 'lead' : 'opportunity',
  }),
);

const actor = (id: string, roles: Role[], businessUnit: string): Actor => ({
  id,
  name: id,
  roles,
  businessUnit,
});

const ACTORS: Actor[] = [
  actor('ann', ['seller'], 'east'),
  actor('bob', ['salesManager'], 'west'),
  actor('dan', ['sequenceManager'], 'default'),
  actor('eve', ['administrator'], 'north'),
  actor('fay', ['seller'], 'south'),
];

const byName = (a: Sequence, b: Sequence): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;

describe.each(STORE_KINDS)('a page of the sequences on %s', (kind) => {
  let stores: SqlStores;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ stores, dispose } = await openStores(kind));
    for (const sequence of SEQUENCES) await stores.sequences.save(sequence);
  });
  afterEach(async () => {
    await dispose();
  });

  it.each(ACTORS.map((a) => [a.id, a] as const))(
    'lists for %s what the rules let them view, by name, filtered, with the total',
    async (_, who) => {
      for (const filter of [{}, { status: 'draft' as const }, { recordType: 'lead' as const }]) {
        const expected = SEQUENCES.filter(
          (s) =>
            decideOnSequence(who, 'view', s).allowed &&
            (!('status' in filter) || s.status === filter.status) &&
            (!('recordType' in filter) || s.recordType === filter.recordType),
        ).sort(byName);
        for (const limit of [3, 100]) {
          const page = await stores.sequences.listPage({ ...viewScope(who), ...filter, limit });
          expect(page.sequences.map((s) => s.id)).toEqual(expected.slice(0, limit).map((s) => s.id));
          expect(page.total).toBe(expected.length);
        }
      }
    },
  );

  it('sees that the rules leave some sequences out of some lists', async () => {
    const seen = async (who: Actor) =>
      (await stores.sequences.listPage({ ...viewScope(who), limit: 100 })).total;
    expect(await seen(ACTORS[3]!)).toBe(SEQUENCES.length);
    expect(await seen(ACTORS[4]!)).toBeLessThan(SEQUENCES.length);
    expect(await seen(ACTORS[4]!)).toBeGreaterThan(0);
  });

  it('returns the sequences read only, as the full list does', async () => {
    const page = await stores.sequences.listPage({ limit: 2 });
    expect(page.sequences[0]).toEqual(SEQUENCES.find((s) => s.id === page.sequences[0]!.id));
    expect(() => page.sequences[0]!.tags.push('changed')).toThrow(TypeError);
  });

  it('counts the open enrollments of the sequences asked for only', async () => {
    await stores.enrollments.save(anEnrollment({ id: 'a', sequenceId: 's-01', recordId: 'r1' }));
    await stores.enrollments.save(anEnrollment({ id: 'b', sequenceId: 's-01', recordId: 'r2' }));
    await stores.enrollments.save(anEnrollment({ id: 'c', sequenceId: 's-02', recordId: 'r3' }));
    const counts = await stores.enrollments.countOpenBySequence(['s-01', 's-03', 's-01']);
    expect(Object.fromEntries(counts)).toEqual({ 's-01': 2 });
    expect(await stores.enrollments.countOpenBySequence([])).toEqual(new Map());
  });
});
