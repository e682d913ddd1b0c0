import { describe, expect, it } from 'vitest';
import { linearScore, sigmoid, softmax } from '../../src/read/linear.js';
import { JUDGE_FEATURES } from '../../src/judge/features.js';
import { GATES } from '../../src/judge/gates.js';
import { SOURCES } from '../../src/judge/judge.js';
import { DIMENSION, fromStored, TEMPLATES, toStored } from '../../src/read/layout.js';
import { LEARNED_WEIGHTS } from '../../src/weights.generated.js';
import { LEARNED } from '../../src/learned.js';

describe('learned linear models', () => {
  it('scores, squashes and normalises', () => {
    expect(linearScore({ bias: 1, weights: [2, -1] }, [3, 4])).toBe(3);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBeGreaterThanOrEqual(0);
    expect(sigmoid(800)).toBeLessThanOrEqual(1);
    const p = softmax([1000, 1000, 0]);
    expect(p[0]).toBeCloseTo(0.5);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('the committed reader weights name every template the code computes, with its vocabularies', () => {
    expect(Object.keys(LEARNED_WEIGHTS.reader).sort()).toEqual(TEMPLATES.map((t) => t.name).sort());
    for (const t of TEMPLATES) expect(LEARNED_WEIGHTS.reader[t.name]!.dims).toEqual(t.dims);
    expect(LEARNED.reader).toHaveLength(DIMENSION);
    // Weights are fitted, not all zero.
    expect([...LEARNED.reader].filter((w) => w !== 0).length).toBeGreaterThan(DIMENSION / 4);
  });

  it('stored weights are read back by name, so a vocabulary may grow without shifting them', () => {
    const w = Float64Array.from({ length: DIMENSION }, (_, i) => (i % 7) - 3);
    const stored = toStored(w);
    expect([...fromStored(stored)]).toEqual([...w]);
    // A stored template with one vocabulary value fewer (an older layout) still lands by name.
    const t = TEMPLATES.find((x) => x.name === 'span')!;
    const older = { span: { dims: [t.dims[0]!.slice(1)], weights: stored.span!.weights.slice(1) } };
    const read = fromStored(older);
    expect(read.filter((x) => x !== 0).length).toBe(stored.span!.weights.slice(1).filter((x) => x !== 0).length);
  });

  it("the committed judge weights name the features the code computes", () => {
    for (const m of [LEARNED_WEIGHTS.judge.passage, LEARNED_WEIGHTS.judge.sentence, LEARNED_WEIGHTS.judge.short]) expect(m.features).toEqual([...JUDGE_FEATURES]);
    expect(LEARNED.judge.passage.weights).toHaveLength(JUDGE_FEATURES.length);
    expect(LEARNED.judge.sentence.weights).toHaveLength(JUDGE_FEATURES.length);
    expect(LEARNED.judge.short.weights).toHaveLength(JUDGE_FEATURES.length);
  });

  it('the answer cut and labels are probabilities in order, the short/sentence ratio positive, the vetoes are known checks with their figure, the sources known', () => {
    const { cuts, labels, vetoes, sources } = LEARNED_WEIGHTS.judge;
    for (const p of [cuts.answer, labels.medium, labels.high]) expect(p).toBeGreaterThan(0), expect(p).toBeLessThan(1);
    expect(cuts.shortOver).toBeGreaterThan(0);
    expect(labels.medium).toBeLessThanOrEqual(labels.high);
    for (const [veto, figure] of Object.entries(vetoes)) {
      expect(GATES as readonly string[]).toContain(veto);
      expect(figure).toMatch(/validation/);
    }
    for (const s of Object.keys(sources)) expect(SOURCES as readonly string[]).toContain(s);
  });
});
