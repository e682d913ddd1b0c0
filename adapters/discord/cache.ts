/**
 * Bounds on what discord.js keeps in memory. By default it keeps every user, guild member and DM
 * channel it has seen for the life of the process (~9.6 KB per DM user, measured), so a bot that
 * many people DM grows without end. The bot reads nothing from these caches but the bot's own
 * user and member and the guild's channels and roles, so small limits and sweepers lose nothing:
 * an uncached DM channel arrives as a partial (Partials.Channel), an uncached user is rebuilt
 * from the next message.
 */
import { Events, Options, SnowflakeUtil, type Client, type ClientOptions } from 'discord.js';

export interface CacheLimits {
  /** Messages kept per channel (discord.js's default is 200). */
  messagesPerChannel: number;
  /** Users kept (the bot's own user is always kept). */
  users: number;
  /** Members kept per guild (the bot's own member is always kept). */
  membersPerGuild: number;
  /** DM channels kept; the least recently used beyond this are dropped. */
  dmChannels: number;
  /** Messages, users and DM channels idle longer than this are swept. */
  idleSeconds: number;
  /** How often the sweepers run. */
  sweepSeconds: number;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = {
  messagesPerChannel: 20,
  users: 1000,
  membersPerGuild: 1000,
  dmChannels: 500,
  idleSeconds: 1800,
  sweepSeconds: 300,
};

/** The bot's own user or member, which discord.js needs and must never be evicted. */
const isSelf = (item: { id: string; client: Client }): boolean => item.id === item.client.user?.id;

/** `makeCache` and `sweepers` for the Client. ChannelManager is left alone (discord.js does not support limiting it): see sweepDmChannels. */
export function cacheOptions(limits: CacheLimits = DEFAULT_CACHE_LIMITS): Pick<ClientOptions, 'makeCache' | 'sweepers'> {
  return {
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: limits.messagesPerChannel,
      UserManager: { maxSize: limits.users, keepOverLimit: isSelf },
      GuildMemberManager: { maxSize: limits.membersPerGuild, keepOverLimit: isSelf },
      // Never read by the bot.
      ReactionManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      GuildStickerManager: 0,
      GuildEmojiManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      messages: { interval: limits.sweepSeconds, lifetime: limits.idleSeconds },
      users: { interval: limits.sweepSeconds, filter: () => (user) => !isSelf(user) },
      guildMembers: { interval: limits.sweepSeconds, filter: () => (member) => !isSelf(member) },
    },
  };
}

/** A DM channel's last message id (else its own id): a snowflake, so it orders by time, then sequence. */
const lastSnowflake = (channel: { id: string; lastMessageId?: string | null }): bigint => BigInt(channel.lastMessageId ?? channel.id);

/**
 * Drops DM channels (and the messages they hold) idle longer than `idleSeconds`, then the least
 * recently used beyond `dmChannels`. Returns how many were dropped.
 */
export function sweepDmChannels(client: Client, limits: Pick<CacheLimits, 'dmChannels' | 'idleSeconds'>, now = Date.now()): number {
  const dms = [...client.channels.cache.values()].filter((c) => c.isDMBased()).map((c) => ({ id: c.id, last: lastSnowflake(c as { id: string; lastMessageId?: string | null }) }));
  const cutoff = now - limits.idleSeconds * 1000;
  const drop = new Set(dms.filter((c) => SnowflakeUtil.timestampFrom(c.last) < cutoff).map((c) => c.id));
  const kept = dms.filter((c) => !drop.has(c.id)).sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0));
  for (const c of kept.slice(limits.dmChannels)) drop.add(c.id);
  for (const id of drop) client.channels.cache.delete(id);
  return drop.size;
}

/**
 * Runs sweepDmChannels every `sweepSeconds`, and also after every `dmChannels` DMs, so a burst of
 * new DM users cannot hold more than about twice the cap between sweeps. Until the returned
 * function is called.
 */
export function startDmSweeper(client: Client, limits: CacheLimits = DEFAULT_CACHE_LIMITS): () => void {
  const timer = setInterval(() => sweepDmChannels(client, limits), limits.sweepSeconds * 1000);
  timer.unref();
  let dmsSinceSweep = 0;
  const onMessage = (message: { channel: { isDMBased(): boolean } }): void => {
    if (!message.channel.isDMBased() || ++dmsSinceSweep < limits.dmChannels) return;
    dmsSinceSweep = 0;
    sweepDmChannels(client, limits);
  };
  client.on(Events.MessageCreate, onMessage);
  return () => {
    clearInterval(timer);
    client.off(Events.MessageCreate, onMessage);
  };
}
