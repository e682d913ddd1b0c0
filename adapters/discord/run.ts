import { createCore } from '../../src/index.js';
import { loadArticles } from '../shared/articles.js';
import { createLogger, type Logger } from '../shared/logger.js';
import { operationSettings, startOperations } from '../shared/operations.js';
import { createLog, createSession, sessionSettings } from '../shared/session.js';
import { warmCore } from '../shared/warm.js';
import { WorkQueue } from '../shared/work-queue.js';
import { createDiscordBot, type DiscordBot, type DiscordBotOptions } from './bot.js';
import { loadDiscordConfig } from './config.js';
import { describeError, tokenSecrets } from './log-error.js';
import { Status } from 'discord.js';

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
  const articles = loadArticles(options.articles ?? []);
  const core = createCore(articles);
  // Before going online: the first questions would otherwise pay for the core's first run.
  logger.debug({ ms: warmCore(core) }, 'core warmed up');
  const log = createLog(settings.log, (error) => logger.warn({ error: describeError(error, secrets) }, 'could not write the questions log'));
  const ops = await startOperations({ settings: opsSettings, platform: 'discord', articles: articles.map((a) => a.id), bounds: settings.conversations, logger });
  const queue = new WorkQueue();
  const session = createSession({ core, via: 'discord', log, store: ops.state.store, queue });
  const bot = createDiscordBot({ core, config, logger, session, queue, limiter: ops.state.limiter('discord', config.rateLimit), claims: ops.state.claims, ...options.bot });
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
        .finally(() => ops.close())
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
      detach();
      throw fatal;
    }),
  ]);
  return { bot, stopped };
}
