// `npm run bench:data [-- --sizes 10000,100000,1000000] [--engines sqlite,postgres]`: how the cost
// of the database's hot paths grows with what is stored. For each size it stores that many
// enrollments (each at a wait, with its history and its timer; 1 % of the timers due), then times
// (1) finding and running the due work through the job runner and the engine, per due item, and
// (2) connecting 10,000 more records to a sequence through the enrollment service, per record.
// Reports RSS and bytes per enrollment on disk; writes bench/data-results.json and a table.
// PostgreSQL: a throwaway database on DATABASE_URL's server (default: the local one).

import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { ManualClock } from '../src/app/clock.js';
import { loadConfig } from '../src/app/config.js';
import { createAppContext } from '../src/app/context.js';
import { TIMER_JOB, timerJobId } from '../src/app/enrollments.js';
import { silentLogger } from '../src/app/logger.js';
import type { Enrollment, Sequence } from '../src/domain/model.js';
import { DATABASE_FILE_NAME, createStores, type SqlStores } from '../src/storage/stores.js';
import { benchLead } from './bench-lead.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (option('sizes') ?? '10000,100000,1000000').split(',').map(Number);
const ENGINES = (option('engines') ?? 'sqlite,postgres').split(',');
const CONNECTS = Number(option('connects') ?? 10_000);
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NOW = new Date('2026-03-04T10:00:00.000Z');
const SELLERS = 2_000;
const BATCH = 1_000;

interface Row {
  engine: string;
  enrollments: number;
  dueItems: number;
  msPerDueItem: number;
  connects: number;
  msPerConnect: number;
  bytesPerEnrollment: number;
  rssMb: number;
}

function sequenceOf(): Sequence {
  const at = NOW.toISOString();
  return {
    id: 'bench-sequence',
    name: 'Bench',
    recordType: 'lead',
    ownerId: 'bench-manager',
    status: 'active',
    version: 1,
    tags: [],
    graph: {
      start: 'wait',
      steps: [
        {
          id: 'wait',
          kind: 'wait',
          name: 'Wait',
          description: '',
          duration: { days: 1, hours: 0 },
          next: 'call',
        },
        { id: 'call', kind: 'phoneCall', name: 'Call', description: 'Call them', next: 'task' },
        { id: 'task', kind: 'task', name: 'Task', description: 'Follow up' },
      ],
    },
    createdAt: at,
    updatedAt: at,
  };
}

/** Stores `count` enrollments at the wait, 1 % of them due now, with records and timers. */
async function fill(stores: SqlStores, count: number): Promise<void> {
  const { db } = stores;
  for (let start = 0; start < count; start += BATCH * 10) {
    await db.transaction().execute(async (tx) => {
      for (let offset = start; offset < Math.min(count, start + BATCH * 10); offset += BATCH) {
        const records = [];
        const enrollments = [];
        const history = [];
        const jobs = [];
        for (let i = offset; i < Math.min(count, offset + BATCH); i++) {
          const id = `e-${i}`;
          const sellerId = `seller-${i % SELLERS}`;
          const recordId = `r-${i}`;
          const since = new Date(NOW.getTime() - 86_400_000).toISOString();
          const due =
            i % 100 === 0
              ? new Date(NOW.getTime() - 60_000)
              : new Date(NOW.getTime() + 86_400_000 * (1 + (i % 5)));
          const record = benchLead(recordId, i, sellerId, since);
          const enrollment: Omit<Enrollment, 'history'> = {
            id,
            sequenceId: 'bench-sequence',
            sequenceVersion: 1,
            recordId,
            recordType: 'lead',
            sellerId,
            status: 'active',
            current: { stepId: 'wait', since, dueAt: due.toISOString() },
            outcomes: {},
            revision: 1,
            createdAt: since,
            updatedAt: since,
          };
          records.push({
            id: recordId,
            type: 'lead',
            name: record.name,
            owner_id: sellerId,
            name_key: record.name.toLowerCase(),
            email_key: record.email!,
            data: JSON.stringify(record),
            updated_at: since,
          });
          enrollments.push({
            id,
            sequence_id: 'bench-sequence',
            sequence_version: 1,
            record_id: recordId,
            seller_id: sellerId,
            status: 'active',
            due_at: due.getTime(),
            revision: 1,
            history_length: 2,
            data: JSON.stringify(enrollment),
            created_at: since,
            updated_at: since,
          });
          for (const [position, entry] of [
            { at: since, action: 'connected', by: 'bench-manager' },
            { at: since, action: 'entered', stepId: 'wait', by: 'system' },
          ].entries()) {
            history.push({
              enrollment_id: id,
              position,
              at: entry.at,
              action: entry.action,
              by_user: entry.by,
              data: JSON.stringify(entry),
            });
          }
          jobs.push({
            id: timerJobId(id),
            type: TIMER_JOB,
            run_at: due.getTime(),
            payload: JSON.stringify({ enrollmentId: id, kind: 'waitEnds', stepId: 'wait', revision: 1 }),
            attempts: 0,
            claim: null,
            lease_until: null,
          });
        }
        await tx.insertInto('records').values(records).execute();
        await tx.insertInto('enrollments').values(enrollments).execute();
        await tx.insertInto('enrollment_history').values(history).execute();
        await tx.insertInto('jobs').values(jobs).execute();
      }
    });
  }
  if (stores.engine === 'postgres') await sql`ANALYZE`.execute(db);
  else await sql`ANALYZE`.execute(db);
}

async function measure(engine: string, size: number): Promise<Row> {
  let dataDir: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let stores: SqlStores;
  if (engine === 'postgres') {
    const name = `seq_bench_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    stores = await createStores({ kind: 'postgres', url: url.toString() });
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'seq-bench-'));
    stores = await createStores({ kind: 'sqlite', dataDir });
  }
  try {
    const sequence = sequenceOf();
    await stores.sequences.save(sequence);
    for (let i = 0; i < SELLERS; i++) {
      await stores.users.save({
        id: `seller-${i}`,
        name: `Seller ${i}`,
        roles: ['seller'],
        workingHours: { timeZone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' },
        digestTime: '08:00',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      });
    }
    const filled = performance.now();
    await fill(stores, size);
    process.stderr.write(
      `  ${engine} ${size}: stored in ${((performance.now() - filled) / 1000).toFixed(1)} s\n`,
    );

    const clock = new ManualClock(NOW);
    const ctx = createAppContext({ config: loadConfig({}), stores, log: silentLogger(), clock });
    // (1) The due work: each due wait ends, the engine moves on to the call, whose due job runs too.
    const dueItems = Math.floor(size / 100);
    const ranDue = performance.now();
    await ctx.runner.runDue();
    const msPerDueItem = (performance.now() - ranDue) / dueItems;
    const moved = await stores.db
      .selectFrom('enrollment_history')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'waitEnded')
      .executeTakeFirstOrThrow();
    if (Number(moved.n) !== dueItems) throw new Error(`expected ${dueItems} waits to end, ${moved.n} did`);

    // (2) Connecting more records, one by one, through the enrollment service.
    const fresh: string[] = [];
    await stores.transaction(async (tx) => {
      for (let i = 0; i < CONNECTS; i++) {
        const id = `new-${i}`;
        fresh.push(id);
        await tx.records.save({
          id,
          type: 'lead',
          name: `New lead ${i}`,
          ownerId: `seller-${i % SELLERS}`,
          status: 'new',
          createdAt: NOW.toISOString(),
          updatedAt: NOW.toISOString(),
        });
      }
    });
    const connected = performance.now();
    for (const id of fresh) {
      const result = await ctx.enrollments.connect(sequence.id, id, 'bench-manager');
      if (!result.ok) throw new Error(`connect ${id} failed`);
    }
    const msPerConnect = (performance.now() - connected) / CONNECTS;

    let bytes: number;
    if (engine === 'postgres') {
      const row = await sql<{ bytes: string }>`select pg_database_size(current_database()) as bytes`.execute(
        stores.db,
      );
      bytes = Number(row.rows[0]!.bytes);
    } else {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(stores.db);
      bytes = (await stat(join(dataDir!, DATABASE_FILE_NAME))).size;
    }
    return {
      engine,
      enrollments: size,
      dueItems,
      msPerDueItem: round(msPerDueItem),
      connects: CONNECTS,
      msPerConnect: round(msPerConnect),
      bytesPerEnrollment: Math.round(bytes / (size + CONNECTS)),
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
  } finally {
    await stores.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await dropDatabase?.();
  }
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const engine of ENGINES) {
    for (const size of SIZES) {
      const row = await measure(engine, size);
      rows.push(row);
      process.stderr.write(`  ${JSON.stringify(row)}\n`);
    }
  }
  const header =
    '| engine | enrollments | due items | ms per due item | ms per connect | bytes per enrollment | RSS MB |';
  const lines = [
    `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}`,
    '',
    header,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.engine} | ${r.enrollments.toLocaleString('en')} | ${r.dueItems.toLocaleString('en')} | ${r.msPerDueItem} | ${r.msPerConnect} | ${r.bytesPerEnrollment} | ${r.rssMb} |`,
    ),
  ];
  for (const engine of ENGINES) {
    const mine = rows.filter((r) => r.engine === engine).sort((a, b) => a.enrollments - b.enrollments);
    const first = mine[0];
    const last = mine[mine.length - 1];
    if (first && last && first !== last) {
      lines.push(
        '',
        `${engine}: ${last.enrollments.toLocaleString('en')} vs ${first.enrollments.toLocaleString('en')} stored — due work ${round(last.msPerDueItem / first.msPerDueItem)}x, connect ${round(last.msPerConnect / first.msPerConnect)}x per item`,
      );
    }
  }
  await mkdir('bench', { recursive: true });
  await writeFile(
    'bench/data-results.json',
    `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, rows }, null, 2)}\n`,
  );
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
