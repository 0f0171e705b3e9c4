// Starts the product: configuration, embedded storage under DATA_DIR, the bot and its HTTP server.

import { createAppContext } from './app/context.js';
import { ConfigError, loadConfig } from './app/config.js';
import { maybeSeedOnStart } from './app/demo-data.js';
import { createLogger } from './app/logger.js';
import { createAdapter, createBot } from './bot/app.js';
import { preloadCards } from './bot/cards.js';
import { preloadDates } from './app/seller/vacation.js';
import { createServer } from './server.js';
import { SystemClock } from './app/clock.js';
import { importLegacyDataDir } from './storage/legacy-import.js';
import { createStores, storageOptions } from './storage/stores.js';

async function main(): Promise<void> {
  const log = createLogger();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      log.fatal(error.message);
      process.exit(2);
    }
    throw error;
  }
  const stores = await createStores(storageOptions(config));
  const imported = await importLegacyDataDir(stores, config.dataDir, new SystemClock().now());
  if (imported) {
    const { unreadable, ...counts } = imported;
    log.info(counts, 'imported the data folder of the previous storage format');
    if (unreadable.length > 0)
      log.warn({ keys: unreadable }, 'some stored values could not be read and were not imported');
  }
  const ctx = createAppContext({ config, stores, log });
  await maybeSeedOnStart(config, stores, ctx.clock, log);
  const adapter = createAdapter(ctx);
  const bot = createBot(ctx, adapter);
  const server = createServer({ ctx, adapter, bot });

  if (!config.botId) {
    log.warn('Local mode: BOT_ID is not set, so requests are not authenticated. Use only on this machine.');
  }
  if (config.everyoneIsAdmin) {
    log.warn('ADMIN_IDS is empty in local mode: every user is an administrator.');
  }
  if (config.testClock) {
    log.warn(
      { now: ctx.clock.now().toISOString() },
      'Test clock on: time moves only through POST /api/test-clock.',
    );
  } else {
    ctx.runner.start(config.pollIntervalMs);
  }

  server.listen(config.port, () => {
    log.info(
      { port: config.port, database: config.databaseUrl ? 'postgres' : config.dataDir },
      `Listening on http://localhost:${config.port}/api/messages`,
    );
    // The libraries of cards and dates load at their first use; a second after the start they are
    // loaded anyway, so that a turn that comes later does not pay for them.
    setTimeout(() => {
      preloadCards();
      preloadDates();
    }, 1000).unref();
    // A report only, so it does not hold up the start: it reads every stored user.
    stores.users
      .listUnreadable()
      .then((unreadable) => {
        if (unreadable.length > 0)
          log.warn({ users: unreadable }, 'stored users that cannot be read are left out');
      })
      .catch((error: unknown) => log.error({ err: error }, 'could not check the stored users'));
  });

  const shutdown = async (signal: string): Promise<void> => {
    log.info({ signal }, 'shutting down');
    server.close();
    await ctx.runner.stop();
    await stores.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
