// PostgreSQL away for a while, as the bot sees it: connections cut and refused (a proxy on
// loopback between the bot and the database stops, then starts again). Turns during the outage
// are answered with a short "try again" and change nothing; afterwards the bot works by itself.

import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStores, type SqlStores } from '../../src/storage/stores.js';
import { cardsOf, execute, message, textsOf } from '../helpers/activities.js';
import { startStubConnector, type StubConnector } from '../helpers/connector.js';
import { buildOnce, freePort, postTo, startInstance, type Instance } from '../helpers/instance.js';
import { ADMIN_URL, createTestDatabase, postgresAvailable } from '../helpers/postgres.js';
import { sellersNamed } from '../helpers/scale-world.js';

/** A TCP proxy to the database that can be taken down (every connection cut, new ones refused) and up. */
async function databaseProxy(port: number, target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const up = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', resolve);
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server?.close(() => resolve());
    });
  await up();
  return { up, down };
}

const available = await postgresAvailable();

describe.skipIf(!available)('PostgreSQL away for a while', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let stores: SqlStores;
  let connector: StubConnector;
  let proxy: Awaited<ReturnType<typeof databaseProxy>>;
  let bot: Instance;
  const [seller] = sellersNamed(1) as [ReturnType<typeof sellersNamed>[number]];

  beforeAll(async () => {
    buildOnce();
    database = await createTestDatabase();
    stores = await createStores({ kind: 'postgres', url: database.url });
    connector = await startStubConnector();
    const server = new URL(ADMIN_URL);
    const proxyPort = await freePort();
    proxy = await databaseProxy(proxyPort, { host: server.hostname, port: Number(server.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.host = `127.0.0.1:${proxyPort}`;
    bot = await startInstance({ DATABASE_URL: viaProxy.toString(), JOB_POLL_MS: '200' });
  }, 120_000);

  afterAll(async () => {
    await bot?.kill('SIGTERM');
    await proxy?.down();
    await stores?.close();
    await connector?.close();
    await database?.drop();
  });

  it('answers "try again" during the outage, writes nothing, and recovers by itself', async () => {
    const say = (text: string) => postTo(bot.url, { ...message(seller, text), serviceUrl: connector.url });
    expect((await say('hello'))?.status).toBe(200);
    const counts = async () => ({
      users: (await stores.users.list()).length,
      records: (await stores.records.list()).length,
      jobs: await stores.jobs.count(),
    });
    const before = await counts();

    await proxy.down();
    const started = performance.now();
    const during = await say('add lead Jane Doe at Contoso');
    const answered = performance.now() - started;
    // On a failure, what the bot printed says why.
    expect(during?.status, bot.output().slice(-4000)).toBe(200);
    const replies = (during?.body as { activities?: never[] }).activities ?? [];
    expect(textsOf(replies).join(' ')).toContain('I cannot reach my records right now');
    const pressed = await postTo(bot.url, {
      ...execute(seller, 'seller.complete', { enrollmentId: 'e-1', stepId: 's-1', view: 'upNext' }),
      serviceUrl: connector.url,
    });
    expect(pressed?.status).toBe(200);
    expect(JSON.stringify(pressed?.body)).toContain('I cannot reach my records right now');
    // Well inside Teams' 15 s, for a database that refuses connections.
    expect(answered).toBeLessThan(10_000);
    expect(await counts()).toEqual(before);

    await proxy.up();
    let recovered: Awaited<ReturnType<typeof say>> = undefined;
    for (let i = 0; i < 50; i++) {
      recovered = await say('help');
      if (
        recovered?.status === 200 &&
        cardsOf((recovered.body as { activities: never[] }).activities).length > 0
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(cardsOf((recovered?.body as { activities: never[] }).activities)).toHaveLength(1);
    expect(bot.child.exitCode).toBeNull();
  }, 120_000);
});
