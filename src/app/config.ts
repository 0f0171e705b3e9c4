// Configuration from the environment, parsed and checked once at start-up.

import path from 'node:path';

export interface Config {
  port: number;
  /** Empty in local mode: requests are not authenticated (Agents Playground, tests). */
  botId: string;
  botPassword: string;
  botTenantId: string;
  botType: string;
  dataDir: string;
  /** PostgreSQL connection URL: when set, everything is kept there instead of the SQLite file in `dataDir`. */
  databaseUrl?: string;
  /**
   * SQLite's `synchronous` setting: 'full' (each commit survives a power cut) or 'normal' (a power
   * cut may lose the last commits; a killed process loses nothing; commits cost an eighth).
   */
  sqliteSync: 'full' | 'normal';
  /** Jobs (timers, cards, digests, e-mails) one instance runs at once. */
  jobConcurrency: number;
  /** How long a claimed job is held without renewal: how soon another instance takes over a dead one's work. */
  jobLeaseMs: number;
  /** AAD object ids of system administrators. */
  adminIds: string[];
  /** Every user is an administrator: local mode with no ADMIN_IDS. */
  everyoneIsAdmin: boolean;
  testClock: boolean;
  testClockStart?: Date;
  /** Proactive sends per second for the whole app (Teams allows about 30 per app per tenant). */
  globalSendRate: number;
  /** Proactive sends per second per conversation (Teams allows 7). */
  conversationSendRate: number;
  smtpUrl?: string;
  mailFrom: string;
  /** How often the job runner looks for due work on the real clock. */
  pollIntervalMs: number;
  /**
   * Pushed Up next cards ask Teams to refresh them when seen (Universal Actions, user-specific
   * views). On by default with Bot Framework credentials; the local client does not support it.
   */
  cardRefresh: boolean;
  /** How long a turn may work before the user is told "still working" (Teams gives up at 15 s). */
  turnDeadlineMs: number;
  /** The same for a card press (Action.Execute), which Teams expects to be answered sooner. */
  invokeDeadlineMs: number;
  /** A language model that reads what no rule of the grammar reads; absent, there is none. */
  model?: ModelConfig;
}

/** An OpenAI-compatible endpoint, or an Azure OpenAI deployment; `timeoutMs` bounds each call. */
export type ModelConfig =
  | { kind: 'openai'; apiKey: string; model: string; endpoint?: string; timeoutMs: number }
  | {
      kind: 'azure';
      apiKey: string;
      endpoint: string;
      deployment: string;
      apiVersion: string;
      timeoutMs: number;
    };

export class ConfigError extends Error {}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/** The longest a turn waits for the language model: well within the turn, however slow the endpoint. */
const MAX_MODEL_TIMEOUT_MS = 10_000;

function modelConfig(env: NodeJS.ProcessEnv): ModelConfig | undefined {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const openAiKey = value('OPENAI_API_KEY');
  const azureKey = value('AZURE_OPENAI_API_KEY');
  if (!openAiKey && !azureKey) return undefined;
  if (openAiKey && azureKey)
    throw new ConfigError('Set either OPENAI_API_KEY or AZURE_OPENAI_API_KEY, not both');
  const timeoutMs = positiveNumber(env, 'MODEL_TIMEOUT_MS', 4000);
  if (timeoutMs > MAX_MODEL_TIMEOUT_MS)
    throw new ConfigError(`MODEL_TIMEOUT_MS must be at most ${MAX_MODEL_TIMEOUT_MS}, got "${timeoutMs}"`);
  const url = (name: string, https: boolean): string | undefined => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    if (!(https ? /^https:\/\/\S+$/i : /^https?:\/\/\S+$/i).test(raw))
      throw new ConfigError(`${name} must be an ${https ? 'https' : 'http(s)'} URL, got "${raw}"`);
    return raw;
  };
  if (openAiKey) {
    const model = value('OPENAI_MODEL');
    if (!model) throw new ConfigError('OPENAI_API_KEY is set but OPENAI_MODEL is not');
    const endpoint = url('OPENAI_ENDPOINT', false);
    return { kind: 'openai', apiKey: openAiKey, model, ...(endpoint ? { endpoint } : {}), timeoutMs };
  }
  const endpoint = url('AZURE_OPENAI_ENDPOINT', true);
  const deployment = value('AZURE_OPENAI_DEPLOYMENT');
  if (!endpoint || !deployment)
    throw new ConfigError(
      'AZURE_OPENAI_API_KEY is set, so AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT are needed too',
    );
  return {
    kind: 'azure',
    apiKey: azureKey!,
    endpoint,
    deployment,
    apiVersion: value('AZURE_OPENAI_API_VERSION') ?? '2024-10-21',
    timeoutMs,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const botId = env.BOT_ID?.trim() ?? '';
  const botPassword = env.BOT_PASSWORD?.trim() ?? '';
  if (botId && !botPassword && (env.BOT_TYPE ?? 'MultiTenant') !== 'UserAssignedMsi') {
    throw new ConfigError('BOT_ID is set but BOT_PASSWORD is not');
  }
  const adminIds = (env.ADMIN_IDS ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const testClock = env.TEST_CLOCK === '1' || env.TEST_CLOCK === 'true';
  if (testClock && botId) {
    // The test clock's route takes no token: with real credentials anyone could move time forward
    // and fire every timer, digest and wait at once.
    throw new ConfigError(
      'TEST_CLOCK is for local tests only: its /api/test-clock route is not authenticated, so it cannot be used with BOT_ID',
    );
  }
  let testClockStart: Date | undefined;
  if (env.TEST_CLOCK_START) {
    testClockStart = new Date(env.TEST_CLOCK_START);
    if (Number.isNaN(testClockStart.getTime())) {
      throw new ConfigError(`TEST_CLOCK_START must be an ISO time, got "${env.TEST_CLOCK_START}"`);
    }
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL');
  }
  const sqliteSync = (env.SQLITE_SYNC?.trim().toLowerCase() || 'full') as Config['sqliteSync'];
  if (sqliteSync !== 'full' && sqliteSync !== 'normal') {
    throw new ConfigError(`SQLITE_SYNC must be "full" or "normal", got "${env.SQLITE_SYNC}"`);
  }
  const port = positiveNumber(env, 'PORT', 3978);
  if (!Number.isInteger(port) || port > 65535)
    throw new ConfigError(`PORT must be a port number, got "${port}"`);
  return {
    port,
    botId,
    botPassword,
    botTenantId: env.BOT_TENANT_ID?.trim() ?? '',
    botType: env.BOT_TYPE?.trim() || 'MultiTenant',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl,
    sqliteSync,
    jobConcurrency: Math.floor(positiveNumber(env, 'JOB_CONCURRENCY', 8)),
    jobLeaseMs: positiveNumber(env, 'JOB_LEASE_MS', 60_000),
    adminIds,
    everyoneIsAdmin: !botId && adminIds.length === 0,
    testClock,
    testClockStart,
    globalSendRate: positiveNumber(env, 'SEND_RATE_GLOBAL', 30),
    conversationSendRate: Math.min(positiveNumber(env, 'SEND_RATE_CONVERSATION', 7), 7),
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.MAIL_FROM?.trim() || 'sequences@localhost',
    pollIntervalMs: positiveNumber(env, 'JOB_POLL_MS', 1000),
    turnDeadlineMs: Math.min(positiveNumber(env, 'TURN_DEADLINE_MS', 10_000), 14_000),
    invokeDeadlineMs: Math.min(positiveNumber(env, 'INVOKE_DEADLINE_MS', 5_000), 14_000),
    cardRefresh: env.CARD_REFRESH ? env.CARD_REFRESH === '1' || env.CARD_REFRESH === 'true' : Boolean(botId),
    model: modelConfig(env),
  };
}
