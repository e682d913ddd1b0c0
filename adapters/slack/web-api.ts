/**
 * How the app calls Slack: every outbound request (Web API and response_url) has a timeout, and
 * only a failure that certainly posted nothing is retried. A `chat.postMessage` that timed out or
 * got a 5xx may have been posted already; retrying it is how a user gets the same answer twice,
 * so such a call is made once and reported as "outcome unknown".
 */

import { scrubSecrets } from './bolt-logger.js';

/** @slack/web-api's error codes (the package comes with Bolt; not imported directly). */
const ErrorCode = { RequestError: 'slack_webapi_request_error', HTTPError: 'slack_webapi_http_error', PlatformError: 'slack_webapi_platform_error' } as const;

/** Slack usually answers within a second; a call still open after this is abandoned. */
export const DEFAULT_API_TIMEOUT_MS = 10_000;

/** Network errors raised before a request reached Slack: nothing was posted, so a retry is safe. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** Platform errors that mean a token was refused (revoked, wrong, of a deleted app or user). */
const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'invalid_token']);

type Coded = Error & { code?: string; statusCode?: number; original?: unknown; data?: { error?: unknown }; cause?: unknown };

function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && !code.startsWith('slack_')) return code;
    e = (e as Coded).original ?? (e as Coded).cause;
  }
  return undefined;
}

function isTimeout(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return true;
    e = (e as Coded).original ?? (e as Coded).cause;
  }
  return false;
}

/** True when the request may have taken effect though the call failed: a 5xx, a timeout, a connection cut mid-way. */
export function outcomeUnknown(error: unknown): boolean {
  const e = error as Coded;
  if (e?.code === ErrorCode.HTTPError) return (e.statusCode ?? 0) >= 500;
  if (e?.code === ErrorCode.RequestError) return !retrySafe(e);
  return false;
}

/** True when the request never reached Slack, or Slack said to try again later (429): a retry cannot duplicate. */
export function retrySafe(error: unknown): boolean {
  const e = error as Coded;
  if (e?.code !== ErrorCode.RequestError) return false;
  // WebClient waits out a 429's retry-after itself, then throws (wrapped) "A rate limit was exceeded" to be retried.
  if (e.original instanceof Error && /rate limit was exceeded/i.test(e.original.message)) return true;
  return !isTimeout(e) && NOT_SENT.has(causeCode(e) ?? '');
}

/** The Slack error code when Slack refused a token (`invalid_auth`, `token_revoked`, ...), else undefined. */
export function authError(error: unknown): string | undefined {
  const e = error as Coded;
  const code = e?.code === ErrorCode.PlatformError && typeof e.data?.error === 'string' ? e.data.error : undefined;
  return code && AUTH_ERRORS.has(code) ? code : undefined;
}

/** The WebClient's retry policy (p-retry options): a few quick retries, only of failures that posted nothing. */
export function safeRetryPolicy(): { retries: number; factor: number; minTimeout: number; maxTimeout: number; onFailedAttempt: (error: Error) => void } {
  return {
    retries: 2,
    factor: 2,
    minTimeout: 500,
    maxTimeout: 2000,
    onFailedAttempt(error) {
      if (!retrySafe(error)) throw error; // p-retry stops and rejects with this error
    },
  };
}

/**
 * A short description of a failed call for a log line or an error message: status, Slack error,
 * or network code; a library's message (undici quotes a bad header's value) goes through the
 * secret scrubber first.
 */
export function failureKind(error: unknown, secrets: readonly string[] = []): string {
  const e = error as Coded;
  if (isTimeout(e)) return 'timeout';
  if (e?.code === ErrorCode.HTTPError) return `HTTP ${e.statusCode}`;
  if (e?.code === ErrorCode.PlatformError && typeof e.data?.error === 'string') return e.data.error;
  return scrubSecrets(causeCode(e) ?? (e instanceof Error ? e.message : String(error)), secrets);
}
