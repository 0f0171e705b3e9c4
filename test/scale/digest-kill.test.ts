// kill -9 one of two instances in the middle of the morning digest fan-out: every seller still
// gets their digest, and only a send the kill cut off (Teams took it, its job was not yet deleted)
// can go out a second time: at least once, as docs/SCALING.md says.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStores, type SqlStores } from '../../src/storage/stores.js';
import { startStubConnector, type StubConnector } from '../helpers/connector.js';
import { buildOnce, eventually, startInstance, type Instance } from '../helpers/instance.js';
import { createTestDatabase, postgresAvailable } from '../helpers/postgres.js';
import { ALWAYS, connectLeads, saveTaskSequence, sellersNamed } from '../helpers/scale-world.js';

const SELLERS = 100;
/** Jobs one instance runs at once (JOB_CONCURRENCY, set below): the sends the kill can cut off. */
const JOB_CONCURRENCY = 8;

const available = await postgresAvailable();

describe.skipIf(!available)('kill -9 during the digest fan-out', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let stores: SqlStores;
  let connector: StubConnector;
  const instances: Instance[] = [];

  beforeAll(async () => {
    buildOnce();
    database = await createTestDatabase();
    stores = await createStores({ kind: 'postgres', url: database.url });
    connector = await startStubConnector();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.kill('SIGKILL')));
    await stores?.close();
    await connector?.close();
    await database?.drop();
  });

  /** Digests received per conversation. */
  const digests = (): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const { conversationId, activity } of connector.received) {
      if (String(activity.summary ?? '').startsWith('Your digest')) {
        counts.set(conversationId, (counts.get(conversationId) ?? 0) + 1);
      }
    }
    return counts;
  };

  it('sends every seller their digest when an instance dies halfway, repeating only sends cut off', async () => {
    // Sellers who installed the app, whose digest time today has passed, with a step due each.
    const sellers = sellersNamed(SELLERS);
    const at = new Date().toISOString();
    for (const seller of sellers) {
      await stores.users.save({
        id: seller.id,
        name: seller.name,
        roles: ['seller'],
        workingHours: ALWAYS,
        timeZoneSetByUser: true,
        digestTime: '00:00',
        conversationReference: {
          serviceUrl: connector.url,
          channelId: 'msteams',
          conversation: {
            id: `a:personal-${seller.id}`,
            isGroup: false,
            conversationType: 'personal',
            name: '',
          },
          bot: { id: '28:bot', name: 'Sequence assistant' },
          user: { id: `29:${seller.id}`, name: seller.name, aadObjectId: seller.id },
        },
        createdAt: at,
        updatedAt: at,
      });
    }
    const sequence = await saveTaskSequence(stores, 2);
    await connectLeads(stores, sequence, sellers, 1);

    // Two instances start; each plans today's digests, which are due at once.
    const env = {
      DATABASE_URL: database.url,
      JOB_POLL_MS: '50',
      JOB_LEASE_MS: '1500',
      SEND_RATE_GLOBAL: '20',
      JOB_CONCURRENCY: String(JOB_CONCURRENCY),
    };
    const first = await startInstance(env);
    instances.push(first, await startInstance(env));
    await eventually(() => digests().size >= 20, 60_000, 'the fan-out to start');
    await first.kill('SIGKILL');
    const atKill = digests().size;

    await eventually(() => digests().size >= SELLERS, 90_000, 'every digest');
    // Time for a digest sent twice to show.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const counts = digests();
    expect(counts.size).toBe(SELLERS);
    // Only a send in flight on the killed instance can repeat: at most its job concurrency, once each.
    const repeated = [...counts.entries()].filter(([, n]) => n !== 1);
    expect(repeated.filter(([, n]) => n !== 2)).toEqual([]);
    expect(repeated.length).toBeLessThanOrEqual(JOB_CONCURRENCY);
    console.log(
      `digest fan-out: ${atKill} of ${SELLERS} digests sent when one of two instances was killed; ${repeated.length} cut off by the kill went twice`,
    );
  }, 200_000);
});
