import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlStores } from '../../src/storage/stores.js';
import { RevisionConflictError } from '../../src/app/ports.js';
import type { HistoryEntry } from '../../src/domain/model.js';
import { InvalidDataError } from '../../src/storage/repositories.js';
import {
  aMessage,
  aRecord,
  aSequence,
  aUser,
  anEnrollment,
  openStores,
  STORE_KINDS,
  T0,
} from './fixtures.js';

describe.each(STORE_KINDS)('repositories on %s', (kind) => {
  let stores: SqlStores;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ stores, dispose } = await openStores(kind));
  });
  afterEach(async () => {
    await dispose();
  });

  describe('sequences', () => {
    it('saves, gets and deletes a sequence', async () => {
      expect(await stores.sequences.get('seq-1')).toBeUndefined();
      const sequence = aSequence();
      await stores.sequences.save(sequence);
      expect(await stores.sequences.get('seq-1')).toEqual(sequence);
      await stores.sequences.delete('seq-1');
      expect(await stores.sequences.get('seq-1')).toBeUndefined();
      expect(await stores.sequences.list()).toEqual([]);
    });

    it('returns copies: changing a returned or a saved object does not change what is stored', async () => {
      const sequence = aSequence();
      await stores.sequences.save(sequence);
      sequence.name = 'changed after save';
      const read = await stores.sequences.get('seq-1');
      expect(read?.name).toBe('Demo follow-up');
      read!.graph.steps.length = 0;
      const reread = await stores.sequences.get('seq-1');
      expect(reread?.graph.steps).toHaveLength(1);
      const listed = await stores.sequences.list();
      expect(() => listed[0]!.tags.push('mutated')).toThrow(TypeError);
      expect((await stores.sequences.get('seq-1'))?.tags).toEqual(['demo']);
    });

    it('keeps a snapshot of every saved version while get returns the latest', async () => {
      const v1 = aSequence({ version: 1 });
      const v2 = aSequence({
        version: 2,
        name: 'Demo follow-up (shorter)',
        graph: { start: 'mail', steps: [{ id: 'mail', kind: 'email', name: 'Mail', description: 'Write' }] },
      });
      await stores.sequences.save(v1);
      await stores.sequences.save(v2);
      expect(await stores.sequences.get('seq-1')).toEqual(v2);
      expect(await stores.sequences.getVersion('seq-1', 1)).toEqual(v1);
      expect(await stores.sequences.getVersion('seq-1', 2)).toEqual(v2);
      expect(await stores.sequences.getVersion('seq-1', 3)).toBeUndefined();
      expect(await stores.sequences.getVersion('other', 1)).toBeUndefined();
    });

    it('reads many versions in one go: only those asked for and stored, each once, past one chunk', async () => {
      const v1 = aSequence({ version: 1 });
      const v2 = aSequence({ version: 2, name: 'Demo follow-up 2' });
      const other = aSequence({ id: 'seq-2', version: 1, name: 'Other' });
      for (const s of [v1, v2, other]) await stores.sequences.save(s);
      const many = Array.from({ length: 300 }, (_, i) =>
        aSequence({ id: `bulk-${i}`, version: 1, name: `Bulk ${i}` }),
      );
      for (const s of many) await stores.sequences.save(s);
      const found = await stores.sequences.getVersions([
        { id: 'seq-1', version: 2 },
        { id: 'seq-1', version: 2 },
        { id: 'seq-2', version: 1 },
        { id: 'seq-1', version: 9 },
        { id: 'nowhere', version: 1 },
        ...many.map((s) => ({ id: s.id, version: 1 })),
      ]);
      const byKey = new Map(found.map((s) => [`${s.id}@${s.version}`, s]));
      expect(found).toHaveLength(302);
      expect(byKey.get('seq-1@2')).toEqual(v2);
      expect(byKey.get('seq-2@1')).toEqual(other);
      expect(byKey.has('seq-1@1')).toBe(false);
      expect(byKey.get('bulk-299@1')?.name).toBe('Bulk 299');
      expect(await stores.sequences.getVersions([])).toEqual([]);
    });

    it('reads each version once when some were parsed before and others of the same sequences were not', async () => {
      // Names of their own: parsed sequences are shared by their text within the process.
      const named = (id: string, version: number) =>
        aSequence({ id, version, name: `Once ${kind} ${id} ${version}` });
      const [a1, a2, b2] = [named('seq-a', 1), named('seq-a', 2), named('seq-b', 2)];
      for (const s of [a1, a2, b2]) await stores.sequences.save(s);
      expect((await stores.sequences.getVersion('seq-a', 2))?.name).toBe(a2.name);
      const found = await stores.sequences.getVersions([
        { id: 'seq-a', version: 1 },
        { id: 'seq-a', version: 2 },
        { id: 'seq-b', version: 2 },
      ]);
      expect(found.map((s) => s.name).sort()).toEqual([a1.name, a2.name, b2.name].sort());
    });

    it('hands out versions read only, and sees a version changed in place at once', async () => {
      const v1 = aSequence({ version: 1 });
      await stores.sequences.save(v1);
      const read = await stores.sequences.getVersion('seq-1', 1);
      expect(Object.isFrozen(read)).toBe(true);
      expect(Object.isFrozen(read?.graph.steps[0])).toBe(true);
      expect(() => read!.graph.steps.push(read!.graph.steps[0]!)).toThrow(TypeError);
      expect(await stores.sequences.getVersion('seq-1', 1)).toEqual(v1);
      // Deactivation keeps the version: the next reading is the new state, not the remembered one.
      await stores.sequences.save({ ...v1, status: 'inactive' });
      expect((await stores.sequences.getVersion('seq-1', 1))?.status).toBe('inactive');
      expect((await stores.sequences.getVersions([{ id: 'seq-1', version: 1 }]))[0]?.status).toBe('inactive');
    });

    it('deletes the snapshots of the deleted sequence only, even for ids that share its prefix', async () => {
      await stores.sequences.save(aSequence({ id: 's1', version: 1 }));
      await stores.sequences.save(aSequence({ id: 's1', version: 2 }));
      await stores.sequences.save(aSequence({ id: 's1:copy', version: 1 }));
      await stores.sequences.save(aSequence({ id: 's10', version: 1 }));
      await stores.sequences.delete('s1');
      expect(await stores.sequences.get('s1')).toBeUndefined();
      expect(await stores.sequences.getVersion('s1', 1)).toBeUndefined();
      expect(await stores.sequences.getVersion('s1', 2)).toBeUndefined();
      expect(await stores.sequences.getVersion('s1:copy', 1)).toMatchObject({ id: 's1:copy' });
      expect(await stores.sequences.getVersion('s10', 1)).toMatchObject({ id: 's10' });
      expect((await stores.sequences.list()).map((s) => s.id).sort()).toEqual(['s1:copy', 's10'].sort());
    });

    it('lists the latest of every sequence, sorted by name', async () => {
      await stores.sequences.save(aSequence({ id: 'b', name: 'No-show', version: 1 }));
      await stores.sequences.save(aSequence({ id: 'b', name: 'No-show rescue', version: 2 }));
      await stores.sequences.save(aSequence({ id: 'c', name: 'Cold outreach' }));
      await stores.sequences.save(aSequence({ id: 'a', name: 'Webinar' }));
      const listed = await stores.sequences.list();
      expect(listed.map((s) => [s.name, s.version])).toEqual([
        ['Cold outreach', 1],
        ['No-show rescue', 2],
        ['Webinar', 1],
      ]);
    });

    it('ends on the highest version of concurrent saves of one sequence', async () => {
      await Promise.all(
        [1, 2, 3, 4, 5].map((version) => stores.sequences.save(aSequence({ version, name: `v${version}` }))),
      );
      expect((await stores.sequences.get('seq-1'))?.version).toBe(5);
      for (const version of [1, 2, 3, 4, 5]) {
        expect((await stores.sequences.getVersion('seq-1', version))?.name).toBe(`v${version}`);
      }
    });
  });

  describe('enrollments', () => {
    it('saves, gets and lists enrollments', async () => {
      expect(await stores.enrollments.get('enr-1')).toBeUndefined();
      const first = anEnrollment({ id: 'enr-1', createdAt: '2025-03-03T10:00:00.000Z' });
      const second = anEnrollment({ id: 'enr-2', recordId: 'lead-2', createdAt: '2025-03-03T09:00:00.000Z' });
      await stores.enrollments.save(first);
      await stores.enrollments.save(second);
      expect(await stores.enrollments.get('enr-1')).toEqual(first);
      expect((await stores.enrollments.list()).map((e) => e.id)).toEqual(['enr-2', 'enr-1']);
      const updated = { ...first, status: 'completed' as const, revision: 2 };
      await stores.enrollments.save(updated);
      expect(await stores.enrollments.get('enr-1')).toEqual(updated);
      expect(await stores.enrollments.list()).toHaveLength(2);
    });

    it('lists by seller, by record and by sequence', async () => {
      await stores.enrollments.save(
        anEnrollment({ id: 'e1', sellerId: 'ann', recordId: 'r1', sequenceId: 's1' }),
      );
      await stores.enrollments.save(
        anEnrollment({ id: 'e2', sellerId: 'ann', recordId: 'r2', sequenceId: 's2' }),
      );
      await stores.enrollments.save(
        anEnrollment({ id: 'e3', sellerId: 'bob', recordId: 'r1', sequenceId: 's2' }),
      );
      const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
      expect(ids(await stores.enrollments.listBySeller('ann'))).toEqual(['e1', 'e2']);
      expect(ids(await stores.enrollments.listBySeller('bob'))).toEqual(['e3']);
      expect(ids(await stores.enrollments.listByRecord('r1'))).toEqual(['e1', 'e3']);
      expect(ids(await stores.enrollments.listBySequence('s2'))).toEqual(['e2', 'e3']);
      expect(await stores.enrollments.listBySeller('nobody')).toEqual([]);
    });

    it('moves an enrollment between indexes when its seller, record or sequence changes', async () => {
      const enrollment = anEnrollment({ id: 'e1', sellerId: 'ann', recordId: 'r1', sequenceId: 's1' });
      await stores.enrollments.save(enrollment);
      await stores.enrollments.save({ ...enrollment, sellerId: 'bob', recordId: 'r2', sequenceId: 's2' });
      expect(await stores.enrollments.listBySeller('ann')).toEqual([]);
      expect((await stores.enrollments.listBySeller('bob')).map((e) => e.sellerId)).toEqual(['bob']);
      expect(await stores.enrollments.listByRecord('r1')).toEqual([]);
      expect(await stores.enrollments.listByRecord('r2')).toHaveLength(1);
      expect(await stores.enrollments.listBySequence('s1')).toEqual([]);
      expect(await stores.enrollments.listBySequence('s2')).toHaveLength(1);
    });

    it('writes each column a save changes, one at a time or none, and leaves the others as they are', async () => {
      const row = async () =>
        stores.db
          .selectFrom('enrollments')
          .select(['seller_id', 'status', 'due_at', 'revision', 'record_id', 'sequence_id'])
          .where('id', '=', 'e1')
          .executeTakeFirstOrThrow();
      const first = anEnrollment({ id: 'e1', sellerId: 'ann', recordId: 'r1', sequenceId: 's1' });
      await stores.enrollments.save(first);
      const later = '2025-03-04T09:00:00.000Z';
      const due = { ...first, current: { ...first.current!, dueAt: later }, revision: 2 };
      await stores.enrollments.save(due);
      expect(await row()).toMatchObject({ due_at: Date.parse(later), revision: 2, seller_id: 'ann' });
      await stores.enrollments.save({ ...due, sellerId: 'bob', revision: 3 });
      expect(await row()).toMatchObject({ seller_id: 'bob', due_at: Date.parse(later), status: 'active' });
      expect((await stores.enrollments.listOpenWorkBySeller('bob')).map((w) => w.enrollment.id)).toEqual([
        'e1',
      ]);
      expect(await stores.enrollments.listOpenWorkBySeller('ann')).toEqual([]);
      const ended = {
        ...due,
        sellerId: 'bob',
        status: 'completed' as const,
        current: undefined,
        revision: 4,
      };
      await stores.enrollments.save(ended);
      expect(await row()).toMatchObject({ status: 'completed', due_at: null, seller_id: 'bob' });
      // Nothing indexed changes: the text and the revision do.
      await stores.enrollments.save({ ...ended, outcomes: { call: 'answered' }, revision: 5 });
      expect(await row()).toEqual({
        seller_id: 'bob',
        status: 'completed',
        due_at: null,
        revision: 5,
        record_id: 'r1',
        sequence_id: 's1',
      });
      expect((await stores.enrollments.get('e1'))?.outcomes).toEqual({ call: 'answered' });
      expect(await stores.enrollments.listOpenWorkBySeller('bob')).toEqual([]);
    });

    it('indexes all of 50 concurrent saves of different enrollments of one seller', async () => {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          stores.enrollments.save(anEnrollment({ id: `e${i}`, recordId: `r${i}`, sellerId: 'ann' })),
        ),
      );
      const bySeller = await stores.enrollments.listBySeller('ann');
      expect(new Set(bySeller.map((e) => e.id)).size).toBe(50);
      expect(await stores.enrollments.listBySequence('seq-1')).toHaveLength(50);
      expect(await stores.enrollments.listByRecord('r49')).toHaveLength(1);
    });

    it('moves 50 enrollments to another seller concurrently without losing or keeping any', async () => {
      const enrollments = Array.from({ length: 50 }, (_, i) =>
        anEnrollment({ id: `e${i}`, recordId: `r${i}`, sellerId: 'ann' }),
      );
      await Promise.all(enrollments.map((e) => stores.enrollments.save(e)));
      await Promise.all(enrollments.map((e) => stores.enrollments.save({ ...e, sellerId: 'bob' })));
      expect(await stores.enrollments.listBySeller('ann')).toEqual([]);
      expect(await stores.enrollments.listBySeller('bob')).toHaveLength(50);
    });

    it('lets exactly one of concurrent compare-and-set saves of one enrollment win', async () => {
      const enrollment = anEnrollment({ id: 'e1', sellerId: 'ann', revision: 1 });
      await stores.enrollments.save(enrollment);
      const results = await Promise.allSettled(
        ['bob', 'cid', 'dee'].map((sellerId) =>
          stores.enrollments.save({ ...enrollment, sellerId, revision: 2 }, { expectedRevision: 1 }),
        ),
      );
      const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [['bob', 'cid', 'dee'][i]] : []));
      expect(winners).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(RevisionConflictError);
      }
      const stored = await stores.enrollments.get('e1');
      expect(stored).toMatchObject({ sellerId: winners[0], revision: 2 });
      const counts = await Promise.all(
        ['ann', 'bob', 'cid', 'dee'].map(async (s) => (await stores.enrollments.listBySeller(s)).length),
      );
      expect(counts.reduce((a, b) => a + b)).toBe(1);
    });

    it('refuses a compare-and-set save against a revision that is not the stored one, and writes nothing', async () => {
      await stores.enrollments.save(anEnrollment({ id: 'e1', revision: 3 }));
      await expect(
        stores.enrollments.save(anEnrollment({ id: 'e1', revision: 4, status: 'paused' }), {
          expectedRevision: 2,
        }),
      ).rejects.toBeInstanceOf(RevisionConflictError);
      await expect(
        stores.enrollments.save(anEnrollment({ id: 'e1' }), { expectedRevision: null }),
      ).rejects.toBeInstanceOf(RevisionConflictError);
      expect(await stores.enrollments.get('e1')).toMatchObject({ revision: 3, status: 'active' });
    });

    it('appends only the new history entries and reads them back in order', async () => {
      const first = anEnrollment({ id: 'e1', revision: 1 });
      await stores.enrollments.save(first);
      const second = {
        ...first,
        revision: 2,
        history: [
          ...first.history,
          {
            at: T0,
            action: 'completed' as const,
            stepId: 'call',
            outcome: 'answered' as const,
            by: 'seller-1',
          },
        ],
      };
      await stores.enrollments.save(second, { expectedRevision: 1 });
      expect((await stores.enrollments.get('e1'))?.history).toEqual(second.history);
      expect((await stores.enrollments.listBySeller('seller-1'))[0]?.history).toEqual(second.history);
    });

    it("gives what a person did in a span (start inclusive, end exclusive), on anyone's enrollment, oldest first", async () => {
      const entry = (at: string, action: HistoryEntry['action'], by: string): HistoryEntry => ({
        at,
        action,
        by,
      });
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

    it('counts open enrollments per sequence', async () => {
      await stores.enrollments.save(anEnrollment({ id: 'a', sequenceId: 's1', recordId: 'r1' }));
      await stores.enrollments.save(
        anEnrollment({ id: 'b', sequenceId: 's1', recordId: 'r2', status: 'paused' }),
      );
      await stores.enrollments.save(
        anEnrollment({ id: 'c', sequenceId: 's1', recordId: 'r3', status: 'completed' }),
      );
      await stores.enrollments.save(anEnrollment({ id: 'd', sequenceId: 's2', recordId: 'r1' }));
      expect(Object.fromEntries(await stores.enrollments.countOpenBySequence())).toEqual({ s1: 2, s2: 1 });
      expect((await stores.enrollments.listOpenBySeller('seller-1')).map((e) => e.id).sort()).toEqual([
        'a',
        'b',
        'd',
      ]);
    });

    it('keeps the open count of each sequence as enrollments pause, end, move and roll back', async () => {
      const counts = async () => Object.fromEntries(await stores.enrollments.countOpenBySequence());
      const a = anEnrollment({ id: 'a', sequenceId: 's1', recordId: 'r1' });
      await stores.enrollments.save(a);
      await stores.enrollments.save(anEnrollment({ id: 'b', sequenceId: 's1', recordId: 'r2' }));
      expect(await counts()).toEqual({ s1: 2 });
      await stores.enrollments.save({ ...a, status: 'paused', revision: 2 });
      expect(await counts()).toEqual({ s1: 2 });
      await stores.enrollments.save({ ...a, status: 'completed', revision: 3 });
      expect(await counts()).toEqual({ s1: 1 });
      await stores.enrollments.save({ ...a, status: 'completed', revision: 4 });
      expect(await counts()).toEqual({ s1: 1 });
      // A save refused for its revision, and a transaction rolled back, move nothing.
      await expect(
        stores.enrollments.save(
          anEnrollment({ id: 'b', sequenceId: 's1', recordId: 'r2', status: 'exited', revision: 9 }),
          { expectedRevision: 5 },
        ),
      ).rejects.toThrow(RevisionConflictError);
      await expect(
        stores.transaction(async (tx) => {
          await tx.enrollments.save(anEnrollment({ id: 'c', sequenceId: 's2', recordId: 'r3' }));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await counts()).toEqual({ s1: 1 });
      await stores.db.updateTable('enrollments').set({ sequence_id: 's2' }).where('id', '=', 'b').execute();
      expect(await counts()).toEqual({ s2: 1 });
      await stores.db.deleteFrom('enrollments').where('id', '=', 'b').execute();
      expect(await counts()).toEqual({});
    });

    it('keeps one open enrollment per record and sequence', async () => {
      await stores.enrollments.save(anEnrollment({ id: 'a', sequenceId: 's1', recordId: 'r1' }));
      await expect(
        stores.enrollments.save(anEnrollment({ id: 'b', sequenceId: 's1', recordId: 'r1' })),
      ).rejects.toThrow();
      await stores.enrollments.save(
        anEnrollment({ id: 'c', sequenceId: 's1', recordId: 'r1', status: 'completed' }),
      );
      expect((await stores.enrollments.listByRecord('r1')).map((e) => e.id).sort()).toEqual(['a', 'c']);
    });
  });

  describe('records', () => {
    it('saves, gets and deletes a record', async () => {
      const record = aRecord();
      await stores.records.save(record);
      expect(await stores.records.get('lead-1')).toEqual(record);
      await stores.records.save({ ...record, status: 'contacted' });
      expect((await stores.records.get('lead-1'))?.status).toBe('contacted');
      await stores.records.delete('lead-1');
      expect(await stores.records.get('lead-1')).toBeUndefined();
    });

    it('lists records sorted by name, all or of one type', async () => {
      await stores.records.save(aRecord({ id: 'l1', name: 'Zoe Zhang' }));
      await stores.records.save(aRecord({ id: 'l2', name: 'Ada Lovelace' }));
      await stores.records.save(aRecord({ id: 'a1', type: 'account', name: 'Contoso', status: undefined }));
      expect((await stores.records.list()).map((r) => r.name)).toEqual([
        'Ada Lovelace',
        'Contoso',
        'Zoe Zhang',
      ]);
      expect((await stores.records.list('lead')).map((r) => r.id)).toEqual(['l2', 'l1']);
      expect((await stores.records.list('account')).map((r) => r.id)).toEqual(['a1']);
      expect(await stores.records.list('opportunity')).toEqual([]);
    });
  });

  describe('users', () => {
    it('saves, gets, updates and lists users', async () => {
      expect(await stores.users.get('seller-1')).toBeUndefined();
      const sam = aUser();
      await stores.users.save(sam);
      await stores.users.save(aUser({ id: 'manager-1', name: 'Alex Manager', roles: ['salesManager'] }));
      expect(await stores.users.get('seller-1')).toEqual(sam);
      await stores.users.save({ ...sam, pausedUntil: '2025-03-10T00:00:00.000Z' });
      expect((await stores.users.get('seller-1'))?.pausedUntil).toBe('2025-03-10T00:00:00.000Z');
      expect((await stores.users.list()).map((u) => u.name)).toEqual(['Alex Manager', 'Sam Seller']);
    });
  });

  describe('what cannot be read back', () => {
    it('refuses to store a user, record, sequence or enrollment the code could not read, and stores nothing', async () => {
      await expect(stores.users.save({ ...aUser(), id: 42 as never })).rejects.toBeInstanceOf(
        InvalidDataError,
      );
      await expect(stores.users.save({ ...aUser(), roles: 'administrator' as never })).rejects.toBeInstanceOf(
        InvalidDataError,
      );
      await expect(stores.records.save({ ...aRecord(), type: 'pirate' as never })).rejects.toBeInstanceOf(
        InvalidDataError,
      );
      await expect(stores.sequences.save({ ...aSequence(), graph: null as never })).rejects.toBeInstanceOf(
        InvalidDataError,
      );
      await expect(
        stores.enrollments.save({ ...anEnrollment(), history: 'none' as never }),
      ).rejects.toBeInstanceOf(InvalidDataError);
      expect(await stores.users.list()).toEqual([]);
      expect(await stores.records.list()).toEqual([]);
      expect(await stores.sequences.list()).toEqual([]);
      expect(await stores.enrollments.list()).toEqual([]);
    });

    it('leaves a stored user that cannot be read out of the list, and names it for the report', async () => {
      await stores.users.save(aUser({ id: 'good', name: 'Good' }));
      await stores.db
        .insertInto('users')
        .values({
          id: 'bad',
          name: 'Bad',
          data: JSON.stringify({ id: 'bad', roles: 'oops' }),
          updated_at: T0,
        })
        .execute();
      expect((await stores.users.list()).map((u) => u.id)).toEqual(['good']);
      expect((await stores.users.listUnreadable()).map((u) => u.id)).toEqual(['bad']);
    });
  });

  describe('outbox', () => {
    it('lists messages in the order they were added, newest last', async () => {
      expect(await stores.outbox.list()).toEqual([]);
      await stores.outbox.add(aMessage({ id: 'm-b', subject: 'first' }));
      await stores.outbox.add(aMessage({ id: 'm-a', subject: 'second' }));
      await stores.outbox.add(aMessage({ id: 'm-c', subject: 'third', transport: 'smtp' }));
      const listed = await stores.outbox.list();
      expect(listed.map((m) => m.subject)).toEqual(['first', 'second', 'third']);
      expect(listed[2]).toEqual(aMessage({ id: 'm-c', subject: 'third', transport: 'smtp' }));
    });

    it('keeps every one of concurrent adds, and replaces a message added again in its place', async () => {
      await Promise.all(Array.from({ length: 20 }, (_, i) => stores.outbox.add(aMessage({ id: `m${i}` }))));
      await stores.outbox.add(aMessage({ id: 'm0', subject: 'corrected' }));
      const listed = await stores.outbox.list();
      expect(listed).toHaveLength(20);
      expect(listed.find((m) => m.id === 'm0')?.subject).toBe('corrected');
    });
  });
});
