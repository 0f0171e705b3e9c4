import { describe, expect, it } from 'vitest';
import { Lru } from '../../src/domain/lru.js';

describe('the memo of the entries used last', () => {
  it('keeps at most its size, dropping the one used longest ago, reads and writes both counting as use', () => {
    const lru = new Lru<string, number>(3);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.set('c', 3);
    expect(lru.get('a')).toBe(1);
    lru.set('d', 4);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.size).toBe(3);
    lru.set('c', 30);
    lru.set('e', 5);
    expect(lru.get('a')).toBeUndefined();
    expect([lru.get('c'), lru.get('d'), lru.get('e')]).toEqual([30, 4, 5]);
    expect(lru.size).toBe(3);
  });
});

describe('an entry read over and over', () => {
  it('stays however many others come and go, while the ones never read again leave', () => {
    const lru = new Lru<string, number>(8);
    lru.set('hot', 0);
    for (let i = 0; i < 100; i++) {
      lru.set(`cold-${i}`, i);
      expect(lru.get('hot')).toBe(0);
    }
    expect(lru.size).toBe(8);
    expect(lru.get('cold-0')).toBeUndefined();
    expect(lru.get('cold-99')).toBe(99);
  });
});
