// A Keyv store on the product's own database (table `key_values`), so that the bot's turn state
// lives in the same database, on the same connection, as everything else.

import { EventEmitter } from 'node:events';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import type { Executor } from './repositories.js';

/** Keyv hands this store keys that already carry its namespace, and values it has serialised. */
export class SqlKeyvStore extends EventEmitter implements KeyvStoreAdapter {
  opts = {};
  namespace?: string;

  constructor(
    private readonly db: Executor,
    /** Wall-clock milliseconds, for entries given a time to live. */
    private readonly wallNow: () => number,
  ) {
    super();
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    const row = await this.db
      .selectFrom('key_values')
      .select(['value', 'expires_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row || this.expired(row.expires_at)) return undefined;
    return row.value as StoredData<Value>;
  }

  async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    if (keys.length === 0) return [];
    const rows = await this.db
      .selectFrom('key_values')
      .select(['key', 'value', 'expires_at'])
      .where('key', 'in', keys)
      .execute();
    const found = new Map(
      rows.filter((row) => !this.expired(row.expires_at)).map((row) => [row.key, row.value]),
    );
    return keys.map((key) => found.get(key) as StoredData<Value | undefined>);
  }

  async set(key: string, value: unknown, ttl?: number): Promise<boolean> {
    const row = { value: String(value), expires_at: ttl ? this.wallNow() + ttl : null };
    await this.db
      .insertInto('key_values')
      .values({ key, ...row })
      .onConflict((oc) => oc.column('key').doUpdateSet(row))
      .execute();
    return true;
  }

  async delete(key: string): Promise<boolean> {
    const result = await this.db.deleteFrom('key_values').where('key', '=', key).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    if (keys.length === 0) return false;
    const result = await this.db.deleteFrom('key_values').where('key', 'in', keys).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async has(key: string): Promise<boolean> {
    return (await this.get(key)) !== undefined;
  }

  async clear(): Promise<void> {
    // Namespaces are the product's own names, with no LIKE wildcards in them.
    const prefix = this.namespace ? `${this.namespace}:` : '';
    await this.db.deleteFrom('key_values').where('key', 'like', `${prefix}%`).execute();
  }

  private expired(expiresAt: number | null): boolean {
    return expiresAt !== null && Number(expiresAt) <= this.wallNow();
  }
}
