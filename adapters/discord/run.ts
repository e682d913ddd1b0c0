import { createCore } from '../../src/index.js';
import { loadArticles } from '../shared/articles.js';
import { createLogger, type Logger } from '../shared/logger.js';
import { operationSettings, startOperations } from '../shared/operations.js';
import { createLog, createSession, sessionSettings } from '../shared/session.js';
import { createDiscordBot, type DiscordBot } from './bot.js';
import { loadDiscordConfig } from './config.js';
import { describeError } from './log-error.js';
import { Status } from 'discord.js';

/** Where shutdown signals come from: `process`, or an EventEmitter in tests. */
export interface SignalSource {
  once(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface RunOptions {
  /** The environment to read the settings from (`.env` is loaded into it by main.ts). */
  env?: NodeJS.ProcessEnv;
  /** Article files; default: every article in seeds/. */
  articles?: readonly string[];
  logger?: Logger;
  signals?: SignalSource;
}

export interface RunningBot {
  bot: DiscordBot;
  /** Resolves once a SIGINT/SIGTERM has shut the bot down. */
  stopped: Promise<void>;
}

/**
 * `npm run discord`: checks the settings, loads the articles, builds the core, logs in, and shuts
 * down cleanly on SIGINT or SIGTERM. Throws a ConfigError/ArticleFileError for `runMain` to print.
 */
export async function runDiscord(options: RunOptions = {}): Promise<RunningBot> {
  const config = loadDiscordConfig(options.env ?? process.env);
  const logger = options.logger ?? createLogger('discord');
  const env = options.env ?? process.env;
  const settings = sessionSettings(env, 'discord');
  const opsSettings = operationSettings(env); // REDIS_URL, HEALTH_PORT
  const articles = loadArticles(options.articles ?? []);
  const core = createCore(articles);
  const log = createLog(settings.log, (error) => logger.warn({ error: describeError(error, [config.token]) }, 'could not write the questions log'));
  const ops = await startOperations({ settings: opsSettings, platform: 'discord', articles: articles.map((a) => a.id), bounds: settings.conversations, logger });
  const session = createSession({ core, via: 'discord', log, store: ops.state.store });
  const bot = createDiscordBot({ core, config, logger, session, limiter: ops.state.limiter('discord', config.rateLimit), claims: ops.state.claims });
  const signals = options.signals ?? process;

  let onSignal: (signal: NodeJS.Signals) => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    onSignal = (signal) => {
      signals.off('SIGINT', onSignal);
      signals.off('SIGTERM', onSignal);
      logger.info({ signal }, 'shutting down');
      bot.stop().finally(() => ops.close()).then(resolve, (error: unknown) => {
        logger.error({ error: describeError(error, [config.token]) }, 'shutdown failed');
        resolve();
      });
    };
  });
  signals.once('SIGINT', onSignal);
  signals.once('SIGTERM', onSignal);

  try {
    await ops.serveHealth(() => bot.client.ws.status === Status.Ready);
    await bot.start();
  } catch (error) {
    signals.off('SIGINT', onSignal);
    signals.off('SIGTERM', onSignal);
    await bot.stop();
    await ops.close();
    throw error;
  }
  return { bot, stopped };
}
