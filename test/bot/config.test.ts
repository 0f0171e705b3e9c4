// Start-up configuration that would expose the bot: refused with a message that says why.

import { describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { ConfigError, loadConfig } from '../../src/app/config.js';
import { createStores, storageOptions } from '../../src/storage/stores.js';

describe('configuration', () => {
  it('refuses the test clock together with Bot Framework credentials, saying why', () => {
    const env = { BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_PASSWORD: 'x', TEST_CLOCK: '1' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/TEST_CLOCK.*not authenticated.*BOT_ID/);
    expect(() => loadConfig({ ...env, TEST_CLOCK: 'true' })).toThrow(ConfigError);
  });

  it('keeps the test clock in local mode and the credentials without it', () => {
    expect(loadConfig({ TEST_CLOCK: '1' }).testClock).toBe(true);
    const production = loadConfig({ BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_PASSWORD: 'x' });
    expect(production).toMatchObject({ testClock: false, botId: '00000000-0000-0000-0000-000000000001' });
  });
  it('keeps every commit through a power cut unless SQLITE_SYNC=normal says otherwise, and refuses other values', async () => {
    expect(loadConfig({}).sqliteSync).toBe('full');
    expect(loadConfig({ SQLITE_SYNC: 'NORMAL' }).sqliteSync).toBe('normal');
    expect(() => loadConfig({ SQLITE_SYNC: 'off' })).toThrow(
      /SQLITE_SYNC must be "full" or "normal", got "off"/,
    );
    for (const [sync, level] of [
      ['full', 2],
      ['normal', 1],
    ] as const) {
      const dataDir = await mkdtemp(join(tmpdir(), 'sync-'));
      const stores = await createStores(storageOptions({ dataDir, sqliteSync: sync }));
      const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(stores.db);
      expect(rows[0]?.synchronous).toBe(level);
      await stores.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
