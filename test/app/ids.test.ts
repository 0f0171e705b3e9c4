import { describe, expect, it } from 'vitest';
import { timeOrderedId } from '../../src/app/ids.js';

describe('time-ordered ids', () => {
  it('are version 7 UUIDs that sort in the order of their times', () => {
    const times = [0, 1, 999, 1_000, 1_772_000_000_000, 1_772_000_000_001, 1_900_000_000_000];
    const ids = times.map((ms) => timeOrderedId(new Date(ms)));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it('differ when made in the same millisecond', () => {
    const at = new Date('2026-03-02T09:00:00.000Z');
    const ids = new Set(Array.from({ length: 1_000 }, () => timeOrderedId(at)));
    expect(ids.size).toBe(1_000);
    for (const id of ids) expect(id.slice(0, 13)).toBe(timeOrderedId(at).slice(0, 13));
  });
});
