// `npm run bench` in its smoke size, so the script cannot rot: it builds, seeds, starts the bot and
// the echo bot, checks each request is answered as asked and loads both with every request at
// every concurrency. Only that the results are complete and sane is checked, never their speed.

import { describe, expect, it } from 'vitest';
import { runBench, SMOKE, table } from '../../scripts/bench.js';

describe('npm run bench (smoke)', () => {
  it('measures every request at every concurrency against the echo bot, without errors', async () => {
    const results = await runBench({ ...SMOKE, seconds: 0.3 });

    const scenarios = ['help', 'up next (50 due)', 'press Answered', 'show template …', 'sequences'];
    expect(results.cells.map((c) => `${c.scenario} c=${c.concurrency}`)).toEqual(
      scenarios.flatMap((s) => SMOKE.concurrencies.map((c) => `${s} c=${c}`)),
    );
    for (const cell of results.cells) {
      expect(cell.botRequests, cell.scenario).toBeGreaterThan(0);
      expect(cell.botErrors, cell.scenario).toBe(0);
      expect(cell.echoErrors, cell.scenario).toBe(0);
      expect(cell.botRps).toBeGreaterThan(0);
      expect(cell.echoRps).toBeGreaterThan(0);
      expect(cell.botP99Ms).toBeGreaterThan(0);
      expect(Number.isFinite(cell.throughputRatio) && Number.isFinite(cell.p99Ratio)).toBe(true);
    }
    expect(results.startup.botMs).toBeGreaterThan(0);
    expect(results.startup.echoMs).toBeGreaterThan(0);
    // Every press was on the step then current, so the bot recorded each one it answered (and
    // perhaps some whose answer came after their cell ended), never more than were written.
    expect(results.presses.answered).toBeGreaterThan(0);
    expect(results.presses.recorded).toBeGreaterThanOrEqual(results.presses.answered);
    expect(results.presses.recorded).toBeLessThanOrEqual(results.presses.written);
    expect(table(results)).toContain('| press Answered | 4 |');
  }, 180_000);
});
