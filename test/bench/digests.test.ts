// The digest fan-out of `npm run bench -- --digests`, small: every seller gets their digest once,
// through a connector that keeps Teams' limits and answers some sends 429, and every 429 is tried
// again, no sooner than its Retry-After. How fast is for the bench to say, not for this test.

import { beforeAll, describe, expect, it } from 'vitest';
import { runDigestBench } from '../../scripts/bench-digests.js';
import { buildOnce } from '../helpers/instance.js';

describe('the digest fan-out (bench, small)', () => {
  beforeAll(() => buildOnce(), 180_000);

  it('delivers every digest once and retries each 429 after its Retry-After', async () => {
    const results = await runDigestBench({ sellers: 60, rate: 20, throttleEvery: 7, timeoutMs: 90_000 });

    expect(results.delivered).toBe(60);
    expect(results.lost).toBe(0);
    expect(results.twice).toBe(0);
    expect(results.throttled).toBeGreaterThan(0);
    expect(results.neverRetried).toBe(0);
    expect(results.retriedEarly).toBe(0);
    expect(results.sustainedRate).toBeGreaterThan(0);
  }, 150_000);
});
