/** Builds the real bot against a fresh fake Discord, with a logger that records every line. */
import pino from 'pino';
import { createDiscordBot, type DiscordBot, type DiscordBotOptions } from '../../../adapters/discord/bot.js';
import type { CacheLimits } from '../../../adapters/discord/cache.js';
import type { Session } from '../../../adapters/shared/session.js';
import type { QaCore } from '../../../src/types.js';
import { FakeDiscord } from './fake-discord.js';

export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDA.fake-bot-token.do-not-log';

export interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  token: string;
  /** Every log line, parsed. */
  logs: Array<Record<string, any>>;
  /** Every log line, raw, joined. */
  rawLogs(): string;
  stop(): Promise<void>;
}

export async function startBot(core: QaCore, options: { channels?: string[]; limit?: number; shards?: number; session?: Session; restTimeoutMs?: number; cache?: CacheLimits; articles?: DiscordBotOptions['articles']; threads?: boolean } = {}): Promise<Harness> {
  const fake = await FakeDiscord.start({ token: TOKEN, ...(options.shards ? { shards: options.shards } : {}) });
  const raw: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void raw.push(line) });
  const bot = createDiscordBot({
    core,
    logger,
    ...(options.session ? { session: options.session } : {}),
    ...(options.articles ? { articles: options.articles } : {}),
    ...(options.restTimeoutMs ? { restTimeoutMs: options.restTimeoutMs } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    config: { token: TOKEN, apiUrl: fake.apiUrl, channels: new Set(options.channels ?? []), rateLimit: { limit: options.limit ?? 5, windowMs: 10_000 }, ...(options.threads ? { threads: true } : {}) },
  });
  await bot.start();
  return {
    fake,
    bot,
    token: TOKEN,
    get logs() {
      return raw.map((line) => JSON.parse(line) as Record<string, any>);
    },
    rawLogs: () => raw.join(''),
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}

let nextUser = 800_000_000_000_000_000n;
/** A fresh human user, so the rate limit of one test does not leak into another. */
export function newUser(): { id: string } {
  return { id: String(nextUser++) };
}
