/**
 * `npm run slack` as users run it: node on the built dist/adapters/slack/main.js, in a folder
 * without .env, with only the variables given here.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { FakeSlack } from './fake-slack.js';
import { expectCoreAnswerShown } from './harness.js';
import { FORM, SIGNING_SECRET, commandBody, postSigned } from './requests.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'dist/adapters/slack/main.js');
const EMPTY_DIR = mkdtempSync(join(tmpdir(), 'slack-main-'));
const LAVROV_Q = 'Who is Russia’s foreign minister?';

interface Run {
  child: ChildProcess;
  stderr: () => string;
  stdout: () => string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>, args: string[] = []): Run {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: EMPTY_DIR, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (err += String(d)));
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return { child, stderr: () => err, stdout: () => out, exit };
}

/** True when some source the Slack entry point needs is newer than its compiled file in dist/. */
function distIsStale(): boolean {
  const sources = ['src', 'adapters/shared', 'adapters/slack'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => join(dir, f)),
  );
  return sources.some((file) => {
    const built = join(ROOT, 'dist', file.replace(/\.ts$/, '.js'));
    return !existsSync(built) || statSync(built).mtimeMs < statSync(join(ROOT, file)).mtimeMs;
  });
}

beforeAll(() => {
  // tests/global-setup.ts normally built dist already; build again only if a source is newer (e.g. edited since).
  if (distIsStale()) {
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
    } catch {
      // a type error is reported by the type check, not here
    }
  }
  expect(distIsStale()).toBe(false);
  expect(existsSync(MAIN)).toBe(true);
}, 60_000);

describe('npm run slack with missing variables', () => {
  it('prints one line naming the Socket Mode variables and pointing at .env.example, exit code 1', async () => {
    const r = run({});
    expect(await r.exit).toBe(1);
    expect(r.stderr()).toBe('slack: missing SLACK_BOT_TOKEN, SLACK_APP_TOKEN: set them in .env (see .env.example)\n');
    expect(r.stdout()).toBe('');
  });

  it('names the signing secret in HTTP mode, and never prints a given token', async () => {
    const r = run({ SLACK_SOCKET_MODE: 'false', SLACK_BOT_TOKEN: 'xoxb-given-secret-token' });
    expect(await r.exit).toBe(1);
    expect(r.stderr()).toBe('slack: missing SLACK_SIGNING_SECRET: set it in .env (see .env.example)\n');
  });
});

/** The lines of stderr that are not JSON log lines (what a person reads). */
const plainLines = (stderr: string) => stderr.split('\n').filter((l) => l && !l.startsWith('{'));

describe('npm run slack -- --help', () => {
  it('prints usage and every variable it reads on stdout, exit code 0, without needing any variable', async () => {
    const r = run({}, ['--help']);
    expect(await r.exit).toBe(0);
    expect(r.stdout()).toMatch(/^Usage: npm run slack \[-- --article PATH \.\.\.\]/);
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_SOCKET_MODE', 'SLACK_API_URL', 'SLACK_CONNECT_ATTEMPTS', 'QA_LOG_FILE']) {
      expect(r.stdout()).toContain(name);
    }
    expect(r.stderr()).toBe('');
  });

  it('an unknown option is one line pointing at --help, exit code 1', async () => {
    const r = run({}, ['--bogus']);
    expect(await r.exit).toBe(1);
    expect(plainLines(r.stderr())).toHaveLength(1);
    expect(r.stderr()).toMatch(/^slack: Unknown option '--bogus'.*\(see npm run slack -- --help\)\n$/);
  });
});

describe('npm run slack when it cannot connect', () => {
  it('Socket Mode with the API unreachable: logged retries, then one clear line and exit code 1', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    await new Promise((r) => server.close(r));
    const r = run({ SLACK_BOT_TOKEN: 'xoxb-offline', SLACK_APP_TOKEN: 'xapp-offline', SLACK_API_URL: `http://127.0.0.1:${port}/api/`, SLACK_CONNECT_ATTEMPTS: '2', LOG_LEVEL: 'info' });
    expect(await r.exit).toBe(1);
    const lines = plainLines(r.stderr());
    expect(lines).toEqual([expect.stringMatching(/^slack: could not reach Slack at http:\/\/127\.0\.0\.1:\d+\/api\/ \((auth\.test|Socket Mode connection): ECONNREFUSED\) after 2 tries: check the network, or SLACK_API_URL/)]);
    expect(r.stderr()).toContain('"msg":"could not reach Slack (auth.test); retrying"');
    expect(r.stderr()).not.toContain('offline');
  });
});

describe('npm run slack against a fake Slack', () => {
  let fake: FakeSlack;
  let current: Run | undefined;
  beforeAll(async () => {
    fake = await FakeSlack.start();
  });
  afterEach(() => {
    if (current && current.child.exitCode === null) current.child.kill('SIGKILL');
    current = undefined;
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('Socket Mode: verifies the token and connects via SLACK_API_URL, answers /ask, stops cleanly on SIGTERM', async () => {
    const before = fake.sockets.length;
    current = run({ SLACK_BOT_TOKEN: fake.botToken, SLACK_APP_TOKEN: fake.appToken, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'info' });
    await fake.waitFor(() => fake.sockets.length > before, 15_000, 'the app to connect');
    expect(fake.callsTo('auth.test').length).toBeGreaterThan(0);
    const envelope = {
      envelope_id: 'main-env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: Object.fromEntries(new URLSearchParams(commandBody(LAVROV_Q, fake.responseUrl('main-1')))),
    };
    expect((await fake.sendEnvelope(envelope)).envelope_id).toBe('main-env-1');
    const reply = await fake.waitFor(() => fake.responses.find((r) => r.id === 'main-1'), 5000, 'the answer');
    expectCoreAnswerShown(reply.body, LAVROV_Q);
    current.child.kill('SIGTERM');
    expect(await current.exit).toBe(0);
    expect(current.stderr()).toContain('shutting down');
    expect(current.stderr()).not.toContain(fake.botToken);
    expect(current.stderr()).not.toContain(fake.appToken);
  });

  it('a rejected SLACK_BOT_TOKEN at start: one line naming it and the fix, exit code 1', async () => {
    current = run({ SLACK_BOT_TOKEN: 'xoxb-rejected', SLACK_APP_TOKEN: fake.appToken, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'info' });
    expect(await current.exit).toBe(1);
    expect(plainLines(current.stderr())).toEqual([
      "slack: Slack refused SLACK_BOT_TOKEN (invalid_auth): set it to the app's Bot User OAuth Token (xoxb-..., OAuth & Permissions; reinstall the app if it was revoked), in .env (see .env.example)",
    ]);
    expect(current.stderr()).not.toContain('xoxb-rejected');
  });

  it('Socket Mode, app token revoked while running: one line naming SLACK_APP_TOKEN, exit code 1', async () => {
    const before = fake.sockets.length;
    current = run({ SLACK_BOT_TOKEN: fake.botToken, SLACK_APP_TOKEN: fake.appToken, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'info' });
    await fake.waitFor(() => fake.sockets.length > before, 15_000, 'the app to connect');
    const appToken = fake.appToken;
    fake.appToken = 'xapp-revoked';
    try {
      fake.dropSockets();
      expect(await current.exit).toBe(1);
    } finally {
      fake.appToken = appToken;
    }
    expect(plainLines(current.stderr())).toEqual([expect.stringMatching(/^slack: Slack refused SLACK_APP_TOKEN \(invalid_auth\): set it to an app-level token/)]);
    expect(current.stderr()).not.toContain('unhandled rejection');
    expect(current.stderr()).toContain('lost the Socket Mode connection to Slack; reconnecting');
  });

  it('Socket Mode, SIGTERM while reconnecting through an outage: ends within 5 s, exit code 0', async () => {
    const before = fake.sockets.length;
    current = run({ SLACK_BOT_TOKEN: fake.botToken, SLACK_APP_TOKEN: fake.appToken, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'info' });
    const r = current;
    await fake.waitFor(() => fake.sockets.length > before, 15_000, 'the app to connect');
    fake.connectionsDown = true;
    try {
      fake.dropSockets();
      await fake.waitFor(() => r.stderr().includes('could not reconnect to Slack; retrying'), 10_000, 'a failed reconnect');
      const signalled = Date.now();
      r.child.kill('SIGTERM');
      expect(await r.exit).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(5000);
    } finally {
      fake.connectionsDown = false;
    }
  });

  it('HTTP mode: listens on PORT, answers a signed /ask, stops cleanly on SIGINT', async () => {
    current = run({
      SLACK_SOCKET_MODE: 'false', SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl, PORT: '0', LOG_LEVEL: 'info',
    });
    const r = current;
    const port = await fake.waitFor(() => /listening on port (\d+)/.exec(r.stderr())?.[1], 15_000, 'the listening log line');
    const res = await postSigned(`http://127.0.0.1:${port}`, commandBody(LAVROV_Q, fake.responseUrl('main-2')), { contentType: FORM });
    expect(res.status).toBe(200);
    const reply = await fake.waitFor(() => fake.responses.find((x) => x.id === 'main-2'), 5000, 'the answer');
    expectCoreAnswerShown(reply.body, LAVROV_Q);
    r.child.kill('SIGINT');
    expect(await r.exit).toBe(0);
    expect(r.stderr()).not.toContain(SIGNING_SECRET);
  });
});
