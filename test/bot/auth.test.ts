// Bot Framework authentication with BOT_ID set, against a local key server that publishes signing
// keys as the Bot Framework does: a refused token is a 401, keys that cannot be fetched a 503, and
// neither answer carries the library's message. Nothing is stored for a refused request.

import { type KeyObject, createHmac, generateKeyPairSync, sign } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DANA, message } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const BOT_ID = '00000000-0000-0000-0000-0000000000b0';
const CHANNEL_ISSUER = 'https://api.botframework.com';

interface KeyServer {
  metadataUrl: string;
  close(): Promise<void>;
}

/** Serves OpenID metadata and a JWKS holding `publicKey` under `kid`, or answers every request with `failWith`. */
async function startKeyServer(publicKey: KeyObject, kid: string, failWith?: number): Promise<KeyServer> {
  const server = http.createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    if (failWith) {
      res.statusCode = failWith;
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/openid') {
      res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `http://127.0.0.1:${port}/keys` }));
    } else {
      const { n, e } = publicKey.export({ format: 'jwk' });
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid, n, e, endorsements: ['msteams'] }] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    metadataUrl: `http://127.0.0.1:${port}/openid`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const b64 = (value: object | Buffer): string =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

function token(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  signWith: KeyObject | Buffer | 'none',
): string {
  const input = `${b64(header)}.${b64(claims)}`;
  if (signWith === 'none') return `${input}.`;
  const signature = Buffer.isBuffer(signWith)
    ? createHmac('sha256', signWith).update(input).digest()
    : sign('sha256', Buffer.from(input), signWith);
  return `${input}.${b64(signature)}`;
}

const trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });

// The library prints refused tokens to the console; the server's own log line is what counts.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

let harness: Harness | undefined;
let keys: KeyServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await harness?.close();
  await keys?.close();
  harness = undefined;
  keys = undefined;
});

async function start(failWith?: number): Promise<Harness> {
  keys = await startKeyServer(trusted.publicKey, 'key-1', failWith);
  harness = await startHarness({
    env: { BOT_ID, BOT_PASSWORD: 'not-used-here' },
    signingKeys: { openIdMetadataUrl: keys.metadataUrl },
  });
  return harness;
}

async function postWith(
  h: Harness,
  authorization: string,
): Promise<{ status: number; text: string; retryAfter: string | null }> {
  const response = await fetch(`${h.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ serviceUrl: h.connector.url, ...message(DANA, 'help') }),
  });
  return {
    status: response.status,
    text: await response.text(),
    retryAfter: response.headers.get('retry-after'),
  };
}

function claims(h: Harness, change: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: CHANNEL_ISSUER,
    aud: BOT_ID,
    serviceurl: h.connector.url,
    nbf: now - 60,
    iat: now - 60,
    exp: now + 600,
    ...change,
  };
}

const RS256 = { alg: 'RS256', typ: 'JWT', kid: 'key-1' };

describe('authentication with BOT_ID', () => {
  it('lets in a token signed by a published key, for this bot, from the channel', async () => {
    const h = await start();
    const answer = await postWith(h, `Bearer ${token(RS256, claims(h), trusted.privateKey)}`);
    expect(answer.status).toBe(200);
    expect(await h.stores.users.get(DANA.id)).toBeDefined();
  });

  it('refuses every other token with a bare 401 and stores nothing', async () => {
    const h = await start();
    const publicPem = trusted.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const refused: [string, string][] = [
      ['no token', ''],
      ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
      ['garbage', 'Bearer not.a.token'],
      ['alg none', `Bearer ${token({ alg: 'none', typ: 'JWT', kid: 'key-1' }, claims(h), 'none')}`],
      [
        'HS256 keyed with the public key',
        `Bearer ${token({ alg: 'HS256', typ: 'JWT', kid: 'key-1' }, claims(h), Buffer.from(publicPem))}`,
      ],
      ['a stranger key under the published kid', `Bearer ${token(RS256, claims(h), stranger.privateKey)}`],
      ['an unknown kid', `Bearer ${token({ ...RS256, kid: 'key-2' }, claims(h), stranger.privateKey)}`],
      [
        'an expired token',
        `Bearer ${token(RS256, claims(h, { exp: Math.floor(Date.now() / 1000) - 3600 }), trusted.privateKey)}`,
      ],
      ['another audience', `Bearer ${token(RS256, claims(h, { aud: 'someone-else' }), trusted.privateKey)}`],
      [
        'another issuer',
        `Bearer ${token(RS256, claims(h, { iss: 'https://evil.example' }), trusted.privateKey)}`,
      ],
      [
        'another serviceUrl',
        `Bearer ${token(RS256, claims(h, { serviceurl: 'https://evil.example/' }), trusted.privateKey)}`,
      ],
    ];
    for (const [what, authorization] of refused) {
      const answer = await postWith(h, authorization);
      expect({ what, status: answer.status, body: answer.text, retryAfter: answer.retryAfter }).toEqual({
        what,
        status: 401,
        body: JSON.stringify({ error: 'Unauthorized.' }),
        retryAfter: null,
      });
    }
    expect(await h.stores.users.list()).toEqual([]);
  });

  it('answers 503 without the metadata URL when the signing keys cannot be fetched', async () => {
    const h = await start(500);
    const answer = await postWith(h, `Bearer ${token(RS256, claims(h), trusted.privateKey)}`);
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('30');
    expect(answer.text).not.toContain('127.0.0.1');
    expect(answer.text).not.toMatch(/openid|load/i);
    expect(await h.stores.users.list()).toEqual([]);
  });

  it('answers 503 when the key server does not answer at all', async () => {
    const h = await start();
    await keys!.close();
    const answer = await postWith(h, `Bearer ${token(RS256, claims(h), trusted.privateKey)}`);
    expect(answer.status).toBe(503);
    expect(answer.text).not.toContain('127.0.0.1');
    keys = undefined;
  });
});
