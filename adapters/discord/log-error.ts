/**
 * Turns an error into a plain object that is safe to log: the bot token and any interaction or
 * webhook token (they sit in discord.js REST error URLs) are replaced, and the request body (user
 * text) is left out.
 */

const URL_TOKENS: ReadonlyArray<[RegExp, string]> = [
  [/(\/interactions\/\d+\/)[^/?\s]+/g, '$1[redacted]'],
  [/(\/webhooks\/\d+\/)[^/?\s]+/g, '$1[redacted]'],
];

/**
 * Token-like material whatever token it is: discord.js's `Provided token: <id>.<time>.****`
 * debug line, and anything shaped like a bot token (base64 of a user id, a dot, more base64).
 */
const TOKEN_LIKE: ReadonlyArray<[RegExp, string]> = [
  [/(Provided token:\s*)\S+/gi, '$1[redacted]'],
  [/\b[MNO][A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_*-]+)?/g, '[redacted]'],
];

/**
 * The strings to scrub for a bot token: the token, and its first two dot-separated parts (the
 * part discord.js prints censored), so that neither the whole nor the visible half is logged.
 */
export function tokenSecrets(token: string): string[] {
  const parts = token.split('.');
  return [token, ...(parts.length > 2 ? [parts.slice(0, 2).join('.')] : [])].filter((s) => s.length >= 8);
}

export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  for (const [pattern, replacement] of [...URL_TOKENS, ...TOKEN_LIKE]) out = out.replace(pattern, replacement);
  return out;
}

export function describeError(error: unknown, secrets: readonly string[]): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error), secrets) };
  const e = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  const out: Record<string, unknown> = { type: e.name, message: scrub(e.message, secrets) };
  if (e.code !== undefined) out.code = e.code;
  if (typeof e.status === 'number') out.status = e.status;
  if (typeof e.method === 'string') out.method = e.method;
  if (typeof e.url === 'string') out.url = scrub(e.url, secrets);
  if (e.stack) out.stack = scrub(e.stack, secrets);
  return out;
}
