// A seeded generator of malformed and hostile requests to /api/messages: wrong types, missing
// fields, oversized and deeply nested values, duplicate and prototype keys, bodies that are not
// JSON, unicode controls, template syntax, Markdown and HTML in every text field, other users' ids,
// and card presses with forged data. The same seed gives the same requests.

import type { Activity } from 'botbuilder';
import { CARD_DATA, MAX_TEXT_BYTES } from '../../src/bot/activity-schema.js';
import { execute, message, submit, type TestUser } from '../helpers/activities.js';

/** mulberry32: small, fast and good enough to spread cases; deterministic for a seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzRequest {
  kind: string;
  body: string | Buffer | FormData;
  contentType?: string;
}

/** Ids of things that belong to other people, which a hostile request names. */
export interface Victims {
  userIds: string[];
  names: string[];
  enrollmentIds: string[];
  stepIds: string[];
  recordIds: string[];
  sequenceIds: string[];
  sequenceNames: string[];
}

const TEXTS = [
  '',
  ' ',
  '\u0000',
  '\u202egnp.exe',
  'a\u200b\u200bb',
  '\u0007\u001b[31mred',
  '${7*7}',
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '**bold** _it_ [link](javascript:alert(1))',
  '```\ncode\n```',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  '=HYPERLINK("http://evil.example")',
  '@SUM(A1)',
  '__proto__',
  'constructor',
  'Z̸̢͉̈́a̷̡͠l̶̰̿g̴̱̈o̵̫̓',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'x'.repeat(300),
];

const COMMANDS = [
  '',
  'add lead ',
  'add opportunity ',
  'connect ',
  'pause ',
  'resume ',
  'disconnect ',
  'activate ',
  'deactivate ',
  'delete ',
  'show ',
  'stats for ',
  'rename ',
  'make ',
  'put ',
  'my time zone is ',
  'my working hours are ',
  'snooze ',
  'help ',
];

const VALUES: unknown[] = [
  42,
  -1,
  1e308,
  0.5,
  true,
  false,
  null,
  [],
  {},
  [1, 'two'],
  { id: 'x' },
  { $ne: '' },
  '',
  '__proto__',
  'x'.repeat(5000),
];

const FIELDS = [
  'type',
  'id',
  'channelId',
  'serviceUrl',
  'from',
  'from.id',
  'from.aadObjectId',
  'from.name',
  'recipient',
  'recipient.id',
  'conversation',
  'conversation.id',
  'conversation.conversationType',
  'conversation.isGroup',
  'locale',
  'text',
  'name',
  'value',
  'entities',
  'entities.0.timezone',
  'replyToId',
  'deliveryMode',
  'timestamp',
  'membersAdded',
  'channelData',
  'attachments',
];

export function generator(seed: number, serviceUrl: string, victims: Victims) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number): boolean => next() < p;

  const senders = ['aad-mallory', 'aad-mallory', 'aad-mallory', 'aad-eve', '29:guest-1', 'playground-user'];
  const sender = (): TestUser => {
    const id = pick(senders);
    return { id, name: chance(0.3) ? pick(TEXTS) : 'Mallory Hacker', timeZone: 'Europe/Paris' };
  };
  const hostileText = (): string => {
    const target = pick([...victims.names, ...victims.sequenceNames, ...victims.userIds, ...TEXTS]);
    return `${pick(COMMANDS)}${target}${chance(0.3) ? ` to ${pick(victims.sequenceNames)}` : ''}`;
  };
  const hostileValue = (): unknown =>
    chance(0.25)
      ? pick([...victims.enrollmentIds, ...victims.recordIds, ...victims.sequenceIds, ...victims.userIds])
      : chance(0.3)
        ? pick(TEXTS)
        : pick(VALUES);
  const deep = (depth: number): unknown => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = chance(0.5) ? [value] : { a: value };
    return value;
  };
  const withUrl = (activity: Partial<Activity>): Record<string, unknown> => ({ serviceUrl, ...activity });
  const json = (kind: string, body: unknown): FuzzRequest => ({
    kind,
    body: JSON.stringify(body),
    contentType: 'application/json',
  });

  const setPath = (target: Record<string, unknown>, path: string, value: unknown, remove: boolean): void => {
    const keys = path.split('.');
    let node: Record<string, unknown> = target;
    for (const key of keys.slice(0, -1)) {
      const child = node[key];
      if (typeof child !== 'object' || child === null) return;
      node = child as Record<string, unknown>;
    }
    const last = keys[keys.length - 1]!;
    if (remove) delete node[last];
    else node[last] = value;
  };

  const cardData = (verb: string): Record<string, unknown> => {
    const fields = Object.keys(CARD_DATA[verb] ?? {});
    const data: Record<string, unknown> = { verb };
    for (const field of fields) {
      if (chance(0.6)) {
        data[field] = chance(0.5)
          ? field === 'enrollmentId'
            ? pick(victims.enrollmentIds)
            : field === 'stepId'
              ? pick(victims.stepIds)
              : field === 'sequenceId'
                ? pick(victims.sequenceIds)
                : field === 'recordId'
                  ? pick(victims.recordIds)
                  : pick(TEXTS)
          : hostileValue();
      }
    }
    if (chance(0.2)) data[pick(['extra', 'snoozeDate-x', '__proto__', 'constructor'])] = hostileValue();
    return data;
  };

  const kinds: [string, number, () => FuzzRequest][] = [
    [
      'hostile text',
      20,
      () => {
        const user = sender();
        return json('hostile text', withUrl(message(user, hostileText())));
      },
    ],
    [
      'wrong type',
      18,
      () => {
        const user = sender();
        const activity = withUrl(message(user, 'help'));
        setPath(activity, pick(FIELDS), hostileValue(), false);
        return json('wrong type', activity);
      },
    ],
    [
      'missing field',
      8,
      () => {
        const user = sender();
        const activity = withUrl(chance(0.5) ? message(user, 'help') : execute(user, 'seller.skip', {}));
        for (let i = 0; i < 1 + Math.floor(next() * 3); i++) setPath(activity, pick(FIELDS), undefined, true);
        return json('missing field', activity);
      },
    ],
    [
      'card press',
      22,
      () => {
        const user = sender();
        const verbs = Object.keys(CARD_DATA);
        const verb = chance(0.9) ? pick(verbs) : pick(['manager.launch', 'seller.hack', '', '__proto__']);
        const data = cardData(verb);
        const activity = chance(0.75) ? execute(user, verb, data) : submit(user, data);
        return json('card press', withUrl(activity));
      },
    ],
    [
      'forged invoke',
      5,
      () => {
        const user = sender();
        const activity = withUrl(execute(user, 'seller.skip', {}));
        activity.name = pick([
          'adaptiveCard/action',
          'composeExtension/query',
          'task/fetch',
          'signin/verifyState',
          '',
        ]);
        activity.value = pick([
          hostileValue(),
          { action: hostileValue() },
          { action: { type: 'Action.Submit', verb: 'seller.skip', data: {} } },
          { action: { type: 'Action.Execute', verb: hostileValue(), data: hostileValue() } },
        ]);
        return json('forged invoke', activity);
      },
    ],
    [
      'deep nesting',
      4,
      () => {
        const user = sender();
        const activity = withUrl(message(user, 'help'));
        setPath(
          activity,
          pick(['channelData', 'value', 'entities', 'from']),
          deep(20 + Math.floor(next() * 300)),
          false,
        );
        return json('deep nesting', activity);
      },
    ],
    [
      'oversized text',
      3,
      () => {
        const user = sender();
        const size = MAX_TEXT_BYTES - 200 + Math.floor(next() * 400);
        const text = `${pick(COMMANDS)}${pick(['a', 'x y ', 'é', '"', 'Jane Doe, '])}`.padEnd(
          size,
          pick(['a', ' b', 'é']),
        );
        return json('oversized text', withUrl(message(user, text)));
      },
    ],
    [
      'prototype keys',
      5,
      () => {
        const user = sender();
        const text = JSON.stringify(
          withUrl(
            chance(0.5) ? message(user, 'help') : execute(user, 'seller.skip', { verb: 'seller.skip' }),
          ),
        );
        const key = pick(['__proto__', 'constructor', 'prototype']);
        const at = pick(['"from":{', '"conversation":{', '"data":{', '{']);
        const index = text.indexOf(at);
        const body =
          index < 0
            ? text
            : `${text.slice(0, index + at.length)}"${key}":{"isAdmin":true,"roles":["administrator"]},${text.slice(index + at.length)}`;
        return { kind: 'prototype keys', body, contentType: 'application/json' };
      },
    ],
    [
      'duplicate keys',
      5,
      () => {
        const user = sender();
        const text = JSON.stringify(withUrl(message(user, 'help')));
        const key = pick(['"type":"message"', '"text":"help"', '"id":"29:']);
        const index = text.indexOf(key);
        const duplicate = pick([
          '"type":"invoke"',
          '"text":"make me an administrator"',
          '"aadObjectId":"aad-alex"',
        ]);
        const body = index < 0 ? text : `${text.slice(0, index)}${duplicate},${text.slice(index)}`;
        return { kind: 'duplicate keys', body, contentType: 'application/json' };
      },
    ],
    [
      'not JSON',
      6,
      () => {
        const user = sender();
        const good = JSON.stringify(withUrl(message(user, 'help')));
        const variants: (() => FuzzRequest)[] = [
          () => ({
            kind: 'not JSON',
            body: good.slice(0, Math.floor(next() * good.length)),
            contentType: 'application/json',
          }),
          () => ({
            kind: 'not JSON',
            body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
            contentType: 'application/json',
          }),
          () => ({
            kind: 'not JSON',
            body: good,
            contentType: pick([
              'text/plain',
              'application/xml',
              'application/x-www-form-urlencoded',
              'application/jsonp',
            ]),
          }),
          () => ({
            kind: 'not JSON',
            body: pick(['', 'null', '[]', '"message"', '42', 'true', '{}']),
            contentType: 'application/json',
          }),
          () => {
            const form = new FormData();
            form.append('activity', good);
            form.append(
              'file',
              new Blob([Buffer.alloc(64 * 1024 + Math.floor(next() * 64 * 1024), 0x41)]),
              'upload.bin',
            );
            return { kind: 'not JSON', body: form };
          },
        ];
        return pick(variants)();
      },
    ],
    [
      'membersAdded',
      4,
      () => {
        const user = sender();
        const activity = withUrl({ ...message(user, ''), type: 'conversationUpdate' });
        delete activity.text;
        activity.membersAdded = chance(0.5) ? [{ id: hostileValue(), name: pick(TEXTS) }] : hostileValue();
        return json('membersAdded', activity);
      },
    ],
  ];
  const total = kinds.reduce((sum, [, weight]) => sum + weight, 0);

  return (): FuzzRequest => {
    let roll = next() * total;
    for (const [, weight, make] of kinds) {
      roll -= weight;
      if (roll < 0) return make();
    }
    return kinds[0]![2]();
  };
}
