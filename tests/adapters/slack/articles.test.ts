/**
 * `/article` and file shares end to end in HTTP mode, against the fake Slack: add a link (with
 * "Reading …" first), list, use per channel, remove; the permission (SLACK_ARTICLE_EDITORS or a
 * workspace admin); a file shared in a DM read with the bot token; an unsupported file in one
 * line; the answer's context line linking to the quoted sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleDesk } from '../../../adapters/shared/library/desk.js';
import { openLibrary } from '../../../adapters/shared/library/open.js';
import { idFor } from '../../../adapters/shared/library/record.js';
import { channelScope, createLibrarySession } from '../../../adapters/shared/library/session.js';
import { librarySettings } from '../../../adapters/shared/library/settings.js';
import { createMemoryArticleStore } from '../../../adapters/shared/library/store.js';
import { RateLimiter } from '../../../adapters/shared/rate-limit.js';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { newsPage, serve } from '../shared/sources/pages.js';
import { FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, httpConfig, shownText } from './harness.js';
import { commandBody, eventBody, FORM, postSigned, uniqueId } from './requests.js';

let fake: FakeSlack;
let bot: SlackBot;
let base: string;
let site: Awaited<ReturnType<typeof serve>>;
let url: string;
const { logger } = capturingLogger();

beforeAll(async () => {
  fake = await FakeSlack.start();
  site = await serve({ '/page.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(newsPage()) });
  url = `${site.base}/page.html`;
  const settings = librarySettings({ ARTICLE_FETCH_ALLOW_HOSTS: '127.0.0.1' });
  const { library } = await openLibrary({ settings, store: createMemoryArticleStore() });
  const desk = new ArticleDesk({ library, settings, limiter: new RateLimiter({ limit: 50, windowMs: 60_000 }), permissionHint: 'workspace admins and the users in SLACK_ARTICLE_EDITORS' });
  bot = buildBot(httpConfig(fake), logger, library.coreFor(), {
    session: createLibrarySession({ library, via: 'slack', scopeOf: channelScope }),
    articles: { desk, editors: new Set(['U0EDITOR']), coreFor: (channel) => library.coreFor(`slack:${channel}`) },
  });
  const { port } = await bot.start({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await site?.close();
});

/** Sends a slash command and waits for `count` posts to its response_url; returns their texts. */
async function command(name: '/article' | '/ask', text: string, user = 'U0ASKER', count = 1, channel = 'C0GENERAL'): Promise<Array<{ text: string; visible: boolean }>> {
  const id = uniqueId('resp');
  const ack = await postSigned(base, commandBody(text, fake.responseUrl(id), { command: name, user_id: user, channel_id: channel }), { contentType: FORM });
  expect(ack.status).toBe(200);
  const replies = await fake.waitFor(() => {
    const r = fake.responses.filter((x) => x.id === id);
    return r.length >= count ? r : undefined;
  }, 8000, `${count} replies to ${name} ${text}`);
  return replies.map((r) => ({ text: shownText(r.body), visible: r.body.response_type === 'in_channel' }));
}

describe('/article in Slack', () => {
  it('refuses someone not listed and not an admin; anyone may list', async () => {
    const [r] = await command('/article', `add <${url}>`);
    expect(r!.text).toContain('Not added: only people who manage the bot can add, remove or choose articles (workspace admins and the users in SLACK_ARTICLE_EDITORS)');
    expect((await command('/article', 'list'))[0]!.text).toContain('russia-resists-us-position-on-sanctions-for-iran.txt');
    // In their own DM anyone chooses their articles.
    expect((await command('/article', 'use russia-resists-us-position-on-sanctions-for-iran.txt', 'U0ASKER', 1, 'D0ASKER'))[0]!.text).toContain('This channel now answers from: “Russia Resists');
    expect((await command('/article', 'use russia-resists-us-position-on-sanctions-for-iran.txt', 'U0ASKER', 1, 'C0GENERAL'))[0]!.text).toContain('Not done: only people who manage the bot');
  });

  it('adds a link ("Reading …" first), sets it for a channel, answers with a link to the quote, removes it', async () => {
    const id = idFor(url);
    const [reading, loaded] = await command('/article', `add <${url}>`, 'U0EDITOR', 2);
    expect(reading!.text).toContain(`Reading ${url}`);
    expect(loaded!.visible).toBe(true);
    expect(loaded!.text).toContain('Loaded “Lighthouse Keepers Return to Carrow Point” (By Tessa Marlow): 6 paragraphs');
    const [used] = await command('/article', `use ${id}`, 'UADMIN1');
    expect(used!.text).toContain(`This channel now answers from: “Lighthouse Keepers Return to Carrow Point” (${id}).`);
    const [answer] = await command('/ask', 'Who rebuilt the old lamp?');
    expect(answer!.text).toContain(`paragraph 3 of <${url}#:~:text=The%20old%20lamp%20was%20rebuilt,grinding%20new%20lenses%20by%20hand.|_Lighthouse Keepers Return to Carrow Point_>`);
    expect((await command('/ask', 'Who is Lavrov?'))[0]!.text).toMatch(/never mentions/);
    // Another channel still answers from every article.
    expect((await command('/ask', 'Who is Lavrov?', 'U0ASKER', 1, 'C0OTHER'))[0]!.text).toContain('foreign minister');
    const [removed] = await command('/article', `remove ${id}`, 'U0EDITOR');
    expect(removed!.text).toContain(`Removed “Lighthouse Keepers Return to Carrow Point” (${id}).`);
  });

  it('reads a file shared in a DM with the bot token; an unsupported file gets one line', async () => {
    fake.files.set('ferry.txt', { type: 'text/plain', body: 'Ferry Service Resumes\n\nThe ferry to Inishmore will run again from Monday, the harbour office said.' });
    const seen = new Set<unknown>();
    const share = async (name: string, mimetype: string, user = 'U0EDITOR') => {
      const ts = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
      await postSigned(base, eventBody({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D0EDITOR', user, text: '', ts, files: [{ name, mimetype, size: 90, url_private_download: `${fake.url}/files/${name}` }] }));
      const post = await fake.waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.body.channel === 'D0EDITOR' && c.body.thread_ts === undefined && /^(Loaded|Not added)/.test(String(c.body.text)) && !seen.has(c)), 8000, `a reply to ${name}`);
      seen.add(post);
      return String(post.body.text);
    };
    expect(await share('ferry.txt', 'text/plain')).toContain('Loaded “Ferry Service Resumes”');
    expect(await share('photo.png', 'image/png')).toBe('Not added: photo.png: not an article file I can read; give a web page (.html), a PDF, or text (.txt, .md)');
  });
});
