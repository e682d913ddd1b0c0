import { Client, GatewayIntentBits, Partials } from 'discord.js';

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
    // Follow Discord's recommended shard count (from /gateway/bot).
    shards: 'auto',
    rest: { api: settings.apiUrl },
  });
}
