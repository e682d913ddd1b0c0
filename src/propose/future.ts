import type { Token } from '../nlp/wink.js';

/**
 * Questions about what is to come ("will he give a speech", "is he gonna …", "is bush still
 * going"). A stated plan or promise is what an article can say of the future, so a firm intention
 * ("plans to attend", "promised to deliver a speech") answers such a question; a wish, a hope or
 * a "could" still does not. Also "going to" as the future's auxiliary, which is not the verb "go".
 */

/** Words of a firm intention: the subject has committed to the act, not only wished for it. */
const FIRM_INTENT: ReadonlySet<string> = new Set(['plan', 'intend', 'promise', 'pledge', 'vow', 'schedule']);

/** Whether the token at `i` is "going" (or "gonna") as the future's auxiliary: "going to use", "gonna give". */
export function isGoingTo(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.lemma !== 'go' && t.lower !== 'gonna') return false;
  if (t.lower === 'gonna') return true;
  if (!/ing$/.test(t.lower)) return false;
  const next = tokens[i + 1];
  // "going to use" (the auxiliary) against "going to the Games" (the verb and its place).
  if (next?.lower === 'to') return tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX';
  return next?.pos === 'VERB' || next?.pos === 'AUX';
}

/**
 * Whether the question asks about the future: it opens with "will" or "gonna"/"going to", or it
 * opens with "be" and its act is an -ing verb ("is bush still going", "are they attending"), the
 * present progressive of an arrangement.
 */
export function asksFuture(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower === 'will') return true;
  if (tokens.some((_, i) => isGoingTo(tokens, i))) return true;
  // "was he running" is the past: only the present progressive tells an arrangement.
  if (!['is', 'are', 'am', "'s", "'re"].includes(tokens[0]?.lower ?? '')) return false;
  return tokens.some((t, i) => i > 0 && t.pos === 'VERB' && /ing$/.test(t.lower) && t.lemma !== t.lower);
}

/** Whether the hedge word is a firm intention, which answers a question about the future. */
export function plansIt(hedge: Token): boolean {
  return FIRM_INTENT.has(hedge.lemma) || FIRM_INTENT.has(hedge.lower);
}
