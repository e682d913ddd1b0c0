import type { LinearModel } from '../../src/learn/linear.js';
import { linearScore, sigmoid, softmax } from '../../src/learn/linear.js';
import { confidenceFeatures } from '../../src/learn/confidence-features.js';
import type { Example, JudgedPair } from './collect.js';
import { figures, type Figures, type Judged } from './judge.js';
import { FEATURES } from '../../src/learn/features.js';

/**
 * Replays the learned decisions over collected examples, exactly as src/answer/rerank.ts and
 * confidence.ts take them, so that candidate weights can be compared without re-running the core.
 */

const PROBLEM = FEATURES.indexOf('problem');
const RULE = FEATURES.indexOf('ruleChoice');

export interface Decision {
  example: Example;
  pair?: JudgedPair;
  /** Confidence features of the chosen pair. */
  z?: number[];
  confidence: number;
}

/** The reranker's choice for each example (as choosePair does). */
export function decide(examples: readonly Example[], rerank: LinearModel, confidence?: LinearModel, override = 0): Decision[] {
  return examples.map((example) => {
    if (example.fixed || example.pairs.length === 0) return { example, confidence: example.fixed?.answered ? 0.8 : 0 };
    const scores = example.pairs.map((p) => linearScore(rerank, p.features));
    const probs = softmax(scores);
    let best = 0;
    scores.forEach((s, i) => { if (s > scores[best]!) best = i; });
    const rule = example.pairs.findIndex((p) => p.features[RULE] === 1);
    if (rule >= 0 && scores[best]! - scores[rule]! < override) best = rule;
    const others = scores.filter((_, i) => i !== best);
    const margin = others.length ? scores[best]! - Math.max(...others) : 5;
    const pair = example.pairs[best]!;
    const z = confidenceFeatures(pair.features, probs[best]!, margin, example.coverageShort, example.pairs.length);
    return { example, pair, z, confidence: confidence ? sigmoid(linearScore(confidence, z)) : 1 };
  });
}

/** Whether a decision, given, is right: the passage holds the answer (answerable questions only). */
export function isRight(d: Decision): boolean {
  return d.example.fixed ? d.example.fixed.hit : !!d.pair?.hit;
}


/**
 * Which hand-written gates refuse: 0 none; 1 too little coverage, or the chosen passage is about
 * another fact; 2 also the rules' own refusal (no time or number in reach, the rules' passage
 * about another fact).
 */
export type Gates = 0 | 1 | 2;

export function gated(d: Decision, gates: Gates): boolean {
  if (gates === 0) return false;
  return d.example.coverageShort || (!!d.pair && d.pair.features[PROBLEM] === 1) || (gates === 2 && d.example.ruleGate);
}

/** The scorer's figures when answers below `cut` are withheld (and, with `gates`, what the gates refuse). */
export function figuresAt(decisions: readonly Decision[], cut: number, gates: Gates = 0): Figures {
  const rows: Judged[] = decisions.map((d) => {
    const e = d.example;
    if (e.fixed) return { answerable: e.answerable, answered: e.fixed.answered, hit: e.fixed.hit, f1: e.fixed.f1 };
    const answered = !!d.pair && d.confidence >= cut && !gated(d, gates);
    return { answerable: e.answerable, answered, hit: answered && !!d.pair?.hit, f1: answered ? d.pair!.f1 : 0 };
  });
  return figures(rows);
}
