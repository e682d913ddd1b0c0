/**
 * The figures the decision rests on: evidence@1 of word overlap, of the embedding alone and of a
 * combination chosen on one validation set and checked on the other, the paired flips between them
 * with the sign test's p, per question kind, and how well the cosine separates answerable from
 * unanswerable questions and right from wrong top passages (as a judge feature).
 */
import { argmax, auc, combined, flips, signTestP, type Combination } from './rank.js';
import type { Row } from './evaluate.js';

/** A system: the sentence (article index) it puts first for a row, -1 for none. */
export type System = (row: Row) => number;

export const lexicalTop: System = (r) => r.lexical[0]?.index ?? -1;
export const embeddingTop: System = (r) => argmax(r.cos);
export const combinationOf = (c: Combination): System => (r) => combined(r.lexical, (i) => r.cos[i]!, r.cos.length, c);

/** Per answerable row: whether the system's first sentence holds the evidence. */
export function hitsOf(rows: readonly Row[], system: System): boolean[] {
  return rows.filter((r) => r.answerable).map((r) => {
    const i = system(r);
    return i >= 0 && r.hits[i] === 1;
  });
}

/** Share of true values, 3 decimals. */
export function share(xs: readonly boolean[]): number {
  return xs.length ? Number((xs.filter(Boolean).length / xs.length).toFixed(3)) : 0;
}

/** The combinations tried: each form at each depth and weight (weights on each form's own scale). */
export function grid(): Combination[] {
  const out: Combination[] = [];
  const relative = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8];
  const raw = [0.5, 1, 2, 3, 5, 8, 12, 20, 30, 50];
  for (const k of [3, 5, 10]) {
    for (const w of relative) out.push({ form: 'relative', k, w }, { form: 'union', k, w });
    for (const w of raw) out.push({ form: 'raw', k, w });
  }
  return out;
}

/** The combination with the highest evidence@1 on `rows` (ties: the smaller weight, then the shallower depth). */
export function choose(rows: readonly Row[], candidates: readonly Combination[]): { combination: Combination; evidence: number } {
  let best = { combination: candidates[0]!, evidence: -1 };
  for (const c of candidates) {
    const e = share(hitsOf(rows, combinationOf(c)));
    if (e > best.evidence) best = { combination: c, evidence: e };
  }
  return best;
}

/**
 * Per answerable row, an estimate of the reply's evidence hit if the system's first sentence took
 * word overlap's first place: a reply quoting word overlap's top sentence would quote the system's
 * instead; a reply from another passage, or an abstention, stays as it was. (The reader and the
 * gates might choose differently with a new first passage: this is an estimate, not a run.)
 */
export function replyHitsOf(rows: readonly Row[], system: System): boolean[] {
  return rows.filter((r) => r.answerable).map((r) => {
    const top = lexicalTop(r);
    if (!r.reply.answered || r.reply.index < 0 || r.reply.index !== top) return r.reply.hit;
    const mine = system(r);
    return mine >= 0 && r.hits[mine] === 1;
  });
}

/** One system against word overlap on the same rows. */
export interface Versus {
  evidence: number;
  gained: number;
  lost: number;
  p: number;
}

export function versus(rows: readonly Row[], system: System, of: typeof hitsOf = hitsOf): Versus {
  const base = of(rows, lexicalTop);
  const mine = of(rows, system);
  const { gained, lost } = flips(base, mine);
  return { evidence: share(mine), gained, lost, p: signTestP(gained, lost) };
}

/** The row's best cosine, and the cosine of the sentence word overlap put first (0 when none). */
const maxCos = (r: Row): number => Math.max(...r.cos);
const topCos = (r: Row): number => (r.lexical[0] ? r.cos[r.lexical[0].index]! : 0);
const topScore = (r: Row): number => r.lexical[0]?.score ?? 0;

/** Judge-feature figures: AUCs of the cosine next to the core's own top score. */
export function judgeFigures(rows: readonly Row[]): { unanswerable?: { cos: number; score: number; n: [number, number] }; rightTop: { cos: number; score: number; n: [number, number] } } {
  const ans = rows.filter((r) => r.answerable);
  const unans = rows.filter((r) => !r.answerable);
  const right = ans.filter((r) => r.lexical[0] && r.hits[r.lexical[0].index] === 1);
  const wrong = ans.filter((r) => !(r.lexical[0] && r.hits[r.lexical[0].index] === 1));
  const out: ReturnType<typeof judgeFigures> = {
    rightTop: { cos: auc(right.map(topCos), wrong.map(topCos)), score: auc(right.map(topScore), wrong.map(topScore)), n: [right.length, wrong.length] },
  };
  if (unans.length) out.unanswerable = { cos: auc(ans.map(maxCos), unans.map(maxCos)), score: auc(ans.map(topScore), unans.map(topScore)), n: [ans.length, unans.length] };
  return out;
}

/** Describes a combination in one phrase. */
export function describe(c: Combination): string {
  const how = c.form === 'raw' ? 'score' : 'score/top';
  return c.form === 'union' ? `all sentences by ${how} (0 outside the core's top ${c.k}) + ${c.w}·cos` : `core's top ${c.k} re-ranked by ${how} + ${c.w}·cos`;
}
