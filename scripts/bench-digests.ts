// `npm run bench -- --digests [--sellers 5000] [--rate 30]`: the 8:00 digest fan-out. Stores
// `sellers` sellers with a step due each and their digest due now, starts the bot (node
// dist/index.js, SEND_RATE_GLOBAL=rate) against a connector on loopback that keeps Teams' limits
// and answers 429 with Retry-After beyond them (and, as Teams does when busy, now and then within
// them), and reports: the sustained send rate against the configured one, digests lost and sent
// twice, and whether every 429 was retried no sooner than its Retry-After said.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { DIGEST_JOB, digestJobId } from '../src/app/seller/digest.js';
import type { User } from '../src/app/ports.js';
import type { CrmRecord, Enrollment, Sequence } from '../src/domain/model.js';
import { createStores } from '../src/storage/stores.js';
import { freePort, startLimitedConnector } from './bench-connector.js';
import { ALWAYS } from './bench-seed.js';

export interface DigestBenchOptions {
  sellers: number;
  /** SEND_RATE_GLOBAL for the bot, and the connector's own limit per second. */
  rate: number;
  /** The connector answers every n-th message 429 although it is within the limits. */
  throttleEvery: number;
  /** Gives up waiting for the digests after this long. */
  timeoutMs: number;
  /** Runs the bot with `node --cpu-prof`, writing its profile here when it stops. */
  profileDir?: string;
}

export interface DigestBenchResults {
  sellers: number;
  configuredRate: number;
  /** Digests delivered per second from the first to the last. */
  sustainedRate: number;
  /** sustainedRate / configuredRate (target ≥ 0.9). */
  ratio: number;
  seconds: number;
  delivered: number;
  lost: number;
  twice: number;
  throttled: number;
  /** 429s whose conversation was posted to again sooner than Retry-After said. */
  retriedEarly: number;
  /** 429s never followed by another try. */
  neverRetried: number;
  meetsTarget: boolean;
}

export const DIGESTS_FULL: DigestBenchOptions = {
  sellers: 5_000,
  rate: 30,
  throttleEvery: 100,
  timeoutMs: 600_000,
};

async function seed(dataDir: string, sellers: number, serviceUrl: string, now: Date): Promise<void> {
  const stores = await createStores({ kind: 'sqlite', dataDir });
  const at = now.toISOString();
  const dueAt = new Date(now.getTime() - 3_600_000).toISOString();
  try {
    const sequence: Sequence = {
      id: 'digest-bench',
      name: 'Follow-up',
      recordType: 'lead',
      ownerId: 'bench-manager',
      status: 'active',
      version: 1,
      tags: [],
      graph: { start: 'task', steps: [{ id: 'task', kind: 'task', name: 'Follow up', description: '' }] },
      createdAt: at,
      updatedAt: at,
    };
    await stores.sequences.save(sequence);
    const { db } = stores;
    for (let start = 0; start < sellers; start += 500) {
      await db.transaction().execute(async (tx) => {
        const users = [];
        const records = [];
        const enrollments = [];
        const jobs = [];
        for (let i = start; i < Math.min(sellers, start + 500); i++) {
          const id = `digest-seller-${i}`;
          const user: User = {
            id,
            name: `Seller ${i}`,
            roles: ['seller'],
            workingHours: ALWAYS,
            timeZoneSetByUser: true,
            digestTime: '08:00',
            conversationReference: {
              channelId: 'msteams',
              serviceUrl,
              conversation: {
                id: `a:personal-${id}`,
                conversationType: 'personal',
                isGroup: false,
                name: '',
              },
              user: { id: `29:${id}`, name: `Seller ${i}`, aadObjectId: id },
              bot: { id: '28:bot', name: 'Sequence assistant' },
            },
            createdAt: at,
            updatedAt: at,
          };
          users.push({ id, name: user.name, data: JSON.stringify(user), updated_at: at });
          const record: CrmRecord = {
            id: `digest-r-${i}`,
            type: 'lead',
            name: `Lead ${i}`,
            ownerId: id,
            status: 'new',
            createdAt: at,
            updatedAt: at,
          };
          records.push({
            id: record.id,
            type: 'lead',
            name: record.name,
            owner_id: id,
            name_key: record.name.toLowerCase(),
            email_key: null,
            data: JSON.stringify(record),
            updated_at: at,
          });
          const enrollment: Omit<Enrollment, 'history'> = {
            id: `digest-e-${String(i).padStart(6, '0')}`,
            sequenceId: sequence.id,
            sequenceVersion: 1,
            recordId: record.id,
            recordType: 'lead',
            sellerId: id,
            status: 'active',
            current: { stepId: 'task', since: dueAt, dueAt },
            outcomes: {},
            revision: 1,
            createdAt: dueAt,
            updatedAt: dueAt,
          };
          enrollments.push({
            id: enrollment.id,
            sequence_id: sequence.id,
            sequence_version: 1,
            record_id: record.id,
            seller_id: id,
            status: 'active',
            due_at: Date.parse(dueAt),
            revision: 1,
            history_length: 0,
            data: JSON.stringify(enrollment),
            created_at: dueAt,
            updated_at: dueAt,
          });
          jobs.push({
            id: digestJobId(id),
            type: DIGEST_JOB,
            run_at: now.getTime(),
            payload: JSON.stringify({ userId: id }),
            attempts: 0,
            claim: null,
            lease_until: null,
          });
        }
        await tx.insertInto('users').values(users).execute();
        await tx.insertInto('records').values(records).execute();
        await tx.insertInto('enrollments').values(enrollments).execute();
        await tx.insertInto('jobs').values(jobs).execute();
      });
    }
    await sql`ANALYZE`.execute(db);
  } finally {
    await stores.close();
  }
}

export async function runDigestBench(
  options: DigestBenchOptions,
  log: (line: string) => void = () => {},
): Promise<DigestBenchResults> {
  const connector = await startLimitedConnector({
    globalPerSecond: options.rate,
    throttleEvery: options.throttleEvery,
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'seq-digests-'));
  let output = '';
  try {
    await seed(dataDir, options.sellers, connector.url, new Date());
    log(`seeded ${options.sellers} sellers with a digest due`);
    const nodeArgs = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
    const child = spawn(process.execPath, [...nodeArgs, 'dist/index.js'], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        BOT_ID: '',
        ADMIN_IDS: 'bench-nobody',
        LOG_LEVEL: 'warn',
        SEND_RATE_GLOBAL: String(options.rate),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const digests = (): number => connector.deliveries.length;
      const until = performance.now() + options.timeoutMs;
      let last = -1;
      while (digests() < options.sellers && performance.now() < until) {
        if (child.exitCode !== null) throw new Error(`the bot exited:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
        if (digests() !== last && digests() % 500 < 15) log(`${digests()} digests delivered`);
        last = digests();
      }
      // Anything sent twice would arrive about now.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    }
    const perConversation = new Map<string, number>();
    for (const d of connector.deliveries) {
      perConversation.set(d.conversationId, (perConversation.get(d.conversationId) ?? 0) + 1);
    }
    const expected = Array.from({ length: options.sellers }, (_, i) => `a:personal-digest-seller-${i}`);
    const lost = expected.filter((id) => !perConversation.has(id)).length;
    const twice = [...perConversation.values()].filter((n) => n > 1).length;
    const times = connector.deliveries.map((d) => d.at);
    const seconds = times.length > 1 ? (times[times.length - 1]! - times[0]!) / 1000 : 0;
    const sustainedRate = seconds > 0 ? (times.length - 1) / seconds : 0;
    // A timer never fires early by more than the clock's granularity.
    const retriedEarly = connector.throttles.filter(
      (t) => t.retriedAt !== undefined && t.retriedAt - t.at < t.retryAfterMs - 2,
    ).length;
    const neverRetried = connector.throttles.filter((t) => t.retriedAt === undefined).length;
    const ratio = sustainedRate / options.rate;
    return {
      sellers: options.sellers,
      configuredRate: options.rate,
      sustainedRate: Math.round(sustainedRate * 100) / 100,
      ratio: Math.round(ratio * 100) / 100,
      seconds: Math.round(seconds * 10) / 10,
      delivered: connector.deliveries.length,
      lost,
      twice,
      throttled: connector.throttles.length,
      retriedEarly,
      neverRetried,
      meetsTarget: ratio >= 0.9 && lost === 0 && twice === 0 && retriedEarly === 0 && neverRetried === 0,
    };
  } finally {
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function digestTable(r: DigestBenchResults): string {
  return [
    '| sellers | configured /s | sustained /s | ratio (≥ 0.9) | seconds | lost | twice | 429s | retried early | never retried |',
    '| ------: | -----------: | -----------: | ------------: | ------: | ---: | ----: | ---: | ------------: | ------------: |',
    `| ${r.sellers.toLocaleString('en-US')} | ${r.configuredRate} | ${r.sustainedRate} | ${r.ratio.toFixed(2)} | ${r.seconds} | ${r.lost} | ${r.twice} | ${r.throttled} | ${r.retriedEarly} | ${r.neverRetried} |`,
    '',
  ].join('\n');
}
