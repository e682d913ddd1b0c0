/**
 * The first connection to Discord. First the REST API is asked for the gateway (what login does
 * first), retried a bounded number of times with growing delays, each failure logged; a rejected
 * token is not retried. Then one login, with one deadline for READY: discord.js retries the
 * gateway connection itself, and a discord.js Client cannot log in again after a failed login
 * (it stays marked destroyed). Once connected, discord.js reconnects with backoff by itself.
 */
import { Events, Routes, type Client } from 'discord.js';
import type { Logger } from '../shared/logger.js';
import { isTokenRejection, tokenRejected, unreachable, type DiscordFatalError } from './errors.js';

export interface ConnectPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the second attempt; doubled each time, up to maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Give up when READY has not come this long after login (discord.js may wait 15 s for guilds). */
  readyTimeoutMs: number;
  /** One REST probe of the gateway gives up after this (a hanging API counts as a failed attempt). */
  probeTimeoutMs: number;
}

/** About a minute of trying (1 + 2 + 4 + 8 s between five attempts), then exit. */
export const DEFAULT_CONNECT: ConnectPolicy = { attempts: 5, firstDelayMs: 1000, maxDelayMs: 15_000, readyTimeoutMs: 45_000, probeTimeoutMs: 10_000 };

export interface ConnectOptions {
  client: Client;
  token: string;
  apiUrl: string;
  logger: Logger;
  /** Resolves when the bot can no longer work (e.g. gateway close 4004): not retried. */
  failed: Promise<DiscordFatalError>;
  /** Aborted by stop(): connect() then rejects at once. */
  signal: AbortSignal;
  policy: ConnectPolicy;
  describeError(error: unknown): Record<string, unknown>;
}

/** The API URL without credentials, for messages. */
function shown(apiUrl: string): string {
  try {
    const url = new URL(apiUrl);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return 'DISCORD_API_URL';
  }
}

/**
 * Waits for `promise` at most `ms`: 'done', 'failed' or 'late'. discord.js's destroy() can wait
 * for ever on a connection that never opened, so nothing here waits on it unbounded.
 */
export async function within(promise: Promise<unknown>, ms: number): Promise<'done' | 'failed' | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    return await Promise.race([promise.then(() => 'done' as const, () => 'failed' as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rejects when `signal` aborts. */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new Error('stopped before the bot was ready'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

/** One attempt: login and READY, or the first failure (login error, timeout, fatal, stop). */
async function attempt({ client, token, failed, signal, policy }: ConnectOptions): Promise<void> {
  let onReady = (): void => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  client.once(Events.ClientReady, onReady);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no READY from the gateway within ${policy.readyTimeoutMs / 1000} s`)), policy.readyTimeoutMs);
  });
  const login = client.login(token).then(() => ready);
  login.catch(() => {}); // its failure is seen through the race; later failures are moot
  try {
    await Promise.race([login, timeout, failed.then((error) => Promise.reject(error)), aborted(signal)]);
  } finally {
    clearTimeout(timer);
    client.off(Events.ClientReady, onReady);
  }
}

/**
 * Asks REST for the gateway, as login will: resolves once Discord answers. The request itself is
 * aborted after probeTimeoutMs (not merely abandoned: REST queues requests per route, so a
 * hanging one would hold up the next attempt).
 */
async function probe({ client, token, failed, signal, policy }: ConnectOptions): Promise<void> {
  client.rest.setToken(token);
  const timeout = AbortSignal.timeout(policy.probeTimeoutMs);
  const request = client.rest.get(Routes.gatewayBot(), { signal: AbortSignal.any([signal, timeout]) }).catch((error: unknown) => {
    throw timeout.aborted ? new Error(`no answer from the API within ${policy.probeTimeoutMs / 1000} s`, { cause: error }) : error;
  });
  await Promise.race([request, failed.then((error) => Promise.reject(error)), aborted(signal)]);
}

/** Connects, retrying network failures per `policy`; throws a DiscordFatalError when it gives up. */
export async function connect(options: ConnectOptions): Promise<void> {
  const { logger, policy, signal } = options;
  let n = 1;
  for (; ; n++) {
    try {
      await probe(options);
      break;
    } catch (error) {
      if (signal.aborted) throw error;
      if ((error as DiscordFatalError).name === 'DiscordFatalError') throw error;
      if (isTokenRejection(error)) throw tokenRejected('401 Unauthorized at login', error);
      if (n >= policy.attempts) throw unreachable(shown(options.apiUrl), n, error);
      const delayMs = Math.min(policy.firstDelayMs * 2 ** (n - 1), policy.maxDelayMs);
      logger.warn({ attempt: n, attempts: policy.attempts, retryInMs: delayMs, error: options.describeError(error) }, 'could not connect to Discord; retrying');
      await Promise.race([new Promise((resolve) => setTimeout(resolve, delayMs)), aborted(signal)]);
    }
  }
  try {
    await attempt(options);
  } catch (error) {
    if (signal.aborted || (error as DiscordFatalError).name === 'DiscordFatalError') throw error;
    if (isTokenRejection(error)) throw tokenRejected('401 Unauthorized at login', error);
    throw unreachable(shown(options.apiUrl), n, error);
  }
}
