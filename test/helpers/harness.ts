// One place to start the product for a test: real HTTP server on a free port, storage in memory
// or in a temp DATA_DIR, a manual clock, and a stub Bot Framework connector that records what the
// bot sends proactively.

import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { ManualClock } from '../../src/app/clock.js';
import { loadConfig } from '../../src/app/config.js';
import { createAppContext, type AppContext } from '../../src/app/context.js';
import { silentLogger } from '../../src/app/logger.js';
import type { Stores } from '../../src/app/ports.js';
import { type SigningKeySource, createAdapter, createBot } from '../../src/bot/app.js';
import { createServer } from '../../src/server.js';
import { createStores } from '../../src/storage/stores.js';
import { startStubConnector, type StubConnector } from './connector.js';

export const MONDAY_9_UTC = new Date('2026-03-02T09:00:00.000Z');

export interface Harness {
  url: string;
  ctx: AppContext;
  clock: ManualClock;
  stores: Stores;
  connector: StubConnector;
  /** Posts an activity and returns the bot's replies (deliveryMode expectReplies) or the invoke response. */
  post(activity: Partial<Activity>): Promise<{ status: number; body: unknown; replies: Partial<Activity>[] }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  now?: Date;
  /** Keep data in this folder (sqlite); memory when absent. */
  dataDir?: string;
  /** Where Bot Framework signing keys are fetched from (a local key server); the real ones when absent. */
  signingKeys?: SigningKeySource;
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'seq-data-'));
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const connector = await startStubConnector();
  const config = loadConfig({ ...options.env });
  const clock = new ManualClock(options.now ?? MONDAY_9_UTC);
  const stores = options.dataDir
    ? await createStores({ kind: 'sqlite', dataDir: options.dataDir })
    : await createStores({ kind: 'memory' });
  const ctx = createAppContext({ config, stores, log: silentLogger(), clock });
  const adapter = createAdapter(ctx, options.signingKeys);
  const bot = createBot(ctx, adapter);
  const server = createServer({ ctx, adapter, bot });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    ctx,
    clock,
    stores,
    connector,
    async post(activity) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceUrl: connector.url, ...activity }),
      });
      const text = await response.text();
      const body: unknown = text ? JSON.parse(text) : undefined;
      const replies =
        body && typeof body === 'object' && Array.isArray((body as { activities?: unknown }).activities)
          ? ((body as { activities: Partial<Activity>[] }).activities ?? [])
          : [];
      // Effects queued by the turn run right after it; wait for them so assertions see them.
      await ctx.runner.runDue();
      return { status: response.status, body, replies };
    },
    async close() {
      server.close();
      await ctx.runner.stop();
      await stores.close();
      await connector.close();
    },
  };
}
