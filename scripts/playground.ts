// `npm run playground [-- --port 3978] [--playground-port 56150] [--data-dir ./data]`: the bot in
// local mode on embedded storage (demo data when the store is empty) and Microsoft's Agents
// Playground pointed at it, offline. Also the launcher the e2e suite uses (test/e2e/support).

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed } from './seed.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A child process we started, with what it printed (for error messages) and a clean stop. */
export interface Service {
  url: string;
  port: number;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function capture(child: ChildProcess, onLine?: (line: string) => void): () => string {
  let text = '';
  const take = (chunk: Buffer): void => {
    const piece = chunk.toString();
    text = (text + piece).slice(-200_000);
    if (onLine) for (const line of piece.split(/\r?\n/)) if (line.trim()) onLine(line);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return () => text;
}

/** SIGTERM, then SIGKILL if it has not gone after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function waitUntil(
  what: string,
  child: ChildProcess,
  output: () => string,
  check: () => Promise<boolean>,
  timeoutMs: number,
) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `${what} exited with code ${child.exitCode} before it was ready:\n${output().slice(-4000)}`,
      );
    }
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${what} was not ready after ${timeoutMs} ms:\n${output().slice(-4000)}`);
}

export interface BotOptions {
  port: number;
  dataDir: string;
  /** More environment for the bot (TEST_CLOCK, LOG_LEVEL, ...). */
  env?: Record<string, string>;
  /** Each line the bot prints (its JSON logs). */
  onLine?: (line: string) => void;
  timeoutMs?: number;
}

/** `src/index.ts` as `npm start` runs it, in local mode (no BOT_ID: requests are not authenticated). */
export async function startBot(options: BotOptions): Promise<Service> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_ID: '',
      BOT_PASSWORD: '',
      PORT: String(options.port),
      DATA_DIR: options.dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = capture(child, options.onLine);
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntil(
    'The bot',
    child,
    output,
    async () => (await fetch(`${url}/healthz`)).status === 200,
    options.timeoutMs ?? 60_000,
  );
  return { url, port: options.port, child, output, stop: () => stopChild(child) };
}

export interface PlaygroundOptions {
  /** The bot's Bot Framework endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  endpoint: string;
  /** Preferred port; the Playground takes a random one when it is busy, and we read which. */
  port: number;
  /** Where the Playground writes its own log (it defaults to ./devTools/ in the current folder). */
  logFile: string;
  onLine?: (line: string) => void;
  timeoutMs?: number;
}

export function playgroundCli(): string {
  return createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
}

/**
 * The Agents Playground, offline: no telemetry (--disable-telemetry), no browser of its own
 * (TEAMSAPPTESTER_BROWSER=none), the Teams channel, its mock connector on loopback. It waits for the
 * bot's endpoint before it serves, and prints "Listening on <port>" when its output is not a terminal.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<Service> {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const child = spawn(
    process.execPath,
    [
      playgroundCli(),
      'start',
      '--app-endpoint',
      options.endpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port),
      '--disable-telemetry',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
        // Its HTTP client would honour a proxy and leave loopback; nothing it needs is elsewhere.
        NO_PROXY: '*',
        no_proxy: '*',
        // --disable-telemetry only stops its events: the Application Insights SDK still starts
        // "statsbeat", which probes Azure's instance metadata address (169.254.169.254) and sends
        // to Azure. This switches that off; nothing then leaves loopback.
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let port: number | undefined;
  const output = capture(child, (line) => {
    const match = /Listening on (\d+)/.exec(line);
    if (match) port = Number(match[1]);
    options.onLine?.(line);
  });
  await waitUntil(
    'The Agents Playground',
    child,
    output,
    async () => port !== undefined && (await fetch(`http://127.0.0.1:${port}/`)).status === 200,
    options.timeoutMs ?? 60_000,
  );
  const actual = port ?? options.port;
  return {
    url: `http://localhost:${actual}`,
    port: actual,
    child,
    output,
    stop: () => stopChild(child),
  };
}

async function main(argv: string[]): Promise<void> {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dataDir = path.resolve(value('--data-dir') ?? (process.env.DATA_DIR || './data'));
  let botPort = Number(value('--port') ?? process.env.PORT ?? 3978);
  if (!(await isPortFree(botPort))) {
    const taken = botPort;
    botPort = await freePort();
    console.log(`Port ${taken} is busy (another bot running?): the bot takes ${botPort} instead.`);
  }
  const playgroundPort = Number(value('--playground-port') ?? 56150);

  const seeded = await seed(dataDir);
  console.log(
    seeded.seeded
      ? `Demo data added to ${dataDir} (a sales team and their leads, contacts, accounts, opportunities).`
      : `Using the data already in ${dataDir}.`,
  );

  console.log(`Starting the bot on http://localhost:${botPort}/api/messages ...`);
  const bot = await startBot({
    port: botPort,
    dataDir,
    env: { SEED_DEMO: '1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
    onLine: (line) => process.stdout.write(`[bot] ${line}\n`),
  });
  console.log('Starting the Microsoft 365 Agents Playground ...');
  let playground: Service;
  try {
    playground = await startPlayground({
      endpoint: `http://127.0.0.1:${botPort}/api/messages`,
      port: playgroundPort,
      logFile: path.join(os.tmpdir(), `agents-playground-${process.pid}.log`),
    });
  } catch (error) {
    await bot.stop();
    throw error;
  }

  console.log(
    [
      '',
      `  Open ${playground.url} in your browser.`,
      '  You are "Alex Wilber", a seller and sequence manager with demo records.',
      '  Type "help" to start. Ctrl-C stops the bot and the Playground.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the Playground and the bot ...`);
    await Promise.all([playground.stop(), bot.stop()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // One going away takes the other with it: a half-running setup only confuses.
  for (const [name, service] of [
    ['The bot', bot],
    ['The Playground', playground],
  ] as const) {
    service.child.once('exit', (code) => {
      if (stopping) return;
      console.error(`${name} stopped (exit code ${code}).\n${service.output().slice(-2000)}`);
      void stop('exit');
    });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
