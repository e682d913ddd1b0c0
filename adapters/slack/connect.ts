/**
 * Connecting to Slack and staying connected. At start-up a step that cannot reach Slack (auth.test,
 * apps.connections.open, the WebSocket) is retried a bounded number of times, each failure logged,
 * then given up with one clear error; a refused token is an error at once, naming its variable.
 * Once connected, a lost Socket Mode connection is re-opened with backoff for as long as it takes,
 * unless Slack refuses the app token (revoked): that is fatal, so a supervisor restarts the bot.
 */
import type { Logger } from '../shared/logger.js';
import { errorForLog } from './bolt-logger.js';
import { authError, failureKind } from './web-api.js';

/** The variables holding the two tokens (named in errors, never their values). */
export type TokenVariable = 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';

const HOW_TO_FIX: Record<TokenVariable, string> = {
  SLACK_BOT_TOKEN: "set it to the app's Bot User OAuth Token (xoxb-..., OAuth & Permissions; reinstall the app if it was revoked)",
  SLACK_APP_TOKEN: 'set it to an app-level token with connections:write (xapp-..., Basic Information > App-Level Tokens; make a new one if it was revoked)',
};

/** Slack is out of reach, or refused a token. `code` says which; the message names the setting and the fix. */
export class SlackConnectError extends Error {
  readonly code: 'SLACK_AUTH_REJECTED' | 'SLACK_UNREACHABLE';
  readonly variable?: TokenVariable;
  constructor(code: SlackConnectError['code'], message: string, options: { cause?: unknown; variable?: TokenVariable } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SlackConnectError';
    this.code = code;
    if (options.variable) this.variable = options.variable;
  }
}

/** The error for a refused token, or undefined when `error` is not a refusal. */
export function tokenRefused(error: unknown, variable: TokenVariable): SlackConnectError | undefined {
  const code = authError(error);
  if (!code) return undefined;
  return new SlackConnectError('SLACK_AUTH_REJECTED', `Slack refused ${variable} (${code}): ${HOW_TO_FIX[variable]}, in .env (see .env.example)`, { cause: error, variable });
}

export interface RetryPlan {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Start-up: 5 tries, 1, 2, 4 and 8 s apart (about 15 s plus the calls' own timeouts). */
export const START_RETRY: RetryPlan = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 8000 };
/** After a lost connection: without end, from 1 s doubling to at most 30 s apart. */
export const RECONNECT_BACKOFF: Omit<RetryPlan, 'attempts'> = { baseDelayMs: 1000, maxDelayMs: 30_000 };

export const backoff = (plan: Omit<RetryPlan, 'attempts'>, failures: number) => Math.min(plan.maxDelayMs, plan.baseDelayMs * 2 ** Math.max(0, failures - 1));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A Socket Mode connection that has not said hello within this long counts as a failed try. */
export const CONNECT_TIMEOUT_MS = 30_000;

/** `run()`, or a rejection with a TimeoutError after `ms` (the WebSocket handshake has no timeout of its own). */
export async function within<T>(ms: number, run: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { name: 'TimeoutError' })), ms);
  });
  try {
    return await Promise.race([run(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface StepOptions {
  /** What is being done, for log lines: "auth.test", "Socket Mode connection". */
  step: string;
  /** Whose token the step uses. */
  variable: TokenVariable;
  /** Where Slack is (already free of credentials), for the final error. */
  where: string;
  plan: RetryPlan;
  logger: Logger;
  secrets: readonly string[];
}

/** Runs a start-up step, retrying failures to reach Slack per `plan`; a refused token fails at once. */
export async function startStep<T>(run: () => Promise<T>, options: StepOptions): Promise<T> {
  const { plan, logger: log } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const refused = tokenRefused(error, options.variable);
      if (refused) throw refused;
      const failure = error === undefined ? 'the connection closed' : failureKind(error, options.secrets);
      if (attempt >= plan.attempts) {
        throw new SlackConnectError('SLACK_UNREACHABLE', `could not reach Slack at ${options.where} (${options.step}: ${failure}) after ${plan.attempts} tries: check the network, or SLACK_API_URL if set (see .env.example)`, { cause: error });
      }
      const delayMs = backoff(plan, attempt);
      log.warn({ step: options.step, attempt, of: plan.attempts, retryInMs: delayMs, failure, err: errorForLog(error, options.secrets) }, `could not reach Slack (${options.step}); retrying`);
      await sleep(delayMs);
    }
  }
}

/** What the Socket Mode client offers that the reconnect loop needs (Bolt's SocketModeClient). */
export interface SocketClient {
  start(): Promise<unknown>;
  on(event: 'disconnected', listener: () => void): unknown;
}

export interface KeepConnectedTiming {
  backoff?: Omit<RetryPlan, 'attempts'>;
  /** Per try (default CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
}

export interface KeepConnectedOptions extends KeepConnectedTiming {
  logger: Logger;
  secrets: readonly string[];
  /** True while the app is shutting down: no reconnect then. */
  stopping: () => boolean;
  /** Slack refused the app token: the app cannot go on. */
  onFatal: (error: SlackConnectError) => void;
}

/**
 * After the first connection: whenever the client reports "disconnected", reconnect with backoff
 * until it works (each failure logged), unless the app is stopping or the app token is refused.
 * (The client's own auto-reconnect is off: it gives up silently on a network error, and a refused
 * token ends in an unhandled rejection.)
 */
export function keepConnected(client: SocketClient, options: KeepConnectedOptions): { cancel(): void } {
  const plan = options.backoff ?? RECONNECT_BACKOFF;
  const log = options.logger;
  let reconnecting = false;
  // The pause between tries, cut short by cancel() (a shutdown must not wait up to 30 s for it).
  let wake: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const pauseFor = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
  client.on('disconnected', () => {
    if (reconnecting || options.stopping()) return;
    reconnecting = true;
    log.warn('lost the Socket Mode connection to Slack; reconnecting');
    void (async () => {
      for (let failures = 0; !options.stopping(); ) {
        try {
          await within(options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS, () => client.start());
          log.info({ failures }, 'reconnected to Slack (Socket Mode)');
          break;
        } catch (error) {
          const refused = tokenRefused(error, 'SLACK_APP_TOKEN');
          if (refused) {
            options.onFatal(refused);
            break;
          }
          failures++;
          const delayMs = backoff(plan, failures);
          log.warn({ failures, retryInMs: delayMs, failure: error === undefined ? 'the connection closed' : failureKind(error, options.secrets), err: errorForLog(error, options.secrets) }, 'could not reconnect to Slack; retrying');
          await pauseFor(delayMs);
        }
      }
      reconnecting = false;
    })();
  });
  return {
    cancel() {
      clearTimeout(timer);
      wake?.();
    },
  };
}
