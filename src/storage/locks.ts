// In-process locks: serialises async work per key inside one Node process.
// A deployment with several instances replaces this with a Redis lock behind the same `Locks` port.

import type { Locks } from '../app/ports.js';

export class InProcessLocks implements Locks {
  /** The settled tail of each key's queue; a key is present only while someone holds or awaits it. */
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Runs `fn` after every earlier `withLock` call on `key` has finished (fulfilled or rejected).
   * Not re-entrant: calling `withLock` on the same key from inside `fn` waits for itself forever.
   */
  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.then(fn);
    // The tail never rejects, so one caller's failure does not poison the queue for the next.
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    try {
      return await run;
    } finally {
      // Only the last caller in the queue removes the key; a later caller would have replaced the tail.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** How many keys are held or awaited right now (0 when idle: released keys are not kept). */
  get size(): number {
    return this.tails.size;
  }
}
