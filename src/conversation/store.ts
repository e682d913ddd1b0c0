/**
 * Where conversations keep their last few turns. The interface is asynchronous and holds only
 * plain JSON values, so that several bot instances can later share state through an external
 * store (Redis, a database) without touching the follow-up logic; the bounded in-memory store
 * below is the default.
 */
import type { Answer } from '../types.js';

/** One question and its answer, as remembered by a conversation. */
export interface ConversationTurn {
  /** Identifies the turn within its conversation (buttons and `/why` refer to it). */
  id: string;
  /** The question as the person typed it (trimmed). */
  question: string;
  /** The standalone question given to the core (the same as `question` unless it was a follow-up). */
  resolved: string;
  /** How a follow-up was read, for people ('reading "he" as Sergey V. Lavrov'). */
  readAs?: string;
  /** The core's answer to `resolved`. */
  answer: Answer;
  /** When the turn was taken, in milliseconds from the injected clock. */
  at: number;
}

/** The small interface every conversation store implements. */
export interface ConversationStore {
  /** The conversation's remembered turns, oldest first; empty when unknown or expired. */
  recent(conversationId: string): Promise<readonly ConversationTurn[]>;
  /** Adds a turn (dropping the oldest beyond the per-conversation bound) and marks the conversation active. */
  append(conversationId: string, turn: ConversationTurn): Promise<void>;
  /** Forgets a conversation entirely. */
  forget(conversationId: string): Promise<void>;
}

export interface MemoryStoreOptions {
  /** At most this many conversations are kept; the least recently active is dropped first. Default 1,000. */
  maxConversations?: number;
  /** At most this many turns per conversation. Default 5. */
  maxTurns?: number;
  /** A conversation with no new turn for this long is forgotten. Default 30 minutes. */
  idleMs?: number;
  /** The clock in milliseconds (injected: the core never reads the time itself). */
  now: () => number;
}

interface Entry {
  turns: ConversationTurn[];
  lastActive: number;
}

/** The in-memory store's bounds and size, for tests and metrics. */
export interface MemoryConversationStore extends ConversationStore {
  /** How many conversations are held right now (expired ones may linger until the next access). */
  readonly size: number;
  readonly maxConversations: number;
  readonly maxTurns: number;
  readonly idleMs: number;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`conversation store: ${name} must be a whole number of at least 1`);
  return value;
}

/**
 * A bounded in-memory store: at most `maxConversations` conversations of at most `maxTurns`
 * turns, each forgotten after `idleMs` without a new turn. Nothing grows without limit: the map
 * is kept in order of last activity, so both eviction and expiry only look at its oldest end.
 */
export function createMemoryStore(options: MemoryStoreOptions): MemoryConversationStore {
  const maxConversations = positiveInteger('maxConversations', options.maxConversations ?? 1000);
  const maxTurns = positiveInteger('maxTurns', options.maxTurns ?? 5);
  const idleMs = options.idleMs ?? 30 * 60_000;
  if (!(idleMs > 0)) throw new RangeError('conversation store: idleMs must be above 0');
  const { now } = options;
  const entries = new Map<string, Entry>();

  /** Drops expired conversations from the oldest end (the map is ordered by last activity). */
  const sweep = (at: number): void => {
    for (const [id, entry] of entries) {
      if (at - entry.lastActive < idleMs) break;
      entries.delete(id);
    }
  };

  return {
    maxConversations,
    maxTurns,
    idleMs,
    get size() {
      return entries.size;
    },
    async recent(conversationId) {
      const at = now();
      sweep(at);
      const entry = entries.get(conversationId);
      return entry ? [...entry.turns] : [];
    },
    async append(conversationId, turn) {
      const at = now();
      sweep(at);
      const entry = entries.get(conversationId) ?? { turns: [], lastActive: at };
      // Re-inserting moves the conversation to the newest end of the map.
      entries.delete(conversationId);
      entry.turns.push(turn);
      if (entry.turns.length > maxTurns) entry.turns.splice(0, entry.turns.length - maxTurns);
      entry.lastActive = at;
      entries.set(conversationId, entry);
      while (entries.size > maxConversations) {
        const oldest = entries.keys().next().value as string;
        entries.delete(oldest);
      }
    },
    async forget(conversationId) {
      entries.delete(conversationId);
    },
  };
}
