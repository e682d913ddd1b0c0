/**
 * Overload (issue 20, finding 5), scaled down: questions answered one at a time, 450 ms each,
 * stand for a starved CPU. Eight /ask at once: each is acknowledged within Discord's 3 s, the
 * later ones by a deferral (type 5) and an edit with the answer (before: the last ones got 10062
 * "Unknown interaction", the user "The application did not respond"). The queue before the core
 * lets a deferral out between two questions; a full queue answers "busy, try again" at once
 * instead of waiting without bound; replies in flight are bounded; the core is warmed first.
 */
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../../adapters/discord/bot.js';
import { InFlight } from '../../../adapters/shared/in-flight.js';
import { createSession, type Session } from '../../../adapters/shared/session.js';
import { warmCore } from '../../../adapters/shared/warm.js';
import { BUSY, WorkQueue } from '../../../adapters/shared/work-queue.js';
import type { QaCore } from '../../../src/types.js';
import { FakeDiscord } from './fake-discord.js';
import { core, mention, MINISTER } from './fixtures.js';
import { newUser, TOKEN } from './harness.js';

/** The test core, each question taking `ms` of CPU (the event loop is blocked meanwhile). */
const slow = (ms: number): QaCore => ({
  ...core,
  ask: (question) => {
    const until = performance.now() + ms;
    while (performance.now() < until) {}
    return core.ask(question);
  },
});

let fake: FakeDiscord | undefined;
let bot: DiscordBot | undefined;
afterEach(async () => {
  await bot?.stop();
  await fake?.close();
});

async function start(qa: QaCore, queue?: WorkQueue, session?: Session) {
  fake = await FakeDiscord.start({ token: TOKEN });
  bot = createDiscordBot({ core: qa, logger: pino({ level: 'silent' }), ...(queue ? { queue } : {}), ...(session ? { session } : {}), config: { token: TOKEN, apiUrl: fake.apiUrl, channels: new Set(), rateLimit: { limit: 50, windowMs: 10_000 } } });
  await bot.start();
  return fake;
}

describe('interactions under load', () => {
  it('eight /ask at once, answered one after another 450 ms apart: every one acknowledged within 3 s, the late ones deferred then edited', async () => {
    // Questions answered one at a time, each 450 ms (as on a starved CPU), without blocking the fake.
    const session = createSession({ core, via: 'discord' });
    let previous = Promise.resolve();
    const queued: Session = {
      ...session,
      ask: (...args) => {
        const mine = previous.then(() => new Promise<void>((r) => setTimeout(r, 450)));
        previous = mine;
        return mine.then(() => session.ask(...args));
      },
    };
    const f = await start(core, undefined, queued);
    const ids = Array.from({ length: 8 }, () => f.sendInteraction({ command: 'ask', options: { question: MINISTER }, user: newUser() }).id);
    const callback = (id: string) => f.requests.find((r) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${id}/`));
    const edited = (id: string) => f.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.path.includes(`interaction-token-${id}`) && /Lavrov/.test(r.body?.content ?? ''));
    await expect.poll(() => ids.every((id) => callback(id) && (callback(id)!.body.type === 4 || edited(id))), { timeout: 10_000 }).toBe(true);
    expect(ids.map((id) => callback(id)!.status)).toEqual(Array(8).fill(204));
    expect(ids.filter((id) => callback(id)!.body.type === 5).length).toBeGreaterThanOrEqual(4);
  }, 20_000);

  it('the queue gives the event loop a turn between two questions, so a timer (a deferral) fires between them', async () => {
    const queue = new WorkQueue();
    const order: string[] = [];
    const busy = (name: string) => () => {
      const until = performance.now() + 50;
      while (performance.now() < until) {}
      order.push(name);
    };
    setTimeout(() => order.push('timer'), 10);
    await Promise.all([queue.run(busy('first')), queue.run(busy('second')), queue.run(busy('third'))]);
    expect(order.indexOf('timer')).toBe(1);
  });
});

describe('bounded queues', () => {
  it('a full queue answers "busy, try again" at once', async () => {
    const f = await start(slow(300), new WorkQueue({ concurrency: 1, maxPending: 1 }));
    const ids = Array.from({ length: 4 }, () => f.sendMessage({ content: mention(MINISTER), author: newUser() }));
    await expect.poll(() => ids.every((id) => f.repliesTo(id).length > 0), { timeout: 10_000 }).toBe(true);
    const contents = ids.map((id) => f.repliesTo(id)[0]!.body.content as string);
    expect(contents.filter((c) => c === BUSY).length).toBeGreaterThanOrEqual(1);
    expect(contents.filter((c) => /Lavrov/.test(c)).length).toBeGreaterThanOrEqual(2);
  }, 20_000);

  it('replies in flight: answered up to the bound, "busy" up to twice it, dropped past that', () => {
    const inFlight = new InFlight(2);
    const admitted = Array.from({ length: 5 }, () => inFlight.admit());
    expect(admitted.map((a) => a.admission)).toEqual(['answer', 'answer', 'busy', 'busy', 'drop']);
    admitted[0]!.done();
    admitted[0]!.done(); // once only
    expect(inFlight.size).toBe(3);
    expect(inFlight.admit().admission).toBe('busy');
  });

  it('the core is warmed before going online: each article\'s first example and an unanswerable question', () => {
    const asked: string[] = [];
    warmCore({ ...core, ask: (q) => (asked.push(q), core.ask(q)) });
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(asked).toContain(core.about()[0]!.examples[0]);
  });
});
