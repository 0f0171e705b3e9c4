// The proactive sends of every instance, as a sliding log in the database: so that several
// instances together stay within Teams' per-conversation and per-app limits. A send counts from
// the moment it is reserved until a window's length after it finished, as the single-process
// limiter counts it, so that latency cannot squeeze more sends into a window on Teams' side.
// A reservation is one short transaction; on PostgreSQL it takes advisory locks (the
// conversation's, then the app's) so that two instances cannot both take the last place.

import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { SendLog, SendReservation, SendWindows } from '../app/ports.js';
import type { Engine } from './migrations.js';
import { inTransaction, type Executor } from './repositories.js';

/**
 * A send in flight is stored this far ahead, so that every window counts it until it finishes.
 * One whose process died is counted until then: longer than any send may take.
 */
const IN_FLIGHT_MS = 60_000;
/** How often a waiter looks again while the send that blocks it is still in flight. */
const IN_FLIGHT_POLL_MS = 25;
/** Rows older than the longest window are of no use; they are swept every so many reservations. */
const SWEEP_EVERY = 256;

export class SqlSendLog implements SendLog {
  private reservations = 0;

  constructor(
    private readonly db: Executor,
    private readonly engine: Engine,
  ) {}

  async reserve(conversationId: string, wallNow: number, windows: SendWindows): Promise<SendReservation> {
    const now = Math.floor(wallNow);
    const longest = Math.max(...windows.conversation.map((w) => w.ms), windows.global.ms);
    if (++this.reservations % SWEEP_EVERY === 0) {
      await this.db
        .deleteFrom('send_log')
        .where('at', '<=', now - longest)
        .execute();
    }
    return inTransaction(this.db, async (tx) => {
      if (this.engine === 'postgres') {
        await sql`select pg_advisory_xact_lock(hashtext(${`send:${conversationId}`}))`.execute(tx);
        await sql`select pg_advisory_xact_lock(hashtext('send:*'))`.execute(tx);
      }
      const untilRoom = (blocking: { at: number } | undefined, windowMs: number): number => {
        if (!blocking) return 0;
        const at = Number(blocking.at);
        return at > now ? IN_FLIGHT_POLL_MS : at + windowMs - now + 1;
      };
      let wait = 0;
      const mine = await tx
        .selectFrom('send_log')
        .select('at')
        .where('conversation_id', '=', conversationId)
        .where('at', '>=', now - longest)
        .orderBy('at', 'desc')
        .execute();
      // Inclusive at the window's edge: times are whole milliseconds, so a send a window's length
      // ago (give or take the rounding) still counts.
      for (const window of windows.conversation) {
        const inWindow = mine.filter((row) => Number(row.at) >= now - window.ms);
        wait = Math.max(wait, untilRoom(inWindow[window.max - 1], window.ms));
      }
      const global = await tx
        .selectFrom('send_log')
        .select('at')
        .where('at', '>=', now - windows.global.ms)
        .orderBy('at', 'desc')
        .limit(windows.global.max)
        .execute();
      wait = Math.max(wait, untilRoom(global[windows.global.max - 1], windows.global.ms));
      if (wait > 0) return { wait };
      const id = randomUUID();
      await tx
        .insertInto('send_log')
        .values({ id, conversation_id: conversationId, at: now + IN_FLIGHT_MS })
        .execute();
      return { wait: 0, id };
    });
  }

  async finish(id: string, wallNow: number): Promise<void> {
    await this.db
      .updateTable('send_log')
      .set({ at: Math.floor(wallNow) })
      .where('id', '=', id)
      .execute();
  }
}
