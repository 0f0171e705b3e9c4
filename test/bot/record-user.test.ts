// The user behind every activity is recorded, but written only when something about them changed:
// a quiet turn (a new activity id, the same person) costs one read and no write.

import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.js';
import { recordUser, sameStored } from '../../src/bot/users.js';
import { createStores } from '../../src/storage/stores.js';
import { DANA, message } from '../helpers/activities.js';

describe('recording the user', () => {
  it('writes on the first activity and when the name changes, not on a quiet turn', async () => {
    const stores = await createStores({ kind: 'memory' });
    const clock = new ManualClock(new Date('2026-03-02T09:00:00.000Z'));
    let saves = 0;
    const users = Object.assign(Object.create(stores.users) as typeof stores.users, {
      save: async (user: Parameters<typeof stores.users.save>[0]) => {
        saves++;
        await stores.users.save(user);
      },
    });
    const deps = { users, locks: stores.locks, clock };
    try {
      await recordUser({ ...message(DANA, 'hello'), serviceUrl: 'https://smba.example/' }, deps);
      expect(saves).toBe(1);
      clock.set(new Date('2026-03-02T09:05:00.000Z'));
      // Each activity has its own id; nothing about Dana changed.
      const again = await recordUser(
        { ...message(DANA, 'up next'), serviceUrl: 'https://smba.example/' },
        deps,
      );
      await recordUser({ ...message(DANA, 'help'), serviceUrl: 'https://smba.example/' }, deps);
      expect(saves).toBe(1);
      expect(again?.conversationReference?.serviceUrl).toBe('https://smba.example/');
      expect(again?.conversationReference).not.toHaveProperty('activityId');

      const renamed = { ...DANA, name: 'Dana Reyes-Kowalska' };
      const after = await recordUser(
        { ...message(renamed, 'help'), serviceUrl: 'https://smba.example/' },
        deps,
      );
      expect(saves).toBe(2);
      expect(after?.name).toBe('Dana Reyes-Kowalska');
      expect((await stores.users.get(DANA.id))?.name).toBe('Dana Reyes-Kowalska');

      // A new service URL (Teams moved the conversation) is written too.
      await recordUser({ ...message(renamed, 'help'), serviceUrl: 'https://smba2.example/' }, deps);
      expect(saves).toBe(3);
      expect((await stores.users.get(DANA.id))?.conversationReference?.serviceUrl).toBe(
        'https://smba2.example/',
      );
    } finally {
      await stores.close();
    }
  });
});

describe('equal as stored', () => {
  it('ignores key order and undefined fields, and sees every other difference', () => {
    expect(sameStored({ a: 1, b: { c: 'x', d: undefined } }, { b: { c: 'x' }, a: 1 })).toBe(true);
    expect(sameStored({ list: ['a', { z: 1 }] }, { list: ['a', { z: 1 }] })).toBe(true);
    expect(sameStored({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameStored({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameStored({ list: ['a'] }, { list: ['a', 'b'] })).toBe(false);
    expect(sameStored({ list: [] }, { list: {} })).toBe(false);
    expect(sameStored({ ref: { conversation: { id: 'x' } } }, { ref: { conversation: { id: 'y' } } })).toBe(
      false,
    );
  });
});
