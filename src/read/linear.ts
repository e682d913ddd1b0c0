/**
 * Evaluating the small linear models the core learns (see tools/train): a weighted sum of
 * features, read as a softmax over alternatives or a logistic probability.
 */

/** A linear model: one weight per feature, in the feature list's order, and a bias. */
export interface LinearModel {
  bias: number;
  weights: readonly number[];
}

/** w·x + b. */
export function linearScore(model: LinearModel, x: ArrayLike<number>): number {
  let s = model.bias;
  for (let i = 0; i < model.weights.length; i++) s += model.weights[i]! * (x[i] ?? 0);
  return s;
}

/** The logistic function, safe for large inputs. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Softmax of scores (shifted by their maximum, so large scores do not overflow). */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}
