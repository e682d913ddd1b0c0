/**
 * The arithmetic of the comparison, pure: cosine ranking, the word-overlap + cosine combinations,
 * and the statistics that say whether a difference is beyond noise (paired flips, exact sign test, AUC).
 */

/** Dot product; for unit vectors, the cosine. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Index of the largest value (the sentence nearest the question, given cosines); -1 when empty. Ties keep the earlier sentence. */
export function argmax(values: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best < 0 || values[i]! > values[best]!) best = i;
  return best;
}

/** One sentence the word-overlap ranking returned: its index in the article and its score. */
export interface Lexical {
  index: number;
  score: number;
}

/**
 * How word overlap and cosine are combined:
 * - `relative`: re-rank the core's top `k` by score / top score + w · cosine (scale-free per question);
 * - `raw`: re-rank the core's top `k` by score + w · cosine;
 * - `union`: every sentence, by relative score (0 outside the core's top `k`) + w · cosine, so the
 *   embedding can bring in a sentence word overlap did not rank.
 */
export interface Combination {
  form: 'relative' | 'raw' | 'union';
  k: number;
  w: number;
}

/** The sentence a combination puts first; -1 when there is nothing to choose from. */
export function combined(lexical: readonly Lexical[], cos: (index: number) => number, sentences: number, c: Combination): number {
  const head = lexical.slice(0, c.k);
  const top = head[0]?.score ?? 0;
  const rel = (s: number): number => (top > 0 ? s / top : 0);
  let best = -1;
  let bestValue = -Infinity;
  const consider = (index: number, value: number): void => {
    if (value > bestValue) {
      best = index;
      bestValue = value;
    }
  };
  if (c.form === 'union') {
    const lex = new Map(head.map((l) => [l.index, rel(l.score)]));
    for (let i = 0; i < sentences; i++) consider(i, (lex.get(i) ?? 0) + c.w * cos(i));
  } else {
    for (const l of head) consider(l.index, (c.form === 'raw' ? l.score : rel(l.score)) + c.w * cos(l.index));
  }
  return best;
}

/** Paired comparison of two systems' hits: how many a → b turned right, and how many turned wrong. */
export function flips(a: readonly boolean[], b: readonly boolean[]): { gained: number; lost: number } {
  let gained = 0;
  let lost = 0;
  a.forEach((x, i) => {
    if (!x && b[i]) gained++;
    if (x && !b[i]) lost++;
  });
  return { gained, lost };
}

/**
 * Two-sided exact sign test (McNemar's exact test) on the discordant pairs: the chance of a split
 * at least this uneven if either system were as likely to win each disagreement.
 */
export function signTestP(gained: number, lost: number): number {
  const n = gained + lost;
  if (n === 0) return 1;
  const k = Math.min(gained, lost);
  // log C(n, i) summed in a stable way: n is at most a few hundred here.
  let logC = 0;
  let tail = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logC += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logC - n * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}

/** Area under the ROC curve: the chance a positive scores above a negative (ties count half). */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (!positives.length || !negatives.length) return Number.NaN;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}
