// Versioned schema changes, run by Kysely's migrator at start on both engines. A migration is
// never edited once released: a change to the schema is a new entry at the end of the list.

import { createHash } from 'node:crypto';
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/** An auto-numbered primary key in each engine's own words. */
function serialKey(engine: Engine): 'bigserial' | 'integer' {
  return engine === 'postgres' ? 'bigserial' : 'integer';
}

function initial(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const serial = serialKey(engine);
      const autoIncrement = engine === 'sqlite';

      await db.schema
        .createTable('sequences')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('record_type', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('business_unit', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sequences_by_name').on('sequences').columns(['name', 'id']).execute();
      await db.schema.createIndex('sequences_by_status').on('sequences').columns(['status']).execute();

      await db.schema
        .createTable('sequence_versions')
        .addColumn('sequence_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('sequence_versions_pk', ['sequence_id', 'version'])
        .execute();

      await db.schema
        .createTable('records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('email_key', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('records_by_name_key')
        .on('records')
        .columns(['type', 'name_key'])
        .execute();
      await db.schema
        .createIndex('records_by_email_key')
        .on('records')
        .columns(['type', 'email_key'])
        .execute();
      await db.schema.createIndex('records_by_name').on('records').columns(['name', 'id']).execute();
      await db.schema.createIndex('records_by_type').on('records').columns(['type', 'name', 'id']).execute();
      await db.schema.createIndex('records_by_owner').on('records').columns(['owner_id', 'type']).execute();

      await db.schema
        .createTable('enrollments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('sequence_id', 'text', (c) => c.notNull())
        .addColumn('sequence_version', 'integer', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('seller_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('due_at', 'bigint')
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('history_length', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('enrollments_by_seller')
        .on('enrollments')
        .columns(['seller_id', 'status', 'due_at'])
        .execute();
      await db.schema.createIndex('enrollments_by_record').on('enrollments').columns(['record_id']).execute();
      await db.schema
        .createIndex('enrollments_by_sequence')
        .on('enrollments')
        .columns(['sequence_id', 'status'])
        .execute();
      // One open enrollment per record and sequence, whichever instance connects it.
      await db.schema
        .createIndex('enrollments_one_open')
        .on('enrollments')
        .columns(['record_id', 'sequence_id'])
        .unique()
        .where(sql.ref('status'), 'in', [sql.lit('active'), sql.lit('paused')])
        .execute();
      await db.schema
        .createIndex('enrollments_by_time')
        .on('enrollments')
        .columns(['created_at', 'id'])
        .execute();

      await db.schema
        .createTable('enrollment_history')
        .addColumn('enrollment_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('by_user', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('enrollment_history_pk', ['enrollment_id', 'position'])
        .execute();
      await db.schema
        .createIndex('enrollment_history_by_user')
        .on('enrollment_history')
        .columns(['by_user', 'at'])
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('users_by_name').on('users').columns(['name', 'id']).execute();

      await db.schema
        .createTable('outbox')
        .addColumn('position', serial, (c) =>
          autoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('enrollment_id', 'text')
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('outbox_by_enrollment').on('outbox').columns(['enrollment_id']).execute();

      await db.schema
        .createTable('jobs')
        .addColumn('position', serial, (c) =>
          autoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('run_at', 'bigint', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('claim', 'text')
        .addColumn('lease_until', 'bigint')
        .execute();
      await db.schema.createIndex('jobs_by_time').on('jobs').columns(['run_at', 'position']).execute();

      await db.schema
        .createTable('key_values')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint')
        .execute();

      // Keeps the statement planner's statistics usable on SQLite from the first start.
      if (engine === 'sqlite') await sql`ANALYZE`.execute(db);
    },
  };
}

/** Bulk changes that run as jobs: one row per change, one per finished chunk of it. */
const bulkOperations: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('bulk_operations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('sequence_id', 'text', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('chunks', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema
      .createTable('bulk_chunks')
      .addColumn('operation_id', 'text', (c) => c.notNull())
      .addColumn('chunk', 'integer', (c) => c.notNull())
      .addColumn('done', 'integer', (c) => c.notNull())
      .addColumn('skipped', 'integer', (c) => c.notNull())
      .addColumn('refused', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('bulk_chunks_pk', ['operation_id', 'chunk'])
      .execute();
  },
};

/** The sends of every instance, for the limits they share (PostgreSQL). */
const sendLog: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('send_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('send_log_by_conversation')
      .on('send_log')
      .columns(['conversation_id', 'at'])
      .execute();
    await db.schema.createIndex('send_log_by_time').on('send_log').columns(['at']).execute();
  },
};

/**
 * Open enrollments per sequence, kept by the database itself: every writer of `enrollments` (the
 * bot, the import, a bulk change, a hand-written fix) moves the count in the same transaction, so
 * the manager's list of sequences reads one row per sequence instead of counting a million.
 */
function openCounts(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('sequence_open_counts')
        .addColumn('sequence_id', 'text', (c) => c.primaryKey())
        .addColumn('open_count', 'integer', (c) => c.notNull())
        .execute();
      if (engine === 'postgres') {
        await sql`
          CREATE FUNCTION count_open_enrollments() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN ('active', 'paused') THEN
              UPDATE sequence_open_counts SET open_count = open_count - 1 WHERE sequence_id = OLD.sequence_id;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN ('active', 'paused') THEN
              INSERT INTO sequence_open_counts (sequence_id, open_count) VALUES (NEW.sequence_id, 1)
              ON CONFLICT (sequence_id) DO UPDATE SET open_count = sequence_open_counts.open_count + 1;
            END IF;
            RETURN NULL;
          END $$`.execute(db);
        await sql`
          CREATE TRIGGER enrollments_open_count_insert_delete AFTER INSERT OR DELETE ON enrollments
          FOR EACH ROW EXECUTE FUNCTION count_open_enrollments()`.execute(db);
        await sql`
          CREATE TRIGGER enrollments_open_count_update AFTER UPDATE ON enrollments
          FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.sequence_id IS DISTINCT FROM NEW.sequence_id)
          EXECUTE FUNCTION count_open_enrollments()`.execute(db);
      } else {
        await sql`
          CREATE TRIGGER enrollments_open_count_insert AFTER INSERT ON enrollments
          WHEN NEW.status IN ('active', 'paused')
          BEGIN
            INSERT INTO sequence_open_counts (sequence_id, open_count) VALUES (NEW.sequence_id, 1)
            ON CONFLICT (sequence_id) DO UPDATE SET open_count = open_count + 1;
          END`.execute(db);
        await sql`
          CREATE TRIGGER enrollments_open_count_delete AFTER DELETE ON enrollments
          WHEN OLD.status IN ('active', 'paused')
          BEGIN
            UPDATE sequence_open_counts SET open_count = open_count - 1 WHERE sequence_id = OLD.sequence_id;
          END`.execute(db);
        await sql`
          CREATE TRIGGER enrollments_open_count_update AFTER UPDATE OF status, sequence_id ON enrollments
          WHEN OLD.status IS NOT NEW.status OR OLD.sequence_id IS NOT NEW.sequence_id
          BEGIN
            UPDATE sequence_open_counts SET open_count = open_count - 1
              WHERE sequence_id = OLD.sequence_id AND OLD.status IN ('active', 'paused');
            INSERT INTO sequence_open_counts (sequence_id, open_count)
              SELECT NEW.sequence_id, 1 WHERE NEW.status IN ('active', 'paused')
              ON CONFLICT (sequence_id) DO UPDATE SET open_count = open_count + 1;
          END`.execute(db);
      }
      await sql`
        INSERT INTO sequence_open_counts (sequence_id, open_count)
        SELECT sequence_id, count(*) FROM enrollments WHERE status IN ('active', 'paused') GROUP BY sequence_id
      `.execute(db);
    },
  };
}

/** The hash of a sequence's stored text that `sequences.digest` and `sequence_versions.digest` hold. */
export const digestOf = (data: string): string => createHash('sha256').update(data).digest('base64url');

/**
 * A digest of each sequence text, so that lists (a seller's work, a manager's sequences) read a
 * short hash per row and the text only of what they have not parsed yet. A text changed by any
 * other writer than the repository (a hand-written fix) loses its digest, and is read again.
 */
function sequenceDigests(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const table of ['sequences', 'sequence_versions'] as const) {
        await db.schema.alterTable(table).addColumn('digest', 'text').execute();
        if (engine === 'postgres') {
          await sql`
            CREATE FUNCTION ${sql.raw(`${table}_forget_digest`)}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.data IS DISTINCT FROM OLD.data AND NEW.digest IS NOT DISTINCT FROM OLD.digest THEN
                NEW.digest := NULL;
              END IF;
              RETURN NEW;
            END $$`.execute(db);
          await sql`
            CREATE TRIGGER ${sql.raw(`${table}_forget_digest`)} BEFORE UPDATE ON ${sql.table(table)}
            FOR EACH ROW EXECUTE FUNCTION ${sql.raw(`${table}_forget_digest`)}()`.execute(db);
        } else {
          await sql`
            CREATE TRIGGER ${sql.raw(`${table}_forget_digest`)} AFTER UPDATE OF data ON ${sql.table(table)}
            WHEN NEW.data IS NOT OLD.data AND NEW.digest IS OLD.digest
            BEGIN
              UPDATE ${sql.table(table)} SET digest = NULL WHERE rowid = NEW.rowid;
            END`.execute(db);
        }
      }
      // The digest is the last column, behind the text: read from the row, it costs reading the text
      // (SQLite follows its overflow pages). These indexes answer the digest questions alone.
      await db.schema
        .createIndex('sequences_digest_by_name')
        .on('sequences')
        .columns(['name', 'id', 'digest'])
        .execute();
      await db.schema
        .createIndex('sequence_versions_digest')
        .on('sequence_versions')
        .columns(['sequence_id', 'version', 'digest'])
        .execute();
      await fillDigests(db as Kysely<Database>);
    },
  };
}

/** Digests for the texts stored before migration 005, a page at a time. */
async function fillDigests(db: Kysely<Database>): Promise<void> {
  for (let after = ''; ;) {
    const rows = await db
      .selectFrom('sequences')
      .select(['id', 'data'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(200)
      .execute();
    for (const row of rows) {
      await db
        .updateTable('sequences')
        .set({ digest: digestOf(row.data) })
        .where('id', '=', row.id)
        .execute();
    }
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
  }
  for (let after = { id: '', version: -1 }; ;) {
    const rows = await db
      .selectFrom('sequence_versions')
      .select(['sequence_id', 'version', 'data'])
      .where((eb) =>
        eb.or([
          eb('sequence_id', '>', after.id),
          eb.and([eb('sequence_id', '=', after.id), eb('version', '>', after.version)]),
        ]),
      )
      .orderBy('sequence_id')
      .orderBy('version')
      .limit(200)
      .execute();
    for (const row of rows) {
      await db
        .updateTable('sequence_versions')
        .set({ digest: digestOf(row.data) })
        .where('sequence_id', '=', row.sequence_id)
        .where('version', '=', row.version)
        .execute();
    }
    if (rows.length === 0) break;
    const last = rows.at(-1)!;
    after = { id: last.sequence_id, version: last.version };
  }
}

export function migrationProvider(engine: Engine): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        '001_initial': initial(engine),
        '002_bulk_operations': bulkOperations,
        '003_send_log': sendLog,
        '004_open_counts': openCounts(engine),
        '005_sequence_digests': sequenceDigests(engine),
      }),
  };
}
