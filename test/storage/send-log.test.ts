// Two instances' limiters on one database keep Teams' limits together: no sliding window of the
// sends they let through, counted across both, holds more than the limit.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SendRateLimiter, SharedSendLimiter, sendWindows } from '../../src/app/seller/rate-limiter.js';
import type { SqlStores } from '../../src/storage/stores.js';
import { openStores, STORE_KINDS } from './fixtures.js';

/** The most sends found in any window of `ms` milliseconds. */
function busiest(times: number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= ms) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe.each(STORE_KINDS.filter((kind) => kind !== 'memory'))(
  'limits shared by two instances on %s',
  (kind) => {
    let stores: SqlStores;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ stores, dispose } = await openStores(kind));
    });
    afterEach(async () => {
      await dispose();
    });

    /** Two instances' limiters: each paces itself as one instance would, and both share the log. */
    const twoInstances = (rates: { globalPerSecond: number; conversationPerSecond: number }) =>
      [0, 1].map(
        () =>
          new SharedSendLimiter(
            new SendRateLimiter(rates),
            stores.sendLog,
            sendWindows(rates),
            () => performance.timeOrigin + performance.now(),
          ),
      );

    it('keeps one conversation within 7 a second and 8 in two seconds across both', async () => {
      const limiters = twoInstances({ globalPerSecond: 1_000, conversationPerSecond: 7 });
      const granted: number[] = [];
      await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const release = await limiters[i % 2]!.acquire('conversation-1');
          granted.push(performance.now());
          release();
        }),
      );
      expect(granted).toHaveLength(20);
      expect(busiest(granted, 1_000)).toBeLessThanOrEqual(7);
      expect(busiest(granted, 2_000)).toBeLessThanOrEqual(8);
    }, 30_000);

    it('keeps the whole app within its global rate across both', async () => {
      const limiters = twoInstances({ globalPerSecond: 5, conversationPerSecond: 7 });
      const granted: number[] = [];
      await Promise.all(
        Array.from({ length: 16 }, async (_, i) => {
          const release = await limiters[i % 2]!.acquire(`conversation-${i}`);
          granted.push(performance.now());
          release();
        }),
      );
      expect(busiest(granted, 1_000)).toBeLessThanOrEqual(5);
    }, 30_000);
  },
);
