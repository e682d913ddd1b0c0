/**
 * Builds the Bolt App for a config (Socket Mode or HTTP mode) and wires it to the core. The core,
 * config and logger are injected, so tests build the real App against a fake Slack.
 */
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { QaCore } from '../../src/types.js';
import type { Logger } from '../shared/logger.js';
import { createSession, type Session } from '../shared/session.js';
import { boltLogger, errorForLog, redactUrl } from './bolt-logger.js';
import type { SlackConfig } from './config.js';
import { CONNECT_TIMEOUT_MS, keepConnected, RECONNECT_BACKOFF, type RetryPlan, SlackConnectError, START_RETRY, startStep, tokenRefused, within } from './connect.js';
import { Dedupe, deliveryKeys, type DeliveryClaims } from './dedupe.js';
import { registerHandlers } from './handlers.js';
import type { SlackArticles } from './articles.js';
import { EVENT_BODY_LIMIT, guardRequests } from './request-guard.js';
import { EVENTS_LIMITS, limitConnections, serverOptions, type HttpLimits } from '../shared/http-limits.js';
import { DEFAULT_API_TIMEOUT_MS, safeRetryPolicy } from './web-api.js';
import { slackFetch } from './transport.js';
import { healthRoute, socketConnection } from './health.js';
import type { HealthReport } from '../shared/health.js';
import { RateLimiter, type Limiter } from '../shared/rate-limit.js';

type BoltApp = InstanceType<typeof App>;
/** The last `error` overload: the extended handler's argument (error, body, context, logger). */
type ErrorArgs = Parameters<Parameters<BoltApp['error']>[0]>[0];
type RetryOptions = NonNullable<NonNullable<ConstructorParameters<typeof App>[0]>['clientOptions']>['retryConfig'];

export interface SlackAppOptions {
  core: QaCore;
  config: SlackConfig;
  logger: Logger;
  /** The bot's ids, when known: Bolt then skips its auth.test call (tests). */
  botId?: string;
  botUserId?: string;
  /** Web API retry policy; default: only failures that posted nothing (tests pass `{ retries: 0 }`). */
  retryConfig?: RetryOptions;
  /** Timeout of every outbound call, in ms (default 10 s). */
  apiTimeoutMs?: number;
  /** Pause before retrying a failed response_url post, in ms (default 500). */
  retryDelayMs?: number;
  /** Delivery claims; default: this process's memory (adapters/shared/state.ts builds the Redis ones). */
  dedupe?: DeliveryClaims;
  /** Per-user limit on every way in (commands, mentions, DMs, buttons); default 5 per 10 s in memory. */
  limiter?: Limiter;
  /** What `/healthz` says besides `connected` (HTTP mode serves it beside /slack/events). */
  health?: () => Omit<HealthReport, 'connected' | 'platform'>;
  /** Conversations, "why"/"more", feedback and the questions log; default: memory only, no log. */
  session?: Session;
  /** `/article`, files shared with the bot, and per-channel articles (main.ts builds them from the library). */
  articles?: SlackArticles;
  /** Start-up tries when Slack cannot be reached (default: 5 over about 15 s). */
  startRetry?: RetryPlan;
  /** Pauses between reconnects after a lost Socket Mode connection (default 1 s doubling to 30 s). */
  reconnect?: Omit<RetryPlan, 'attempts'>;
  /** HTTP mode: timeouts and connection caps of the events server (default EVENTS_LIMITS). */
  httpLimits?: HttpLimits;
  /** How long one Socket Mode connection try may take, hello included (default 30 s). */
  connectTimeoutMs?: number;
  /**
   * Slack refused a token while running (revoked): the bot cannot go on. Default: log it. `main`
   * prints the one line and exits with code 1, so a supervisor restarts it.
   */
  onFatal?: (error: SlackConnectError) => void;
}

export interface SlackBot {
  app: BoltApp;
  /** Verifies the token (unless ids were given), then connects (Socket Mode) or listens (HTTP mode). */
  start(listen?: { port?: number; host?: string }): Promise<{ port?: number }>;
  stop(): Promise<void>;
  /** Listening (HTTP mode) or the WebSocket is up (Socket Mode). */
  connected(): boolean;
}

export function createSlackApp(options: SlackAppOptions): SlackBot {
  const { core, config, logger } = options;
  const secrets = [config.botToken, config.appToken, config.signingSecret].filter((s): s is string => !!s);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    // Only failures that posted nothing are retried; every call (and response_url post) has a
    // timeout, short-lived keep-alive and one retry when a stale kept-alive connection was closed.
    retryConfig: options.retryConfig ?? safeRetryPolicy(),
    fetch: slackFetch(options.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS),
  };
  let started = false;
  const knownIds = Boolean(options.botId && options.botUserId);
  const boltLog = boltLogger(logger, secrets);
  let stopping = false;
  let fatalError: SlackConnectError | undefined;
  const fatal = (error: SlackConnectError) => {
    if (fatalError || stopping) return;
    fatalError = error;
    if (options.onFatal) options.onFatal(error);
    else logger.error({ code: error.code, variable: error.variable }, error.message);
  };
  // Socket Mode: our receiver with the client's auto-reconnect off (keepConnected does it, and
  // tells a refused token from a network failure); its own Web API calls are not retried (startStep is).
  const socket =
    config.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: config.appToken!, logger: boltLog, autoReconnectEnabled: false,
          installerOptions: { clientOptions: { ...clientOptions, retryConfig: { retries: 0 } } },
        })
      : undefined;

  const app = new App({
    token: config.botToken,
    botId: options.botId,
    botUserId: options.botUserId,
    // auth.test runs in start() (a failure is a clear start-up error, not an unhandled rejection)
    deferInitialization: true,
    tokenVerificationEnabled: !knownIds,
    logger: boltLog,
    clientOptions,
    extendedErrorHandler: true,
    ...(socket ? { socketMode: true, receiver: socket } : { receiver: httpReceiver(config, boltLog, logger, healthRoute(() => ({ platform: 'slack', connected: started, articles: [], state: { kind: 'memory' as const }, ...options.health?.() }))) }),
  });

  const dedupe: DeliveryClaims = options.dedupe ?? new Dedupe();
  // Retries and redeliveries: handled once, whichever copy arrives first, on whichever instance
  // (with shared claims). A retry is dropped only when its event was claimed: an http_timeout
  // retry of an event nobody claimed means the first delivery was lost, so it is answered,
  // except while the shared claims are unreachable (Redis down): the first delivery may well have
  // been answered by another instance, and a second answer is worse than none, so the retry is
  // acknowledged and dropped. Events are already acknowledged by Bolt at this point; a duplicate
  // command is acknowledged and dropped.
  app.use(async ({ body, context, next, ...rest }) => {
    const record = body as unknown as Record<string, unknown>;
    const keys = deliveryKeys(record);
    const { first, shared } = dedupe.claim ? await dedupe.claim(...keys) : { first: await dedupe.firstTime(...keys), shared: true };
    const retried = typeof context.retryNum === 'number' && context.retryNum > 0;
    if (!first || (retried && !shared)) {
      if (first) logger.warn({ keys, retryNum: context.retryNum, retryReason: context.retryReason }, 'a retried delivery while the shared claims (Redis) are unreachable: acknowledged, not answered (another instance may have answered it)');
      else logger.info({ keys, retryNum: context.retryNum, retryReason: context.retryReason }, 'duplicate delivery skipped');
      const ack = (rest as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await next();
  });

  const limiter = options.limiter ?? new RateLimiter({ limit: 5, windowMs: 10_000 });
  registerHandlers(app, {
    core, config, logger, dedupe, limiter, secrets,
    session: options.session ?? createSession({ core, via: 'slack' }),
    ...(options.articles ? { articles: options.articles } : {}),
    onAuthError: (error) => {
      const refused = tokenRefused(error, 'SLACK_BOT_TOKEN');
      if (refused) fatal(refused);
      return Boolean(refused);
    },
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
  });
  const socketUp = socket ? socketConnection(socket.client) : undefined;

  app.error(async ({ error, body, context }: ErrorArgs) => {
    const refused = tokenRefused(error, 'SLACK_BOT_TOKEN');
    if (refused) return fatal(refused);
    const record = (body ?? {}) as Record<string, unknown>;
    const event = record.event as Record<string, unknown> | undefined;
    logger.error(
      {
        err: errorForLog(error, secrets),
        type: record.type ?? record.command,
        eventType: event?.type,
        eventId: record.event_id,
        channel: event?.channel ?? record.channel_id,
        retryNum: context?.retryNum,
      },
      'unhandled error in a Slack listener',
    );
  });

  const step = { where: redactUrl(config.apiUrl ?? 'https://slack.com/api/'), plan: options.startRetry ?? START_RETRY, logger, secrets };
  const connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
  const reconnects =
    socket && keepConnected(socket.client, { logger, secrets, backoff: options.reconnect ?? RECONNECT_BACKOFF, connectTimeoutMs, stopping: () => stopping || !started, onFatal: fatal });
  return {
    app,
    connected: () => (socketUp ? started && socketUp() : started),
    async start(listen = {}) {
      stopping = false;
      await startStep(() => app.init(), { ...step, step: 'auth.test', variable: 'SLACK_BOT_TOKEN' });
      if (socket) {
        await startStep(() => within(connectTimeoutMs, () => app.start()), { ...step, step: 'Socket Mode connection', variable: 'SLACK_APP_TOKEN' });
        started = true;
        return {};
      }
      const limits = options.httpLimits ?? EVENTS_LIMITS;
      const where = listen.host ? { port: listen.port ?? config.port, host: listen.host } : (listen.port ?? config.port);
      const server = await app.start(where, serverOptions(limits));
      limitConnections(server, limits);
      started = true;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      stopping = true;
      reconnects?.cancel();
      if (!started) return;
      started = false;
      await app.stop();
    },
  };
}

/** Bolt's HTTP receiver behind the request guard (malformed bodies and far-off timestamps refused at once). */
function httpReceiver(config: SlackConfig, boltLog: ReturnType<typeof boltLogger>, logger: Logger, health: ReturnType<typeof healthRoute>): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret!, port: config.port, logger: boltLog, customRoutes: [health], bodyLimit: EVENT_BODY_LIMIT });
  receiver.requestListener = guardRequests(receiver.requestListener, { signingSecret: config.signingSecret!, logger, bodyLimit: EVENT_BODY_LIMIT });
  return receiver;
}
