import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../../../adapters/discord/register.js';
import { APP_ID, FakeDiscord, GUILD_ID } from './fake-discord.js';
import { TOKEN } from './harness.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
});
afterAll(async () => {
  await fake?.close();
});

const ASK = {
  name: 'ask',
  type: 1,
  options: [{ name: 'question', type: 3, required: true }],
};

describe('npm run discord:register', () => {
  it('registers /ask (with a required string option "question") and /about in one guild when DISCORD_GUILD_ID is set', async () => {
    const done = await registerCommands({ token: TOKEN, apiUrl: fake.apiUrl, guildId: GUILD_ID });
    expect(done).toEqual({ scope: 'guild', applicationId: APP_ID, guildId: GUILD_ID, commands: ['ask', 'about', 'why', 'article'] });
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.status).toBe(200);
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
    const [ask, about] = put!.body;
    expect(ask).toMatchObject(ASK);
    expect(ask.description.length).toBeGreaterThan(0);
    expect(about).toMatchObject({ name: 'about', type: 1 });
    expect(about.options ?? []).toEqual([]);
    // /article: add (url or an attached file), list, use, remove, as subcommands.
    const article = put!.body[3];
    expect(article.options.map((o: { name: string; type: number }) => [o.name, o.type])).toEqual([['add', 1], ['list', 1], ['use', 1], ['remove', 1]]);
    expect(article.options[0].options.map((o: { name: string; type: number }) => [o.name, o.type])).toEqual([['url', 3], ['file', 11]]);
  });

  it('registers globally without DISCORD_GUILD_ID, using the given application id without looking it up', async () => {
    const from = fake.requests.length;
    const done = await registerCommands({ token: TOKEN, apiUrl: fake.apiUrl, applicationId: APP_ID });
    expect(done.scope).toBe('global');
    const made = fake.requests.slice(from);
    expect(made.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v10/applications/${APP_ID}/commands`]);
    expect(made[0]!.body[0]).toMatchObject(ASK);
  });

  it('on a bad token, fails with one line naming DISCORD_TOKEN and the fix (not only "401: Unauthorized")', async () => {
    const failure = registerCommands({ token: 'wrong-token-value', apiUrl: fake.apiUrl });
    await expect(failure).rejects.toThrow(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized\): .*Reset Token.*DISCORD_TOKEN in \.env$/);
    await expect(failure).rejects.not.toThrow(/wrong-token-value|\n/);
  });

  it('on an application id Discord does not know, names DISCORD_APPLICATION_ID', async () => {
    const clear = fake.override((r) => r.method === 'PUT', 404, { message: 'Unknown Application', code: 10002 });
    try {
      await expect(registerCommands({ token: TOKEN, apiUrl: fake.apiUrl, applicationId: '123456789012345678' })).rejects.toThrow(/DISCORD_APPLICATION_ID \(404\): check the ids in \.env/);
    } finally {
      clear();
    }
  });

  it('with Discord unreachable, says so and names DISCORD_API_URL, without hanging', async () => {
    const closed = await FakeDiscord.start({ token: TOKEN });
    const apiUrl = closed.apiUrl;
    await closed.close();
    await expect(registerCommands({ token: TOKEN, apiUrl })).rejects.toThrow(/^could not reach Discord \(.*\): check the network, and DISCORD_API_URL/);
  });
});

describe('the built script (node dist/adapters/discord/register.js, built by tests/global-setup.ts)', () => {
  const SCRIPT = resolve(import.meta.dirname, '../../../dist/adapters/discord/register.js');
  const run = promisify(execFile);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DISCORD_')));

  it('reads .env, registers in the guild and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'discord-register-'));
    try {
      writeFileSync(join(dir, '.env'), `DISCORD_TOKEN=${TOKEN}\nDISCORD_API_URL=${fake.apiUrl}\nDISCORD_GUILD_ID=${GUILD_ID}\n`);
      const from = fake.requests.length;
      const { stdout, stderr } = await run(process.execPath, [SCRIPT], { cwd: dir, env });
      expect(stdout).toBe(`Registered /ask, /about, /why, /article for application ${APP_ID} in guild ${GUILD_ID} (available now).\n`);
      expect(stderr).toBe('');
      expect(fake.requests.slice(from).map((r) => `${r.method} ${r.path} ${r.status}`)).toContain(`PUT /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands 200`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with a rejected token prints one line naming DISCORD_TOKEN and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'discord-register-'));
    try {
      writeFileSync(join(dir, '.env'), `DISCORD_TOKEN=wrong-token-value\nDISCORD_API_URL=${fake.apiUrl}\n`);
      const result = await run(process.execPath, [SCRIPT], { cwd: dir, env }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^discord:register: Discord rejected DISCORD_TOKEN \(401 Unauthorized\): [^\n]+\n$/);
      expect(result.stderr).not.toContain('wrong-token-value');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--help prints usage and the variables it reads, and registers nothing', async () => {
    const from = fake.requests.length;
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, '--help'], { env });
    expect(stdout).toMatch(/^Usage: npm run discord:register/);
    for (const name of ['DISCORD_TOKEN', 'DISCORD_API_URL', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID']) expect(stdout).toContain(name);
    expect(stderr).toBe('');
    expect(fake.requests.length).toBe(from);
  });
});
