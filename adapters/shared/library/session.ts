/**
 * A Session (adapters/shared/session.ts) that answers each conversation from its channel's
 * articles: the conversation id names the scope (`scopeOf`), the library gives that scope's core,
 * and one session per core shares the conversation store and the questions log, so a follow-up is
 * read against the same turns whichever core answers it. Answers gain the link to their quote.
 */
import { createMemoryStore, type ConversationAnswer, type ConversationStore } from '../../../src/index.js';
import type { QaCore } from '../../../src/types.js';
import { withLink, type LinkedAnswer } from '../link.js';
import type { QaLog } from '../qa-log.js';
import { createSession, sessionSettings, type Session, type SessionOptions, type SessionSettings } from '../session.js';
import type { Library } from './library.js';

export interface LibrarySessionOptions {
  library: Library;
  via: string;
  /** The scope (channel) a conversation belongs to, e.g. `discord:C1:U2` → `discord:C1`. */
  scopeOf(conversationId: string): string | undefined;
  log?: QaLog | null;
  store?: ConversationStore;
  bounds?: SessionSettings['conversations'];
  now?: () => number;
  /** Told of a bug inside the core (an `error` reply, code QA_INTERNAL), for the adapter's log. */
  onInternalError?: SessionOptions['onInternalError'];
  /** The bounded queue questions wait in (adapters/shared/work-queue.ts). */
  queue?: SessionOptions['queue'];
}

/** A session whose answers carry `link` (see LinkedAnswer). */
export interface LibrarySession extends Session {
  ask(conversationId: string, userId: string | undefined, question: string): Promise<LinkedAnswer<ConversationAnswer>>;
  /** The core a conversation's questions go to (for help and /about in its channel). */
  coreFor(conversationId: string): QaCore;
}

/** The scope of ids shaped `platform:channel:rest`: `platform:channel`. */
export const channelScope = (conversationId: string): string | undefined => conversationId.split(':').slice(0, 2).join(':') || undefined;

export function createLibrarySession(options: LibrarySessionOptions): LibrarySession {
  const store = options.store ?? createMemoryStore({ ...(options.bounds ?? sessionSettings({}).conversations), now: options.now ?? Date.now });
  const sessions = new WeakMap<QaCore, Session>();
  const coreFor = (conversationId: string): QaCore => options.library.coreFor(options.scopeOf(conversationId));
  const sessionOf = (conversationId: string): Session => {
    const core = coreFor(conversationId);
    let session = sessions.get(core);
    if (!session) {
      session = createSession({
        core, via: options.via, log: options.log ?? null, store, ...(options.now ? { now: options.now } : {}),
        ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
        ...(options.queue ? { queue: options.queue } : {}),
      });
      sessions.set(core, session);
    }
    return session;
  };
  return {
    get conversations() {
      return sessionOf('').conversations;
    },
    coreFor,
    async ask(conversationId, userId, question) {
      const answer = await sessionOf(conversationId).ask(conversationId, userId, question);
      return withLink(answer, answer.articleId ? options.library.get(answer.articleId) : undefined);
    },
    why: (conversationId, turnId) => sessionOf(conversationId).why(conversationId, turnId),
    more: (conversationId, turnId, rank) => sessionOf(conversationId).more(conversationId, turnId, rank),
    feedback: (conversationId, userId, turnId, rating) => sessionOf(conversationId).feedback(conversationId, userId, turnId, rating),
    turn: (conversationId, turnId) => sessionOf(conversationId).turn(conversationId, turnId),
  };
}
