// A page of the manager's sequence list, asked of the database: the sequences a person may see,
// filtered and by name, and how many there are in all, as the permission rules decide them one by one;
// and the pages after and before a cursor, which neither skip nor repeat a sequence.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/manager/outcome.js';
import { decideOnSequence, viewScope } from '../../src/app/manager/permissions.js';
import type { SequenceCursor, SequencePage, SequencePageQuery } from '../../src/app/ports.js';
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

/**
 * Names that tie (the id decides between them), with ids in another order than the names', so that
 * a page boundary falls inside a run of equal names.
 */
const TIES: Sequence[] = Array.from({ length: 9 }, (_, i) =>
  aSequence({
    id: `t-${String((i * 5) % 9)}`,
    name: i < 5 ? 'Sequence M' : 'Sequence Q',
    ownerId: 'bob',
    ...(i % 2 === 0 ? { businessUnit: 'west' } : {}),
    status: i % 3 === 0 ? 'draft' : 'active',
    recordType: 'lead',
  }),
);

const FILTERS = [{}, { status: 'draft' as const }, { recordType: 'lead' as const }];

/** What the rules let `who` view of `stored` that `filter` keeps, in the list's order. */
const expectedFor = (
  stored: readonly Sequence[],
  who: Actor,
  filter: { status?: Sequence['status']; recordType?: Sequence['recordType'] },
): Sequence[] =>
  stored
    .filter(
      (s) =>
        decideOnSequence(who, 'view', s).allowed &&
        (filter.status === undefined || s.status === filter.status) &&
        (filter.recordType === undefined || s.recordType === filter.recordType),
    )
    .sort(byName);

const keyOf = (s: Sequence) => ({ name: s.name, id: s.id });
const ids = (page: SequencePage): string[] => page.sequences.map((s) => s.id);

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

  describe('with a cursor', () => {
    const STORED = [...SEQUENCES, ...TIES];
    beforeEach(async () => {
      for (const sequence of TIES) await stores.sequences.save(sequence);
    });

    /** Every page from the first, following Next, and the pages back from the last, following Previous. */
    async function walk(query: Omit<SequencePageQuery, 'cursor'>) {
      const forward: SequencePage[] = [await stores.sequences.listPage(query)];
      for (let page = forward[0]!; page.preceding + page.sequences.length < page.total;) {
        expect(forward.length, 'pages never end').toBeLessThan(50);
        page = await stores.sequences.listPage({
          ...query,
          cursor: { after: keyOf(page.sequences.at(-1)!) },
        });
        forward.push(page);
      }
      const backward: SequencePage[] = [forward.at(-1)!];
      for (let page = backward[0]!; page.preceding > 0;) {
        expect(backward.length, 'pages never end').toBeLessThan(50);
        page = await stores.sequences.listPage({ ...query, cursor: { before: keyOf(page.sequences[0]!) } });
        backward.unshift(page);
      }
      return { forward, backward };
    }

    it.each(ACTORS.map((a) => [a.id, a] as const))(
      'pages %s through what they may view, filtered, each sequence once, forward and back',
      async (_, who) => {
        for (const filter of FILTERS) {
          const expected = expectedFor(STORED, who, filter);
          for (const limit of [2, 3, 7]) {
            const { forward, backward } = await walk({ ...viewScope(who), ...filter, limit });
            expect(forward.flatMap(ids)).toEqual(expected.map((s) => s.id));
            expect(forward).toHaveLength(Math.max(1, Math.ceil(expected.length / limit)));
            forward.forEach((page, i) => {
              expect(page.total).toBe(expected.length);
              expect(page.preceding).toBe(i * limit);
            });
            // Back from the last page: the same pages, in the same places.
            expect(backward.map(ids)).toEqual(forward.map(ids));
            expect(backward.map((page) => page.preceding)).toEqual(forward.map((page) => page.preceding));
          }
        }
      },
    );

    it('breaks ties between equal names by id, the boundary of a page inside them', async () => {
      const ties = expectedFor(STORED, ACTORS[3]!, {}).filter((s) => s.name === 'Sequence M');
      expect(ties.length).toBeGreaterThan(3);
      const page = await stores.sequences.listPage({ limit: 2, cursor: { after: keyOf(ties[1]!) } });
      expect(ids(page)).toEqual([ties[2]!.id, ties[3]!.id]);
      const before = await stores.sequences.listPage({ limit: 2, cursor: { before: keyOf(ties[3]!) } });
      expect(ids(before)).toEqual([ties[1]!.id, ties[2]!.id]);
    });

    it('starts where a stale or forged key would stand: renamed, deleted, between names, at either end', async () => {
      const all = expectedFor(STORED, ACTORS[3]!, {});
      const at = (i: number) => all[i]!;
      const ask = (cursor: SequenceCursor) => stores.sequences.listPage({ limit: 4, cursor });
      const deleted = at(5);
      await stores.sequences.delete(deleted.id);
      const left = all.filter((s) => s.id !== deleted.id);
      const next = await ask({ after: keyOf(deleted) });
      expect(ids(next)).toEqual(left.slice(5, 9).map((s) => s.id));
      expect(next).toMatchObject({ total: left.length, preceding: 5 });
      // Renamed to the end of the list since the page was shown: the next page starts after its old name.
      const renamed = at(8);
      await stores.sequences.save({ ...renamed, name: 'Sequence ZZ' });
      const afterRename = await ask({ after: keyOf(renamed) });
      expect(ids(afterRename)[0]).toBe(at(9).id);
      const now = await stores.sequences.listPage({ limit: 1000 });
      // A key no sequence has, between two names: the page starts where it would stand.
      const gap = now.sequences.findIndex((s, i) => i > 3 && s.name !== now.sequences[i + 1]?.name);
      const between = { name: `${now.sequences[gap]!.name} `, id: '' };
      expect(ids(await ask({ after: between }))).toEqual(ids(now).slice(gap + 1, gap + 5));
      expect(ids(await ask({ before: between }))).toEqual(ids(now).slice(gap - 3, gap + 1));
      // Past the end, the last page; before the start, the first, both full.
      const last = await ask({ after: { name: '\u{10FFFF}', id: '' } });
      expect(ids(last)).toEqual(ids(now).slice(-4));
      expect(last.preceding).toBe(now.total - 4);
      const first = await ask({ before: { name: ' ', id: '' } });
      expect(ids(first)).toEqual(ids(now).slice(0, 4));
      expect(first.preceding).toBe(0);
      // Less than a page before the key: the first page, whole.
      const early = await ask({ before: keyOf(at(2)) });
      expect(ids(early)).toEqual(ids(now).slice(0, 4));
    });

    it('never widens what the rules let a person view, whatever the cursor', async () => {
      const fay = ACTORS[4]!;
      const hidden = STORED.filter((s) => !decideOnSequence(fay, 'view', s).allowed);
      expect(hidden.length).toBeGreaterThan(0);
      const visible = new Set(expectedFor(STORED, fay, {}).map((s) => s.id));
      for (const key of hidden.map(keyOf)) {
        for (const cursor of [{ after: key }, { before: key }]) {
          const page = await stores.sequences.listPage({ ...viewScope(fay), limit: 3, cursor });
          expect(page.total).toBe(visible.size);
          for (const id of ids(page)) expect(visible.has(id), id).toBe(true);
        }
      }
    });
  });
});
