// A memo that keeps the entries used last: for what is asked again and again (prepared statements,
// rendered cards, parsed sequences, names) without growing with everything ever asked.

interface Entry<V> {
  value: V;
  /** The tick at which the entry was last put at the newest end. */
  placed: number;
}

/**
 * A map of at most `max` entries; the oldest goes when a new one comes. Reading or writing one
 * makes it the newest, except that an entry placed within the last `max / 2` uses stays where it
 * is: it cannot reach the oldest end before it is used again, and a read then costs one lookup.
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  private tick = 0;

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.tick++;
    if (this.tick - entry.placed > this.max / 2) {
      // A Map keeps insertion order: moved to the end, it is the newest.
      this.entries.delete(key);
      this.entries.set(key, entry);
      entry.placed = this.tick;
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    this.tick++;
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, { value, placed: this.tick });
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
