/**
 * Conversations over the core: each keeps its last few turns in a `ConversationStore`, so that a
 * follow-up ("What did he say?") is answered as the standalone question it stands for, and "why",
 * "more" and feedback can refer back to an answer. Pure apart from the injected store and clock.
 */
import { cleanQuestion } from '../question/clean.js';
import type { Answer, Explanation, QaCore, RankedPassage } from '../types.js';
import { answerElse, withoutElse } from './else.js';
import { resolveFollowUp, type FollowUp } from './followup.js';
import { rephraseRequest } from './rephrase-request.js';
import type { ConversationStore, ConversationTurn } from './store.js';

/** The core's answer within a conversation: with the turn it was stored as. */
export interface ConversationAnswer extends Answer {
  /** Refer to this answer later (`why`, `more`, feedback buttons). */
  turnId: string;
  /** The question as the person typed it (`question` is the standalone one the core answered). */
  asked: string;
}

export interface ConversationsOptions {
  store: ConversationStore;
  /** The clock in milliseconds (turn times and ids; the store has its own for expiry). */
  now: () => number;
}

export interface Conversations {
  /** Resolves a follow-up against the conversation, asks the core, and remembers the turn. */
  ask(conversationId: string, question: string): Promise<ConversationAnswer>;
  /** A remembered turn: `turnId`, or the latest when omitted. Undefined when expired or unknown. */
  turn(conversationId: string, turnId?: string): Promise<ConversationTurn | undefined>;
  /** "Why this answer?": the top `count` passages for the turn's standalone question. */
  why(conversationId: string, turnId?: string, count?: number): Promise<Explanation | undefined>;
  /**
   * "More": the `rank`-th best passage (1 = the best) other than the one the answer quoted.
   * Undefined when the turn is gone or no further passage matched.
   */
  more(conversationId: string, turnId: string | undefined, rank: number): Promise<RankedPassage | undefined>;
  /** Drops a conversation's memory. */
  forget(conversationId: string): Promise<void>;
}

/**
 * What the core reads of `text` (at most 500 characters), as a string of its own. The cleaned
 * text alone would not do: V8 may keep a slice pointing into the whole original, so a
 * 40,000-character message would stay in memory for as long as its turn. Concatenating first
 * makes V8 copy just the part kept.
 */
function readPart(text: string): string {
  return ` ${cleanQuestion(text)}`.slice(1);
}

/**
 * The core's reply to a resolved follow-up: a request to rephrase after an unanswered turn, and
 * for "who else" an answer that does not repeat the earlier one.
 */
function replyTo(core: QaCore, asked: string, followUp: FollowUp): Answer {
  if (followUp.unanswered) return rephraseRequest(asked.trim(), followUp.unanswered);
  if (!followUp.besides) return core.ask(followUp.question);
  const question = withoutElse(followUp.question);
  return answerElse(core, question, core.ask(question), followUp.besides);
}

/** Builds the conversation layer over `core`. */
export function createConversations(core: QaCore, options: ConversationsOptions): Conversations {
  const { store, now } = options;
  let sequence = 0;

  const turn = async (conversationId: string, turnId?: string): Promise<ConversationTurn | undefined> => {
    const turns = await store.recent(conversationId);
    return turnId === undefined ? turns[turns.length - 1] : turns.find((t) => t.id === turnId);
  };

  return {
    async ask(conversationId, question) {
      const history = await store.recent(conversationId);
      const followUp = resolveFollowUp(question, history, (text) => core.names(text));
      const coreAnswer = replyTo(core, question, followUp);
      // Both readings show: the follow-up's ("he" as Lavrov) and the core's own (a typo).
      const readAs = [followUp.readAs, coreAnswer.readAs].filter(Boolean).join('; ');
      const answer: Answer = readAs ? { ...coreAnswer, readAs } : coreAnswer;
      const at = now();
      // Time plus a counter: unique within this process, and unlikely to collide across instances.
      const id = `${at.toString(36)}${(sequence++ % 1296).toString(36).padStart(2, '0')}`;
      const asked = question.trim();
      if (asked) {
        // Only what the core reads is kept: a 40,000-character message costs no more than a long question.
        const question = readPart(asked);
        const resolved = followUp.question === asked ? question : readPart(followUp.question);
        await store.append(conversationId, { id, question, resolved, ...(followUp.readAs ? { readAs: followUp.readAs } : {}), answer, at });
      }
      return { ...answer, turnId: id, asked };
    },
    turn,
    async why(conversationId, turnId, count = 3) {
      const t = await turn(conversationId, turnId);
      return t ? core.explain(t.resolved, count) : undefined;
    },
    async more(conversationId, turnId, rank) {
      const t = await turn(conversationId, turnId);
      if (!t || !Number.isInteger(rank) || rank < 1) return undefined;
      // The answer may quote only a stretch of a long sentence ("… x …"): that sentence was shown.
      const shown = t.answer.answered ? t.answer.passage.replace(/^… | …$/g, '') : undefined;
      const others = core.explain(t.resolved, rank + 1).passages.filter((p) => !(shown && p.passage.includes(shown)));
      return others[rank - 1];
    },
    forget: (conversationId) => store.forget(conversationId),
  };
}
