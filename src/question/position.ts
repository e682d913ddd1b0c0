import { REPORTING_VERBS } from '../nlp/tables.js';
import type { Token } from '../nlp/wink.js';

/**
 * Position questions: "what does the us think", "what does amnesty think about it", "what is
 * cameron's view on megrahi", "how does china feel about sanctions". Readers ask what someone
 * thinks far more often than what they "said"; an article rarely uses "think" for it, so the verb
 * is no word to look up ("it never mentions 'think'") but, like "say", a request for what that
 * someone said or holds. The answer is what they are the speaker of (a quote, a report) or the
 * subject of a stance verb for ("the EU deplores …", "Mousavi called the result a fraud").
 */

/** Verbs that ask for a position when they end the question ("what does X think (about Y)"). */
const POSITION_VERBS: ReadonlySet<string> = new Set(['think', 'believe', 'feel', 'reckon']);
/** Nouns that ask for a position after a possessor ("X's view on Y"). */
const POSITION_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'stance', 'position', 'take', 'reaction', 'response', 'verdict']);
/** Words that may follow the verb or noun: the topic ("about Y", "of Y", "on Y"). */
const TOPIC = new Set(['about', 'of', 'on', 'regarding', 'towards', 'toward']);

/**
 * The index of the word that asks for a position (the verb "think", the noun "view"), or -1.
 * `wh` is the question word's index. Only the question's own end: "what did X think would
 * happen" asks for a part of the thought, "why does X think …" for a reason.
 */
export function positionWordAt(tokens: readonly Token[], wh: number): number {
  const w = tokens[wh]?.lower;
  if (w !== 'what' && w !== 'how') return -1;
  const aux = tokens[wh + 1]?.lemma;
  // The verb closes the main clause: nothing after it but a topic phrase.
  const closes = (i: number): boolean => {
    const next = tokens[i + 1];
    return !next || next.pos === 'PUNCT' || (TOPIC.has(next.lower) && !tokens.slice(i + 2).some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
  };
  if (aux === 'do') {
    for (let i = wh + 3; i < tokens.length; i++) {
      if (POSITION_VERBS.has(tokens[i]!.lemma) && (w === 'what' || tokens[i]!.lemma === 'feel') && closes(i)) return i;
    }
    return -1;
  }
  // "What is X's view (on Y)?", "what was the EU's reaction".
  if (w === 'what' && aux === 'be') {
    for (let i = wh + 3; i < tokens.length; i++) {
      if (POSITION_NOUNS.has(tokens[i]!.lemma) && /^'?s$|^’s$/.test(tokens[i - 1]!.lower) && closes(i)) return i;
    }
  }
  return -1;
}

/**
 * Verbs a speaker states a position with, besides the reporting verbs: the subject of one in a
 * sentence is the one whose position it gives ("The EU deplores the decision").
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS,
  'think', 'believe', 'feel', 'condemn', 'deplore', 'reject', 'criticise', 'criticize', 'welcome', 'accuse', 'call', 'describe',
  'oppose', 'support', 'back', 'dismiss', 'regret', 'deny', 'urge', 'praise', 'blame', 'question', 'doubt', 'fear', 'hope',
  'want', 'demand', 'refuse', 'dispute', 'slam', 'label', 'brand', 'consider', 'suggest', 'comment', 'respond', 'react',
  'see', 'view', 'regard',
]);

/** Adjectives a position is held with: "China … has been wary of sanctions", "Putin, who has been skeptical of …". */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'wary', 'skeptical', 'sceptical', 'critical', 'opposed', 'supportive', 'concerned', 'worried', 'keen', 'eager',
  'reluctant', 'hostile', 'cautious', 'confident', 'optimistic', 'pessimistic', 'determined', 'unhappy', 'happy', 'angry',
]);
