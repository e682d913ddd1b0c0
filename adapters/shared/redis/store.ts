/**
 * Conversations in Redis, so a follow-up that reaches another bot instance is resolved against
 * the turn answered by the first. The same bounds as the in-memory store: at most `maxTurns`
 * turns per conversation (a list), at most `maxConversations` conversations (an index sorted by
 * last activity; the least recently active are dropped first), each forgotten after `idleMs`
 * without a new turn (key expiry). When Redis is away the in-memory store stands in.
 */
import type { ConversationStore, ConversationTurn } from '../../../src/index.js';
import type { RedisLink } from './link.js';

export interface RedisStoreOptions {
  maxConversations: number;
  maxTurns: number;
  idleMs: number;
  now: () => number;
  /** Answers while Redis is unreachable (this process only). */
  fallback: ConversationStore;
}

/**
 * KEYS[1] the conversation's list, KEYS[2] the activity index.
 * ARGV: turn JSON, maxTurns, idleMs, now, maxConversations, conversation id, list key prefix.
 */
const APPEND = `
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
local now = tonumber(ARGV[4])
redis.call('ZADD', KEYS[2], now, ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[3]))
redis.call('PEXPIRE', KEYS[2], ARGV[3])
local extra = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[5])
if extra > 0 then
  for _, id in ipairs(redis.call('ZRANGE', KEYS[2], 0, extra - 1)) do redis.call('DEL', ARGV[7] .. id) end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, extra - 1)
end
return 1
`;

/** A stored turn, or undefined for anything that is not one (another program's key, an old format). */
function parseTurn(raw: string): ConversationTurn | undefined {
  try {
    const t = JSON.parse(raw) as Partial<ConversationTurn>;
    if (typeof t.id !== 'string' || typeof t.question !== 'string' || typeof t.resolved !== 'string' || typeof t.at !== 'number') return undefined;
    if (typeof t.answer !== 'object' || t.answer === null || typeof t.answer.answered !== 'boolean') return undefined;
    return t as ConversationTurn;
  } catch {
    return undefined;
  }
}

export function createRedisStore(link: RedisLink, options: RedisStoreOptions): ConversationStore {
  const { fallback } = options;
  const listPrefix = `${link.prefix}conv:`;
  const index = `${link.prefix}conv-index`;
  return {
    recent: (conversationId) =>
      link.attempt(
        async (redis) => (await redis.lrange(listPrefix + conversationId, 0, -1)).map(parseTurn).filter((t): t is ConversationTurn => t !== undefined),
        () => fallback.recent(conversationId),
      ),
    append: (conversationId, turn) =>
      link.attempt(
        async (redis) => {
          const args = [JSON.stringify(turn), options.maxTurns, options.idleMs, options.now(), options.maxConversations, conversationId, listPrefix];
          await redis.eval(APPEND, 2, listPrefix + conversationId, index, ...args);
        },
        () => fallback.append(conversationId, turn),
      ),
    forget: async (conversationId) => {
      await fallback.forget(conversationId);
      await link.attempt(
        async (redis) => {
          await redis.multi().del(listPrefix + conversationId).zrem(index, conversationId).exec();
        },
        () => undefined,
      );
    },
  };
}
