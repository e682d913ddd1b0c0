import { caseOf } from '../../src/pipeline.js';
import { judge, type Case, type JudgeModel, type Shape } from '../../src/judge/judge.js';
import { present } from '../../src/present/present.js';
import type { Example } from './collect.js';
import { replyVerdict, type ReplyVerdict } from './judge.js';

/**
 * Replays the judge over collected examples, exactly as src/pipeline.ts decides, so that judge
 * models and cuts can be compared without re-running the whole core: each example's case under
 * the reader's weights, and how a reader would judge each shape of its reply.
 */

export interface Row {
  example: Example;
  kase: Case;
  /** The passage (or structural answer's sentence) holds the answer. */
  hit: boolean;
  /** How a reader would judge the reply in each shape (abstaining: missed or right). */
  outcome: Record<Shape, ReplyVerdict>;
}

/** Always the same shape, for reading a candidate's outcomes. */
const FIXED = (shape: Shape): JudgeModel => ({
  passage: { bias: shape === 'abstain' ? -50 : 50, weights: [] }, short: { bias: shape === 'short' ? 50 : -50, weights: [] },
  cuts: { short: 0.5, passage: 0.5 }, vetoes: new Set(), sources: {}, labels: { medium: 0.5, high: 0.75 },
});
const SHAPES: readonly Shape[] = ['short', 'sentence', 'abstain'];

/** Each example's case under reader weights `w`, and its outcomes in each shape. */
export function rowsOf(examples: readonly Example[], w: ArrayLike<number>): Row[] {
  return examples.map((example) => {
    const { kase, pick } = caseOf(example.corpus, example.prepared, w);
    const outcome = {} as Record<Shape, ReplyVerdict>;
    for (const shape of SHAPES) {
      // A structural case has no sentence shape: it is given short or not at all.
      const forced: Case = kase.kind === 'structural' ? { ...kase, prior: shape === 'abstain' ? 0 : 1 } : kase.kind === 'read' ? { ...kase, gates: [] } : kase;
      const a = present(example.corpus, example.prepared, pick, judge(FIXED(shape), forced));
      outcome[shape] = replyVerdict(example.item.answers, example.item.evidence, a.answered, a.answer, a.passage);
    }
    const hit = outcome.sentence === 'right' || outcome.sentence === 'acceptable' || outcome.short === 'right' || outcome.short === 'acceptable';
    return { example, kase, hit: example.answerable && hit, outcome };
  });
}

/** Shares of right, acceptable, missed and wrong replies over rows, under judge model `m`. */
export interface Tally { n: number; right: number; acceptable: number; missed: number; wrong: number; useful: number }

export function tally(rows: readonly Row[], m: JudgeModel): Tally {
  const t = { n: rows.length, right: 0, acceptable: 0, missed: 0, wrong: 0, useful: 0 };
  for (const r of rows) t[r.outcome[judge(m, r.kase).shape]]++;
  const n = Math.max(1, rows.length);
  return { n: t.n, right: t.right / n, acceptable: t.acceptable / n, missed: t.missed / n, wrong: t.wrong / n, useful: (t.right + t.acceptable) / n };
}
