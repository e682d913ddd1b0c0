/**
 * Articles shared through Redis (two instances = two connections to one redis-server, as two
 * processes would have): an article added through one is answered by the other within a second;
 * a restart keeps the articles and the channels' choices.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '../../../../adapters/shared/articles.js';
import { ArticleDesk } from '../../../../adapters/shared/library/desk.js';
import { Library } from '../../../../adapters/shared/library/library.js';
import { idFor } from '../../../../adapters/shared/library/record.js';
import { createRedisArticleStore } from '../../../../adapters/shared/library/redis-store.js';
import { readSeeds } from '../../../../adapters/shared/library/seeds.js';
import { librarySettings } from '../../../../adapters/shared/library/settings.js';
import { RateLimiter } from '../../../../adapters/shared/rate-limit.js';
import { createRedisLink, type RedisLink } from '../../../../adapters/shared/redis/link.js';
import { capturingLogger } from '../../slack/harness.js';
import { eventually, startRedis, type TestRedis } from '../redis-server.js';
import { newsPage, serve } from '../sources/pages.js';
import { skipWithout } from '../system-package.js';

const skip = skipWithout('redis-server', 'redis-server');
const settings = librarySettings({ ARTICLE_FETCH_ALLOW_HOSTS: '127.0.0.1' });
let redis: TestRedis;
let site: Awaited<ReturnType<typeof serve>>;
const links: RedisLink[] = [];
const closers: Array<() => Promise<void>> = [];

/** One bot instance's library over Redis. */
async function instance(): Promise<{ library: Library; desk: ArticleDesk }> {
  const link = createRedisLink({ url: redis.url, logger: capturingLogger().logger, prefix: 'articles-test:' });
  links.push(link);
  await eventually(() => link.connected, 5000, 'the Redis connection');
  const store = createRedisArticleStore(link);
  closers.push(() => store.close());
  const library = await Library.open(store, await readSeeds(DEFAULT_SEEDS_DIR, settings.maxBytes), settings);
  const desk = new ArticleDesk({ library, settings, limiter: new RateLimiter({ limit: 50, windowMs: 60_000 }), permissionHint: '' });
  return { library, desk };
}

describe.skipIf(skip)('articles in Redis', () => {
  beforeAll(async () => {
    redis = await startRedis();
    site = await serve({ '/page.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(newsPage()) });
  });
  afterAll(async () => {
    for (const close of closers) await close();
    await Promise.all(links.map((l) => l.close()));
    await site?.close();
    await redis?.stop();
  });

  it('an article added through one instance is answered through the other within a second; a restart keeps it and the choice', async () => {
    const a = await instance();
    const b = await instance();
    const url = `${site.base}/page.html`;
    const id = idFor(url);
    const actor = { user: 'u1', scope: 'discord:C1', canManage: true };
    expect(b.library.coreFor().ask('Who rebuilt the old lamp?').answer).not.toContain('glassworks');
    await a.desk.addLink(url, actor);
    const added = Date.now();
    await eventually(() => b.library.coreFor().ask('Who rebuilt the old lamp?').answer.includes('glassworks'), 1000, 'the other instance answering');
    expect(Date.now() - added).toBeLessThan(1000);
    await b.desk.use([id], actor);
    await eventually(() => a.library.chosen('discord:C1')?.[0] === id, 1000, 'the choice on the first instance');

    const restarted = await instance();
    expect(restarted.library.get(id)?.title).toBe('Lighthouse Keepers Return to Carrow Point');
    expect(restarted.library.chosen('discord:C1')).toEqual([id]);
    expect(restarted.library.coreFor('discord:C1').ask('Who is Lavrov?').answered).toBe(false);

    await restarted.desk.remove(id, actor);
    await eventually(() => !a.library.get(id) && !b.library.get(id), 1000, 'the removal everywhere');
    expect(a.library.chosen('discord:C1')).toBeUndefined();
  });
});
