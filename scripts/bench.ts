// `npm run bench [-- --smoke] [--seconds 3] [--rounds 2] [--out bench] [--profile dir] [--only name]`: how fast the bot answers
// next to an echo bot on the same stack (scripts/bench-echo.mjs), both run here as production runs
// them (node, over real HTTP), measured in the same run and in turns (echo, bot, echo, bot) so
// that whatever else the machine does weighs on both. With autocannon, at concurrency 1 and 32:
// "help", a seller's "up next" with 50 steps due, a press on an Up next card, and a manager's
// "show template …" and "sequences" with 250 sequences and 100,000 enrollments stored; and the
// time from start to /healthz 200. Writes bench/results.json and bench/results.md.
// `--digests [--sellers 5000] [--rate 30] [--profile dir]` measures the 8:00 digest fan-out instead
// (scripts/bench-digests.ts), into bench/digests.json and bench/digests.md.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { DATABASE_FILE_NAME } from '../src/storage/database.js';
import { freePort, startLimitedConnector } from './bench-connector.js';
import { DIGESTS_FULL, digestTable, runDigestBench } from './bench-digests.js';
import {
  BENCH_MANAGER,
  BENCH_PRESSER,
  BENCH_SELLER,
  FULL_SIZE,
  PRESS_STEPS,
  seedBench,
  type SeedSize,
} from './bench-seed.js';

export interface BenchOptions {
  smoke: boolean;
  /** Seconds each cell is measured. */
  seconds: number;
  /** Times each pair (echo, bot) is measured. */
  rounds: number;
  concurrencies: number[];
  /** Times each server is started for the start-up figure. */
  starts: number;
  size: SeedSize;
  /** Where results.json and results.md go; nothing is written when undefined. */
  out?: string;
  /** Runs the bot with `node --cpu-prof`, writing its profile here when it stops. */
  profileDir?: string;
  /** Only the requests whose name contains this (e.g. "press"), to profile one of them. */
  only?: string;
}

export interface Cell {
  scenario: string;
  concurrency: number;
  /** Requests per second, mean over the rounds. */
  echoRps: number;
  botRps: number;
  echoP99Ms: number;
  botP99Ms: number;
  /** botRps / echoRps (target ≥ 0.5). */
  throughputRatio: number;
  /** botP99Ms / echoP99Ms (target ≤ 2). */
  p99Ratio: number;
  botRequests: number;
  /** Answers that were not 200, or failed: must be 0. */
  botErrors: number;
  echoErrors: number;
  meetsTarget: boolean;
}

export interface BenchResults {
  date: string;
  cores: number;
  cpu: string;
  node: string;
  smoke: boolean;
  seconds: number;
  rounds: number;
  size: SeedSize;
  startup: { echoMs: number; botMs: number; ratio: number; meetsTarget: boolean };
  cells: Cell[];
  /**
   * Presses answered by the bot, presses written (some may still have been on their way when a
   * cell ended), and how many the bot recorded as done: a press on a step no longer current would
   * be answered without being recorded.
   */
  presses: { answered: number; written: number; recorded: number };
}

export const SMOKE: Omit<BenchOptions, 'out'> = {
  smoke: true,
  seconds: 0.3,
  rounds: 1,
  concurrencies: [1, 4],
  starts: 1,
  size: { sequences: 12, enrollments: 400, sellerDue: 5, presserEnrollments: 40, sellers: 20 },
};

export const FULL: Omit<BenchOptions, 'out'> = {
  smoke: false,
  seconds: 3,
  rounds: 2,
  concurrencies: [1, 32],
  starts: 3,
  size: FULL_SIZE,
};

interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `node <script>` and times it from spawn to its first /healthz 200. */
async function startTimed(
  script: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<{ server: Server; ms: number }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${script} exited:\n${output}`);
    const ok = await fetch(`${url}/healthz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    if (performance.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`${script} did not become healthy:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const ms = performance.now() - started;
  return {
    ms,
    server: {
      url,
      child,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
      },
    },
  };
}

let activityCounter = 0;

function activityFrom(userId: string, name: string, serviceUrl: string): Record<string, unknown> {
  return {
    channelId: 'msteams',
    serviceUrl,
    id: `bench-${++activityCounter}`,
    timestamp: '2026-03-04T10:00:00.000Z',
    from: { id: `29:${userId}`, aadObjectId: userId, name },
    recipient: { id: '28:bot', name: 'Sequence assistant' },
    conversation: { id: `a:personal-${userId}`, conversationType: 'personal', isGroup: false, name: '' },
    locale: 'en-US',
    entities: [{ type: 'clientInfo', timezone: 'UTC', locale: 'en-US' }],
  };
}

function textMessage(userId: string, name: string, serviceUrl: string, text: string): string {
  return JSON.stringify({
    ...activityFrom(userId, name, serviceUrl),
    type: 'message',
    text,
    deliveryMode: 'expectReplies',
  });
}

/** The presses: each enrollment of the presser in turn, each at its next call, answered. */
function pressMaker(size: SeedSize, serviceUrl: string): (() => string) & { written(): number } {
  let n = 0;
  const make = (): string => {
    const k = n++;
    const index = size.sellerDue + (k % size.presserEnrollments);
    const step = Math.min(PRESS_STEPS, 1 + Math.floor(k / size.presserEnrollments));
    const enrollmentId = `bench-e-${String(index).padStart(6, '0')}`;
    return JSON.stringify({
      ...activityFrom(BENCH_PRESSER, 'Pat Presser', serviceUrl),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'seller.complete',
          data: {
            verb: 'seller.complete',
            enrollmentId,
            stepId: `call-${step}`,
            outcome: 'answered',
            view: 'upNext',
          },
        },
        trigger: 'manual',
      },
    });
  };
  return Object.assign(make, { written: () => n });
}

interface Scenario {
  name: string;
  body: () => string;
  /** Whether an answer is the one this scenario asks for (not an error, not "I did not understand"). */
  check(answer: unknown): string | undefined;
  /** A fresh body per request (presses); else one body for all. */
  varies?: boolean;
  /** Bodies made so far. */
  written?: () => number;
  /** What the echo bot is sent, when not the same body. */
  echo?: () => string;
}

const cardsIn = (answer: unknown): unknown[] => {
  const body = answer as {
    activities?: { attachments?: { content?: unknown }[] }[];
    value?: unknown;
    type?: string;
  };
  if (body?.type === 'application/vnd.microsoft.card.adaptive') return [body.value];
  return (body?.activities ?? []).flatMap((a) => (a.attachments ?? []).map((x) => x.content));
};

function expectCard(containing: string): Scenario['check'] {
  return (answer) => {
    const cards = cardsIn(answer);
    if (cards.length === 0) return `no card in ${JSON.stringify(answer).slice(0, 300)}`;
    const text = JSON.stringify(cards);
    return text.includes(containing)
      ? undefined
      : `the card does not say "${containing}": ${text.slice(0, 300)}`;
  };
}

function scenarios(size: SeedSize, serviceUrl: string): Scenario[] {
  const manager = (text: string): (() => string) => {
    const body = textMessage(BENCH_MANAGER, 'Morgan Manager', serviceUrl, text);
    return () => body;
  };
  const seller = (text: string): (() => string) => {
    const body = textMessage(BENCH_SELLER, 'Sasha Seller', serviceUrl, text);
    return () => body;
  };
  return [
    { name: 'help', body: seller('help'), check: expectCard('up next') },
    { name: 'up next (50 due)', body: seller('up next'), check: expectCard('Lead 0') },
    (() => {
      const presses = pressMaker(size, serviceUrl);
      const echo = pressMaker(size, serviceUrl)();
      return {
        name: 'press Answered',
        body: presses,
        check: expectCard('Call'),
        varies: true,
        written: presses.written,
        echo: () => echo,
      };
    })(),
    {
      name: 'show template …',
      body: manager('show template product demo'),
      check: expectCard('Meeting for product demo requests'),
    },
    {
      name: 'sequences',
      body: manager('sequences'),
      check: expectCard('Bench sequence'),
    },
  ];
}

async function post(url: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}

interface Run {
  rps: number;
  p99: number;
  requests: number;
  errors: number;
}

async function load(url: string, scenario: Scenario, connections: number, seconds: number): Promise<Run> {
  const headers = { 'content-type': 'application/json' };
  const result = await autocannon({
    url: `${url}/api/messages`,
    method: 'POST',
    headers,
    connections,
    duration: seconds,
    ...(scenario.varies
      ? { requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: scenario.body() }) }] }
      : { body: scenario.body() }),
  });
  return {
    rps: result.requests.total / Math.max(0.001, seconds),
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export async function runBench(
  options: BenchOptions,
  log: (line: string) => void = () => {},
): Promise<BenchResults> {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'pipe', timeout: 180_000 });
  const connector = await startLimitedConnector({ globalPerSecond: 1_000 });
  const dataDir = await mkdtemp(join(tmpdir(), 'seq-bench-'));
  const servers: Server[] = [];
  try {
    const seeded = performance.now();
    await seedBench(dataDir, new Date(), options.size, connector.url);
    log(
      `seeded ${options.size.enrollments} enrollments in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );
    const botEnv = { DATA_DIR: dataDir, BOT_ID: '', ADMIN_IDS: 'bench-nobody', LOG_LEVEL: 'warn' };
    const echoTimes: number[] = [];
    const botTimes: number[] = [];
    let echo: Server | undefined;
    let bot: Server | undefined;
    for (let i = 0; i < options.starts; i++) {
      await echo?.stop();
      await bot?.stop();
      const e = await startTimed('scripts/bench-echo.mjs', {});
      echo = e.server;
      echoTimes.push(e.ms);
      const b = await startTimed(
        'dist/index.js',
        botEnv,
        options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [],
      );
      bot = b.server;
      botTimes.push(b.ms);
    }
    servers.push(echo!, bot!);
    const startup = {
      echoMs: round(Math.min(...echoTimes), 0),
      botMs: round(Math.min(...botTimes), 0),
      ratio: round(Math.min(...botTimes) / Math.min(...echoTimes)),
      meetsTarget: Math.min(...botTimes) <= 1.5 * Math.min(...echoTimes),
    };
    log(`start-up: echo ${startup.echoMs} ms, bot ${startup.botMs} ms (${startup.ratio}x)`);

    const cells: Cell[] = [];
    let pressesAnswered = 0;
    let pressesWritten = 0;
    const chosen = scenarios(options.size, connector.url).filter(
      (scenario) => !options.only || scenario.name.includes(options.only),
    );
    if (chosen.length === 0) throw new Error(`No request is named like "${options.only}".`);
    for (const scenario of chosen) {
      // Both answer once, and the bot with what was asked, before anything is timed.
      for (const target of [echo!, bot!]) {
        const answer = await post(target.url, (target === bot ? scenario.body : echoBody(scenario))());
        if (answer.status !== 200)
          throw new Error(`${scenario.name}: ${target.url} answered ${answer.status}`);
        const wrong = target === bot ? scenario.check(answer.json) : undefined;
        if (wrong) throw new Error(`${scenario.name}: ${wrong}`);
      }
      if (scenario.varies) pressesAnswered++;
      for (const connections of options.concurrencies) {
        const echoRuns: Run[] = [];
        const botRuns: Run[] = [];
        for (let round = 0; round < options.rounds; round++) {
          echoRuns.push(
            await load(echo!.url, { ...scenario, body: echoBody(scenario) }, connections, options.seconds),
          );
          const run = await load(bot!.url, scenario, connections, options.seconds);
          if (scenario.varies) pressesAnswered += run.requests;
          botRuns.push(run);
        }
        const echoRps = mean(echoRuns.map((r) => r.rps));
        const botRps = mean(botRuns.map((r) => r.rps));
        const echoP99 = mean(echoRuns.map((r) => r.p99));
        const botP99 = mean(botRuns.map((r) => r.p99));
        const cell: Cell = {
          scenario: scenario.name,
          concurrency: connections,
          echoRps: round(echoRps, 1),
          botRps: round(botRps, 1),
          echoP99Ms: round(echoP99, 1),
          botP99Ms: round(botP99, 1),
          throughputRatio: round(botRps / Math.max(echoRps, 0.001)),
          p99Ratio: round(botP99 / Math.max(echoP99, 1)),
          botRequests: botRuns.reduce((n, r) => n + r.requests, 0),
          botErrors: botRuns.reduce((n, r) => n + r.errors, 0),
          echoErrors: echoRuns.reduce((n, r) => n + r.errors, 0),
          meetsTarget: false,
        };
        cell.meetsTarget = cell.throughputRatio >= 0.5 && cell.p99Ratio <= 2 && cell.botErrors === 0;
        cells.push(cell);
        if (scenario.written) pressesWritten = scenario.written();
        log(
          `${scenario.name} c=${connections}: bot ${cell.botRps} req/s p99 ${cell.botP99Ms} ms, echo ${cell.echoRps} req/s p99 ${cell.echoP99Ms} ms`,
        );
      }
    }
    await bot!.stop();
    const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    const recorded = db
      .prepare(`select count(*) as n from enrollment_history where by_user = ? and action = 'completed'`)
      .get(BENCH_PRESSER) as { n: number };
    db.close();
    const results: BenchResults = {
      date: new Date().toISOString(),
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      smoke: options.smoke,
      seconds: options.seconds,
      rounds: options.rounds,
      size: options.size,
      startup,
      cells,
      presses: { answered: pressesAnswered, written: pressesWritten, recorded: recorded.n },
    };
    if (options.out) {
      await mkdir(options.out, { recursive: true });
      await writeFile(join(options.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
      await writeFile(join(options.out, 'results.md'), table(results));
    }
    return results;
  } finally {
    for (const server of servers) await server.stop();
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The echo bot gets the same request; a press, always the same one (it records nothing). */
function echoBody(scenario: Scenario): () => string {
  return scenario.echo ?? scenario.body;
}

export function table(results: BenchResults): string {
  const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
  const lines = [
    `${results.date.slice(0, 10)}, ${results.cores} cores (${results.cpu}), Node ${results.node.slice(1)}, ` +
      `${fmt(results.size.sequences)} sequences, ${fmt(results.size.enrollments)} enrollments, ` +
      `${results.seconds} s per cell, ${results.rounds} rounds alternating echo and bot` +
      (results.smoke ? ' (smoke run: sizes and times too small to mean anything)' : ''),
    '',
    '| request | concurrency | bot req/s | echo req/s | ratio (≥ 0.5) | bot p99 ms | echo p99 ms | ratio (≤ 2) | target |',
    '| ------- | ----------: | --------: | ---------: | ------------: | ---------: | ----------: | ----------: | ------ |',
    ...results.cells.map(
      (c) =>
        `| ${c.scenario} | ${c.concurrency} | ${fmt(c.botRps)} | ${fmt(c.echoRps)} | ${c.throughputRatio.toFixed(2)} | ` +
        `${fmt(c.botP99Ms)} | ${fmt(c.echoP99Ms)} | ${c.p99Ratio.toFixed(2)} | ${c.meetsTarget ? 'met' : 'missed'} |`,
    ),
    '',
    `Start-up to /healthz 200 (best of the starts): bot ${fmt(results.startup.botMs)} ms, echo ` +
      `${fmt(results.startup.echoMs)} ms, ratio ${results.startup.ratio.toFixed(2)} (≤ 1.5: ` +
      `${results.startup.meetsTarget ? 'met' : 'missed'}).`,
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (args.includes('--digests')) {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'pipe', timeout: 180_000 });
    const results = await runDigestBench(
      {
        ...DIGESTS_FULL,
        sellers: Number(option('sellers') ?? DIGESTS_FULL.sellers),
        rate: Number(option('rate') ?? DIGESTS_FULL.rate),
        profileDir: option('profile'),
      },
      (line) => process.stderr.write(`${line}\n`),
    );
    const out = option('out') ?? 'bench';
    const stamped = {
      date: new Date().toISOString(),
      cores: cpus().length,
      node: process.version,
      ...results,
    };
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'digests.json'), `${JSON.stringify(stamped, null, 2)}\n`);
    await writeFile(join(out, 'digests.md'), digestTable(results));
    process.stdout.write(digestTable(results));
    return;
  }
  const base = args.includes('--smoke') ? SMOKE : FULL;
  const options: BenchOptions = {
    ...base,
    seconds: Number(option('seconds') ?? base.seconds),
    rounds: Number(option('rounds') ?? base.rounds),
    out: option('out') ?? 'bench',
    profileDir: option('profile'),
    only: option('only'),
  };
  const results = await runBench(options, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(table(results));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
