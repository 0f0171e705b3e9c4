import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlStores } from '../../src/storage/stores.js';
import { openStores, STORE_KINDS } from './fixtures.js';

// Keys as teams-ai builds them: Teams ids contain colons.
const CONVERSATION = 'msteams/a:1xYz-conversation/conversation';
const USER = 'msteams/a:1xYz-conversation/29:1abc-user';

describe.each(STORE_KINDS)('KeyvTurnStateStorage on %s', (kind) => {
  let stores: SqlStores;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ stores, dispose } = await openStores(kind));
  });
  afterEach(async () => {
    await dispose();
  });

  it('reads back what was written, with an eTag, and leaves out keys never written', async () => {
    await stores.turnState.write({ [CONVERSATION]: { step: 'askName', draft: { name: 'Demo' } } });
    const items = await stores.turnState.read([CONVERSATION, USER]);
    expect(Object.keys(items)).toEqual([CONVERSATION]);
    expect(items[CONVERSATION]).toMatchObject({ step: 'askName', draft: { name: 'Demo' } });
    expect(typeof items[CONVERSATION].eTag).toBe('string');
    expect(await stores.turnState.read([])).toEqual({});
  });

  it('accepts two writes with the same stale eTag; the last one wins', async () => {
    await stores.turnState.write({ [USER]: { count: 1 } });
    const { [USER]: first } = await stores.turnState.read([USER]);
    await stores.turnState.write({ [USER]: { count: 2, eTag: first.eTag } });
    await expect(stores.turnState.write({ [USER]: { count: 3, eTag: first.eTag } })).resolves.toBeUndefined();
    const { [USER]: last } = await stores.turnState.read([USER]);
    expect(last.count).toBe(3);
    expect(last.eTag).not.toBe(first.eTag);
  });

  it('accepts concurrent writes of fast turns of one user', async () => {
    await stores.turnState.write({ [USER]: { count: 0 } });
    const { [USER]: read } = await stores.turnState.read([USER]);
    const writes = [1, 2, 3].map((count) => stores.turnState.write({ [USER]: { ...read, count } }));
    await expect(Promise.all(writes)).resolves.toHaveLength(3);
    expect([1, 2, 3]).toContain((await stores.turnState.read([USER]))[USER].count);
  });

  it('sets a fresh eTag on every write without touching the caller’s object', async () => {
    const state = { count: 1, eTag: '*' };
    await stores.turnState.write({ [USER]: state });
    const { [USER]: first } = await stores.turnState.read([USER]);
    await stores.turnState.write({ [USER]: state });
    const { [USER]: second } = await stores.turnState.read([USER]);
    expect(state.eTag).toBe('*');
    expect(first.eTag).not.toBe('*');
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('deletes items', async () => {
    await stores.turnState.write({ [USER]: { a: 1 }, [CONVERSATION]: { b: 2 } });
    await stores.turnState.delete([USER, 'never-written']);
    expect(Object.keys(await stores.turnState.read([USER, CONVERSATION]))).toEqual([CONVERSATION]);
    await stores.turnState.delete([]);
  });
});
