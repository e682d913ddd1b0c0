/**
 * Builds the Bolt App for a config (Socket Mode or HTTP mode) and wires it to the core. The core,
 * config and logger are injected, so tests build the real App against a fake Slack.
 */
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import type { QaCore } from '../../src/types.js';
import type { Logger } from '../shared/logger.js';
import { createSession, type Session } from '../shared/session.js';
import { boltLogger, errorForLog } from './bolt-logger.js';
import type { SlackConfig } from './config.js';
import { Dedupe, deliveryKeys, type DeliveryClaims } from './dedupe.js';
import { registerHandlers } from './handlers.js';
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
  /** Web API retry policy; the library default retries for a long time (tests pass `{ retries: 0 }`). */
  retryConfig?: RetryOptions;
  /** Delivery claims; default: this process's memory (adapters/shared/state.ts builds the Redis ones). */
  dedupe?: DeliveryClaims;
  /** Per-user limit on every way in (commands, mentions, DMs, buttons); default 5 per 10 s in memory. */
  limiter?: Limiter;
  /** What `/healthz` says besides `connected` (HTTP mode serves it beside /slack/events). */
  health?: () => Omit<HealthReport, 'connected' | 'platform'>;
  /** Conversations, "why"/"more", feedback and the questions log; default: memory only, no log. */
  session?: Session;
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
    ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}),
  };
  let started = false;
  const knownIds = Boolean(options.botId && options.botUserId);
  const modeOptions =
    config.mode === 'socket'
      ? { socketMode: true, appToken: config.appToken, installerOptions: { clientOptions } }
      : { socketMode: false, signingSecret: config.signingSecret, port: config.port, customRoutes: [healthRoute(() => ({ platform: 'slack', connected: started, articles: [], state: { kind: 'memory' as const }, ...options.health?.() }))] };

  const app = new App({
    token: config.botToken,
    botId: options.botId,
    botUserId: options.botUserId,
    // auth.test runs in start() (a failure is a clear start-up error, not an unhandled rejection)
    deferInitialization: true,
    tokenVerificationEnabled: !knownIds,
    logger: boltLogger(logger, secrets),
    clientOptions,
    extendedErrorHandler: true,
    ...modeOptions,
  });

  const dedupe = options.dedupe ?? new Dedupe();
  // Retries and redeliveries: handled once, whichever copy arrives first, on whichever instance
  // (with shared claims). A retry is dropped only when its event was claimed: an http_timeout
  // retry of an event nobody claimed means the first delivery was lost, so it is answered. Events
  // are already acknowledged by Bolt at this point; a duplicate command is acknowledged and dropped.
  app.use(async ({ body, context, next, ...rest }) => {
    const record = body as unknown as Record<string, unknown>;
    const keys = deliveryKeys(record);
    if (!(await dedupe.firstTime(...keys))) {
      logger.info({ keys, retryNum: context.retryNum, retryReason: context.retryReason }, 'duplicate delivery skipped');
      const ack = (rest as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await next();
  });

  const limiter = options.limiter ?? new RateLimiter({ limit: 5, windowMs: 10_000 });
  registerHandlers(app, { core, config, logger, dedupe, limiter, secrets, session: options.session ?? createSession({ core, via: 'slack' }) });
  const socketUp = config.mode === 'socket' ? socketConnection(app) : undefined;

  app.error(async ({ error, body, context }: ErrorArgs) => {
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

  return {
    app,
    connected: () => (socketUp ? started && socketUp() : started),
    async start(listen = {}) {
      await app.init();
      if (config.mode === 'socket') {
        await app.start();
        started = true;
        return {};
      }
      const server = await app.start(listen.host ? { port: listen.port ?? config.port, host: listen.host } : (listen.port ?? config.port));
      started = true;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      if (!started) return;
      started = false;
      await app.stop();
    },
  };
}
