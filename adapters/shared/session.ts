/**
 * What every chat adapter does with a question, in one place: ask it within its conversation
 * (follow-ups resolved by the core's conversation layer), log it when the article could not answer
 * it well, and serve "why", "more" and 👍/👎 for an earlier answer. Adapters only lay it out.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createConversations, createMemoryStore, type ConversationAnswer, type ConversationStore, type Conversations, type ConversationTurn } from '../../src/index.js';
import type { Explanation, QaCore, RankedPassage } from '../../src/types.js';
import { DEFAULT_SEEDS_DIR } from './articles.js';
import { ConfigError } from './env.js';
import { installSalt, QaLog } from './qa-log.js';
import type { WorkQueue } from './work-queue.js';

export interface SessionSettings {
  /** The questions log, or null when `QA_LOG_FILE=off`. */
  log: { file: string; maxBytes: number; keep: number; salt?: string } | null;
  /** Bounds of the in-memory conversation store. */
  conversations: { maxConversations: number; maxTurns: number; idleMs: number };
}

/** Where the logs go by default: `logs/` in the project (git-ignored, like every *.log). */
export const DEFAULT_LOG_DIR = join(DEFAULT_SEEDS_DIR, '..', 'logs');
/** The log without an adapter name (`logs/qa.log`). */
export const DEFAULT_LOG_FILE = join(DEFAULT_LOG_DIR, 'qa.log');
/** An adapter's own default log, `logs/qa-<via>.log`: one writer per file, whatever runs side by side. */
export const defaultLogFile = (via?: string): string => (via ? join(DEFAULT_LOG_DIR, `qa-${via}.log`) : DEFAULT_LOG_FILE);

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, check: (n: number) => boolean, rule: string): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || !check(n)) throw new ConfigError(`invalid setting: ${name} must be ${rule} (see .env.example)`);
  return n;
}

/**
 * Reads the log and conversation settings (`QA_*`, see .env.example); a malformed one is a
 * ConfigError naming it. `via` (discord, slack, repl) picks the adapter's default log file.
 */
export function sessionSettings(env: NodeJS.ProcessEnv = process.env, via?: string): SessionSettings {
  const whole = (n: number) => Number.isInteger(n) && n >= 1;
  const file = env.QA_LOG_FILE?.trim();
  const off = file !== undefined && /^(off|false|none|0)$/i.test(file);
  if (file && !off) checkLogPath(file);
  return {
    log: off
      ? null
      : {
          file: file || defaultLogFile(via),
          maxBytes: number(env, 'QA_LOG_MAX_BYTES', 5 * 1024 * 1024, (n) => whole(n) && n >= 1024, 'a whole number of bytes, at least 1024'),
          keep: number(env, 'QA_LOG_KEEP', 3, (n) => whole(n) && n <= 100, 'a whole number from 1 to 100'),
          ...(env.QA_LOG_SALT?.trim() ? { salt: env.QA_LOG_SALT.trim() } : {}),
        },
    conversations: {
      maxConversations: number(env, 'QA_CONVERSATIONS_MAX', 1000, whole, 'a whole number of at least 1'),
      maxTurns: number(env, 'QA_CONVERSATION_TURNS', 5, whole, 'a whole number of at least 1'),
      idleMs: number(env, 'QA_CONVERSATION_IDLE_MINUTES', 30, (n) => n > 0 && n <= 7 * 24 * 60, 'a number of minutes above 0 (at most a week)') * 60_000,
    },
  };
}

/**
 * `QA_LOG_FILE` must name a file: not a folder (its salt would land in the folder's parent and
 * every line would fail), nor a FIFO or device. A file that does not exist yet is fine.
 */
function checkLogPath(file: string): void {
  let kind: string | undefined;
  if (/[/\\]$/.test(file)) kind = 'a folder';
  else {
    try {
      const stats = statSync(file);
      if (stats.isDirectory()) kind = 'a folder';
      else if (!stats.isFile()) kind = 'not a regular file';
    } catch {
      // missing (made on first write) or unreadable (reported by the first write)
    }
  }
  if (kind) throw new ConfigError(`invalid setting: QA_LOG_FILE must be a file path such as logs/qa.log, and it names ${kind} (see .env.example)`);
}

/** Builds the log for these settings (the per-install salt is made on first use). */
export function createLog(settings: SessionSettings['log'], onError?: (error: unknown) => void): QaLog | null {
  if (!settings) return null;
  return new QaLog({ ...settings, salt: settings.salt ?? installSalt(settings.file), ...(onError ? { onError } : {}) });
}

export interface SessionOptions {
  core: QaCore;
  /** The adapter's name in the log: discord, slack, repl. */
  via: string;
  log?: QaLog | null;
  /** Default: a bounded in-memory store with `bounds`. */
  store?: ConversationStore;
  bounds?: SessionSettings['conversations'];
  now?: () => number;
  /** Told of a bug inside the core (an `error` reply, code QA_INTERNAL), for the adapter's log. */
  onInternalError?: (error: { code: string; message: string }) => void;
  /** The bounded queue questions wait in (adapters/shared/work-queue.ts); none: answered at once. */
  queue?: WorkQueue;
}

export type Rating = 'good' | 'bad';

export interface Session {
  readonly conversations: Conversations;
  /** Answers a question in a conversation, logging it when the article could not answer it well. */
  ask(conversationId: string, userId: string | undefined, question: string): Promise<ConversationAnswer>;
  why(conversationId: string, turnId?: string): Promise<Explanation | undefined>;
  more(conversationId: string, turnId: string | undefined, rank: number): Promise<RankedPassage | undefined>;
  /** Records 👍/👎 on a turn; 'expired' when the conversation no longer remembers it. */
  feedback(conversationId: string, userId: string | undefined, turnId: string | undefined, rating: Rating): Promise<'recorded' | 'expired'>;
  turn(conversationId: string, turnId?: string): Promise<ConversationTurn | undefined>;
}

export function createSession(options: SessionOptions): Session {
  const now = options.now ?? Date.now;
  const store = options.store ?? createMemoryStore({ ...(options.bounds ?? sessionSettings({}).conversations), now });
  const conversations = createConversations(options.core, { store, now });
  const log = options.log ?? null;
  const queued = <T>(job: () => Promise<T>): Promise<T> => (options.queue ? options.queue.run(job) : job());
  return {
    conversations,
    async ask(conversationId, userId, question) {
      const answer = await queued(() => conversations.ask(conversationId, question));
      if (answer.kind === 'error' && answer.error) options.onInternalError?.(answer.error);
      log?.answer(options.via, answer, { user: userId, conversation: conversationId });
      return answer;
    },
    why: (conversationId, turnId) => conversations.why(conversationId, turnId),
    more: (conversationId, turnId, rank) => queued(() => conversations.more(conversationId, turnId, rank)),
    async feedback(conversationId, userId, turnId, rating) {
      const t = await conversations.turn(conversationId, turnId);
      if (!t) return 'expired';
      log?.feedback(options.via, rating, { ...t.answer, asked: t.question }, { user: userId, conversation: conversationId });
      return 'recorded';
    },
    turn: (conversationId, turnId) => conversations.turn(conversationId, turnId),
  };
}

/** What the bot says after 👍/👎. */
export function feedbackThanks(result: 'recorded' | 'expired', rating: Rating): string {
  if (result === 'expired') return 'That answer is too old for me to find now; ask again if you like.';
  return rating === 'good' ? 'Thanks for the feedback.' : 'Thanks; noted for whoever looks after the article.';
}

/** What the bot says when "why" or "more" refers to an answer it no longer remembers. */
export const NOTHING_TO_EXPLAIN = 'Ask a question first; then I can show why I answered it that way.';
export const NO_MORE = 'No other passage matched that question.';
/** Said to 👍/👎 before any answer: there is nothing to rate yet. */
export const NOTHING_TO_RATE = 'Ask a question first; then you can tell me whether the answer was right.';
