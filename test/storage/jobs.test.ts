import { Keyv } from 'keyv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyvStores } from '../../src/storage/keyv.js';
import { KeyvJobStore } from '../../src/storage/jobs.js';
import { aJob, openStores, STORE_KINDS } from './fixtures.js';

const at = (time: string) => `2025-03-03T${time}:00.000Z`;
const ids = (jobs: { id: string }[]) => jobs.map((job) => job.id);

describe.each(STORE_KINDS)('KeyvJobStore on %s', (kind) => {
  let stores: KeyvStores;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ stores, dispose } = await openStores(kind));
  });
  afterEach(async () => {
    await dispose();
  });

  it('puts and gets a job', async () => {
    expect(await stores.jobs.get('job-1')).toBeUndefined();
    const job = aJob({ payload: { enrollmentId: 'enr-1', nested: { revision: 3 } } });
    await stores.jobs.put(job);
    expect(await stores.jobs.get('job-1')).toEqual(job);
  });

  it('returns due jobs earliest first, whatever order they were put in', async () => {
    await stores.jobs.put(aJob({ id: 'late', runAt: at('10:02') }));
    await stores.jobs.put(aJob({ id: 'early', runAt: at('10:00') }));
    await stores.jobs.put(aJob({ id: 'middle', runAt: at('10:01') }));
    await stores.jobs.put(aJob({ id: 'future', runAt: at('12:00') }));
    expect(ids(await stores.jobs.due(new Date(at('10:05')), 10))).toEqual(['early', 'middle', 'late']);
    expect(ids(await stores.jobs.due(new Date(at('10:01')), 10))).toEqual(['early', 'middle']);
    expect(await stores.jobs.due(new Date(at('09:59')), 10)).toEqual([]);
  });

  it('orders by the instant, not by the text of runAt', async () => {
    await stores.jobs.put(aJob({ id: 'utc', runAt: '2025-03-03T09:30:00.000Z' }));
    await stores.jobs.put(aJob({ id: 'berlin', runAt: '2025-03-03T10:00:00+01:00' }));
    expect(ids(await stores.jobs.due(new Date('2025-03-03T10:00:00Z'), 10))).toEqual(['berlin', 'utc']);
  });

  it('keeps the order of puts for jobs due at the same time', async () => {
    for (const id of ['c', 'a', 'b']) await stores.jobs.put(aJob({ id, runAt: at('10:00') }));
    expect(ids(await stores.jobs.due(new Date(at('10:00')), 10))).toEqual(['c', 'a', 'b']);
  });

  it('replaces a job put again with the same id', async () => {
    await stores.jobs.put(aJob({ id: 'timer', runAt: at('10:00'), payload: { revision: 1 } }));
    await stores.jobs.put(aJob({ id: 'other', runAt: at('11:00') }));
    await stores.jobs.put(aJob({ id: 'timer', runAt: at('12:00'), payload: { revision: 2 } }));
    expect(ids(await stores.jobs.due(new Date(at('11:30')), 10))).toEqual(['other']);
    const due = await stores.jobs.due(new Date(at('13:00')), 10);
    expect(ids(due)).toEqual(['other', 'timer']);
    expect(due[1]?.payload).toEqual({ revision: 2 });
    expect((await stores.jobs.get('timer'))?.runAt).toBe(at('12:00'));
  });

  it('returns at most limit jobs, the earliest ones', async () => {
    for (const [id, time] of [
      ['j3', '10:03'],
      ['j1', '10:01'],
      ['j5', '10:05'],
      ['j2', '10:02'],
      ['j4', '10:04'],
    ] as const) {
      await stores.jobs.put(aJob({ id, runAt: at(time) }));
    }
    expect(ids(await stores.jobs.due(new Date(at('11:00')), 2))).toEqual(['j1', 'j2']);
    expect(await stores.jobs.due(new Date(at('11:00')), 0)).toEqual([]);
  });

  it('does not return jobs again once removed, and tells the next run time', async () => {
    expect(await stores.jobs.nextRunAt()).toBeUndefined();
    await stores.jobs.put(aJob({ id: 'second', runAt: at('10:30') }));
    await stores.jobs.put(aJob({ id: 'first', runAt: at('10:15') }));
    expect(await stores.jobs.nextRunAt()).toEqual(new Date(at('10:15')));
    await stores.jobs.remove('first');
    expect(await stores.jobs.get('first')).toBeUndefined();
    expect(await stores.jobs.nextRunAt()).toEqual(new Date(at('10:30')));
    expect(ids(await stores.jobs.due(new Date(at('11:00')), 10))).toEqual(['second']);
    await stores.jobs.remove('second');
    await stores.jobs.remove('never-existed');
    expect(await stores.jobs.nextRunAt()).toBeUndefined();
  });

  it('schedules every one of concurrent puts', async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        stores.jobs.put(
          aJob({ id: `j${String(i).padStart(2, '0')}`, runAt: at(`10:${String(i).padStart(2, '0')}`) }),
        ),
      ),
    );
    const due = await stores.jobs.due(new Date(at('11:00')), 100);
    expect(ids(due)).toEqual(Array.from({ length: 30 }, (_, i) => `j${String(i).padStart(2, '0')}`));
  });

  it('rejects a job whose runAt is not a time', async () => {
    await expect(stores.jobs.put(aJob({ runAt: 'tomorrow' }))).rejects.toThrow(RangeError);
    expect(await stores.jobs.nextRunAt()).toBeUndefined();
  });
});

describe('KeyvJobStore schedule repair', () => {
  it('drops a schedule entry whose job is missing, so nextRunAt does not stay in the past', async () => {
    const keyv = new Keyv({ store: new Map(), namespace: 'jobs' });
    const jobs = new KeyvJobStore(keyv);
    await jobs.put(aJob({ id: 'orphan', runAt: at('10:00') }));
    await jobs.put(aJob({ id: 'kept', runAt: at('10:05') }));
    await keyv.delete('job:orphan');
    expect(await jobs.nextRunAt()).toEqual(new Date(at('10:00')));
    expect(ids(await jobs.due(new Date(at('10:10')), 10))).toEqual(['kept']);
    expect(await jobs.nextRunAt()).toEqual(new Date(at('10:05')));
    expect(await keyv.get('schedule')).toEqual([{ id: 'kept', at: Date.parse(at('10:05')) }]);
  });
});
