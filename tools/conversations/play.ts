/**
 * Plays scripted conversations through the core's conversation layer and judges each reply the
 * way a reader would: the answer line holds one of the expected answers (right), only the quoted
 * sentence does (passage: the right place, a wrong answer line), the bot abstained where the
 * article answers (missed), or it answered wrongly (wrong). Shared by `npm run converse` and the
 * golden conversation tests (tests/src/conversation/golden.test.ts), so both judge alike.
 */
import { createConversations } from '../../src/conversation/conversation.js';
import { createMemoryStore } from '../../src/conversation/store.js';
import { bareQuestionWord } from '../../src/conversation/ellipsis.js';
import type { Answer, QaCore } from '../../src/types.js';

/** One turn of a script: exactly one of `expect`, `abstain`, `chat`. */
export interface ScriptTurn {
  ask: string;
  /** Any of these (case and dash style ignored) in the answer line makes the reply right. */
  expect?: string[];
  /** The article does not say: an abstention is right. */
  abstain?: boolean;
  /** Small talk ("thanks", "hi"): a chat reply is right, and it must not break the chain. */
  chat?: boolean;
  /** The standalone question a follow-up must become (golden conversations check it). */
  becomes?: string;
}

export interface Script {
  id: string;
  /** The article's slug (news-wikinews) or file name. */
  article: string;
  turns: ScriptTurn[];
}

export type Verdict = 'right' | 'passage' | 'missed' | 'wrong';

export interface TurnResult {
  script: string;
  index: number;
  asked: string;
  /** The standalone question the core answered. */
  resolved: string;
  readAs?: string;
  reply: Answer;
  verdict: Verdict;
  /** The bare question word ("why", "when") when the turn was one. */
  bare?: string;
  /** Whether the previous turn was answered from the article (a bare follow-up must then resolve). */
  afterAnswer: boolean;
}

/** Lower case, one kind of dash, quote and space: "24–10" matches "24-10". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `text` holds `expected`: a verdict word ("Yes", "No") only where the line starts. */
export function holds(text: string, expected: string): boolean {
  const t = normalise(text);
  const e = normalise(expected);
  if (/^(?:yes|no)$/.test(e)) return new RegExp(`^(?:\\W*)${e}\\b`).test(t);
  const escaped = e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(t);
}

/** Whether a reply is small talk or help rather than an answer from the article. */
const isChat = (a: Answer): boolean => a.kind !== undefined && a.kind !== 'answer' && a.kind !== 'not-answered';

/** A reader's verdict on one reply. */
export function judge(turn: ScriptTurn, reply: Answer): Verdict {
  if (turn.chat) return isChat(reply) ? 'right' : 'wrong';
  const answered = reply.answered && !isChat(reply);
  if (turn.abstain) return answered ? 'wrong' : 'right';
  const expect = turn.expect ?? [];
  if (!answered) return 'missed';
  if (expect.some((e) => holds(reply.answer, e))) return 'right';
  return expect.some((e) => holds(reply.passage, e)) ? 'passage' : 'wrong';
}

/** Plays one script in a fresh conversation over `core`. */
export async function play(core: QaCore, script: Script): Promise<TurnResult[]> {
  let clock = 0;
  const now = () => (clock += 1000);
  const conversations = createConversations(core, { store: createMemoryStore({ now, maxTurns: 8 }), now });
  const out: TurnResult[] = [];
  let lastContent: Answer | undefined;
  for (const [index, turn] of script.turns.entries()) {
    const reply = await conversations.ask(script.id, turn.ask);
    const stored = await conversations.turn(script.id, reply.turnId);
    const bare = bareQuestionWord(turn.ask);
    out.push({
      script: script.id,
      index,
      asked: turn.ask,
      resolved: stored?.resolved ?? reply.question,
      ...(reply.readAs ? { readAs: reply.readAs } : {}),
      reply,
      verdict: judge(turn, reply),
      ...(bare ? { bare } : {}),
      afterAnswer: !!lastContent?.answered,
    });
    if (!isChat(reply)) lastContent = reply;
  }
  return out;
}

/** Shares of turns by verdict, and how the bare follow-ups after an answer fared. */
export interface Figures {
  turns: number;
  right: number;
  passage: number;
  missed: number;
  wrong: number;
  /** Bare "why"/"when"… after an answered turn, and how many of them were rewritten. */
  bareAfterAnswer: number;
  bareResolved: number;
}

export function figures(results: readonly TurnResult[]): Figures {
  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  const bare = results.filter((r) => r.bare && r.afterAnswer);
  return {
    turns: results.length,
    right: count('right'),
    passage: count('passage'),
    missed: count('missed'),
    wrong: count('wrong'),
    bareAfterAnswer: bare.length,
    bareResolved: bare.filter((r) => normalise(r.resolved) !== normalise(r.asked)).length,
  };
}
