import { describe, expect, it } from 'vitest';
import { linearScore, sigmoid, softmax } from '../../../src/read/linear.js';
import { CONFIDENCE } from '../../../src/judge/features.js';
import { DIMENSION, EXTRACTORS, fromStored, QKINDS, TEMPLATES, toStored } from '../../../src/read/layout.js';
import { LEARNED_WEIGHTS } from '../../../src/read/weights.generated.js';
import { LEARNED } from '../../../src/read/learned.js';

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

  it('the committed confidence weights name the features the code computes', () => {
    expect(LEARNED_WEIGHTS.confidence.features).toEqual([...CONFIDENCE]);
    expect(LEARNED.confidence.model.weights).toHaveLength(CONFIDENCE.length);
  });

  it('the cut-offs are ordered and the leads are known extractors and kinds', () => {
    const { abstain, medium, high } = LEARNED.confidence.cuts;
    expect(abstain).toBeLessThanOrEqual(medium);
    expect(medium).toBeLessThanOrEqual(high);
    expect(high).toBeLessThanOrEqual(1);
    for (const key of Object.keys(LEARNED_WEIGHTS.leads)) {
      const [rule, kind] = key.split('/');
      expect(EXTRACTORS).toContain(rule);
      expect(QKINDS).toContain(kind);
    }
    for (const kind of Object.keys(LEARNED_WEIGHTS.passageLeads)) expect(QKINDS).toContain(kind);
    expect(LEARNED.leads).toHaveLength(EXTRACTORS.length * QKINDS.length);
  });
});
