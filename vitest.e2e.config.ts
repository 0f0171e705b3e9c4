// The end-to-end suite (npm run test:e2e): the bot, the Agents Playground and headless Chromium.
// Apart from `npm test` (vitest.config.ts), which must pass on a machine with no browser.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Each file starts its own bot, Playground and browser: one at a time on a 2-core machine.
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
