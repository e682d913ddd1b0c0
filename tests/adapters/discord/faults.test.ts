/**
 * The fault matrix of issue 13 for the Discord bot, each against the fake Discord with the built
 * entry point as a child process (as a supervisor runs it): stray payloads that used to crash it,
 * fatal states that used to leave it up doing nothing (or exit 13), and shutdown in every state.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAnswer } from '../../../adapters/discord/format.js';
import { CHANNEL_ID, GUILD_ID, FakeDiscord } from './fake-discord.js';
import { mention, MINISTER, real } from './fixtures.js';
import { TOKEN, newUser } from './harness.js';
import { groupAlive, spawnBot, type SpawnedBot } from './spawn.js';

const TOKEN_LINE = /^discord: Discord rejected DISCORD_TOKEN \([^)]+\): copy the bot token again \(Developer Portal > Bot > Reset Token\) into DISCORD_TOKEN in \.env$/;

let fake: FakeDiscord;
let bot: SpawnedBot | undefined;
beforeEach(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
});
afterEach(async () => {
  if (bot && bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
  bot = undefined;
  await fake.close();
});

const start = (settings: Record<string, string> = {}, options: { viaNpm?: boolean } = {}): SpawnedBot =>
  (bot = spawnBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, ...settings }, options));

/** An INTERACTION_CREATE as Discord never should send it: `data: null`. */
function nullInteraction(type: 2 | 3): object {
  const user = { id: newUser().id, username: 'someone', discriminator: '0', global_name: null, avatar: null };
  return { id: `97000000000000000${type}`, application_id: '1', type, token: 'tok', version: 1, data: null, guild_id: GUILD_ID, channel_id: CHANNEL_ID, member: { user, roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, permissions: '0' }, app_permissions: '0', locale: 'en-US', entitlements: [] };
}

describe('stray payloads do not kill the bot', () => {
  it('after malformed frames and INTERACTION_CREATE with data: null, it logs them and answers the next mention', async () => {
    const b = start();
    await b.waitForLog('discord bot ready');
    fake.sendRawFrame('not json {');
    fake.sendRawFrame('{"op":0,"t":"MESSAGE_CREATE","s":90,"d":null}');
    fake.dispatch('INTERACTION_CREATE', nullInteraction(2));
    fake.dispatch('INTERACTION_CREATE', nullInteraction(3));
    await expect.poll(() => b.logs().filter((l) => l.msg === 'unhandled error; the bot keeps running').length).toBeGreaterThanOrEqual(3);
    const id = fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    expect((await fake.replyTo(id, 5000)).body.content).toBe(formatAnswer(real.ask(MINISTER)));
    expect(b.child.exitCode).toBeNull();
    expect(b.plainLines()).toEqual([]); // no stack trace on stderr, only JSON log lines
  });
});

describe('fatal states: one line naming the setting, exit 1', () => {
  it('a token Discord rejects at start prints exactly one line naming DISCORD_TOKEN (no JSON log line)', async () => {
    const b = start({ DISCORD_TOKEN: 'wrong-token-value' });
    expect((await b.exited).code).toBe(1);
    expect(b.stderr().split('\n').filter(Boolean)).toHaveLength(1);
    expect(b.stderr().trim()).toMatch(TOKEN_LINE);
  });

  it('gateway close 4004 (authentication failed) after ready exits 1, not 13', async () => {
    const b = start();
    await b.waitForLog('discord bot ready');
    fake.closeGateway(4004, 'Authentication failed.');
    expect((await b.exited).code).toBe(1);
    expect(b.plainLines()).toHaveLength(1);
    expect(b.plainLines()[0]).toMatch(TOKEN_LINE);
    expect(b.stderr()).not.toContain(TOKEN);
  });

  it('one REST 401 while running (discord.js then drops its token for good) exits 1', async () => {
    const b = start();
    await b.waitForLog('discord bot ready');
    fake.override((r) => r.method === 'POST' && r.path.endsWith('/messages'), 401, { message: '401: Unauthorized', code: 0 }, true);
    fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    expect((await b.exited).code).toBe(1);
    expect(b.plainLines()).toEqual([expect.stringMatching(TOKEN_LINE)]);
  });
});

describe('SIGINT and SIGTERM end the process within 5 s in every state', () => {
  const within5s = async (b: SpawnedBot, sent: number) => {
    const { at } = await b.exited;
    expect(at - sent).toBeLessThan(5000);
  };

  it('connecting (the gateway never says HELLO), SIGINT', async () => {
    fake.gateway = 'silent';
    const b = start();
    await expect.poll(() => fake.gatewayConnections, { timeout: 10_000 }).toBeGreaterThan(0);
    const sent = Date.now();
    b.child.kill('SIGINT');
    await within5s(b, sent);
    expect((await b.exited).code).toBe(0);
  });

  it('API hanging (a reply never answered), SIGINT', async () => {
    const b = start();
    await b.waitForLog('discord bot ready');
    fake.fault(() => true, { delayMs: Infinity });
    const id = fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    await fake.waitForRequest((r) => r.body?.message_reference?.message_id === id, 0, 5000);
    const sent = Date.now();
    b.child.kill('SIGINT');
    await within5s(b, sent);
    expect((await b.exited).code).toBe(0);
  });

  it('reconnecting (the gateway refuses every new connection), SIGTERM to the process group of npm run discord', async () => {
    const b = start({}, { viaNpm: true });
    await b.waitForLog('discord bot ready', 30_000);
    fake.gateway = 'refuse';
    fake.closeGateway(4000, 'unknown error');
    await b.waitForLog('gateway connection lost; reconnecting');
    const sent = Date.now();
    process.kill(-b.child.pid!, 'SIGTERM');
    // npm itself dies of the signal at once; the bot (and sh) must be gone too within 5 s.
    await expect.poll(() => groupAlive(b.child.pid!), { timeout: 5000, interval: 50 }).toBe(false);
    expect(Date.now() - sent).toBeLessThan(5000);
    expect(b.logs().map((l) => l.msg)).toContain('shutting down');
  });

  it('gateway gone (the whole fake Discord shut down), SIGTERM to the process group of npm run discord', async () => {
    const b = start({}, { viaNpm: true });
    await b.waitForLog('discord bot ready', 30_000);
    await fake.close();
    await b.waitForLog('gateway connection lost; reconnecting');
    const sent = Date.now();
    process.kill(-b.child.pid!, 'SIGTERM');
    // npm itself dies of the signal at once; the bot (and sh) must be gone too within 5 s.
    await expect.poll(() => groupAlive(b.child.pid!), { timeout: 5000, interval: 50 }).toBe(false);
    expect(Date.now() - sent).toBeLessThan(5000);
    expect(b.logs().map((l) => l.msg)).toContain('shutting down');
    fake = await FakeDiscord.start({ token: TOKEN }); // for afterEach
  });
});
