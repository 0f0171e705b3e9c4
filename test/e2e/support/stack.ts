// One e2e setup per test file: the bot (`npm start` with TEST_CLOCK=1 on a temp DATA_DIR holding the
// demo data), a recording proxy, the Agents Playground pointed at the proxy, and headless Chromium
// (Debian's /usr/bin/chromium via playwright-core: nothing is downloaded) on the Playground's page.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ManualClock } from '../../../src/app/clock.js';
import { freePort, startBot, startPlayground, type Service } from '../../../scripts/playground.js';
import { seed } from '../../../scripts/seed.js';
import { createStores, type SqlStores } from '../../../src/storage/stores.js';
import { PlaygroundPage } from './playground-page.js';
import { startRecorder, type Recorder } from './recorder.js';

/** Monday 2 March 2026, 9:00 in New York: inside the demo sellers' working hours. */
export const E2E_START = '2026-03-02T14:00:00.000Z';

/** The flags the project's machines need (docs: shared/reference/teams-platform.md). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Even so, Chromium looks up Google's update host at start; resolving nothing but loopback
  // keeps it from asking DNS at all (the page's own off-machine requests are blocked per request).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
  '--dns-prefetch-disable',
  '--no-pings',
  '--disable-domain-reliability',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH. The e2e suite never downloads a browser.",
    );
  }
  return found;
}

export interface Stack {
  bot: Service;
  playground: Service;
  recorder: Recorder;
  browser: Browser;
  page: PlaygroundPage;
  dataDir: string;
  /** What the bot logged (one JSON object per line). */
  botLog: string[];
  /** Moves the bot's test clock: by `ms`, or to an ISO time; due jobs (proactive cards) run on the way. */
  advanceClock(to: { ms: number } | { to: string }): Promise<string>;
  /** Every problem seen so far: the Playground's, and any non-2xx answer of the bot. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Names screenshots test-results/e2e/<name>-NN-*.png. */
  name: string;
  /** Seed the demo team and records (default true). */
  demoData?: boolean;
  now?: string;
  /**
   * Runs on the stores before the bot starts (after the demo data), e.g. to put in place what a
   * test does not want to click through. The bot is not running yet: nothing is sent.
   */
  prepare?: (stores: SqlStores, clock: ManualClock) => Promise<void>;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'e2e-data-'));
  const now = options.now ?? E2E_START;
  if (options.demoData !== false) await seed(dataDir, new ManualClock(new Date(now)));
  if (options.prepare) {
    const stores = await createStores({ kind: 'sqlite', dataDir });
    try {
      await options.prepare(stores, new ManualClock(new Date(now)));
    } finally {
      await stores.close();
    }
  }

  const started: { stop(): Promise<void> }[] = [];
  const botLog: string[] = [];
  try {
    const bot = await startBot({
      port: await freePort(),
      dataDir,
      env: { TEST_CLOCK: '1', TEST_CLOCK_START: now, SEED_DEMO: '1', LOG_LEVEL: 'debug' },
      onLine: (line) => botLog.push(line),
    });
    started.push(bot);
    const recorder = await startRecorder(bot.url);
    started.push({ stop: () => recorder.close() });
    const playground = await startPlayground({
      endpoint: recorder.endpoint,
      port: await freePort(),
      logFile: path.join(dataDir, 'playground.log'),
    });
    started.push(playground);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    started.push({ stop: () => browser.close() });
    const page = await PlaygroundPage.open({ browser, url: playground.url, recorder, name: options.name });

    return {
      bot,
      playground,
      recorder,
      browser,
      page,
      dataDir,
      botLog,
      async advanceClock(to) {
        const body = 'ms' in to ? { advanceMs: to.ms } : { now: to.to };
        const response = await fetch(`${bot.url}/api/test-clock`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const answer = (await response.json()) as { now?: string; error?: string };
        if (!response.ok || !answer.now)
          throw new Error(`test clock: ${response.status} ${answer.error ?? ''}`);
        return answer.now;
      },
      async problems() {
        const problems = await page.problems();
        for (const exchange of recorder.exchanges) {
          // The Playground's readiness probe (GET, answered 405 by restify) is not an activity.
          if (exchange.method !== 'POST') continue;
          if (exchange.status < 200 || exchange.status > 299) {
            problems.push(
              `bot answered ${exchange.activity} (${exchange.summary}) with HTTP ${exchange.status}: ${exchange.responseBody.slice(0, 300)}`,
            );
          }
        }
        for (const line of botLog) {
          // pino levels: 50 error, 60 fatal. A turn that failed is a failure even if HTTP said 200.
          if (/"level":(50|60)\b/.test(line)) problems.push(`bot logged an error: ${line.slice(0, 500)}`);
        }
        return problems;
      },
      async close() {
        await page.close().catch(() => undefined);
        for (const service of started.reverse()) await service.stop().catch(() => undefined);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
