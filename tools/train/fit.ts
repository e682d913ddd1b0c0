import type { LinearModel } from '../../src/read/linear.js';
import { sigmoid } from '../../src/read/linear.js';

/**
 * Fitting the confidence model: full-batch logistic regression by gradient descent with Adam steps
 * and an L2 penalty, from zero weights. No sampling, so a fit is the same on every run. (The
 * reader's softmax is fitted in reader-fit.ts.)
 */

export interface FitOptions {
  l2: number;
  iterations: number;
  rate: number;
}

/** Adam on a loss given by `grad` (which fills `g` for weights+bias and returns the loss). */
function adam(dim: number, opts: FitOptions, grad: (w: Float64Array, g: Float64Array) => number): Float64Array {
  const w = new Float64Array(dim + 1);
  const g = new Float64Array(dim + 1);
  const m = new Float64Array(dim + 1);
  const v = new Float64Array(dim + 1);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= opts.iterations; t++) {
    g.fill(0);
    grad(w, g);
    for (let i = 0; i <= dim; i++) {
      if (i < dim) g[i]! += opts.l2 * w[i]!;
      m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
      w[i]! -= (opts.rate * (m[i]! / (1 - b1 ** t))) / (Math.sqrt(v[i]! / (1 - b2 ** t)) + eps);
    }
  }
  return w;
}

function dot(w: Float64Array, x: readonly number[]): number {
  let s = w[x.length] ?? 0;
  for (let i = 0; i < x.length; i++) s += w[i]! * x[i]!;
  return s;
}


/** Logistic regression, with per-example weights. */
export function fitLogistic(x: readonly number[][], y: readonly number[], weight: readonly number[], dim: number, opts: FitOptions): LinearModel {
  const total = weight.reduce((a, b) => a + b, 0);
  const w = adam(dim, opts, (wt, g) => {
    let loss = 0;
    x.forEach((xi, k) => {
      const p = sigmoid(dot(wt, xi));
      loss -= weight[k]! * (y[k]! * Math.log(p + 1e-12) + (1 - y[k]!) * Math.log(1 - p + 1e-12));
      const d = (weight[k]! * (p - y[k]!)) / total;
      for (let i = 0; i < dim; i++) g[i]! += d * xi[i]!;
      g[dim]! += d;
    });
    return loss / total;
  });
  return { bias: w[dim]!, weights: [...w.slice(0, dim)] };
}
