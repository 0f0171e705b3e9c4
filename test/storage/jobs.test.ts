import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.js';
import { JobRunner } from '../../src/app/jobs.js';
import { silentLogger } from '../../src/app/logger.js';
import type { ClaimedJob, JobStore } from '../../src/app/ports.js';
import { pino } from 'pino';
import type { SqlStores } from '../../src/storage/stores.js';
import { aJob, openStores, STORE_KINDS } from './fixtures.js';

const at = (time: string) => `2025-03-03T${time}:00.000Z`;
const ids = (jobs: { id: string }[]) => jobs.map((job) => job.id);
/** Wall-clock milliseconds of the leases in these tests: any fixed number will do. */
const WALL = 1_000_000;

describe.each(STORE_KINDS)('job store on %s', (kind) => {
  let stores: SqlStores;
  let dispose: () => Promise<void>;
  const claim = (time: string, limit = 10, wallNow = WALL): Promise<ClaimedJob[]> =>
    stores.jobs.claim({ now: new Date(time), limit, wallNow, leaseUntil: wallNow + 60_000 });

  beforeEach(async () => {
    ({ stores, dispose } = await openStores(kind));
  });
  afterEach(async () => {
    await dispose();
  });

  it('tells the earliest run time put since it was last asked, committed transactions only', async () => {
    expect(stores.jobs.takePutRunAt()).toBeUndefined();
    await stores.jobs.put(aJob({ id: 'later', runAt: at('12:00') }));
    await stores.jobs.put(aJob({ id: 'sooner', runAt: at('10:00') }));
    expect(stores.jobs.takePutRunAt()).toBe(Date.parse(at('10:00')));
    expect(stores.jobs.takePutRunAt()).toBeUndefined();

    await expect(
      stores.transaction(async (tx) => {
        await tx.jobs.put(aJob({ id: 'rolled-back', runAt: at('09:00') }));
        // Not told before the transaction commits.
        expect(stores.jobs.takePutRunAt()).toBeUndefined();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(stores.jobs.takePutRunAt()).toBeUndefined();

    await stores.transaction(async (tx) => {
      await tx.jobs.put(aJob({ id: 'committed', runAt: at('11:00') }));
      expect(stores.jobs.takePutRunAt()).toBeUndefined();
    });
    expect(stores.jobs.takePutRunAt()).toBe(Date.parse(at('11:00')));
  });

  it('drains after a turn only when a job put meanwhile is due now', async () => {
    const clock = new ManualClock(new Date(at('10:00')));
    const runner = new JobRunner(stores.jobs, clock, silentLogger(), {
      wall: new ManualClock(new Date(WALL)),
    });
    const ran: string[] = [];
    runner.on('test', async (job) => {
      ran.push(job.id);
    });
    await stores.jobs.put(aJob({ id: 'old', type: 'test', runAt: at('09:00') }));
    stores.jobs.takePutRunAt();
    // Nothing put since: no drain, so no question to the database (the poller finds "old").
    await runner.runPutDue();
    expect(ran).toEqual([]);
    await stores.jobs.put(aJob({ id: 'future', type: 'test', runAt: at('11:00') }));
    await runner.runPutDue();
    expect(ran).toEqual([]);
    await stores.jobs.put(aJob({ id: 'now', type: 'test', runAt: at('10:00') }));
    await runner.runPutDue();
    expect(ran).toEqual(['old', 'now']);
  });

  it('puts and gets a job', async () => {
    expect(await stores.jobs.get('job-1')).toBeUndefined();
    const job = aJob({ payload: { enrollmentId: 'enr-1', nested: { revision: 3 } } });
    await stores.jobs.put(job);
    expect(await stores.jobs.get('job-1')).toEqual(job);
  });

  it('claims due jobs earliest first, whatever order they were put in', async () => {
    await stores.jobs.put(aJob({ id: 'late', runAt: at('10:02') }));
    await stores.jobs.put(aJob({ id: 'early', runAt: at('10:00') }));
    await stores.jobs.put(aJob({ id: 'middle', runAt: at('10:01') }));
    await stores.jobs.put(aJob({ id: 'future', runAt: at('12:00') }));
    expect(await claim(at('09:59'))).toEqual([]);
    expect(ids(await claim(at('10:01')))).toEqual(['early', 'middle']);
    expect(ids(await claim(at('10:05')))).toEqual(['late']);
  });

  it('orders by the instant, not by the text of runAt', async () => {
    await stores.jobs.put(aJob({ id: 'utc', runAt: '2025-03-03T09:30:00.000Z' }));
    await stores.jobs.put(aJob({ id: 'berlin', runAt: '2025-03-03T10:00:00+01:00' }));
    expect(ids(await claim('2025-03-03T10:00:00Z'))).toEqual(['berlin', 'utc']);
  });

  it('keeps the order of puts for jobs due at the same time', async () => {
    for (const id of ['c', 'a', 'b']) await stores.jobs.put(aJob({ id, runAt: at('10:00') }));
    expect(ids(await claim(at('10:00')))).toEqual(['c', 'a', 'b']);
  });

  it('replaces a job put again with the same id', async () => {
    await stores.jobs.put(aJob({ id: 'timer', runAt: at('10:00'), payload: { revision: 1 } }));
    await stores.jobs.put(aJob({ id: 'other', runAt: at('11:00') }));
    await stores.jobs.put(aJob({ id: 'timer', runAt: at('12:00'), payload: { revision: 2 } }));
    expect(ids(await claim(at('11:30')))).toEqual(['other']);
    const due = await claim(at('13:00'));
    expect(ids(due)).toEqual(['timer']);
    expect(due[0]?.payload).toEqual({ revision: 2 });
    expect(await stores.jobs.count()).toBe(2);
  });

  it('claims at most limit jobs, the earliest ones', async () => {
    for (const [id, time] of [
      ['j3', '10:03'],
      ['j1', '10:01'],
      ['j5', '10:05'],
      ['j2', '10:02'],
      ['j4', '10:04'],
    ] as const) {
      await stores.jobs.put(aJob({ id, runAt: at(time) }));
    }
    expect(await claim(at('11:00'), 0)).toEqual([]);
    expect(ids(await claim(at('11:00'), 2))).toEqual(['j1', 'j2']);
  });

  it('keeps a claimed job stored until it is completed, and hides it from other claims meanwhile', async () => {
    await stores.jobs.put(aJob({ id: 'send', runAt: at('10:00') }));
    const [held] = await claim(at('10:00'));
    expect(held?.id).toBe('send');
    expect(await stores.jobs.get('send')).toBeDefined();
    expect(await claim(at('10:00'))).toEqual([]);
    expect(await stores.jobs.nextRunAt(WALL)).toBeUndefined();
    await stores.jobs.complete(held!);
    expect(await stores.jobs.get('send')).toBeUndefined();
    expect(await stores.jobs.count()).toBe(0);
  });

  it('lets another worker take a job over when its lease ran out, and not before', async () => {
    await stores.jobs.put(aJob({ id: 'send', runAt: at('10:00') }));
    const [first] = await claim(at('10:00'), 10, WALL);
    expect(await claim(at('10:00'), 10, WALL + 59_999)).toEqual([]);
    const [second] = await claim(at('10:00'), 10, WALL + 60_000);
    expect(second?.id).toBe('send');
    expect(second?.claim).not.toBe(first?.claim);
    // The worker that lost its lease can neither complete nor extend the job any more.
    await stores.jobs.complete(first!);
    expect(await stores.jobs.extend(first!, WALL + 120_000)).toBe(false);
    expect(await stores.jobs.get('send')).toBeDefined();
    expect(await stores.jobs.extend(second!, WALL + 120_000)).toBe(true);
    await stores.jobs.complete(second!);
    expect(await stores.jobs.get('send')).toBeUndefined();
  });

  it('keeps a job the handler put again under the same id when the claimed one completes', async () => {
    await stores.jobs.put(aJob({ id: 'timer', runAt: at('10:00'), payload: { revision: 1 } }));
    const [held] = await claim(at('10:00'));
    await stores.jobs.put(aJob({ id: 'timer', runAt: at('11:00'), payload: { revision: 2 } }));
    await stores.jobs.complete(held!);
    expect((await stores.jobs.get('timer'))?.payload).toEqual({ revision: 2 });
    await stores.jobs.release(held!, new Date(at('10:30')), 1);
    expect((await stores.jobs.get('timer'))?.runAt).toBe(at('11:00'));
  });

  it('puts a failed job back for later with its attempts counted', async () => {
    await stores.jobs.put(aJob({ id: 'send', runAt: at('10:00') }));
    const [held] = await claim(at('10:00'));
    await stores.jobs.release(held!, new Date(at('10:10')), 1);
    expect(await stores.jobs.nextRunAt(WALL)).toEqual(new Date(at('10:10')));
    expect(await claim(at('10:09'))).toEqual([]);
    const [again] = await claim(at('10:10'));
    expect(again).toMatchObject({ id: 'send', attempts: 1, runAt: at('10:10') });
  });

  it('tells the next run time and forgets removed jobs', async () => {
    expect(await stores.jobs.nextRunAt(WALL)).toBeUndefined();
    await stores.jobs.put(aJob({ id: 'second', runAt: at('10:30') }));
    await stores.jobs.put(aJob({ id: 'first', runAt: at('10:15') }));
    expect(await stores.jobs.nextRunAt(WALL)).toEqual(new Date(at('10:15')));
    await stores.jobs.remove('first');
    expect(await stores.jobs.get('first')).toBeUndefined();
    expect(await stores.jobs.nextRunAt(WALL)).toEqual(new Date(at('10:30')));
    await stores.jobs.remove('second');
    await stores.jobs.remove('never-existed');
    expect(await stores.jobs.nextRunAt(WALL)).toBeUndefined();
  });

  it('schedules every one of concurrent puts', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `j${String(i).padStart(2, '0')}`);
    await Promise.all(
      names.map((id, i) => stores.jobs.put(aJob({ id, runAt: at(`10:${String(i).padStart(2, '0')}`) }))),
    );
    expect(ids(await claim(at('11:00'), 100))).toEqual(names);
  });

  it('gives each job to one of concurrent claimers only', async () => {
    for (let i = 0; i < 40; i++) await stores.jobs.put(aJob({ id: `j${i}`, runAt: at('10:00') }));
    const batches = await Promise.all(Array.from({ length: 8 }, () => claim(at('10:00'), 7)));
    const claimed = batches.flatMap(ids);
    expect(claimed).toHaveLength(40);
    expect(new Set(claimed).size).toBe(40);
  });

  it('rejects a job whose runAt is not a time', async () => {
    await expect(stores.jobs.put(aJob({ runAt: 'tomorrow' }))).rejects.toThrow(RangeError);
    expect(await stores.jobs.nextRunAt(WALL)).toBeUndefined();
  });
});

describe('job runner when the database goes away while jobs run', () => {
  it('logs the outcomes it cannot record, rejects nothing unseen, and runs those jobs again after their lease', async () => {
    const { stores, dispose } = await openStores('sqlite');
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const clock = new ManualClock(new Date(at('10:00')));
      const wall = new ManualClock(new Date(WALL));
      let away = false;
      const refused = () =>
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      // The store as a turn sees it with the database gone: every write is refused, and a claim
      // is refused only after a while (a connection attempt), so runs settle while it waits.
      const jobs: JobStore = new Proxy(stores.jobs, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            if (!away) return (value as (...a: unknown[]) => unknown).apply(target, args);
            if (key === 'claim') return new Promise((_, reject) => setTimeout(() => reject(refused()), 50));
            return Promise.reject(refused());
          };
        },
      });
      const lines: { msg: string; jobId?: string }[] = [];
      const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
      const runner = new JobRunner(jobs, clock, log, { wall, leaseMs: 60_000 });
      const ran: string[] = [];
      runner.on('test', async (job) => {
        ran.push(job.id);
        if (ran.length > 2) return;
        // The database goes away while the first runs are under way: one fails, the other succeeds.
        away = true;
        if (job.id === 'fails') throw new Error('the send failed');
      });
      await stores.jobs.put(aJob({ id: 'fails', type: 'test', runAt: at('09:00') }));
      await stores.jobs.put(aJob({ id: 'succeeds', type: 'test', runAt: at('09:30') }));

      await expect(runner.runDue()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled).toEqual([]);
      expect(ran).toEqual(['fails', 'succeeds']);
      const notRecorded = lines.filter((line) => line.msg.startsWith('job outcome not recorded'));
      expect(notRecorded.map((line) => line.jobId).sort()).toEqual(['fails', 'succeeds']);

      // Back again: both jobs are still stored under their leases, and run once those run out.
      away = false;
      await runner.runDue();
      expect(ran).toHaveLength(2);
      wall.set(new Date(WALL + 60_001));
      await runner.runDue();
      expect(ran.slice(2).sort()).toEqual(['fails', 'succeeds']);
      expect(await stores.jobs.count()).toBe(0);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await dispose();
    }
  });
});
