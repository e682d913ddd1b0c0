/**
 * Two `npm run slack` processes (HTTP mode) on one Redis: an article added through one is answered
 * through the other within a second, and a restarted instance still has it and the channel's choice.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { idFor } from '../../../adapters/shared/library/record.js';
import { startRedis, type TestRedis } from '../shared/redis-server.js';
import { newsPage, serve } from '../shared/sources/pages.js';
import { skipWithout } from '../shared/system-package.js';
import { FakeSlack } from './fake-slack.js';
import { shownText } from './harness.js';
import { commandBody, FORM, postSigned, SIGNING_SECRET, uniqueId } from './requests.js';

const MAIN = join(resolve(import.meta.dirname, '../../..'), 'dist/adapters/slack/main.js');
const skip = skipWithout('redis-server', 'redis-server');
const children: ChildProcess[] = [];
let fake: FakeSlack;
let redis: TestRedis;
let site: Awaited<ReturnType<typeof serve>>;

/** Starts one instance; resolves with its base URL once it listens. */
async function instance(): Promise<{ base: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [MAIN], {
    cwd: mkdtempSync(join(tmpdir(), 'slack-articles-')),
    env: {
      PATH: process.env.PATH ?? '', SLACK_BOT_TOKEN: fake.botToken, SLACK_SOCKET_MODE: 'false', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0',
      SLACK_API_URL: fake.apiUrl, QA_LOG_FILE: 'off', LOG_LEVEL: 'info', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'two:',
      ARTICLE_FETCH_ALLOW_HOSTS: '127.0.0.1', SLACK_ARTICLE_EDITORS: 'U0ASKER', QA_DATA_DIR: mkdtempSync(join(tmpdir(), 'unused-data-')),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(proc);
  let err = '';
  proc.stderr!.on('data', (d) => (err += String(d)));
  const port = await fake.waitFor(() => /listening on port (\d+)/.exec(err)?.[1], 20_000, 'the instance to listen');
  await fake.waitFor(() => err.includes('connected to Redis'), 10_000, 'the Redis connection');
  return { base: `http://127.0.0.1:${port}`, proc };
}

/** A slash command to one instance; the texts posted to its response_url. */
async function command(base: string, name: string, text: string, count = 1): Promise<string[]> {
  const id = uniqueId('resp');
  await postSigned(base, commandBody(text, fake.responseUrl(id), { command: name }), { contentType: FORM });
  const replies = await fake.waitFor(() => {
    const r = fake.responses.filter((x) => x.id === id);
    return r.length >= count ? r : undefined;
  }, 10_000, `${name} ${text}`);
  return replies.map((r) => shownText(r.body));
}

describe.skipIf(skip)('two Slack instances on one Redis', () => {
  beforeAll(async () => {
    [fake, redis] = await Promise.all([FakeSlack.start(), startRedis()]);
    site = await serve({ '/page.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(newsPage()) });
  });
  afterEach(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  });
  afterAll(async () => {
    await fake?.close();
    await site?.close();
    await redis?.stop();
  });

  it('an article added through one is answered through the other; a restart keeps it and the choice', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const url = `${site.base}/page.html`;
    const added = await command(a.base, '/article', `add <${url}>`, 2);
    expect(added[1]).toContain('Loaded “Lighthouse Keepers Return to Carrow Point”');
    const t0 = Date.now();
    let answer = '';
    while (!answer.includes('glassworks') && Date.now() - t0 < 1000) answer = (await command(b.base, '/ask', 'Who rebuilt the old lamp?'))[0]!;
    expect(answer).toContain('glassworks in Dunmore');
    expect((await command(b.base, '/article', `use ${idFor(url)}`))[0]).toContain('This channel now answers from: “Lighthouse Keepers');
    a.proc.kill('SIGTERM');
    b.proc.kill('SIGTERM');
    const c = await instance();
    expect((await command(c.base, '/ask', 'Who rebuilt the old lamp?'))[0]).toContain('glassworks in Dunmore');
    // The channel's choice survived too: Lavrov is not in the lighthouse article.
    expect((await command(c.base, '/ask', 'Who is Lavrov?'))[0]).toMatch(/never mentions/);
  }, 60_000);
});
