import { caseOf } from '../../src/pipeline.js';
import { judge, SOURCES, type Case, type JudgeModel, type Shape } from '../../src/judge/judge.js';
import { present } from '../../src/present/present.js';
import type { Example } from './collect.js';
import { replyVerdict, useful, type ReplyVerdict } from './judge.js';

/**
 * Replays the judge over collected examples, exactly as src/pipeline.ts decides, so that judge
 * models and cuts can be compared without re-running the whole core: each example's case under
 * the reader's weights, and how a reader would judge each shape of its reply.
 */

export interface Row {
  example: Example;
  kase: Case;
  /** Per option (the reader's, then the rules' when they differ; one for other cases): does its passage hold the answer. */
  hits: boolean[];
  /** Per option, how a reader would judge the reply in each shape (abstaining: missed or right). */
  outcomes: Record<Shape, ReplyVerdict>[];
}

/** Always the same shape, for reading a candidate's outcomes (structural ones too, whatever their source). */
const FIXED = (shape: Shape): JudgeModel => {
  const passage = { bias: shape === 'abstain' ? -50 : 50, slope: 0 };
  const short = { bias: shape === 'short' ? 50 : -50, slope: 0 };
  return {
    passage: { bias: passage.bias, weights: [] }, sentence: { bias: passage.bias, weights: [] }, short: { bias: short.bias, weights: [] },
    cuts: { shortOver: 1, answer: 0.5 }, vetoes: new Set(), labels: { medium: 0.5, high: 0.75 },
    sources: Object.fromEntries(SOURCES.map((s) => [s, { passage, short }])),
  };
};
const SHAPES: readonly Shape[] = ['short', 'sentence', 'abstain'];

/** Each example's case under reader weights `w`, and each option's outcomes in each shape. */
export function rowsOf(examples: readonly Example[], w: ArrayLike<number>): Row[] {
  return examples.map((example) => {
    const { kase, pick } = caseOf(example.corpus, example.prepared, w);
    const count = kase.kind === 'read' ? kase.options.length : 1;
    const outcomes: Record<Shape, ReplyVerdict>[] = [];
    for (let i = 0; i < count; i++) {
      const one = pick ? { ...pick, options: [pick.options[i]!] } : undefined;
      const outcome = {} as Record<Shape, ReplyVerdict>;
      for (const shape of SHAPES) {
        const forced: Case = kase.kind === 'read' ? { kind: 'read', options: [{ z: kase.options[i]!.z, gates: [] }] } : kase;
        const a = present(example.corpus, example.prepared, one, judge(FIXED(shape), forced));
        outcome[shape] = replyVerdict(example.item.answers, example.item.evidence, a.answered, a.answer, a.passage);
      }
      outcomes.push(outcome);
    }
    return { example, kase, hits: outcomes.map((o) => example.answerable && (useful(o.sentence) || useful(o.short))), outcomes };
  });
}

/** Shares of right, acceptable, missed and wrong replies over rows, under judge model `m`. */
export interface Tally { n: number; right: number; acceptable: number; missed: number; wrong: number; useful: number }

export function tally(rows: readonly Row[], m: JudgeModel): Tally {
  const t = { n: rows.length, right: 0, acceptable: 0, missed: 0, wrong: 0, useful: 0 };
  for (const r of rows) {
    const v = judge(m, r.kase);
    t[r.outcomes[v.option]![v.shape]]++;
  }
  const n = Math.max(1, rows.length);
  return { n: t.n, right: t.right / n, acceptable: t.acceptable / n, missed: t.missed / n, wrong: t.wrong / n, useful: (t.right + t.acceptable) / n };
}
