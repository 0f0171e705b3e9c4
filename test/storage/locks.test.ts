import { describe, expect, it } from 'vitest';
import { InProcessLocks } from '../../src/storage/locks.js';

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('InProcessLocks', () => {
  it('runs the second caller after the first and lets it see the first one’s result', async () => {
    const locks = new InProcessLocks();
    let stored = 'initial';
    const first = locks.withLock('enrollment:1', async () => {
      await delay(20);
      stored = 'written by first';
      return 'first';
    });
    const second = locks.withLock('enrollment:1', async () => stored);
    expect(await Promise.all([first, second])).toEqual(['first', 'written by first']);
  });

  it('makes read-modify-write safe: 20 concurrent increments all count', async () => {
    const locks = new InProcessLocks();
    let counter = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        locks.withLock('counter', async () => {
          const read = counter;
          await delay(1);
          counter = read + 1;
        }),
      ),
    );
    expect(counter).toBe(20);
  });

  it('releases the lock when fn rejects, rethrows, and the next caller still runs', async () => {
    const locks = new InProcessLocks();
    const failing = locks.withLock('user:1', async () => {
      await delay(5);
      throw new Error('boom');
    });
    const next = locks.withLock('user:1', async () => 'ran');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
    expect(locks.size).toBe(0);
  });

  it('releases the lock when fn throws synchronously', async () => {
    const locks = new InProcessLocks();
    const throwing = (): Promise<string> => {
      throw new Error('sync boom');
    };
    await expect(locks.withLock('k', throwing)).rejects.toThrow('sync boom');
    await expect(locks.withLock('k', async () => 'after')).resolves.toBe('after');
  });

  it('does not make different keys wait for each other', async () => {
    const locks = new InProcessLocks();
    let release: () => void = () => undefined;
    const held = locks.withLock('a', () => new Promise<void>((resolve) => (release = resolve)));
    await expect(locks.withLock('b', async () => 'b done')).resolves.toBe('b done');
    release();
    await held;
  });

  it('keeps a key only while it is held or awaited', async () => {
    const locks = new InProcessLocks();
    let release: () => void = () => undefined;
    const held = locks.withLock('a', () => new Promise<void>((resolve) => (release = resolve)));
    const waiting = locks.withLock('a', async () => undefined);
    const other = locks.withLock('b', async () => undefined);
    expect(locks.size).toBe(2);
    await other;
    expect(locks.size).toBe(1);
    release();
    await Promise.all([held, waiting]);
    expect(locks.size).toBe(0);
    await Promise.all(Array.from({ length: 100 }, (_, i) => locks.withLock(`key-${i}`, async () => i)));
    expect(locks.size).toBe(0);
  });
});
