// Starts the product as `npm start` does (the compiled JavaScript in dist/), in a child process on
// a temp DATA_DIR, and checks that it answers, stops cleanly and keeps what it stored.

import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStores } from '../../src/storage/stores.js';
import { DANA, cardsOf, message } from '../helpers/activities.js';
import { tempDataDir } from '../helpers/harness.js';
import { buildOnce, freePort } from '../helpers/instance.js';

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not become healthy');
}

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

describe('npm start', () => {
  beforeAll(buildOnce, 150_000);

  it('starts on PORT with embedded storage in DATA_DIR, answers, and keeps data across a restart', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let output = '';
    child = spawn(process.execPath, ['dist/index.js'], {
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        BOT_ID: '',
        ADMIN_IDS: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForHealth(url, child);

    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message(DANA, 'help'), serviceUrl: 'http://127.0.0.1:9/' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: never[] };
    expect(cardsOf(body.activities)).toHaveLength(1);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('every user is an administrator');
    expect(output).toMatch(/"msg":"Listening on/);

    const stores = await createStores({ kind: 'sqlite', dataDir });
    try {
      expect((await stores.users.get(DANA.id))?.name).toBe('Dana Reyes');
    } finally {
      await stores.close();
    }
  }, 60_000);
});
