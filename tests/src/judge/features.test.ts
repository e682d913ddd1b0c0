import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { stageOf, type Stage } from '../../../src/pipeline.js';
import { passageProblem } from '../../../src/judge/abstain.js';
import { CONFIDENCE, confidenceFeatures, confidenceOf, labelOf, type ConfidenceModel } from '../../../src/judge/features.js';
import { pickChecked, scoreCandidates, type Reading } from '../../../src/read/reader.js';
import { LEARNED } from '../../../src/read/learned.js';

/** A short news story of our own; "the first cars" and "the last ferry" set up a question the passage does not answer. */
const ARTICLE = `Harbor city opens new bridge after years of delay

The new Riverside Bridge opened to traffic on Tuesday after nearly six years of construction, city officials said.

Mayor Elena Vargas cut the ribbon at a ceremony in Portmouth, where about 3,000 residents gathered along the waterfront.

The first cars crossed the bridge shortly after noon. The last ferry between the two shores will run in December, the transit agency said.`;

const corpus = buildCorpus([{ id: 'bridge', text: ARTICLE }]);

/** A question's stage and the reader's pick as the answer path makes it, and its confidence features. */
function read(question: string): { stage: Stage; reading: Reading; x: number[] } {
  const r = stageOf(corpus, question);
  expect('stage' in r, `"${question}" reaches the learned reader`).toBe(true);
  const stage = (r as { stage: Stage }).stage;
  const { q, ranked, input } = stage;
  const checked = pickChecked(input, scoreCandidates(input, LEARNED.reader), LEARNED.leads, LEARNED.passageLeads, stage.rule, (s) => passageProblem(q, corpus, s));
  expect(checked).toBeDefined();
  const reading = checked!.reading;
  return { stage, reading, x: confidenceFeatures({ corpus, q, ranked, input, reading, gate: stage.gate?.kind }) };
}

const at = (name: (typeof CONFIDENCE)[number]): number => CONFIDENCE.indexOf(name);
const PROBLEMS = CONFIDENCE.filter((f) => f.startsWith('problem.'));

describe('confidence features', () => {
  for (const question of ['When did the bridge open?', 'Who cut the ribbon?', 'When will the first ferry run?']) {
    it(`one finite number per CONFIDENCE name ("${question}")`, () => {
      // Why: the logistic model zips its weights with CONFIDENCE by position; one entry too many
      // or too few shifts every weight onto the wrong feature, and a NaN makes every answer NaN.
      const { x } = read(question);
      expect(x).toHaveLength(CONFIDENCE.length);
      for (const [i, v] of x.entries()) expect(Number.isFinite(v), `${CONFIDENCE[i]} = ${v}`).toBe(true);
    });
  }

  it('names each feature once', () => {
    // Why: a name listed twice would be read back from weights.generated.ts into one slot only.
    expect(new Set(CONFIDENCE).size).toBe(CONFIDENCE.length);
  });

  it('reads the pick, the kind and the type of the chosen span', () => {
    // Why: these say how sure the reader was and whether the answer is of the kind asked:
    // "Tuesday" for a when-question is a date.
    const { reading, x } = read('When did the bridge open?');
    expect(x[at('prob')]).toBeCloseTo(reading.prob, 12);
    expect(x[at('passageProb')]).toBeCloseTo(reading.passageProb, 12);
    expect(x[at('margin')]).toBeCloseTo(reading.margin / 5, 12);
    expect(x[at('kind.time')]).toBe(1);
    expect(x[at('kind.person')]).toBe(0);
    expect(x[at('typeMatch')]).toBe(1);
    expect(x[at('typeClash')]).toBe(0);
  });

  it('sets problem.opposite when the passage answers another question ("the first" asked, "the last" written)', () => {
    // Why: "When will the first ferry run?" is not answered by "The last ferry … will run in
    // December"; abstain.ts catches it and the confidence model must be told.
    const { stage, x } = read('When will the first ferry run?');
    expect(stage.gate?.kind).toBe('problem');
    expect(x[at('problem.opposite')]).toBe(1);
    expect(PROBLEMS.filter((f) => x[at(f)] !== 0)).toEqual(['problem.opposite']);
    expect(x[at('gate.problem')]).toBe(1);
  });

  it('sets no problem.* when the passage answers the question asked', () => {
    // Why: the same passage for "the last ferry" answers it; a problem feature firing here
    // would lower every answer's confidence alike and tell the model nothing.
    const { stage, x } = read('When will the last ferry run?');
    expect(stage.gate).toBeUndefined();
    for (const f of PROBLEMS) expect(x[at(f)], f).toBe(0);
    for (const f of CONFIDENCE.filter((n) => n.startsWith('gate.'))) expect(x[at(f)], f).toBe(0);
  });
});

describe('confidence labels', () => {
  const model = (cuts: ConfidenceModel['cuts']): ConfidenceModel => ({ model: { bias: 0, weights: CONFIDENCE.map(() => 0) }, cuts });

  it('labelOf respects the cuts: high from `high` up, medium from `medium` up, low below', () => {
    // Why: the label people see must switch exactly at the learned cut-offs (at the cut counts as above).
    const m = model({ abstain: 0.1, medium: 0.4, high: 0.7 });
    expect(labelOf(m, 0.05)).toBe('low');
    expect(labelOf(m, 0.39)).toBe('low');
    expect(labelOf(m, 0.4)).toBe('medium');
    expect(labelOf(m, 0.69)).toBe('medium');
    expect(labelOf(m, 0.7)).toBe('high');
    expect(labelOf(m, 1)).toBe('high');
    // Other cuts, other labels for the same confidence.
    expect(labelOf(model({ abstain: 0.1, medium: 0.2, high: 0.3 }), 0.39)).toBe('high');
  });

  it('the committed cuts label their own boundaries', () => {
    const { medium, high } = LEARNED.confidence.cuts;
    expect(labelOf(LEARNED.confidence, high)).toBe('high');
    expect(labelOf(LEARNED.confidence, medium)).toBe(medium < high ? 'medium' : 'high');
    expect(labelOf(LEARNED.confidence, medium - 1e-6)).toBe('low');
  });

  it('confidenceOf is the logistic of the linear score', () => {
    // Why: the cuts are probabilities; a score not squashed would label everything high.
    const m = model({ abstain: 0, medium: 0.5, high: 0.9 });
    expect(confidenceOf(m, CONFIDENCE.map(() => 1))).toBe(0.5);
    const w = { ...m, model: { bias: -1, weights: CONFIDENCE.map((_, i) => (i === 0 ? 3 : 0)) } };
    expect(confidenceOf(w, CONFIDENCE.map((_, i) => (i === 0 ? 1 : 5)))).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    const learned = confidenceOf(LEARNED.confidence, read('When will the first ferry run?').x);
    expect(learned).toBeGreaterThanOrEqual(0);
    expect(learned).toBeLessThanOrEqual(1);
  });
});
