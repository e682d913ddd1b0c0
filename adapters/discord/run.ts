import { ArticleDesk } from '../shared/library/desk.js';
import { openLibrary } from '../shared/library/open.js';
import { createRedisArticleStore } from '../shared/library/redis-store.js';
import { createLibrarySession } from '../shared/library/session.js';
import { librarySettings } from '../shared/library/settings.js';
import { createLogger, type Logger } from '../shared/logger.js';
import { operationSettings, startOperations } from '../shared/operations.js';
import { createLog, sessionSettings } from '../shared/session.js';
import { warmCore } from '../shared/warm.js';
import { WorkQueue } from '../shared/work-queue.js';
import { createDiscordBot, type DiscordBot, type DiscordBotOptions } from './bot.js';
import { loadDiscordConfig } from './config.js';
import { describeError, tokenSecrets } from './log-error.js';
import { Status, type Client } from 'discord.js';
import { articleScope } from './threads.js';

type ProcessEvent = 'SIGINT' | 'SIGTERM' | 'unhandledRejection' | 'uncaughtException';

/** Where shutdown signals and stray errors come from: `process`, or an EventEmitter in tests. */
export interface SignalSource {
  on(event: ProcessEvent, listener: (...args: any[]) => void): unknown;
  off(event: ProcessEvent, listener: (...args: any[]) => void): unknown;
}

export interface RunOptions {
  /** The environment to read the settings from (`.env` is loaded into it by main.ts). */
  env?: NodeJS.ProcessEnv;
  /** Article files; default: every article in seeds/. */
  articles?: readonly string[];
  logger?: Logger;
  signals?: SignalSource;
  /** Passed to createDiscordBot (tests: short timeouts and retries). */
  bot?: Pick<DiscordBotOptions, 'connect' | 'restTimeoutMs' | 'stopTimeoutMs' | 'cache'>;
}

export interface RunningBot {
  bot: DiscordBot;
  /**
   * Resolves once a SIGINT/SIGTERM has shut the bot down; rejects with a DiscordFatalError (one
   * line naming the setting) once the bot has stopped because it could no longer work.
   */
  stopped: Promise<void>;
}

/**
 * `npm run discord`: checks the settings, loads the articles, builds the core, logs in, and shuts
 * down on SIGINT or SIGTERM in every state (connecting, reconnecting, API hanging: stop() is
 * bounded). An error nobody caught (discord.js fails on some malformed gateway payloads, such as
 * an INTERACTION_CREATE with `data: null`) is logged and the bot keeps running. Throws a
 * ConfigError, ArticleFileError or DiscordFatalError for `runMain` to print.
 */
export async function runDiscord(options: RunOptions = {}): Promise<RunningBot> {
  const env = options.env ?? process.env;
  const config = loadDiscordConfig(env);
  const logger = options.logger ?? createLogger('discord');
  const secrets = tokenSecrets(config.token);
  const settings = sessionSettings(env, 'discord');
  const opsSettings = operationSettings(env); // REDIS_URL, HEALTH_PORT, HEALTH_HOST
  const articleSettings = librarySettings(env);
  const log = createLog(settings.log, (error) => logger.warn({ error: describeError(error, secrets) }, 'could not write the questions log'));
  let listIds = (): readonly string[] => [];
  const ops = await startOperations({ settings: opsSettings, platform: 'discord', articles: () => listIds(), bounds: settings.conversations, logger });
  let opened: Awaited<ReturnType<typeof openLibrary>>;
  try {
    opened = await openLibrary({
      settings: articleSettings, inputs: options.articles ?? [], watch: true, logger,
      ...(ops.state.redis ? { store: createRedisArticleStore(ops.state.redis) } : {}),
    });
  } catch (error) {
    await ops.close();
    throw error;
  }
  const { library } = opened;
  listIds = () => library.list().map((r) => r.id);
  const core = library.coreFor();
  // Before going online: the first questions would otherwise pay for the core's first run.
  logger.debug({ ms: warmCore(core) }, 'core warmed up');
  const queue = new WorkQueue();
  // The client exists once the bot does: until then (nothing is asked yet) a channel is its own scope.
  let client: Client | undefined;
  const scopeOf = (channelId: string): string => articleScope(library, client, channelId);
  const session = createLibrarySession({
    library, via: 'discord', log, store: ops.state.store, queue, scopeOf: (conversation) => scopeOf(conversation.split(':')[1] ?? ''),
    onInternalError: (e) => logger.error({ code: e.code, error: describeError(new Error(e.message), secrets) }, 'the core failed on a question'),
  });
  const desk = new ArticleDesk({
    library, settings: articleSettings,
    limiter: ops.state.limiter('discord-articles', articleSettings.addLimit),
    permissionHint: config.articleRole ? `Manage Server, or the ${config.articleRole} role` : 'members with Manage Server; DISCORD_ARTICLE_ROLE names another role',
  });
  const articles = { desk, coreFor: (channelId: string) => library.coreFor(scopeOf(channelId)), ...(config.articleRole ? { role: config.articleRole } : {}) };
  const bot = createDiscordBot({ core, config, logger, session, articles, queue, limiter: ops.state.limiter('discord', config.rateLimit), claims: ops.state.claims, ...options.bot });
  client = bot.client;
  const signals = options.signals ?? process;

  const onStray = (error: unknown): void => logger.error({ error: describeError(error, secrets) }, 'unhandled error; the bot keeps running');
  let onSignal: (signal: NodeJS.Signals) => void = () => {};
  const detach = (): void => {
    signals.off('SIGINT', onSignal);
    signals.off('SIGTERM', onSignal);
    signals.off('unhandledRejection', onStray);
    signals.off('uncaughtException', onStray);
  };
  let signalled = false;
  const bySignal = new Promise<void>((resolve) => {
    onSignal = (signal) => {
      // A second signal (npm forwards the one its process group already got) changes nothing.
      if (signalled) return;
      signalled = true;
      logger.info({ signal }, 'shutting down');
      void bot
        .stop()
        .finally(() => Promise.all([ops.close(), opened.close()]))
        .catch((error: unknown) => logger.error({ error: describeError(error, secrets) }, 'shutdown failed'))
        .then(() => {
          detach();
          resolve();
        });
    };
  });
  signals.on('SIGINT', onSignal);
  signals.on('SIGTERM', onSignal);
  signals.on('unhandledRejection', onStray);
  signals.on('uncaughtException', onStray);

  const started = bot.start();
  started.catch(() => {}); // seen below; after a signal its failure no longer matters
  try {
    await ops.serveHealth(() => bot.client.ws.status === Status.Ready);
    await Promise.race([started, bySignal]);
  } catch (error) {
    // Stopped by a signal while connecting: that is a clean shutdown, not a failure.
    if (signalled) return { bot, stopped: bySignal };
    await bot.stop();
    await ops.close();
    await opened.close();
    detach();
    throw error;
  }
  if (signalled) return { bot, stopped: bySignal };

  const stopped = Promise.race([
    bySignal,
    bot.failed.then(async (fatal) => {
      if (signalled) return bySignal;
      await bot.stop();
      await ops.close().catch(() => {});
      await opened.close().catch(() => {});
      detach();
      throw fatal;
    }),
  ]);
  return { bot, stopped };
}
