import { scoreCandidates, type ReaderInput } from '../../src/read/reader.js';
import { DIMENSION, OFFSET, PASSAGE } from '../../src/read/layout.js';
import { Random } from '../bench/random.js';

/**
 * Fits the reader's weights: a softmax over every candidate of a question, pushed towards the
 * target candidates (the best-F1 spans of the passages that hold the answer), by minibatch Adam
 * with an L2 penalty. The shuffle is seeded, so a fit is the same on every run.
 */

export interface ReaderFitOptions {
  l2: number;
  epochs: number;
  rate: number;
  batch: number;
  seed: number;
}

export interface Targeted {
  input: ReaderInput;
  target: Float32Array;
}

const PASSAGE_AT = OFFSET['passage']!;

/** Adds the gradient of one question's cross-entropy to `g`; returns its loss. */
function accumulate(e: Targeted, w: Float64Array, g: Float64Array, scale: number): number {
  const scores = scoreCandidates(e.input, w);
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let z = 0;
  for (let k = 0; k < scores.length; k++) { scores[k] = Math.exp(scores[k]! - max); z += scores[k]!; }
  let loss = 0;
  const perPassage = new Float64Array(e.input.passages.length);
  const { offsets, index, value, owner } = e.input;
  for (let k = 0; k < scores.length; k++) {
    const p = scores[k]! / z;
    const t = e.target[k]!;
    if (t > 0) loss -= t * Math.log(p + 1e-12);
    const d = (p - t) * scale;
    if (d === 0) continue;
    perPassage[owner[k]!]! += d;
    for (let j = offsets[k]!; j < offsets[k + 1]!; j++) g[index[j]!]! += d * value[j]!;
  }
  e.input.passages.forEach((p, i) => {
    const d = perPassage[i]!;
    if (d !== 0) for (let f = 0; f < PASSAGE.length; f++) g[PASSAGE_AT + f]! += d * p.features[f]!;
  });
  return loss;
}

/** The fitted weight vector; weights where `mask` is 0 stay 0 (to measure what a template earns). */
export function fitReader(examples: readonly Targeted[], opts: ReaderFitOptions, mask?: Uint8Array): Float64Array {
  const w = new Float64Array(DIMENSION);
  const g = new Float64Array(DIMENSION);
  const m = new Float64Array(DIMENSION);
  const v = new Float64Array(DIMENSION);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const rnd = new Random(opts.seed);
  const order = examples.map((_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const shuffled = rnd.sample(order, order.length);
    for (let from = 0; from < shuffled.length; from += opts.batch) {
      const batch = shuffled.slice(from, from + opts.batch);
      g.fill(0);
      for (const i of batch) accumulate(examples[i]!, w, g, 1 / batch.length);
      t++;
      for (let i = 0; i < DIMENSION; i++) {
        if (mask && !mask[i]) continue;
        const gi = g[i]! + opts.l2 * w[i]!;
        m[i] = b1 * m[i]! + (1 - b1) * gi;
        v[i] = b2 * v[i]! + (1 - b2) * gi * gi;
        w[i]! -= (opts.rate * (m[i]! / (1 - b1 ** t))) / (Math.sqrt(v[i]! / (1 - b2 ** t)) + eps);
      }
    }
  }
  return w;
}

/** Mean cross-entropy of the targets under `w`. */
export function readerLoss(examples: readonly Targeted[], w: Float64Array): number {
  const g = new Float64Array(DIMENSION);
  let loss = 0;
  for (const e of examples) loss += accumulate(e, w, g, 0);
  return loss / Math.max(1, examples.length);
}
