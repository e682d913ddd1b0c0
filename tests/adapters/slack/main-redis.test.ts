/**
 * `npm run slack` (the built entry point) with REDIS_URL and HEALTH_PORT: /healthz reports the
 * shared state, the Redis password never reaches the log, and SIGTERM still ends the process
 * with code 0, whether Redis is up or unreachable (its reconnect loop must not keep it alive).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_REDIS, startRedis, type TestRedis } from '../shared/redis-server.js';
import { FakeSlack } from './fake-slack.js';
import { expectCoreAnswerShown } from './harness.js';
import { commandBody } from './requests.js';

const MAIN = join(resolve(import.meta.dirname, '../../..'), 'dist/adapters/slack/main.js');
const PASSWORD = 'redis-pass-do-not-log';
let fake: FakeSlack;
let redis: TestRedis;
let child: ChildProcess | undefined;

beforeAll(async () => {
  if (!HAVE_REDIS) return;
  [fake, redis] = await Promise.all([FakeSlack.start(), startRedis({ password: PASSWORD })]);
});
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});
afterAll(async () => {
  await fake?.close();
  await redis?.stop();
});

function run(env: Record<string, string>) {
  const proc = spawn(process.execPath, [MAIN], {
    cwd: mkdtempSync(join(tmpdir(), 'slack-redis-')),
    env: { PATH: process.env.PATH ?? '', SLACK_BOT_TOKEN: fake.botToken, SLACK_APP_TOKEN: fake.appToken, SLACK_API_URL: fake.apiUrl, QA_LOG_FILE: 'off', HEALTH_PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child = proc;
  let err = '';
  proc.stderr!.on('data', (d) => (err += String(d)));
  return { proc, stderr: () => err, exit: once(proc, 'exit').then(([code]) => code as number | null) };
}

async function health(stderr: () => string): Promise<Record<string, any>> {
  const port = await fake.waitFor(() => /health check on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr())?.[1], 15_000, 'the health line');
  return (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as Record<string, any>;
}

async function askOverSocket(id: string): Promise<void> {
  const envelope = { envelope_id: `env-${id}`, type: 'slash_commands', accepts_response_payload: true, payload: Object.fromEntries(new URLSearchParams(commandBody('Who is Russia’s foreign minister?', fake.responseUrl(id)))) };
  await fake.sendEnvelope(envelope, 15_000);
  expectCoreAnswerShown((await fake.waitFor(() => fake.responses.find((r) => r.id === id), 5000, 'the answer')).body, 'Who is Russia’s foreign minister?');
}

describe.skipIf(!HAVE_REDIS)('npm run slack with REDIS_URL and HEALTH_PORT', () => {
  it('shares state through Redis, says so on /healthz, logs no password, exits 0 on SIGTERM', async () => {
    const before = fake.sockets.length;
    const r = run({ REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:${redis.port}` });
    await fake.waitFor(() => fake.sockets.length > before, 15_000, 'the app to connect');
    await fake.waitFor(() => r.stderr().includes('connected to Redis'), 10_000, 'the Redis connection');
    await askOverSocket('redis-main-1');
    expect(await health(r.stderr)).toMatchObject({ status: 'ok', platform: 'slack', connected: true, state: { kind: 'redis', connected: true, target: `redis://127.0.0.1:${redis.port}` } });
    r.proc.kill('SIGTERM');
    expect(await r.exit).toBe(0);
    expect(r.stderr()).not.toContain(PASSWORD);
  });

  it('answers with Redis unreachable, logs it once, and still exits 0 on SIGTERM', async () => {
    const before = fake.sockets.length;
    const r = run({ REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:1` });
    await fake.waitFor(() => fake.sockets.length > before, 15_000, 'the app to connect');
    await askOverSocket('redis-main-2');
    expect((await health(r.stderr)).state).toMatchObject({ kind: 'redis', connected: false });
    r.proc.kill('SIGTERM');
    expect(await r.exit).toBe(0);
    expect(r.stderr().split('\n').filter((l) => l.includes('Redis unavailable'))).toHaveLength(1);
    expect(r.stderr()).not.toContain(PASSWORD);
  });
});
