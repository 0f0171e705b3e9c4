// Bot Framework turn state (conversation, user and temp scopes of a turn) on a Keyv namespace.
// Namespace `turnState`: the botbuilder storage key as given → the stored item with a fresh eTag.

import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Keyv } from 'keyv';

/**
 * A botbuilder `Storage` that never rejects a write for an eTag conflict.
 *
 * Why: Teams delivers a seller's quick successive messages (or card presses) as concurrent turns that
 * read the same state; with optimistic concurrency the slower turn fails after its work is done and
 * the user sees an error. Turn state here only holds conversational scratch data; what matters
 * (enrollments, sequences) lives in the repositories and is serialised there with `Locks`. So writes
 * are last-writer-wins: incoming eTags are ignored and every write stores a fresh one.
 */
export class KeyvTurnStateStorage implements Storage {
  constructor(private readonly keyv: Keyv) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const values = await this.keyv.getMany<StoreItem>(keys);
    keys.forEach((key, i) => {
      const value = values[i];
      if (value !== undefined && value !== null) items[key] = value;
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    // The fresh eTag goes on a copy: the caller's state object is left as it was.
    await Promise.all(
      Object.entries(changes).map(([key, item]) =>
        this.keyv.set(key, { ...(item as StoreItem), eTag: randomUUID() }),
      ),
    );
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.keyv.deleteMany(keys);
  }
}
