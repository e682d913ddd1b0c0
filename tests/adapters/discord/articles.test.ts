/**
 * `/article` end to end through discord.js against the fake Discord: add a link or an attached
 * file (deferred, then the loaded reply), list, use per channel, remove; the permission; an
 * unsupported file; the answer's source line linking to the quoted sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleDesk } from '../../../adapters/shared/library/desk.js';
import { openLibrary } from '../../../adapters/shared/library/open.js';
import { idFor } from '../../../adapters/shared/library/record.js';
import { createLibrarySession } from '../../../adapters/shared/library/session.js';
import { articleScope } from '../../../adapters/discord/threads.js';
import type { Client } from 'discord.js';
import { librarySettings } from '../../../adapters/shared/library/settings.js';
import { createMemoryArticleStore } from '../../../adapters/shared/library/store.js';
import { RateLimiter } from '../../../adapters/shared/rate-limit.js';
import { newsPage, serve } from '../shared/sources/pages.js';
import { EDITORS_ROLE_ID } from './fake-payloads.js';
import { CHANNEL_ID, OTHER_CHANNEL_ID, threadChannel } from './fake-discord.js';
import { newUser, startBot, type Harness } from './harness.js';

const MANAGE_GUILD = String(1 << 5);
const EDITORS = EDITORS_ROLE_ID;
let h: Harness;
let site: Awaited<ReturnType<typeof serve>>;
let url: string;

beforeAll(async () => {
  site = await serve({
    '/page.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(newsPage()),
    '/files/ferry.txt': (_q, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('Ferry Service Resumes\n\nThe ferry to Inishmore will run again from Monday, the harbour office said.\n\nThe crossing takes forty minutes.'),
    '/files/photo.png': (_q, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('png'),
  });
  url = `${site.base}/page.html`;
  const settings = librarySettings({ ARTICLE_FETCH_ALLOW_HOSTS: '127.0.0.1' });
  const { library } = await openLibrary({ settings, store: createMemoryArticleStore() });
  const desk = new ArticleDesk({ library, settings, limiter: new RateLimiter({ limit: 50, windowMs: 60_000 }), permissionHint: 'Manage Server, or the editors role' });
  // As run.ts wires it: a thread without its own choice answers from its channel's articles.
  let client: Client | undefined;
  const scopeOf = (channelId: string): string => articleScope(library, client, channelId);
  h = await startBot(library.coreFor(), {
    limit: 100,
    session: createLibrarySession({ library, via: 'discord', scopeOf: (conversation) => scopeOf(conversation.split(':')[1]!) }),
    articles: { desk, coreFor: (channelId) => library.coreFor(scopeOf(channelId)), role: 'article-editors' },
  });
  client = h.bot.client;
});
afterAll(async () => {
  await h?.stop();
  await site?.close();
});

/** The reply to an interaction: the callback's content, or (deferred) the edited original. */
async function replyTo(spec: Parameters<Harness['fake']['sendInteraction']>[0]): Promise<{ deferred: boolean; content: string; ephemeral: boolean }> {
  const { id, token } = h.fake.sendInteraction(spec);
  const callback = await h.fake.callbackFor(id);
  if (callback.body.type === 5) {
    const edit = await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(token), 0, 8000);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    return { deferred: true, content: edit.body.content, ephemeral: false };
  }
  return { deferred: false, content: callback.body.data.content, ephemeral: (callback.body.data.flags & 64) === 64 };
}

describe('/article in Discord', () => {
  it('refuses a member without Manage Server or the role, in one line; anyone may list', async () => {
    const r = await replyTo({ command: 'article', subcommand: 'add', options: { url }, user: newUser() });
    expect(r).toMatchObject({ deferred: false, ephemeral: true });
    expect(r.content).toMatch(/^Not added: only people who manage the bot can add, remove or choose articles \(Manage Server, or the editors role\)/);
    expect((await replyTo({ command: 'article', subcommand: 'list', user: newUser() })).content).toContain('russia-resists-us-position-on-sanctions-for-iran.txt — “Russia Resists');
  });

  it('adds a link (deferred, then what was loaded), lists it, sets it for a channel, answers with a link to the quote, removes it', async () => {
    const id = idFor(url);
    const added = await replyTo({ command: 'article', subcommand: 'add', options: { url }, user: newUser(), permissions: MANAGE_GUILD });
    expect(added.deferred).toBe(true);
    expect(added.content).toContain('Loaded “Lighthouse Keepers Return to Carrow Point” (By Tessa Marlow): 6 paragraphs');
    expect(added.content).toMatch(/Try: “.+\?” · “.+\?”/);
    expect((await replyTo({ command: 'article', subcommand: 'list', user: newUser() })).content).toContain(`${id} — “Lighthouse Keepers`);

    const used = await replyTo({ command: 'article', subcommand: 'use', options: { ids: id }, user: newUser(), roles: [EDITORS] });
    expect(used.content).toBe(`This channel now answers from: “Lighthouse Keepers Return to Carrow Point” (${id}).`);
    const answer = await replyTo({ command: 'ask', options: { question: 'Who rebuilt the old lamp?' }, user: newUser() });
    expect(answer.content).toContain(`— paragraph 3 of [*Lighthouse Keepers Return to Carrow Point*](<${url}#:~:text=The%20old%20lamp%20was%20rebuilt,grinding%20new%20lenses%20by%20hand.>)`);
    // The channel's choice: Lavrov is not in the lighthouse article.
    expect((await replyTo({ command: 'ask', options: { question: 'Who is Lavrov?' }, user: newUser() })).content).toMatch(/never mentions/);
    // A mention in the channel goes to the same articles.
    const user = newUser();
    const messageId = h.fake.sendMessage({ content: '<@900000000000000001> Who rebuilt the old lamp?', author: user });
    expect((await h.fake.replyTo(messageId)).body.content).toContain('glassworks in Dunmore');
    // A thread someone opens in that channel answers from the channel's articles too.
    const threadId = '960000000000000001';
    h.fake.dispatch('THREAD_CREATE', { ...threadChannel(threadId, CHANNEL_ID, 'questions', user.id), newly_created: true });
    const inThread = h.fake.sendMessage({ content: '<@900000000000000001> Who is Lavrov?', author: user, channel: threadId });
    expect((await h.fake.replyTo(inThread)).body.content).toMatch(/never mentions/);

    const removed = await replyTo({ command: 'article', subcommand: 'remove', options: { id }, user: newUser(), permissions: MANAGE_GUILD });
    expect(removed.content).toBe(`Removed “Lighthouse Keepers Return to Carrow Point” (${id}).`);
    expect((await replyTo({ command: 'ask', options: { question: 'Who is Lavrov?' }, user: newUser() })).content).toContain('foreign minister');
  });

  it('reads an attached file; an unsupported one gets one line; another channel keeps every article', async () => {
    const added = await replyTo({ command: 'article', subcommand: 'add', user: newUser(), permissions: MANAGE_GUILD, attachment: { option: 'file', name: 'ferry.txt', url: `${site.base}/files/ferry.txt`, size: 120, contentType: 'text/plain' } });
    expect(added.content).toContain('Loaded “Ferry Service Resumes”');
    const png = await replyTo({ command: 'article', subcommand: 'add', user: newUser(), permissions: MANAGE_GUILD, attachment: { option: 'file', name: 'photo.png', url: `${site.base}/files/photo.png`, size: 3, contentType: 'image/png' } });
    expect(png.content).toBe('Not added: photo.png: not an article file I can read; give a web page (.html), a PDF, or text (.txt, .md)');
    expect(site.hits).not.toContain('/files/photo.png');
    const elsewhere = h.fake.sendMessage({ content: '<@900000000000000001> When will the ferry run again?', author: newUser(), channel: OTHER_CHANNEL_ID });
    expect((await h.fake.replyTo(elsewhere)).body.content).toContain('Monday');
  });
});
