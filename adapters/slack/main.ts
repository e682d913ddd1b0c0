/**
 * `npm run slack`: reads .env, checks the settings, loads the articles, builds the core and runs
 * the Slack app until SIGINT/SIGTERM. Usage: `npm run slack [-- --article PATH ...]`.
 */
import { parseArgs } from 'node:util';
import { loadArticles } from '../shared/articles.js';
import { loadDotEnv, runMain } from '../shared/env.js';
import { createLogger } from '../shared/logger.js';
import { operationSettings, startOperations } from '../shared/operations.js';
import { createLog, createSession, sessionSettings } from '../shared/session.js';
import { errorForLog } from './bolt-logger.js';
import { describeConfig, readSlackConfig } from './config.js';
import { slackRateLimit } from './rate-limit.js';

async function startSlack(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { values } = parseArgs({ args: [...argv], options: { article: { type: 'string', multiple: true } }, strict: true });
  const config = readSlackConfig(env); // before anything slow: a missing variable fails fast
  const settings = sessionSettings(env);
  const opsSettings = operationSettings(env); // REDIS_URL, HEALTH_PORT
  const rateLimit = slackRateLimit(env);
  const logger = createLogger('slack');
  const articles = loadArticles(values.article ?? []);
  // The core and Bolt load after the checks above, so a missing variable is reported at once.
  const [{ createCore }, { createSlackApp }] = await Promise.all([import('../../src/index.js'), import('./app.js')]);
  const core = createCore(articles);
  const secrets = [config.botToken, config.appToken, config.signingSecret].filter((s): s is string => !!s);

  const log = createLog(settings.log, (error) => logger.warn({ err: errorForLog(error, secrets) }, 'could not write the questions log'));
  const articleIds = articles.map((a) => a.id);
  const ops = await startOperations({ settings: opsSettings, platform: 'slack', articles: articleIds, bounds: settings.conversations, logger });
  const session = createSession({ core, via: 'slack', log, store: ops.state.store });
  const bot = createSlackApp({ core, config, logger, session, dedupe: ops.state.claims, limiter: ops.state.limiter('slack', rateLimit), health: () => ({ articles: articleIds, state: ops.state.status() }) });
  // A stray rejection in a library callback is logged, not fatal: one bad event never stops the app.
  process.on('unhandledRejection', (reason) => logger.error({ err: errorForLog(reason, secrets) }, 'unhandled rejection'));

  logger.info({ ...describeConfig(config), articles: articles.map((a) => a.id) }, 'starting the Slack app');
  // /healthz first (it says "disconnected" until connected); a failed start closes Redis so the process can exit.
  const { port } = await ops
    .serveHealth(() => bot.connected())
    .then(() => bot.start())
    .catch(async (error: unknown) => {
      await ops.close();
      throw error;
    });
  logger.info({ mode: config.mode, port }, config.mode === 'socket' ? 'connected to Slack (Socket Mode)' : `listening on port ${port} for /slack/events (and /healthz)`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    bot
      .stop()
      .finally(() => ops.close())
      .then(() => logger.info('stopped'))
      .catch((error: unknown) => {
        logger.error({ err: errorForLog(error, secrets) }, 'error while stopping');
        process.exitCode = 1;
      })
      .finally(() => logger.flush());
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

loadDotEnv();
await runMain('slack', () => startSlack());
