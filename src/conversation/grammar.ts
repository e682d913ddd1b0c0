/**
 * Whether a rewritten follow-up reads as a question a person would write, so that it can be
 * shown ("reading "why" as "Why did Clinton meet Lavrov?""). A rewrite that only serves
 * retrieval is not shown: the reply says what it follows up instead.
 */
import { analyse } from '../nlp/wink.js';
import { parseClause } from './clause.js';

/** Longest rewrite worth showing, in words. */
const MAX_WORDS = 16;

export function readsAsQuestion(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > MAX_WORDS || /[“”"—–]/.test(text)) return false;
  // A word twice in a row ("that that"), or a question word after the first, is a splice.
  if (words.some((w, i) => i > 0 && w.toLowerCase() === words[i - 1]!.toLowerCase())) return false;
  if (words.slice(1).some((w) => /^(?:who|what|when|where|why|which)$/i.test(w))) return false;
  // "Who else did …?" reads as "Who did …?" does.
  const clause = parseClause(text.replace(/^(\s*\w+)\s+else\b/i, '$1'));
  // A question word, an auxiliary or a verb, and at least two words after them.
  return !!clause && analyse(clause.body).flatMap((x) => x.tokens).length >= 2;
}
