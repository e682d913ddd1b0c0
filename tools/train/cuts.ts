import { CONFIDENCE } from '../../src/judge/confidence.js';
import type { LinearModel } from '../../src/read/linear.js';
import { sigmoid, linearScore } from '../../src/read/linear.js';
import { fitLogistic } from './fit.js';
import { figuresAt, type Decision } from './simulate.js';
import { GATES } from '../../src/judge/gates.js';

/**
 * The confidence model's fit, and the cut-offs that turn its probability into an abstention and a
 * label. "Right" is what the scorer counts: the cited passage holds the answer.
 */

const fmt = (x: number): string => x.toFixed(3);
const CONFIDENCE_L2 = [1e-4, 1e-3, 1e-2];

/**
 * Negatives' share of all questions when the cut and labels are set: the two SQuAD sets the
 * targets name hold 2,936 answerable and 1,064 unanswerable questions, about 27% negatives.
 */
const NEGATIVE_SHARE = 0.27;
/**
 * How much of the pooled answerable questions the learned cut may leave unanswered beyond what the
 * hand-written gates already refuse. Zero in effect: the made-up negatives are easier to refuse
 * than people's unanswerable questions, and a cut that looked worth it on them (0.04–0.11) refused
 * more answerable questions on SQuAD's other articles than unanswerable ones, so the gates abstain
 * and the learned confidence sets the labels.
 */
const MAX_EXTRA_UNANSWERED = 0.001;
/** "high" is where at least this share of answers is right (the target is 85%; the margin is for other articles). */
const HIGH_SHARE = 0.87;

/** Rows for a logistic fit: the picked decisions, answerable and negatives weighing the same in all. */
function rowsOf(ds: readonly Decision[]): { x: number[][]; y: number[]; w: number[] } {
  // What a gate refuses never reaches the model.
  const usable = ds.filter((d) => d.z && !d.gated);
  const pos = usable.filter((d) => d.example.answerable).length;
  const neg = usable.length - pos;
  return {
    x: usable.map((d) => d.z!),
    y: usable.map((d) => (d.example.answerable && d.hit ? 1 : 0)),
    w: usable.map((d) => (d.example.answerable ? 1 : pos / Math.max(1, neg))),
  };
}

/** Fits the confidence model on the cross-fitted training decisions; l2 chosen by validation log-loss. */
export function fitConfidence(train: readonly Decision[], valid: readonly Decision[]): { model: LinearModel; rows: string[] } {
  const t = rowsOf(train);
  const v = rowsOf(valid);
  let model: LinearModel | undefined;
  let bestLoss = Infinity;
  const rows: string[] = [];
  for (const l2 of CONFIDENCE_L2) {
    const m = fitLogistic(t.x, t.y, t.w, CONFIDENCE.length, { l2, iterations: 600, rate: 0.05 });
    let loss = 0;
    let total = 0;
    v.x.forEach((x, k) => {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(linearScore(m, x))));
      loss -= v.w[k]! * (v.y[k] ? Math.log(p) : Math.log(1 - p));
      total += v.w[k]!;
    });
    rows.push(`  l2 ${l2}: ${fmt(loss / total)}`);
    if (loss / total < bestLoss) { bestLoss = loss / total; model = m; }
  }
  return { model: model!, rows };
}

export interface Cuts {
  abstain: number;
  medium: number;
  high: number;
  rows: string[];
}

/**
 * What each hand-written gate refuses on `ds`: answers the reader had right, against negatives.
 * (On these made-up negatives the "no time or number in reach" gate looks no better than even;
 * made soft, it cost the seed article's unanswerable questions and SQuAD 2.0's: all gates stay hard.)
 */
export function gateRows(ds: readonly Decision[]): string[] {
  return [
    'gates (pooled): answers the reader had right that each refuses · negatives it refuses',
    ...GATES.map((g) => {
      const right = ds.filter((d) => d.gate === g && d.example.answerable && d.hit).length;
      const negatives = ds.filter((d) => d.gate === g && !d.example.answerable).length;
      return `  ${g.padEnd(11)} ${String(right).padStart(5)} · ${String(negatives).padStart(5)}`;
    }),
  ];
}

/** Share right of answered decisions with confidence in [lo, hi), negatives weighted to NEGATIVE_SHARE of questions. */
function shareRight(ds: readonly Decision[], lo: number, hi: number): { share: number; n: number } {
  const pos = ds.filter((d) => d.example.answerable).length;
  const neg = ds.length - pos;
  const weightNeg = neg ? ((NEGATIVE_SHARE / (1 - NEGATIVE_SHARE)) * pos) / neg : 0;
  let right = 0;
  let total = 0;
  let n = 0;
  for (const d of ds) {
    if (!d.picked || d.gated || d.confidence < lo || d.confidence >= hi) continue;
    const w = d.example.answerable ? 1 : weightNeg;
    total += w;
    n++;
    if (d.example.answerable && d.hit) right += w;
  }
  return { share: total ? right / total : 0, n };
}

/**
 * The abstention cut maximises right answers on answerable questions plus abstentions on the
 * negatives (equal weight, as in SQuAD 2.0), on the pooled decisions, while the answerable ones
 * stay answered as often as the gates alone leave them (MAX_EXTRA_UNANSWERED). Labels: "high" from where HIGH_SHARE of answers
 * are right, "medium" from where they are right more often than not.
 */
export function chooseCuts(pooled: readonly Decision[], valid: readonly Decision[]): Cuts {
  const rows: string[] = ['abstention cut (pooled: cross-fitted training articles and validation):'];
  const answerable = pooled.filter((d) => d.example.answerable);
  const negatives = pooled.filter((d) => !d.example.answerable);
  const validAnswerable = valid.filter((d) => d.example.answerable);
  let abstain = 0;
  let best = -Infinity;
  const gatesOnly = figuresAt(answerable, 0).answered;
  for (let c = 0; c <= 0.8 + 1e-9; c += 0.01) {
    const fa = figuresAt(answerable, c);
    const fn = figuresAt(negatives, c);
    const objective = (fa.evidence + fn.abstain) / 2;
    const validAnswered = figuresAt(validAnswerable, c).answered;
    if (Math.round(c * 100) % 5 === 0) rows.push(`  cut ${c.toFixed(2)}: evidence ${fmt(fa.evidence)} · F1 ${fmt(fa.f1)} · answered ${fmt(fa.answered)} · negatives abstain ${fmt(fn.abstain)} · objective ${fmt(objective)} · validation answered ${fmt(validAnswered)}`);
    if (fa.answered >= gatesOnly - MAX_EXTRA_UNANSWERED && objective > best + 1e-9) { best = objective; abstain = Number(c.toFixed(2)); }
  }
  let high = 0.99;
  for (let c = 0.99; c >= abstain; c -= 0.01) if (shareRight(pooled, c, 2).share >= HIGH_SHARE) high = Number(c.toFixed(2));
  let medium = high;
  for (let c = abstain; c < high; c += 0.01) {
    if (shareRight(pooled, c, c + 0.1).share >= 0.5) { medium = Number(c.toFixed(2)); break; }
  }
  rows.push(`  abstain below ${abstain}; medium from ${medium}; high from ${high}`);
  return { abstain, medium, high, rows };
}

/** Share right per label on the pooled decisions. */
export function confidenceRows(pooled: readonly Decision[], cuts: Cuts): string[] {
  return [
    `calibration (pooled, negatives weighted to ${NEGATIVE_SHARE * 100}% of questions), share right per label:`,
    ...([['high', cuts.high, 2], ['medium', cuts.medium, cuts.high], ['low', cuts.abstain, cuts.medium]] as const).map(([name, lo, hi]) => {
      const r = shareRight(pooled, lo, hi);
      return `  ${name.padEnd(6)} ${fmt(r.share)} of ${r.n}`;
    }),
  ];
}
