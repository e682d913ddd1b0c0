import { Events, type Client } from 'discord.js';
import type { QaCore } from '../../src/types.js';
import type { Logger } from '../shared/logger.js';
import { RateLimiter } from '../shared/rate-limit.js';
import { createSession, type Session } from '../shared/session.js';
import { createClient } from './client.js';
import type { DiscordConfig } from './config.js';
import type { BotContext } from './context.js';
import { handleInteraction } from './interactions.js';
import { describeError, scrub } from './log-error.js';
import { handleMessage } from './messages.js';

export interface DiscordBotOptions {
  core: QaCore;
  config: Pick<DiscordConfig, 'token' | 'apiUrl' | 'channels' | 'rateLimit'>;
  logger: Logger;
  /** Conversations, "why"/"more", feedback and the questions log; default: memory only, no log. */
  session?: Session;
  /** How long one REST request may take before it is retried (default discord.js's 15 s). */
  restTimeoutMs?: number;
}

export interface DiscordBot {
  readonly client: Client;
  /** Logs in and resolves once the client is ready (guilds loaded); rejects if login fails. */
  start(): Promise<void>;
  /** Disconnects from the gateway and stops all timers. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Wires a discord.js Client to the core: messages and slash commands in, replies out. Every
 * handler is guarded, and the Client's `error` event is handled, so one failing message never
 * stops the bot. Nothing here answers questions: that is the core's job.
 */
export function createDiscordBot({ core, config, logger, session, restTimeoutMs }: DiscordBotOptions): DiscordBot {
  const client = createClient({ apiUrl: config.apiUrl, ...(restTimeoutMs ? { restTimeoutMs } : {}) });
  const secrets = [config.token];
  const ctx: BotContext = {
    core,
    session: session ?? createSession({ core, via: 'discord' }),
    logger,
    channels: config.channels,
    limiter: new RateLimiter(config.rateLimit),
    describeError: (error) => describeError(error, secrets),
  };

  /** The last line of defence: anything a handler lets through is logged, never thrown. */
  const guard = (event: string, run: () => Promise<void>): void => {
    run().catch((error: unknown) => logger.error({ event, error: ctx.describeError(error) }, 'handler failed'));
  };

  client.on(Events.MessageCreate, (message) => {
    const botUserId = client.user?.id;
    if (botUserId) guard('messageCreate', () => handleMessage(message, ctx, botUserId));
  });
  client.on(Events.InteractionCreate, (interaction) => guard('interactionCreate', () => handleInteraction(interaction, ctx)));
  client.on(Events.Error, (error) => logger.error({ event: 'clientError', error: ctx.describeError(error) }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ event: 'clientWarning' }, scrub(message, secrets)));
  // discord.js's own trace of the gateway and REST (LOG_LEVEL=debug), with secrets scrubbed.
  if (logger.isLevelEnabled('debug')) client.on(Events.Debug, (message) => logger.debug({ event: 'clientDebug' }, scrub(message, secrets)));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway resumed'));

  let stopped = false;
  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      logger.info({ user: client.user?.tag, userId: client.user?.id, guilds: client.guilds.cache.size }, 'discord bot ready');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      logger.info('discord bot stopped');
    },
  };
}
