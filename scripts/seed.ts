// `npm run seed [-- --data-dir DIR] [--now ISO]`: adds the demo team and records
// (src/app/demo-data.ts) to the embedded store, unless it already holds data.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock, SystemClock } from '../src/app/clock.js';
import { seedDemoData, type SeedResult } from '../src/app/demo-data.js';
import type { Clock } from '../src/app/ports.js';
import { createStores, storageOptions } from '../src/storage/stores.js';

export async function seed(dataDir: string, clock: Clock = new SystemClock()): Promise<SeedResult> {
  const stores = await createStores(storageOptions({ databaseUrl: process.env.DATABASE_URL, dataDir }));
  try {
    return await seedDemoData(stores, clock);
  } finally {
    await stores.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  // Same default as the bot (src/app/config.ts), so `npm run seed` then `npm start` meet.
  const dataDir = path.resolve(value('--data-dir') ?? (process.env.DATA_DIR || './data'));
  const now = value('--now');
  const clock = now ? new ManualClock(new Date(now)) : new SystemClock();
  if (Number.isNaN(clock.now().getTime())) throw new Error(`--now must be an ISO time, got "${now}"`);
  const result = await seed(dataDir, clock);
  if (!result.seeded) {
    console.log(`${dataDir} already holds data: nothing added.`);
    return;
  }
  const { lead, contact, account, opportunity } = result.records;
  console.log(
    `Seeded ${dataDir}: ${result.users} users, ${lead} leads, ${contact} contacts, ${account} accounts, ${opportunity} opportunities.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
