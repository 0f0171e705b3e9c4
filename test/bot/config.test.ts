// Start-up configuration that would expose the bot: refused with a message that says why.

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config.js';

describe('configuration', () => {
  it('refuses the test clock together with Bot Framework credentials, saying why', () => {
    const env = { BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_PASSWORD: 'x', TEST_CLOCK: '1' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/TEST_CLOCK.*not authenticated.*BOT_ID/);
    expect(() => loadConfig({ ...env, TEST_CLOCK: 'true' })).toThrow(ConfigError);
  });

  it('keeps the test clock in local mode and the credentials without it', () => {
    expect(loadConfig({ TEST_CLOCK: '1' }).testClock).toBe(true);
    const production = loadConfig({ BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_PASSWORD: 'x' });
    expect(production).toMatchObject({ testClock: false, botId: '00000000-0000-0000-0000-000000000001' });
  });
});
