import { describe, expect, it } from 'vitest';
import { DEFAULT_API_URL, loadDiscordConfig } from '../../../adapters/discord/config.js';
import { ConfigError } from '../../../adapters/shared/env.js';

const TOKEN = 'MTAw.secret-token-value.xyz';

describe('loadDiscordConfig', () => {
  it('needs only the token, with defaults for the rest', () => {
    expect(loadDiscordConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      apiUrl: DEFAULT_API_URL,
      channels: new Set(),
      rateLimit: { limit: 5, windowMs: 10_000 },
    });
  });

  it('names the missing token and points at .env.example', () => {
    for (const env of [{}, { DISCORD_TOKEN: '' }, { DISCORD_TOKEN: '   ' }]) {
      expect(() => loadDiscordConfig(env)).toThrow(new ConfigError('missing DISCORD_TOKEN: set it in .env (see .env.example)'));
    }
  });

  it('reads every optional setting', () => {
    const config = loadDiscordConfig({
      DISCORD_TOKEN: `Bot ${TOKEN}`,
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      DISCORD_APPLICATION_ID: '900000000000000001',
      DISCORD_GUILD_ID: '910000000000000001',
      DISCORD_CHANNELS: ' 920000000000000001, 920000000000000002 ,',
      DISCORD_RATE_LIMIT: '3',
      DISCORD_RATE_WINDOW_SECONDS: '2.5',
    });
    expect(config).toEqual({
      token: TOKEN,
      apiUrl: 'http://127.0.0.1:9999/api',
      applicationId: '900000000000000001',
      guildId: '910000000000000001',
      channels: new Set(['920000000000000001', '920000000000000002']),
      rateLimit: { limit: 3, windowMs: 2500 },
    });
  });

  it('treats blank optional settings as unset', () => {
    const config = loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: '', DISCORD_GUILD_ID: ' ', DISCORD_RATE_LIMIT: '' });
    expect(config.apiUrl).toBe(DEFAULT_API_URL);
    expect(config.guildId).toBeUndefined();
    expect(config.rateLimit.limit).toBe(5);
  });

  it('names each malformed variable without echoing any value', () => {
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: `ftp://${TOKEN}`,
      DISCORD_GUILD_ID: TOKEN,
      DISCORD_CHANNELS: `920000000000000001,${TOKEN}`,
      DISCORD_RATE_LIMIT: '0',
      DISCORD_RATE_WINDOW_SECONDS: 'soon',
    };
    let message = '';
    try {
      loadDiscordConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    for (const name of ['DISCORD_API_URL', 'DISCORD_GUILD_ID', 'DISCORD_CHANNELS', 'DISCORD_RATE_LIMIT', 'DISCORD_RATE_WINDOW_SECONDS']) {
      expect(message).toContain(name);
    }
    expect(message).toContain('.env.example');
    expect(message).not.toContain('secret-token-value');
    expect(message).not.toContain('soon');
  });
});
