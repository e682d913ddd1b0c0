import type { Answer } from '../types.js';

/**
 * The short answer of an earlier turn, as follow-ups read it: its answer line, or, when the judge
 * gave the sentence, the words it marked as the likely answer ("he" after "who met Lavrov?" is
 * the person named, not the whole sentence).
 */
export function shortAnswer(a: Answer): string {
  return a.form === 'sentence' ? (a.highlight ?? '') : a.answer;
}
