import { Client, GatewayIntentBits, Partials } from 'discord.js';
import { cacheOptions, DEFAULT_CACHE_LIMITS, type CacheLimits } from './cache.js';

/**
 * The gateway intents the bot asks for, and no more:
 * - Guilds: the guild and channel cache (discord.js drops guild messages for uncached channels);
 * - GuildMessages: MESSAGE_CREATE in server channels, for mentions;
 * - DirectMessages: MESSAGE_CREATE in DMs.
 * Not MessageContent: Discord sends the content of messages that mention the bot, and of DMs,
 * without that privileged intent, and those are the only messages the bot reads.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

export interface ClientSettings {
  /** The REST base URL (`DISCORD_API_URL`); the gateway URL comes from its `/gateway/bot`. */
  apiUrl: string;
  /** How long one REST request may take before discord.js gives up and retries it (default 15 s). */
  restTimeoutMs?: number;
  /** Cache bounds (default DEFAULT_CACHE_LIMITS). */
  cache?: CacheLimits;
}

/** The discord.js Client, configured so that nothing the bot sends can ping anyone. */
export function createClient(settings: ClientSettings): Client {
  return new Client({
    intents: [...INTENTS],
    // DM channels are not cached until used: without this partial, DMs never reach the handler.
    partials: [Partials.Channel],
    // Parse no mentions in anything sent and do not ping the asker in replies.
    allowedMentions: { parse: [], repliedUser: false },
    // A reply to a message deleted meanwhile is sent as a plain message instead of failing.
    failIfNotExists: false,
    // Every message gets a nonce that Discord enforces: a create that committed but answered 500,
    // or answered after the timeout, is retried by discord.js with the same body, and Discord
    // returns the first message instead of posting a second one.
    enforceNonce: true,
    // Follow Discord's recommended shard count (from /gateway/bot).
    shards: 'auto',
    rest: { api: settings.apiUrl, ...(settings.restTimeoutMs ? { timeout: settings.restTimeoutMs } : {}) },
    // Bounded users, members and messages, swept when idle (DM channels: startDmSweeper).
    ...cacheOptions(settings.cache ?? DEFAULT_CACHE_LIMITS),
  });
}
