// Beyond the grammar: with a language model configured, a text no rule reads is mapped by the
// model (teams-ai's ActionPlanner, one tool per intent) to one of the grammar's intents, which then
// goes through the same roles, resolution and confirmations as a typed phrase. The model here is a
// real HTTP server on loopback speaking the chat-completions protocol with canned answers; tests
// never call the network. Its answers are untrusted: every malformed, oversized, slow or
// unexpected one ends as "I did not understand", with nothing changed.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config.js';
import { buildTools } from '../../src/bot/fallback/tools.js';
import { EN } from '../../src/bot/grammar/lang/en.js';
import { DANA, type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { press, say } from '../helpers/manager-chat.js';
import { startModelServer, type Canned, type ModelServer } from '../helpers/model-server.js';
import { connect, createRecord, greet, sequenceFromTemplate, titlesOf } from '../helpers/seller-world.js';

const ALEX: TestUser = { id: 'aad-alex', name: 'Alex Admin', timeZone: 'Europe/London' };
const PAT: TestUser = { id: 'aad-pat', name: 'Pat Kim', timeZone: 'Europe/Warsaw' };
const MEGAN: TestUser = { id: 'aad-megan', name: 'Megan Bowen', timeZone: 'Europe/Warsaw' };

let model: ModelServer;
let h: Harness;
let enrollmentId: string;

const modelEnv = (): Record<string, string> => ({
  OPENAI_API_KEY: 'test-key',
  OPENAI_MODEL: 'test-model',
  OPENAI_ENDPOINT: model.url,
  MODEL_TIMEOUT_MS: '1500',
});

async function world(env: Record<string, string>): Promise<void> {
  h = await startHarness({ env: { ADMIN_IDS: ALEX.id, ...env } });
  for (const user of [ALEX, PAT, DANA, MEGAN]) await greet(h, user);
  await say(h, ALEX, 'make Pat Kim a sales manager');
  for (const who of ['Pat Kim', 'Dana Reyes', 'Megan Bowen'])
    await say(h, ALEX, `put ${who} in business unit East`);
  await sequenceFromTemplate(h, 'product-demo');
  const record = await createRecord(h, DANA, {
    type: 'opportunity',
    name: 'Contoso pilot',
    company: 'Contoso',
  });
  enrollmentId = await connect(h, 'seq-product-demo', record.id);
}

const state = async () => ({
  records: (await h.stores.records.list()).map((r) => [r.name, r.ownerId]),
  enrollments: (await h.stores.enrollments.list()).map((e) => [e.status, e.sellerId, e.revision]),
  sequences: (await h.stores.sequences.list()).map((s) => [s.name, s.status]),
});

const when = (text: string, canned: Canned): string => {
  model.answers.set(text, canned);
  return text;
};

beforeEach(async () => {
  model = await startModelServer();
});
afterEach(async () => {
  await h.close();
  await model.close();
});

describe('without a configured model', () => {
  it('answers as before and never calls one', async () => {
    await world({});
    const text = when('Contoso pilot needs a new home with Megan Bowen', {
      tools: [{ name: 'record_reassign', arguments: { record: 'Contoso pilot', user: 'Megan Bowen' } }],
    });
    const before = await state();
    const answer = await say(h, PAT, text);
    expect(answer.texts[0]).toContain(
      'Sorry, I did not understand "Contoso pilot needs a new home with Megan Bowen".',
    );
    expect(answer.texts[0]).toContain('Did you mean');
    expect(model.requests).toEqual([]);
    expect(await state()).toEqual(before);
  });
});

describe('with a configured model', () => {
  beforeEach(async () => {
    await world(modelEnv());
  });

  it('is not asked about what the grammar reads', async () => {
    await say(h, DANA, 'up next');
    await say(h, PAT, 'reassign Contoso pilot to Megan Bowen');
    expect(model.requests).toEqual([]);
  });

  it('maps a text to an intent, which is confirmed and done through the same checks', async () => {
    const text = when('Contoso pilot needs a new home with Megan Bowen', {
      tools: [{ name: 'record_reassign', arguments: { record: 'Contoso pilot', user: 'Megan Bowen' } }],
    });
    const asked = await say(h, PAT, text);
    // What was sent: the user's words, a prompt, one tool per intent.
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]!.input).toBe(text);
    expect(model.requests[0]!.tools).toEqual(
      expect.arrayContaining(['record_reassign', 'sequence_delete', 'work_upNext', 'step_add']),
    );
    expect(JSON.stringify(model.requests[0]!.body.messages)).toContain('sales sequence assistant');
    // The model's reading is never certain: the change waits for the button.
    expect(asked.all).toContain('Give Contoso pilot to Megan Bowen?');
    expect(asked.all).toContain(`I read "${text}" as: Give Contoso pilot to Megan Bowen.`);
    expect((await h.stores.enrollments.get(enrollmentId))?.sellerId).toBe(DANA.id);
    const done = await press(h, PAT, asked.cards[0]!, 'Give Contoso pilot to Megan Bowen');
    expect(done.all).toContain('Contoso pilot now belongs to Megan Bowen');
    expect((await h.stores.enrollments.get(enrollmentId))?.sellerId).toBe(MEGAN.id);
  });

  it("checks the user's roles as for a typed phrase", async () => {
    const text = when('Contoso pilot needs a new home with Megan Bowen', {
      tools: [{ name: 'record_reassign', arguments: { record: 'Contoso pilot', user: 'Megan Bowen' } }],
    });
    const before = await state();
    expect((await say(h, DANA, text)).texts[0]).toContain('needs one of these roles');
    expect(await state()).toEqual(before);
  });

  it('confirms every change that cannot be taken back, and changes nothing until pressed', async () => {
    const skip = when('no point doing the Contoso pilot step', {
      tools: [{ name: 'work_skip', arguments: { record: 'Contoso pilot' } }],
    });
    const remove = when('Product demo has had its day', {
      tools: [{ name: 'sequence_delete', arguments: { sequence: 'Product demo' } }],
    });
    const hold = when('Contoso pilot could use a breather', {
      tools: [{ name: 'record_pause', arguments: { record: 'Contoso pilot' } }],
    });
    const before = await state();
    const skipping = await say(h, DANA, skip);
    expect(skipping.cards).toHaveLength(1);
    expect(titlesOf(skipping.cards[0]).join(' ')).toContain('Skip');
    const deleting = await say(h, ALEX, remove);
    expect(deleting.all).toContain('Delete');
    expect(deleting.cards).toHaveLength(1);
    const pausing = await say(h, PAT, hold);
    expect(pausing.all).toContain('Pause Contoso pilot in every sequence?');
    expect(await state()).toEqual(before);
  });

  it('answers at once what changes nothing', async () => {
    const text = when("what's burning on my desk", { tools: [{ name: 'work_upNext', arguments: {} }] });
    const answer = await say(h, DANA, text);
    expect(answer.all).not.toContain('did not understand');
    expect(answer.all).toContain('Contoso pilot');
  });

  const FAILURES: [string, Canned][] = [
    ['an unknown tool', { tools: [{ name: 'drop_database', arguments: {} }] }],
    ['broken JSON arguments', { tools: [{ name: 'record_pause', arguments: '{"record": ' }] }],
    [
      'a role that does not exist',
      { tools: [{ name: 'role_grant', arguments: { user: 'Megan Bowen', role: 'overlord' } }] },
    ],
    [
      'a slot of 3,000 characters',
      { tools: [{ name: 'record_pause', arguments: { record: 'x'.repeat(3000) } }] },
    ],
    [
      'a name with a command of its own',
      { tools: [{ name: 'record_pause', arguments: { record: 'Contoso pilot, then delete Product demo' } }] },
    ],
    ['a slot of the wrong type', { tools: [{ name: 'record_pause', arguments: { record: { $gt: '' } } }] }],
    ['a missing slot', { tools: [{ name: 'record_reassign', arguments: { record: 'Contoso pilot' } }] }],
    [
      'a duration it cannot read',
      { tools: [{ name: 'step_duration', arguments: { step: 'step 2', duration: 'a while' } }] },
    ],
    [
      'two tool calls',
      {
        tools: [
          { name: 'record_pause', arguments: { record: 'Contoso pilot' } },
          { name: 'sequence_delete', arguments: { sequence: 'Product demo' } },
        ],
      },
    ],
    ['a text instead of a tool call', { text: 'Done! I deleted every sequence for you.' }],
    ['a server error', { status: 500 }],
    ['a rate limit', { status: 429 }],
    ['an answer of 200 KB', { bytes: 200_000 }],
    ['no answer in time', { hang: true }],
  ];

  it.each(FAILURES)('answers "I did not understand" to %s, and changes nothing', async (what, canned) => {
    const text = when(`xyzzy plugh ${FAILURES.findIndex(([name]) => name === what)}`, canned);
    const before = await state();
    const answer = await say(h, PAT, text);
    expect(answer.texts).toHaveLength(1);
    expect(answer.texts[0]).toContain('Sorry, I did not understand');
    expect(answer.texts[0]).toContain('Did you mean');
    expect(answer.all).not.toContain('deleted every sequence');
    expect(answer.cards).toEqual([]);
    expect(await state()).toEqual(before);
    // One call, no retries.
    expect(model.requests).toHaveLength(1);
  });

  it('gives up on a slow model: the request is abandoned, not left waiting', async () => {
    const text = when('xyzzy plugh slowly', { hang: true });
    await say(h, PAT, text);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(model.requests[0]?.abandoned).toBe(true);
  });

  it('does not send a text longer than a request to the model', async () => {
    const answer = await say(h, PAT, `xyzzy ${'plugh '.repeat(100)}`);
    expect(answer.texts[0]).toContain('Sorry, I did not understand');
    expect(model.requests).toEqual([]);
  });
});

describe('the tools offered to the model', () => {
  it('are every intent of the phrase table but small talk, each with the slots its phrasings carry', () => {
    const { actions, byName } = buildTools();
    const intents = [...new Set(EN.rules.map((rule) => rule.intent))].filter(
      (intent) => !intent.startsWith('chat.'),
    );
    expect([...byName.values()].map((spec) => spec.intent).sort()).toEqual([...intents].sort());
    expect(new Set(actions.map((action) => action.name)).size).toBe(actions.length);
    // Each is described for the model.
    for (const action of actions)
      expect(action.description, action.name).not.toBe(action.name.replace('_', '.'));
    const reassign = actions.find((action) => action.name === 'record_reassign');
    expect(reassign?.parameters).toMatchObject({
      properties: { record: { type: 'string' }, user: { type: 'string' } },
      required: ['record', 'user'],
    });
    const grant = actions.find((action) => action.name === 'role_grant');
    expect(grant?.parameters).toMatchObject({
      properties: { role: { enum: ['administrator', 'sequenceManager', 'salesManager', 'seller'] } },
    });
  });
});

describe('the model configuration', () => {
  it('reads an OpenAI-compatible endpoint or an Azure OpenAI deployment, and refuses half of one', () => {
    expect(loadConfig({}).model).toBeUndefined();
    expect(
      loadConfig({
        OPENAI_API_KEY: 'k',
        OPENAI_MODEL: 'gpt-4o-mini',
        OPENAI_ENDPOINT: 'http://127.0.0.1:8000/v1',
      }).model,
    ).toEqual({
      kind: 'openai',
      apiKey: 'k',
      model: 'gpt-4o-mini',
      endpoint: 'http://127.0.0.1:8000/v1',
      timeoutMs: 4000,
    });
    expect(
      loadConfig({
        AZURE_OPENAI_API_KEY: 'k',
        AZURE_OPENAI_ENDPOINT: 'https://contoso.openai.azure.com',
        AZURE_OPENAI_DEPLOYMENT: 'gpt-4o',
        MODEL_TIMEOUT_MS: '3000',
      }).model,
    ).toEqual({
      kind: 'azure',
      apiKey: 'k',
      endpoint: 'https://contoso.openai.azure.com',
      deployment: 'gpt-4o',
      apiVersion: '2024-10-21',
      timeoutMs: 3000,
    });
    for (const env of [
      { OPENAI_API_KEY: 'k' },
      { OPENAI_API_KEY: 'k', OPENAI_MODEL: 'm', OPENAI_ENDPOINT: 'ftp://x' },
      { OPENAI_API_KEY: 'k', OPENAI_MODEL: 'm', AZURE_OPENAI_API_KEY: 'k' },
      {
        AZURE_OPENAI_API_KEY: 'k',
        AZURE_OPENAI_ENDPOINT: 'http://contoso.openai.azure.com',
        AZURE_OPENAI_DEPLOYMENT: 'd',
      },
      { AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'https://contoso.openai.azure.com' },
      { OPENAI_API_KEY: 'k', OPENAI_MODEL: 'm', MODEL_TIMEOUT_MS: '60000' },
    ]) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(ConfigError);
    }
  });
});
