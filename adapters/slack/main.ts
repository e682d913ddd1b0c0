/**
 * `npm run slack`: reads .env, checks the settings, loads the articles, builds the core and runs
 * the Slack app until SIGINT/SIGTERM. Usage: `npm run slack [-- --article PATH ...]` (`--help`).
 */
import { parseArgs } from 'node:util';
import { idList } from '../shared/env.js';
import { ArticleDesk } from '../shared/library/desk.js';
import { openLibrary } from '../shared/library/open.js';
import { channelScope, createLibrarySession } from '../shared/library/session.js';
import { librarySettings } from '../shared/library/settings.js';
import { ConfigError, loadDotEnv, runMain } from '../shared/env.js';
import { createLogger } from '../shared/logger.js';
import { operationSettings, startOperations } from '../shared/operations.js';
import { createLog, sessionSettings } from '../shared/session.js';
import { warmCore } from '../shared/warm.js';
import { WorkQueue } from '../shared/work-queue.js';
import { errorForLog } from './bolt-logger.js';
import { describeConfig, readSlackConfig, SLACK_VARIABLES } from './config.js';
import { START_RETRY } from './connect.js';
import { slackRateLimit } from './rate-limit.js';

const USAGE = `Usage: npm run slack [-- --article PATH ...]

Runs the Slack app: answers /ask, mentions and direct messages about the articles; /article adds,
lists, chooses and removes articles (a file shared with the bot is read as one).
Socket Mode by default (no public URL needed); HTTP mode with SLACK_SOCKET_MODE=false.

Options:
  --article PATH   an article file or folder to load (repeatable; default: the seed articles)
  -h, --help       show this help

Reads these environment variables (from .env in this folder, or the environment; see .env.example):
  ${SLACK_VARIABLES.join(', ')},
  REDIS_URL, REDIS_KEY_PREFIX, HEALTH_PORT, HEALTH_HOST, SLACK_RATE_LIMIT, SLACK_RATE_WINDOW_SECONDS,
  QA_LOG_FILE, QA_LOG_MAX_BYTES, QA_LOG_KEEP, QA_LOG_SALT,
  QA_CONVERSATIONS_MAX, QA_CONVERSATION_TURNS, QA_CONVERSATION_IDLE_MINUTES,
  SLACK_ARTICLE_EDITORS, QA_DATA_DIR, ARTICLE_FETCH_ALLOW_HOSTS, ARTICLE_MAX_BYTES, ARTICLE_* limits
`;

/** How long a fatal error or a second signal waits for a clean stop before exiting anyway. */
const EXIT_GRACE_MS = 3000;

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: { article: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)} (see npm run slack -- --help)`);
  }
}

async function startSlack(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const values = readArgs(argv);
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const config = readSlackConfig(env); // before anything slow: a missing variable fails fast
  const settings = sessionSettings(env, 'slack');
  const opsSettings = operationSettings(env); // REDIS_URL, HEALTH_PORT, HEALTH_HOST
  const rateLimit = slackRateLimit(env);
  const logger = createLogger('slack');
  const articleSettings = librarySettings(env);
  const editors = idList(env.SLACK_ARTICLE_EDITORS);
  // Bolt loads after the checks above, so a missing variable is reported at once.
  const { createSlackApp } = await import('./app.js');
  const secrets = [config.botToken, config.appToken, config.signingSecret].filter((s): s is string => !!s);

  const log = createLog(settings.log, (error) => logger.warn({ err: errorForLog(error, secrets) }, 'could not write the questions log'));
  let articleIds = (): string[] => [];
  const ops = await startOperations({ settings: opsSettings, platform: 'slack', articles: () => articleIds(), bounds: settings.conversations, logger });
  let opened: Awaited<ReturnType<typeof openLibrary>>;
  try {
    const store = ops.state.redis ? (await import('../shared/library/redis-store.js')).createRedisArticleStore(ops.state.redis) : undefined;
    opened = await openLibrary({ settings: articleSettings, inputs: values.article ?? [], watch: true, logger, ...(store ? { store } : {}) });
  } catch (error) {
    await ops.close();
    throw error;
  }
  const { library } = opened;
  articleIds = () => library.list().map((r) => r.id);
  const core = library.coreFor();
  // Before going online: the first questions would otherwise pay for the core's first run.
  logger.debug({ ms: warmCore(core) }, 'core warmed up');
  const session = createLibrarySession({
    library, via: 'slack', log, store: ops.state.store, scopeOf: channelScope, queue: new WorkQueue(),
    onInternalError: (e) => logger.error({ code: e.code, err: errorForLog(new Error(e.message), secrets) }, 'the core failed on a question'),
  });
  const desk = new ArticleDesk({
    library, settings: articleSettings, limiter: ops.state.limiter('slack-articles', articleSettings.addLimit),
    permissionHint: 'workspace admins and the users in SLACK_ARTICLE_EDITORS',
  });
  const articles = { desk, editors, coreFor: (channel: string) => library.coreFor(`slack:${channel}`) };
  /** Ends the process with code 1 after a clean stop, or after EXIT_GRACE_MS if stopping hangs. */
  const exitWithFailure = () => {
    process.exitCode = 1;
    setTimeout(() => process.exit(1), EXIT_GRACE_MS).unref();
    bot.stop().catch(() => {}).finally(() => Promise.all([ops.close(), opened.close()])).catch(() => {}).finally(() => {
      logger.flush();
      process.exit(1);
    });
  };
  const bot = createSlackApp({
    core, config, logger, session, articles, dedupe: ops.state.claims, limiter: ops.state.limiter('slack', rateLimit),
    health: () => ({ articles: articleIds(), state: ops.state.status() }),
    startRetry: { ...START_RETRY, attempts: config.connectAttempts ?? START_RETRY.attempts },
    // A token refused while running (revoked): one line naming the variable, exit 1, so a supervisor restarts it.
    onFatal: (error) => {
      process.stderr.write(`slack: ${error.message}\n`);
      exitWithFailure();
    },
  });
  // A stray rejection in a library callback is logged, not fatal: one bad event never stops the app.
  process.on('unhandledRejection', (reason) => logger.error({ err: errorForLog(reason, secrets) }, 'unhandled rejection'));

  logger.info({ ...describeConfig(config), articles: articleIds() }, 'starting the Slack app');
  // /healthz first (it says "disconnected" until connected).
  let port: number | undefined;
  try {
    await ops.serveHealth(() => bot.connected());
    ({ port } = await bot.start());
  } catch (error) {
    // runMain prints the one line; nothing left half-open (Slack, Redis) may keep the process alive.
    setTimeout(() => process.exit(1), EXIT_GRACE_MS).unref();
    await bot.stop().catch(() => {});
    await ops.close().catch(() => {});
    await opened.close().catch(() => {});
    throw error;
  }
  logger.info({ mode: config.mode, port }, config.mode === 'socket' ? 'connected to Slack (Socket Mode)' : `listening on port ${port} for /slack/events (and /healthz)`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Whatever state the connection is in (connecting, reconnecting, Slack hanging), end within 5 s.
    setTimeout(() => {
      logger.warn({ signal }, `not stopped after ${EXIT_GRACE_MS} ms: exiting now`);
      logger.flush();
      process.exit(process.exitCode ?? 0);
    }, EXIT_GRACE_MS).unref();
    bot
      .stop()
      .finally(() => Promise.all([ops.close(), opened.close()]))
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

await runMain('slack', () => {
  loadDotEnv(); // inside runMain: an unreadable .env is one line, not a stack trace
  return startSlack();
});
