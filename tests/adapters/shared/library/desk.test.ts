/** The /article desk: permissions, refreshing a link, and the limits (adds per user and channel, count, bytes, per channel). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleDesk } from '../../../../adapters/shared/library/desk.js';
import { Library } from '../../../../adapters/shared/library/library.js';
import { idFor, recordOf } from '../../../../adapters/shared/library/record.js';
import { librarySettings } from '../../../../adapters/shared/library/settings.js';
import { createMemoryArticleStore } from '../../../../adapters/shared/library/store.js';
import { RateLimiter } from '../../../../adapters/shared/rate-limit.js';
import { ArticleRefusal } from '../../../../adapters/shared/sources/refusal.js';
import { BODY, newsPage, serve } from '../sources/pages.js';

let site: Awaited<ReturnType<typeof serve>>;
let version = 1;
beforeAll(async () => {
  site = await serve({
    '/page.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(newsPage(version === 1 ? BODY : [...BODY, 'A seventh paragraph was added to the story later that evening by the editors.'])),
    '/long.txt': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`A Long Story Headline\n\n${'The long story went on and on about the harbour. '.repeat(30)}`),
    ...Object.fromEntries([1, 2, 3, 4].map((k) => [`/p${k}.txt`, (_q: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`Story ${k} Headline Here\n\nThe story number ${k} happened on a Monday in the town.`)])),
  });
});
afterAll(() => site.close());

const seed = recordOf({ source: 'seed.txt', text: 'Seed Story Headline\n\nThe seed story happened on a Tuesday.', doc: { title: 'Seed Story Headline', paragraphs: ['The seed story happened on a Tuesday.'], format: 'text' } }, 'seed');

async function desk(env: Record<string, string> = {}, addLimit = 50): Promise<{ desk: ArticleDesk; library: Library }> {
  const settings = librarySettings({ ARTICLE_FETCH_ALLOW_HOSTS: '127.0.0.1', ...env });
  const library = await Library.open(createMemoryArticleStore(), [seed], settings);
  return { library, desk: new ArticleDesk({ library, settings, limiter: new RateLimiter({ limit: addLimit, windowMs: 60_000 }), permissionHint: 'test hint' }) };
}

const manager = (user = 'u1', scope = 'c1') => ({ user, scope, canManage: true });
async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ArticleRefusal);
  return (error as Error).message;
}

describe('ArticleDesk', () => {
  it('refuses to change articles without the permission, naming who may; anyone lists', async () => {
    const { desk: d } = await desk();
    const stranger = { user: 'u9', scope: 'c1', canManage: false };
    for (const run of [d.addLink(`${site.base}/page.html`, stranger), d.use(['seed.txt'], stranger), d.remove('seed.txt', stranger)]) {
      expect(await refusal(run)).toBe('only people who manage the bot can add, remove or choose articles (test hint); anyone can /article list and ask');
    }
    expect(d.list('c1')).toContain('seed.txt — “Seed Story Headline”');
  });
  it('re-adding a link refreshes the article under the same id', async () => {
    const { desk: d, library } = await desk();
    version = 1;
    expect(await d.addLink(`${site.base}/page.html`, manager())).toMatch(/^Loaded .*6 paragraphs/);
    version = 2;
    expect(await d.addLink(`${site.base}/page.html`, manager())).toMatch(/^Refreshed .*7 paragraphs/);
    expect(library.list().filter((r) => r.id === idFor(`${site.base}/page.html`))).toHaveLength(1);
    version = 1;
  });
  it('limits adds per user and per channel', async () => {
    const { desk: d } = await desk({}, 2);
    await d.addLink(`${site.base}/p1.txt`, manager('u1', 'c1'));
    await d.addLink(`${site.base}/p2.txt`, manager('u1', 'c2'));
    expect(await refusal(d.addLink(`${site.base}/p3.txt`, manager('u1', 'c3')))).toMatch(/^too many articles added by you lately; try again in 1 minute/);
    await d.addLink(`${site.base}/p3.txt`, manager('u2', 'c1'));
    expect(await refusal(d.addLink(`${site.base}/p4.txt`, manager('u3', 'c1')))).toMatch(/^too many articles added in this channel lately/);
  });
  it('bounds the number of articles, their bytes and the articles per channel', async () => {
    const count = await desk({ ARTICLE_MAX_COUNT: '2' });
    await count.desk.addLink(`${site.base}/p1.txt`, manager());
    await count.desk.addLink(`${site.base}/p2.txt`, manager());
    expect(await refusal(count.desk.addLink(`${site.base}/p3.txt`, manager()))).toMatch(/library is full \(2 articles, ARTICLE_MAX_COUNT\)/);
    const bytes = await desk({ ARTICLE_MAX_TOTAL_BYTES: '1024' });
    expect(await refusal(bytes.desk.addLink(`${site.base}/long.txt`, manager()))).toMatch(/library is full \(1 KB of text, ARTICLE_MAX_TOTAL_BYTES\)/);
    const perChannel = await desk({ ARTICLE_MAX_PER_CHANNEL: '1' });
    await perChannel.desk.addLink(`${site.base}/p1.txt`, manager());
    expect(await refusal(perChannel.desk.use(['seed.txt', idFor(`${site.base}/p1.txt`)], manager()))).toMatch(/at most 1 articles per channel \(ARTICLE_MAX_PER_CHANNEL\)/);
    expect(await refusal(perChannel.desk.use(['nope'], manager()))).toMatch(/^no article nope/);
    expect(await refusal(perChannel.desk.remove('seed.txt', manager()))).toMatch(/seed article: remove its file from seeds\//);
  });
});
