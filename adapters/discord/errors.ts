/**
 * Failures after which the bot cannot go on and must exit 1, so that a supervisor restarts it (or
 * a person fixes the setting). Each message is one line that names the setting and the fix.
 */

export type DiscordFatalCode = 'DISCORD_TOKEN_REJECTED' | 'DISCORD_GATEWAY_CLOSED' | 'DISCORD_UNREACHABLE';

export class DiscordFatalError extends Error {
  readonly code: DiscordFatalCode;
  constructor(code: DiscordFatalCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiscordFatalError';
    this.code = code;
  }
}

/** Where a rejected token is fixed. */
const TOKEN_FIX = 'copy the bot token again (Developer Portal > Bot > Reset Token) into DISCORD_TOKEN in .env';

/** Discord refused the token: at login, on a REST call (401), or on the gateway (close 4004). */
export function tokenRejected(where: string, cause?: unknown): DiscordFatalError {
  return new DiscordFatalError('DISCORD_TOKEN_REJECTED', `Discord rejected DISCORD_TOKEN (${where}): ${TOKEN_FIX}`, { cause });
}

/** What each gateway close code after which discord.js does not reconnect means, and the fix. */
const CLOSE_CODES: Record<number, string> = {
  4010: 'invalid shard: leave the shard count to Discord (shards: auto) or fix the sharding settings',
  4011: 'sharding required: the bot is in too many servers for one connection; run it sharded (see docs/operations.md)',
  4012: 'invalid API version: update discord.js (npm update discord.js)',
  4013: 'invalid intents: the intents in adapters/discord/client.ts are not valid',
  4014: 'disallowed intents: enable the privileged intents the bot asks for in the Developer Portal (Bot > Privileged Gateway Intents)',
};

/** The gateway closed for good (discord.js will not reconnect). */
export function gatewayClosed(code: number): DiscordFatalError {
  if (code === 4004) return tokenRejected('gateway close 4004, authentication failed');
  const what = CLOSE_CODES[code] ?? 'see https://discord.com/developers/docs/topics/opcodes-and-status-codes';
  return new DiscordFatalError('DISCORD_GATEWAY_CLOSED', `Discord closed the gateway with code ${code} and it will not reconnect: ${what}`);
}

/** Could not connect at start, after every attempt. */
export function unreachable(apiUrl: string, attempts: number, cause: unknown): DiscordFatalError {
  const last = cause instanceof Error ? cause.message : String(cause);
  return new DiscordFatalError(
    'DISCORD_UNREACHABLE',
    `could not connect to Discord at ${apiUrl} after ${attempts} attempt${attempts === 1 ? '' : 's'} (last: ${last}): check the network, and DISCORD_API_URL if it is set`,
    { cause },
  );
}

/** True for discord.js's "invalid token" errors (TokenInvalid at login) and REST 401s with the bot token. */
export function isTokenRejection(error: unknown): boolean {
  const e = error as { code?: unknown; status?: unknown; requestBody?: unknown } | null;
  return !!e && (e.code === 'TokenInvalid' || e.status === 401);
}
