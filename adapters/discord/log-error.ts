/**
 * Turns an error into a plain object that is safe to log: the bot token and any interaction or
 * webhook token (they sit in discord.js REST error URLs) are replaced, and the request body (user
 * text) is left out.
 */

const URL_TOKENS: ReadonlyArray<[RegExp, string]> = [
  [/(\/interactions\/\d+\/)[^/?\s]+/g, '$1[redacted]'],
  [/(\/webhooks\/\d+\/)[^/?\s]+/g, '$1[redacted]'],
];

export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  for (const [pattern, replacement] of URL_TOKENS) out = out.replace(pattern, replacement);
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
