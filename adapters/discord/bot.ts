import { Events, RESTEvents, type Client } from 'discord.js';
import type { QaCore } from '../../src/types.js';
import type { Logger } from '../shared/logger.js';
import { Dedupe, type DeliveryClaims } from '../shared/dedupe.js';
import { RateLimiter, type Limiter } from '../shared/rate-limit.js';
import { createSession, type Session } from '../shared/session.js';
import { InFlight } from '../shared/in-flight.js';
import { WorkQueue } from '../shared/work-queue.js';
import { DEFAULT_CACHE_LIMITS, startDmSweeper, type CacheLimits } from './cache.js';
import { createClient } from './client.js';
import type { DiscordConfig } from './config.js';
import { connect, DEFAULT_CONNECT, within, type ConnectPolicy } from './connect.js';
import type { BotContext } from './context.js';
import { gatewayClosed, tokenRejected, type DiscordFatalError } from './errors.js';
import { handleInteraction } from './interactions.js';
import { describeError, scrub, tokenSecrets } from './log-error.js';
import { handleMessage } from './messages.js';

export interface DiscordBotOptions {
  core: QaCore;
  config: Pick<DiscordConfig, 'token' | 'apiUrl' | 'channels' | 'rateLimit' | 'threads'>;
  logger: Logger;
  /** Conversations, "why"/"more", feedback and the questions log; default: memory only, no log. */
  session?: Session;
  /** `/article` and per-channel articles (run.ts builds them from the library). */
  articles?: BotContext['articles'];
  /** Default: in memory, from `config.rateLimit` (adapters/shared/state.ts builds the shared ones). */
  limiter?: Limiter;
  claims?: DeliveryClaims;
  /** How long one REST request may take before it is retried (default discord.js's 15 s). */
  restTimeoutMs?: number;
  /** Cache bounds (default DEFAULT_CACHE_LIMITS). */
  cache?: CacheLimits;
  /** Attempts and backoff for the first connection (default DEFAULT_CONNECT). */
  connect?: Partial<ConnectPolicy>;
  /** How long stop() waits for discord.js to close before giving up (default 2 s). */
  stopTimeoutMs?: number;
  /** The queue questions wait in; pass the one the session was built with (default: a new one). */
  queue?: WorkQueue;
  /** Bound on replies in flight (default 100). */
  inFlight?: InFlight;
}

export interface DiscordBot {
  readonly client: Client;
  /**
   * Logs in and resolves once the client is ready (guilds loaded). A network failure is retried
   * a bounded number of times, logged; rejects with a DiscordFatalError when the token is
   * rejected or every attempt failed.
   */
  start(): Promise<void>;
  /** Disconnects from the gateway and stops all timers, within `stopTimeoutMs`. Safe to call twice. */
  stop(): Promise<void>;
  /**
   * Resolves (never rejects) once the bot can no longer work while the process would stay up:
   * a REST 401 (discord.js then drops its token and never answers again), or a gateway close
   * discord.js does not recover from (4004 bad token, 4014 disallowed intents, ...).
   */
  readonly failed: Promise<DiscordFatalError>;
}

/**
 * Wires a discord.js Client to the core: messages and slash commands in, replies out. Every
 * handler is guarded, and the Client's `error` event is handled, so one failing message never
 * stops the bot. Nothing here answers questions: that is the core's job.
 */
export function createDiscordBot({ core, config, logger, session, articles, limiter, claims, restTimeoutMs, cache, connect: connectPolicy, stopTimeoutMs = 2000, queue = new WorkQueue(), inFlight = new InFlight() }: DiscordBotOptions): DiscordBot {
  const limits = cache ?? DEFAULT_CACHE_LIMITS;
  const client = createClient({ apiUrl: config.apiUrl, cache: limits, ...(restTimeoutMs ? { restTimeoutMs } : {}) });
  const secrets = tokenSecrets(config.token);
  const ctx: BotContext = {
    core,
    session: session ?? createSession({ core, via: 'discord', queue }),
    queue,
    inFlight,
    logger,
    channels: config.channels,
    limiter: limiter ?? new RateLimiter(config.rateLimit),
    claims: claims ?? new Dedupe(),
    describeError: (error) => describeError(error, secrets),
    ...(articles ? { articles } : {}),
    ...(config.threads ? { threads: true } : {}),
  };

  let stopping: Promise<void> | undefined;
  let reportFatal: (error: DiscordFatalError) => void = () => {};
  const failed = new Promise<DiscordFatalError>((resolve) => (reportFatal = resolve));

  /** The last line of defence: anything a handler lets through is logged, never thrown. */
  const guard = (event: string, run: () => Promise<void>): void => {
    run().catch((error: unknown) => logger.error({ event, error: ctx.describeError(error) }, 'handler failed'));
  };

  client.on(Events.MessageCreate, (message) => {
    const botUserId = client.user?.id;
    if (botUserId) guard('messageCreate', () => handleMessage(message, ctx, botUserId));
  });
  // Claimed first: with several instances on one token (or one Redis), exactly one answers it.
  client.on(Events.InteractionCreate, (interaction) =>
    guard('interactionCreate', async () => {
      if (await ctx.claims.firstTime(`discord:interaction:${interaction.id}`)) await handleInteraction(interaction, ctx);
      else logger.info({ interactionId: interaction.id }, 'interaction already claimed; skipped');
    }),
  );
  client.on(Events.Error, (error) => logger.error({ event: 'clientError', error: ctx.describeError(error) }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ event: 'clientWarning' }, scrub(message, secrets)));
  // discord.js's own trace of the gateway and REST (LOG_LEVEL=debug), with anything token-like
  // scrubbed (it prints the token's first two parts itself: "Provided token: ….****").
  if (logger.isLevelEnabled('debug')) client.on(Events.Debug, (message) => logger.debug({ event: 'clientDebug' }, scrub(message, secrets)));
  // Emitted only for close codes discord.js will not reconnect after: nothing would answer again.
  client.on(Events.ShardDisconnect, (event) => reportFatal(gatewayClosed(event.code)));
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopping) logger.warn({ shardId }, 'gateway connection lost; reconnecting');
  });
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway resumed'));
  // After a 401 with the bot token, discord.js sets its token to null: every later REST call
  // fails, so mentions and DMs would never be answered again. Interaction callbacks and webhooks
  // carry their own token (auth: false) and do not count.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 401 && request.data.auth !== false) reportFatal(tokenRejected(`401 Unauthorized on ${request.method.toUpperCase()} ${request.route}`));
  });

  let wasReady = false;
  const abort = new AbortController();
  let stopSweeper = (): void => {};
  return {
    client,
    failed,
    async start() {
      await connect({ client, token: config.token, apiUrl: config.apiUrl, logger, failed, signal: abort.signal, policy: { ...DEFAULT_CONNECT, ...connectPolicy }, describeError: ctx.describeError });
      wasReady = true;
      stopSweeper = startDmSweeper(client, limits);
      logger.info({ user: client.user?.tag, userId: client.user?.id, guilds: client.guilds.cache.size }, 'discord bot ready');
    },
    stop() {
      stopping ??= (async () => {
        abort.abort();
        stopSweeper();
        const outcome = await within(client.destroy(), stopTimeoutMs);
        if (outcome === 'failed') logger.warn('discord.js failed to close');
        if (outcome === 'late') logger.warn({ waitedMs: stopTimeoutMs }, 'discord.js did not close in time; stopping anyway');
        // Not after a failed start: the one line saying why is enough.
        if (wasReady) logger.info('discord bot stopped');
      })();
      return stopping;
    },
  };
}
