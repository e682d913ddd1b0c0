import { describe, expect, it } from 'vitest';
import { judge, labelOf, type JudgeModel } from '../../../src/judge/judge.js';

/**
 * The judge alone decides a reply's shape. A hand-made model over two features: the passage and
 * sentence models read the first as log-odds, the short model one unit lower; the second lowers
 * only the sentence's (a why-question's sentence that holds the reason without showing it).
 */
const logit = (p: number): number => Math.log(p / (1 - p));
const model: JudgeModel = {
  passage: { bias: 0, weights: [1, 0] },
  sentence: { bias: 0, weights: [1, -1] },
  short: { bias: -1, weights: [1, 0] },
  cuts: { shortOver: 0.9, answer: 0.4 },
  vetoes: new Set(['coverage']),
  sources: { role: { passage: { bias: 0, slope: 1 }, short: { bias: -1, slope: 1 } } },
  labels: { medium: 0.5, high: 0.8 },
};
const read = (pPassage: number, gates: { kind: 'coverage' | 'weak'; reason: string }[] = [], hidden = 0) => judge(model, { kind: 'read', options: [{ z: [logit(pPassage), hidden], gates }] });

describe('judge: the one place that decides the reply', () => {
  it('gives the short answer when it is likely right', () => {
    // Why: P(short) = sigmoid(logit(0.95) − 1) ≈ 0.87 ≥ 0.9 · P(sentence) 0.95.
    const v = read(0.95);
    expect(v.shape).toBe('short');
    expect(v.confidence).toBeCloseTo(v.pShort, 12);
    expect(v.label).toBe('high');
  });
  it('gives the sentence when it is useful and the short answer is not as likely right', () => {
    // Why: P(sentence) 0.7 ≥ 0.4 and P(short) ≈ 0.46 < 0.9 · 0.7: the reader gets the sentence, not a fragment.
    const v = read(0.7);
    expect(v.shape).toBe('sentence');
    expect(v.pShort).toBeLessThan(0.6);
    expect(v.confidence).toBeCloseTo(0.7, 12);
    expect(v.pSentence).toBeCloseTo(0.7, 12);
    expect(v.label).toBe('medium');
  });
  it('gives the short answer when the sentence would not show the answer (a paraphrased reason)', () => {
    // Why: P(passage) 0.7, P(short) ≈ 0.46, but P(sentence) = sigmoid(logit(0.7) − 2) ≈ 0.24:
    // 0.46 ≥ 0.9 · 0.24, and 0.46 reaches the answer cut.
    const v = read(0.7, [], 2);
    expect(v.shape).toBe('short');
    expect(v.pSentence).toBeLessThan(0.3);
    expect(v.confidence).toBeCloseTo(v.pShort, 12);
  });
  it('abstains when the passage is unlikely, with the first check\'s reason when one fired', () => {
    expect(read(0.2)).toMatchObject({ shape: 'abstain', reason: expect.stringMatching(/no passage answers it clearly/) });
    expect(read(0.2, [{ kind: 'weak', reason: 'the best match is weak' }])).toMatchObject({ shape: 'abstain', reason: 'the best match is weak' });
  });
  it('a check refuses by itself only when it is a learned veto', () => {
    // Why: "weak" is only a feature here; "coverage" is a veto (kept by training for its figure).
    expect(read(0.95, [{ kind: 'weak', reason: 'weak' }]).shape).toBe('short');
    expect(read(0.95, [{ kind: 'coverage', reason: 'it never mentions "water"' }])).toMatchObject({ shape: 'abstain', veto: 'coverage', reason: 'it never mentions "water"' });
  });
  it('never says the short answer is likelier than its passage', () => {
    const m = { ...model, short: { bias: 5, weights: [1] } };
    const v = judge(m, { kind: 'read', options: [{ z: [logit(0.5), 0], gates: [] }] });
    expect(v.pShort).toBeLessThanOrEqual(v.pPassage);
  });
  it('refusals end in an abstention with their reason; structural answers are calibrated per source', () => {
    expect(judge(model, { kind: 'refused', refusal: 'empty', reason: 'the question is empty' })).toMatchObject({ shape: 'abstain', veto: 'empty', reason: 'the question is empty' });
    expect(judge(model, { kind: 'structural', source: 'role', prior: 0.95, quotable: true })).toMatchObject({ shape: 'short' });
    expect(judge(model, { kind: 'structural', source: 'role', prior: 0.7, quotable: true })).toMatchObject({ shape: 'sentence' });
    expect(judge(model, { kind: 'structural', source: 'role', prior: 0.1, quotable: true }).shape).toBe('abstain');
    // An answer its sentence does not hold is never given as that sentence.
    expect(judge(model, { kind: 'structural', source: 'role', prior: 0.7, quotable: false })).toMatchObject({ shape: 'short' });
  });
  it('labels by the probability of the shape shown', () => {
    expect(labelOf(model, 0.79)).toBe('medium');
    expect(labelOf(model, 0.8)).toBe('high');
    expect(labelOf(model, 0.49)).toBe('low');
  });
});

describe('judge: choosing between the reader\'s and the rules\' candidates', () => {
  const two = (a: number, b: number, gatesB: { kind: 'coverage' | 'weak'; reason: string }[] = []) =>
    judge(model, { kind: 'read', options: [{ z: [logit(a), 0], gates: [] }, { z: [logit(b), 0], gates: gatesB }] });
  it('gives the candidate likelier right', () => {
    expect(two(0.7, 0.95)).toMatchObject({ shape: 'short', option: 1 });
    expect(two(0.95, 0.7)).toMatchObject({ shape: 'short', option: 0 });
  });
  it('never gives a vetoed candidate, however likely', () => {
    expect(two(0.7, 0.99, [{ kind: 'coverage', reason: 'x' }])).toMatchObject({ shape: 'sentence', option: 0 });
  });
  it('never gives a span of a kind no answer can be as the short answer (a date for "who")', () => {
    // Why: P(short) of the first ≈ 0.95 ≥ 0.9 · 0.99; the second, likelier, is mistyped.
    const mistyped = (flags: [boolean, boolean]) =>
      judge(model, { kind: 'read', options: [{ z: [logit(0.98), 0], gates: [], mistyped: flags[0] }, { z: [logit(0.99), 0], gates: [], mistyped: flags[1] }] });
    expect(mistyped([false, true])).toMatchObject({ shape: 'short', option: 0 });
    // Alone and mistyped, its sentence may still answer: the judge quotes it.
    expect(judge(model, { kind: 'read', options: [{ z: [logit(0.99), 0], gates: [], mistyped: true }] })).toMatchObject({ shape: 'sentence' });
  });
});
