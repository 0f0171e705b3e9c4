// Start-up configuration that would expose the bot: refused with a message that says why.

import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { ConfigError, loadConfig } from '../../src/app/config.js';
import { createStores, DATABASE_FILE_NAME, storageOptions } from '../../src/storage/stores.js';
import { aUser } from '../storage/fixtures.js';

/** How many of this process's open files are `path`. */
async function openHandlesOn(path: string): Promise<number> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets.filter((target) => target === path).length;
}

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
    // SQLite itself syncs at checkpoints only; with `full` the product syncs the log before a write
    // returns, through a handle of its own on the log (Linux: /proc/self/fd shows it).
    for (const [sync, handles] of [
      ['full', 2],
      ['normal', 1],
    ] as const) {
      const dataDir = await mkdtemp(join(tmpdir(), 'sync-'));
      const stores = await createStores(storageOptions({ dataDir, sqliteSync: sync }));
      const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(stores.db);
      expect(rows[0]?.synchronous).toBe(1);
      await stores.users.save(aUser());
      expect(await openHandlesOn(join(dataDir, `${DATABASE_FILE_NAME}-wal`))).toBe(handles);
      await stores.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
