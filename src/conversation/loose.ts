/**
 * The last resort for a bare follow-up ("why?") whose question cannot be rebuilt grammatically:
 * a loose question for the core only, which the reply does not show (it says what it follows up).
 */
import type { PriorTurn } from './pronouns.js';
import { shortAnswer } from './short.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A question's opening question phrase: "how much", "what", "who". */
const OPENING = /^\s*(?:who|whom|whose|what|which|when|where|why|how)(?:\s+(?:many|much|long|often|far|else))?\b\s*/i;

/**
 * A bare "why?" whose question cannot be rebuilt grammatically: the previous question's words
 * and its answer's, after the new question word, so that retrieval looks where the answer was
 * ("how much was the woman fined" → €800 + "why" → "Why was the woman fined €800?"). Read by the
 * core only; the reply shows what it follows up instead. Undefined for "how many", which has no
 * loose reading, and for a question with no words left.
 */
export function looseBare(word: string, previous: PriorTurn): string | undefined {
  if (/^how (?:many|much)$/.test(word)) return undefined;
  const body = previous.resolved.replace(OPENING, '').replace(/\s*[?.!]+\s*$/, '').trim();
  if (!body) return undefined;
  const answer = previous.answer.answered ? shortAnswer(previous.answer).trim().replace(/[.;,]+$/, '') : '';
  // A verdict says nothing to look up: "No — did not …" keeps its deciding words only.
  const words = answer.replace(/^(?:yes|no)\b\s*[—–-]?\s*/i, '');
  return `${capitalise(word)} ${body}${words ? ` ${words}` : ''}?`;
}

